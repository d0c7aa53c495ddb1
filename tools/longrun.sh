#!/usr/bin/env bash
# The project's long CPU runs (issues 27 and 28) from a frozen git worktree, two 1-thread processes under nice.
# Rerun it each session: every step resumes or skips what is done. Logs and runs in .longrun/runs (git-ignored).
#   bash tools/longrun.sh            (the worktree .longrun/wt is made at commit e98cfc5 if it is missing)
set -u
cd "$(dirname "$0")/.."; ROOT=$PWD
W=$ROOT/.longrun/wt; R=$ROOT/.longrun/runs; PY=$ROOT/.venv/bin/python
[ -d "$W" ] || git worktree add --detach "$W" e98cfc5
mkdir -p "$R"
export CIFAR10_PATH=${CIFAR10_PATH:-$(cd ../shared/cifar10 && pwd)} PYTHONPATH=$W PYTHONUNBUFFERED=1
cd "$W"
cli() { nice -n 10 "$PY" -m cifar_norm.cli "$@"; }
# A: ResNet18 with LayerNorm, 40 epochs, seed 0 (issue 27)
( if [ -f "$R/r18ln-layer-s0/config.json" ]; then cli train --resume --out "$R/r18ln-layer-s0" --threads 1
  else cli train --recipe r18ln --seed 0 --threads 1 --out "$R/r18ln-layer-s0"; fi ) >> "$R/r18ln.log" 2>&1 &
# B: the batch-4 LR sweep (results/sweeps/s8-bs4-lr/PLAN.md), batch norm then group norm (issue 28)
( cli sweep --recipe s8 --norm batch --lr-max 0.005656854249492381,0.011313708498984762,0.022627416997969525 --valid 5000 --bs 4 \
      --name s8-bs4-lr --threads 1 --runs-dir "$R" --dest "$R/records/s8-bs4-lr-batch" &&
  cli sweep --recipe s8 --norm group --lr-max 0.0028284271247461905,0.005656854249492381,0.011313708498984762 --valid 5000 --bs 4 \
      --name s8-bs4-lr --threads 1 --runs-dir "$R" --dest "$R/records/s8-bs4-lr-group" ) >> "$R/bs4.log" 2>&1 &
wait
