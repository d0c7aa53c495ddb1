#!/usr/bin/env bash
# The project's long CPU runs (issues 27 and 28) from a frozen git worktree, under nice.
# Rerun it each session: every step resumes or skips what is done. Logs and runs in .longrun/runs (git-ignored).
#   bash tools/longrun.sh
# First two 1-thread processes share the three-seed runs of issue 28 (one grid, run locks); when both have ended, the
# batch-size record is written once, then the ResNet18 run (issue 27) resumes alone on two threads (results/BENCH.md:
# 48.3 img/s on 2 threads against 27.5 on 1, so 1.76x, near the 2x of two processes). Its pieces record the threads.
# Session 22 finished the seed runs (published, record written: the first steps skip them) and started the ResNet18
# run again, in bf16 (results/BENCH.md, "bf16 autocast on the CPU").
# At each session's stop, publish the seed runs that ended and commit them (a new machine starts without .longrun):
#   PYTHONPATH=.longrun/wt .venv/bin/python tools/bs_record.py --publish-only && git add results/sweeps/s8-bs/runs
# The worktree .longrun/wt (made if missing) is frozen at 1125494: a run resumes only under the code it started with.
# The ResNet18 run has its own, .longrun/wt-r18ln at 49faf10 (session 22 started it again there, in bf16).
# Session 20 found a new machine with no .longrun (the runs of sessions 13-19 gone with it), so every run below
# started again there, under that commit: the ResNet18 run, the batch-8 seeds 1-2 and the batch-4 seeds 0-2. The
# batch-4 LR sweep is not rerun: its record (results/sweeps/s8-bs4-lr, chosen.json) is committed. Sessions 20-21 ran
# the ResNet18 run beside one seed process (1 thread each); session 21 put both cores on the seeds first.
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
# the ResNet18 with LayerNorm, 40 epochs, seed 0 (issue 27), on two threads under bf16 autocast (session 22: this
# machine's CPU has AMX; results/BENCH.md), from its own frozen worktree at 49faf10 (the commit that adds
# --cpu-precision); published once it has finished. A resumed run keeps the precision it recorded.
W2=$ROOT/.longrun/wt-r18ln
cli2() { (cd "$W2" && PYTHONPATH=$W2 nice -n 10 "$PY" -m cifar_norm.cli "$@"); }
r18ln() {
  [ -d "$W2" ] || git worktree add --detach "$W2" 49faf10
  if [ -f "$R/r18ln-layer-s0/results.json" ]; then :   # finished
  elif [ -f "$R/r18ln-layer-s0/config.json" ]; then cli2 train --resume --out "$R/r18ln-layer-s0" --threads 2
  else cli2 train --recipe r18ln --seed 0 --threads 2 --cpu-precision bf16 --out "$R/r18ln-layer-s0"; fi &&
  { [ -d "$ROOT/results/r18ln-layer-s0" ] || cli2 publish "$R/r18ln-layer-s0" --dest "$ROOT/results"; }; }
seeds() { seeds8 && seeds4; }
restore
seeds >> "$R/seeds-1.log" 2>&1 & p1=$!
seeds >> "$R/seeds-2.log" 2>&1 & p2=$!
wait $p1; a=$?; wait $p2; b=$?
# the record once, when both seed processes have ended well and it was not written before
if [ $a = 0 ] && [ $b = 0 ] && [ ! -f "$R/records/bs_record.done" ]; then
  bs_record >> "$R/seeds-1.log" 2>&1 && touch "$R/records/bs_record.done"; fi
r18ln >> "$R/r18ln.log" 2>&1
