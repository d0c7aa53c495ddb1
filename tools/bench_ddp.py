"""Throughput of data-parallel training on this machine's CPUs: the same S8 run with 2 processes (torchrun, gloo,
1 thread each) and with 1 process of 2 threads, in interleaved rounds. Prints each round and the medians.

usage: python tools/bench_ddp.py [--rounds 3] [--subset 10000] [--out results/bench-ddp-cpu.txt]
Needs $CIFAR10_PATH. Quote the medians: these machines are noisy."""
import argparse, json, os, statistics, subprocess, sys, tempfile, time
from pathlib import Path

def one(cmd, out, env):
    "Wall seconds of one run and its own training seconds (results.json: the epochs alone)"
    t = time.time()
    r = subprocess.run(cmd + ['--out', str(out)], env=env, capture_output=True, text=True)
    wall = time.time() - t
    if r.returncode: sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stdout[-1500:]}{r.stderr[-1500:]}")
    return wall, json.loads((out/'results.json').read_text())['train_seconds']

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0]); a = p.add_argument
    a('--rounds', type=int, default=3); a('--subset', type=int, default=10000); a('--out', default=None)
    args = p.parse_args()
    run = ['-m', 'cifar_norm.cli', 'train', '--recipe', 's8', '--norm', 'group', '--subset', str(args.subset), '--test-subset', '1000',
           '--epochs', '1', '--bs', '128', '--lr-min', '4e-4', '--lr-max', '1e-2', '--no-verbose']
    cmds = {'2 processes x 1 thread (torchrun, gloo)': [sys.executable, '-m', 'torch.distributed.run', '--standalone', '--nproc-per-node', '2'] + run,
            '1 process x 2 threads': [sys.executable] + run + ['--threads', '2']}
    env = dict(os.environ, OMP_NUM_THREADS='1', PYTHONWARNINGS='ignore')
    res = {k: [] for k in cmds}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            for i, (k, cmd) in enumerate(cmds.items()):
                res[k].append(one(cmd, Path(tmp)/f'{r}-{i}', env))
                print(f"round {r+1} {k}: {res[k][-1][0]:.1f} s wall, {res[k][-1][1]:.1f} s training", flush=True)
    n = args.subset   # 1 epoch; the last partial batch is dropped (n // 128 * 128 images)
    lines = [f"S8 net, GroupNorm, {n} training images, 1 epoch, bs 128 (global), 1,000 test images; {args.rounds} interleaved rounds, medians",
             f"{'':42s} {'wall s':>8s} {'train s':>8s} {'img/s (train)':>14s}"]
    med = {k: (statistics.median(w for w,_ in v), statistics.median(t for _,t in v)) for k,v in res.items()}
    for k,(w,t) in med.items(): lines.append(f"{k:42s} {w:8.1f} {t:8.1f} {n//128*128/t:14.0f}")
    (a_, b_) = med.values()
    lines.append(f"ratio of training throughput, 2 processes / 1 process: {b_[1]/a_[1]:.2f}")
    print('\n'.join(lines))
    if args.out: Path(args.out).write_text('\n'.join(lines) + '\n')

if __name__ == '__main__': main()
