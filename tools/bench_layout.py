"""Training speed of each recipe's net in the default memory layout and in channels_last (or, `--pair precision`, in fp32
and under bf16 autocast, both channels_last), on this machine.

A real training step: `cifar_learner` (fastai's Adam, norm-aware weight decay) on the fast path's loaders with the
recipe's batch size and augmentation, timed by `StepTimer` after a warm-up. For each thread count, `--repeats` rounds;
in each round every net runs both layouts back to back (the order alternating from round to round), so a slow spell
of the machine hits both alike. Prints img/s min/median/max per net, layout and thread count, and the speed-up.

    python tools/bench_layout.py --repeats 3 --threads 1,2 --json results/bench-layout-cpu.json > results/bench-layout-cpu.txt
    python tools/bench_layout.py --repeats 3 --threads 1 --bs 4 --nets 's8 s8_net batch,s8 s8_net group,s8 s8_net layer'
    python tools/bench_layout.py --pair precision --repeats 3 --threads 1,2 --nets 'r18ln cifar_resnet18 layer,s10 custom_resnet batch'
"""
import argparse, json, time, platform
import numpy as np, torch
from fastcore.basics import merge
from fastai.callback.channelslast import ChannelsLast  # noqa: F401 (patches `Learner.to_channelslast`)
from cifar_norm.loaders import cifar_dls
from cifar_norm.models import cifar_model
from cifar_norm.learner import cifar_learner
from cifar_norm.bench import StepTimer

NETS = {  # name: (model, norm, recipe bs, aug preset, warm-up steps, timed steps)
    's10 custom_resnet batch': ('custom_resnet', 'batch', 512, 's10', 1, 3),
    's8 s8_net batch': ('s8_net', 'batch', 128, 's8', 3, 30),
    's8 s8_net group': ('s8_net', 'group', 128, 's8', 3, 30),
    's8 s8_net layer': ('s8_net', 'layer', 128, 's8', 3, 30),
    'r18ln cifar_resnet18 layer': ('cifar_resnet18', 'layer', 128, 'r18ln', 2, 5),
}

PAIRS = {'layout': (('contiguous', 'fp32'), ('channels_last', 'fp32')), 'precision': (('channels_last', 'fp32'), ('channels_last', 'bf16'))}

def step_img_s(dls, model, layout, steps, warmup, precision='fp32'):
    "Images/s of `steps` training steps of `cifar_learner` in `layout` and CPU `precision`"
    learn = cifar_learner(dls, model, mixed=False, layout=layout, cpu_precision=precision)
    timer = StepTimer(steps, warmup)
    with learn.no_logging(), learn.no_bar(): learn.fit(100, lr=1e-3, cbs=timer)
    return steps * dls.train.bs / timer.dt

def cpu_name() -> str:
    "This CPU's model name, its architecture, and whether it multiplies bf16 in hardware (AMX), from /proc/cpuinfo"
    try: info = open('/proc/cpuinfo').read()
    except OSError: return platform.machine()
    model = next((l.split(':', 1)[1].strip() for l in info.splitlines() if l.startswith('model name')), platform.machine())
    return f"{model} ({platform.machine()}, {'with' if ' amx_bf16' in info else 'no'} amx_bf16)"

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--repeats', type=int, default=3); p.add_argument('--threads', default='1,2')
    p.add_argument('--nets', default=','.join(NETS)); p.add_argument('--json', default=None)
    p.add_argument('--pair', default='layout', choices=list(PAIRS), help="what each pair compares: the memory layout (fp32), or fp32 against bf16 autocast (channels_last)")
    p.add_argument('--bs', type=int, default=None, help="batch size for every net (default: each recipe's), with 40x more timed steps below 32")
    a = p.parse_args()
    nets, threads = a.nets.split(','), [int(t) for t in a.threads.split(',')]
    if a.bs:   # the same nets at another batch size: as many images timed as at the recipe's batch, at least
        for n in nets: m, nm, bs, aug, w, st = NETS[n]; NETS[n] = (m, nm, a.bs, aug, w*max(1, bs//a.bs), st*max(1, bs//a.bs))
    dls = {n: cifar_dls(bs=NETS[n][2], aug=NETS[n][3], subset=NETS[n][2]*(NETS[n][4]+NETS[n][5]+1), test_subset=100, device='cpu')
           for n in nets}
    res = {}; t0 = time.time()
    for th in threads:
        torch.set_num_threads(th)
        for k in range(a.repeats):
            for n in nets:
                model, norm, bs, aug, warm, steps = NETS[n]
                for layout, prec in (PAIRS[a.pair] if k % 2 == 0 else PAIRS[a.pair][::-1]):
                    torch.manual_seed(k)
                    v = step_img_s(dls[n], cifar_model(model, norm), layout, steps, warm, prec)
                    res.setdefault(f'{n}|{th}|{layout} {prec}', []).append(v)
                    print(f'# round {k} threads {th} {n} {layout} {prec}: {v:.1f} img/s', flush=True)
    cpu = cpu_name()
    names = [f'{l} {p}' for l, p in PAIRS[a.pair]]
    print(f'\n{a.pair} benchmark' + (f' at batch {a.bs}' if a.bs else '') + f': {cpu}, {torch.__version__}, {a.repeats} rounds, pairs interleaved, {time.time()-t0:.0f} s in all')
    print(f"{'net':28s} {'thr':>3s} {names[0]+' img/s min/med/max':>36s} {names[1]+' img/s min/med/max':>36s} {'speed-up':>8s}")
    rows = []
    for th in threads:
        for n in nets:
            c, l = (np.array(res[f'{n}|{th}|{m}']) for m in names)
            f = lambda v: f'{v.min():7.1f} {np.median(v):7.1f} {v.max():7.1f}'
            print(f'{n:28s} {th:3d} {f(c):>36s} {f(l):>36s} {np.median(l)/np.median(c):8.2f}')
            rows.append({'net': n, 'threads': th, names[0]: c.tolist(), names[1]: l.tolist(), 'speedup': float(np.median(l)/np.median(c))})
    if a.json: json.dump(dict(cpu=cpu, torch=torch.__version__, repeats=a.repeats, pair=a.pair, rows=rows), open(a.json, 'w'), indent=1)

if __name__ == '__main__': main()
