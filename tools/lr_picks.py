"""The LR range test of a recipe alone (`cifar_norm.train.lr_picks`: no training), for several seeds and norms;
writes one CSV row per (norm, seed) with every rule's pick (valley, minimum, steep, slide and the lowest loss's LR);
a rerun keeps the rows already written and runs only the missing tests.

    python tools/lr_picks.py --recipe s10 --seeds 0,1,2,3,4 --out results/lr-picks-s10.csv
    python tools/lr_picks.py --recipe s8 --norms batch,group,layer --seeds 0,1,2 --valid 5000 --out results/lr-picks-s8-norms.csv
"""
import argparse, platform, time, torch
import pandas as pd
from pathlib import Path
from cifar_norm.sweeps import lr_picks
from cifar_norm.options import run_config

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--recipe', default='s10'); p.add_argument('--norms', default=None, help="comma-separated (default: the recipe's)")
    p.add_argument('--seeds', default='0,1,2,3,4'); p.add_argument('--valid', type=int, default=None, help='hold out a validation split, as the sweep did')
    p.add_argument('--threads', type=int, default=1); p.add_argument('--out', required=True)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    seeds, norms = [int(s) for s in a.seeds.split(',')], a.norms.split(',') if a.norms else [None]
    opts = {} if a.valid is None else dict(valid=a.valid)
    t = time.time(); parts = [pd.read_csv(a.out)] if Path(a.out).exists() else []   # a rerun keeps the tests already done
    done = set(zip(parts[0]['norm'], parts[0]['seed'])) if parts else set()
    for n in norms:
        for s in seeds:
            if (n or run_config(a.recipe)['norm'], s) in done: continue
            parts.append(lr_picks(a.recipe, seeds=(s,), verbose=True, **opts, **({} if n is None else dict(norm=n))))
            pd.concat(parts, ignore_index=True).to_csv(a.out, index=False)   # written after each test: a stop loses at most one
    print(f"{a.out}: {sum(map(len, parts))} range tests, the new ones in {time.time()-t:.0f} s on {platform.machine()}, {a.threads} thread(s), torch {torch.__version__}")

if __name__ == '__main__': main()
