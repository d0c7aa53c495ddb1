"""The batch-4 LR sweep's record (issue 28, results/sweeps/s8-bs4-lr/PLAN.md), from its runs once they have all ended.

Publishes each finished run of the sweep (no checkpoints) to results/sweeps/s8-bs4-lr/runs/, then, when every planned
point of both norms has ended, writes sweep.csv, chosen.json and sweep.png there with `write_sweep` (the choice:
each norm's LRMAX of best final valid_acc; the test set is not read). Exit status: 0 the record is written and no
choice sits at its grid's edge; 4 points are still to train or unfinished, printed as `train <norm> <lr_max>` for the
caller to train or resume; 5 a choice sits at an edge: the PLAN's extension rule asks for the next x2 step, printed as
`extend <norm> <lr_max>` for the caller to train.
    python tools/bs4_lr.py [--runs .longrun/runs/sweeps/s8-bs4-lr]
"""
import sys, argparse
from pathlib import Path
from cifar_norm.folders import CONFIG, read_json
from cifar_norm.runs import run_status
from cifar_norm.records import publish_run
from cifar_norm.sweeps import write_sweep, sweep_table

DEST = Path('results/sweeps/s8-bs4-lr')
GRID = {'batch': [0.005656854249492381, 0.011313708498984762, 0.022627416997969525],   # the PLAN's grids: {r/2, r, 2r}
        'group': [0.0028284271247461905, 0.005656854249492381, 0.011313708498984762]}

def main(runs:Path):
    done, have, grid = [], set(), {n: list(v) for n, v in GRID.items()}
    for d in sorted(p for p in runs.iterdir() if (p/CONFIG).is_file()):
        c, status = read_json(d/CONFIG), run_status(d)
        if c['lr_max'] not in grid[c['norm']]: grid[c['norm']].append(c['lr_max'])   # an extension point
        if status == 'finished':
            to = DEST/'runs'/d.name
            if not to.exists(): publish_run(d, DEST/'runs'); print(f'published {to}')
            done.append(to)
        elif status == 'diverged': done.append(d)   # nothing to publish: recorded as diverged
        else: continue
        have.add((c['norm'], c['lr_max']))
    want = {(n, lr) for n, lrs in grid.items() for lr in lrs}
    if want - have:
        print(f'{len(want - have)} of {len(want)} points still to train or unfinished:')
        for n, lr in sorted(want - have): print(f'train {n} {lr!r}')
        return 4
    chosen = write_sweep(done, DEST, recipe='s8', lr_min_rule='LRMAX/25', grid={n: sorted(v) for n, v in grid.items()},
                         seeds=[0], valid=5000, bs=4, runs_root=str(DEST/'runs'))
    print(sweep_table(done).drop(columns='run').to_string(index=False))
    edge = {n: c for n, c in chosen.items() if c['at_edge']}
    for n, c in edge.items():
        g = sorted(grid[n]); print(f"extend {n} {g[-1]*2 if c['lr_max'] == g[-1] else g[0]/2!r}")
    return 5 if edge else 0

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--runs', type=Path, default=Path('.longrun/runs/sweeps/s8-bs4-lr'), help="the sweep's runs folder")
    sys.exit(main(p.parse_args().runs))
