#!/usr/bin/env bash
# The project's long CPU runs (issues 27 and 28) from frozen git worktrees, two 1-thread processes under nice.
# Rerun it each session: every step resumes or skips what is done. Logs and runs in .longrun/runs (git-ignored).
#   bash tools/longrun.sh        # both chains; `bash tools/longrun.sh B` (or A) starts one of them alone
# At each session's stop, publish the seed runs that ended and commit them (a new machine starts without .longrun):
#   PYTHONPATH=.longrun/wt .venv/bin/python tools/bs_record.py --publish-only && git add results/sweeps/s8-bs/runs
# The worktree .longrun/wt (made if missing) is frozen at 1125494: a run resumes only under the code it started with.
# Session 20 found a new machine with no .longrun (the runs of sessions 13-19 gone with it), so every run below
# started again there, under that commit: the ResNet18 run, the batch-8 seeds 1-2 and the batch-4 seeds 0-2. The
# batch-4 LR sweep is not rerun: its record (results/sweeps/s8-bs4-lr, chosen.json) is committed.
set -u
cd "$(dirname "$0")/.."; ROOT=$PWD
W=$ROOT/.longrun/wt; R=$ROOT/.longrun/runs; PY=$ROOT/.venv/bin/python
[ -d "$W" ] || git worktree add --detach "$W" 1125494
mkdir -p "$R"
export CIFAR10_PATH=${CIFAR10_PATH:-$(cd ../shared/cifar10 && pwd)} PYTHONUNBUFFERED=1
cli() { (cd "$W" && PYTHONPATH=$W nice -n 10 "$PY" -m cifar_norm.cli "$@"); }
# the three-seed runs (issue 28, part 3, results/sweeps/s8-bs/PLAN.md): any process may run them; two at once share
# the grid (run locks)
seeds8() { cli bs-sweep --recipe s8 --norm batch,group,layer --bs 8 --seeds 1,2 --name s8-bs-seeds --threads 1 \
             --runs-dir "$R" --dest "$R/records/s8-bs-seeds-bs8"; }
seeds4() { cli bs-sweep --recipe s8 --norm batch,group --bs 4 --seeds 0,1,2 --lr-source sweep:results/sweeps/s8-bs4-lr/chosen.json \
             --base-bs 4 --name s8-bs-seeds --threads 1 --runs-dir "$R" --dest "$R/records/s8-bs-seeds-bs4"; }
# a seed run that an earlier session published (results/sweeps/s8-bs/runs, committed at its stop) is copied back, whole
# and finished, so that a new machine trains only the points that no session finished
restore() { mkdir -p "$R/sweeps/s8-bs-seeds"; local d
  for d in "$ROOT"/results/sweeps/s8-bs/runs/s8-*-bs[48]-s[0-9]-*; do
    [ -d "$d" ] && [ ! -e "$R/sweeps/s8-bs-seeds/${d##*/}" ] && cp -r "$d" "$R/sweeps/s8-bs-seeds/"; done; return 0; }
bs_record() { (cd "$ROOT" && PYTHONPATH=$W MPLBACKEND=Agg "$PY" tools/bs_record.py --runs "$R/sweeps/s8-bs-seeds"); }   # publish, rewrite the record
# A: ResNet18 with LayerNorm, 40 epochs, seed 0 (issue 27); published once it has finished; then the shared seed runs
chain_a() {
  if [ -f "$R/r18ln-layer-s0/results.json" ]; then :   # finished
  elif [ -f "$R/r18ln-layer-s0/config.json" ]; then cli train --resume --out "$R/r18ln-layer-s0" --threads 1
  else cli train --recipe r18ln --seed 0 --threads 1 --out "$R/r18ln-layer-s0"; fi &&
  { [ -d "$ROOT/results/r18ln-layer-s0" ] || cli publish "$R/r18ln-layer-s0" --dest "$ROOT/results"; } &&
  seeds8 && seeds4; bs_record; }
# B: the three-seed batch-size runs (issue 28), then their record
chain_b() { seeds8 && seeds4; bs_record; }
restore
case ${1:-AB} in *A*) chain_a >> "$R/r18ln.log" 2>&1 & ;; esac
case ${1:-AB} in *B*) chain_b >> "$R/bs4.log" 2>&1 & ;; esac
wait
