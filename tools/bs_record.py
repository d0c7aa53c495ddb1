"""The batch-size record (results/sweeps/s8-bs/, issue 28), rewritten from every run that belongs to it.

Publishes each finished run of the three-seed runs (results/sweeps/s8-bs/PLAN.md, execution notes; no checkpoints) to
results/sweeps/s8-bs/runs/, then writes sweep.csv, sweep.json and sweep.png there with `write_bs_sweep` from all the
published runs and the nine batch-128 finals of the study, the `lr_source` column saying where each row's LRs came
from. Unfinished runs are left alone (a later call adds them). Exit status 0; it prints the table.
With --publish-only it publishes the finished runs and leaves the table as it is: each session's stop commits the runs
that ended, since a new machine starts without the runs folder (tools/longrun.sh copies the published runs back there,
so they count as finished and are not trained again).
    python tools/bs_record.py [--runs .longrun/runs/sweeps/s8-bs-seeds] [--publish-only]
"""
import argparse
from pathlib import Path
from cifar_norm.folders import CONFIG
from cifar_norm.runs import run_status
from cifar_norm.records import publish_run
from cifar_norm.sweeps import write_bs_sweep

DEST = Path('results/sweeps/s8-bs')
FINALS = [Path(f'results/s8-{n}-s{s}-swept') for n in ('batch', 'group', 'layer') for s in (0, 1, 2)]   # the batch-128 points

def main(runs:Path, publish_only:bool=False):
    for d in sorted(p for p in runs.glob('*') if (p/CONFIG).is_file()) if runs.is_dir() else []:
        if run_status(d) == 'finished' and not (DEST/'runs'/d.name).exists():
            print(f"published {publish_run(d, DEST/'runs')}")
    if publish_only: return
    published = sorted(p for p in (DEST/'runs').iterdir() if (p/CONFIG).is_file())
    t = write_bs_sweep(published + FINALS, DEST, recipe='s8', lr_source='sweep:results/sweeps/s8-lr/chosen.json', base_bs=128,
                       runs_root=str(DEST/'runs'))
    print(t.drop(columns=['run', 'lr_min']).to_string(index=False))

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--runs', type=Path, default=Path('.longrun/runs/sweeps/s8-bs-seeds'), help="the three-seed runs' folder")
    p.add_argument('--publish-only', action='store_true', help="publish the finished runs; leave sweep.csv, sweep.json, sweep.png as they are")
    a = p.parse_args()
    main(a.runs, a.publish_only)
