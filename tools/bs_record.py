"""The batch-size record (results/sweeps/s8-bs/, issue 28), rewritten from every run that belongs to it.

Publishes each finished run of the three-seed runs (results/sweeps/s8-bs/PLAN.md, execution notes; no checkpoints) to
results/sweeps/s8-bs/runs/, then writes sweep.csv, sweep.json and sweep.png there with `write_bs_sweep` from all the
published runs and the nine batch-128 finals of the study, the `lr_source` column saying where each row's LRs came
from. Unfinished runs are left alone (a later call adds them). Exit status 0; it prints the table.
    python tools/bs_record.py [--runs .longrun/runs/sweeps/s8-bs-seeds]
"""
import argparse
from pathlib import Path
from cifar_norm.folders import CONFIG
from cifar_norm.runs import run_status
from cifar_norm.records import publish_run
from cifar_norm.sweeps import write_bs_sweep

DEST = Path('results/sweeps/s8-bs')
FINALS = [Path(f'results/s8-{n}-s{s}-swept') for n in ('batch', 'group', 'layer') for s in (0, 1, 2)]   # the batch-128 points

def main(runs:Path):
    for d in sorted(p for p in runs.glob('*') if (p/CONFIG).is_file()) if runs.is_dir() else []:
        if run_status(d) == 'finished' and not (DEST/'runs'/d.name).exists():
            print(f"published {publish_run(d, DEST/'runs')}")
    published = sorted(p for p in (DEST/'runs').iterdir() if (p/CONFIG).is_file())
    t = write_bs_sweep(published + FINALS, DEST, recipe='s8', lr_source='sweep:results/sweeps/s8-lr/chosen.json', base_bs=128,
                       runs_root=str(DEST/'runs'))
    print(t.drop(columns=['run', 'lr_min']).to_string(index=False))

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--runs', type=Path, default=Path('.longrun/runs/sweeps/s8-bs-seeds'), help="the three-seed runs' folder")
    main(p.parse_args().runs)
