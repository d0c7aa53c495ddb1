"""The r18ln recipe's LR range test alone (seed 0, training data, one thread) in fp32 or bf16 on this machine: its picks.

    CIFAR10_PATH=... PYTHONPATH=. python tools/range_test_check.py fp32   # or bf16
"""
import sys, json, torch
from cifar_norm.options import run_config, config_learner, run_range_test
torch.set_num_threads(1)
prec = sys.argv[1]
cfg = run_config('r18ln', seed=0)
learn = config_learner(cfg, None, 'cpu', '/tmp/rt-' + prec, cpu_precision=prec)
r = run_range_test(learn, cfg, fn=f'/tmp/rt-{prec}.png')
print(prec, json.dumps({k: r[k] for k in ('lr_max', 'lr_min', 'minimum', 'valley', 'steep', 'loss_min_lr')}), flush=True)
