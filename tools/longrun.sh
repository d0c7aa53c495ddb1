#!/usr/bin/env bash
# The project's long CPU runs (issues 27 and 28) from frozen git worktrees, two 1-thread processes under nice.
# Rerun it each session: every step resumes or skips what is done. Logs and runs in .longrun/runs (git-ignored).
#   bash tools/longrun.sh        # both chains; `bash tools/longrun.sh B` (or A) starts one of them alone
# Worktrees (made if missing): .longrun/wt at e98cfc5 (the ResNet18 run and the batch-4 LR sweep, started there, end
# there: a run resumes only under the code it started with), .longrun/wt2 at 49e28fa (the three-seed batch-size runs,
# results/sweeps/s8-bs/PLAN.md: they need the lr_source column of that commit's sweeps module).
set -u
cd "$(dirname "$0")/.."; ROOT=$PWD
W=$ROOT/.longrun/wt; W2=$ROOT/.longrun/wt2; R=$ROOT/.longrun/runs; PY=$ROOT/.venv/bin/python
[ -d "$W" ] || git worktree add --detach "$W" e98cfc5
[ -d "$W2" ] || git worktree add --detach "$W2" 49e28fa
mkdir -p "$R"
export CIFAR10_PATH=${CIFAR10_PATH:-$(cd ../shared/cifar10 && pwd)} PYTHONUNBUFFERED=1
cli() { (cd "$W" && PYTHONPATH=$W nice -n 10 "$PY" -m cifar_norm.cli "$@"); }
cli2() { (cd "$W2" && PYTHONPATH=$W2 nice -n 10 "$PY" -m cifar_norm.cli "$@"); }
# the three-seed runs (issue 28, part 3): any process may run them; two at once share the grid
seeds8() { cli2 bs-sweep --recipe s8 --norm batch,group,layer --bs 8 --seeds 1,2 --name s8-bs-seeds --threads 1 \
             --runs-dir "$R" --dest "$R/records/s8-bs-seeds-bs8"; }
seeds4() {   # only once the batch-4 LR sweep's choice is recorded and inside its grid (tools/bs4_lr.py exits 0)
  (cd "$ROOT" && PYTHONPATH=$ROOT "$PY" tools/bs4_lr.py --runs "$R/sweeps/s8-bs4-lr") > "$R/bs4-record.txt" 2>&1 || return 0
  mkdir -p "$W2/results/sweeps/s8-bs4-lr" && cp "$ROOT/results/sweeps/s8-bs4-lr/chosen.json" "$W2/results/sweeps/s8-bs4-lr/"
  cli2 bs-sweep --recipe s8 --norm batch,group --bs 4 --seeds 0,1,2 --lr-source sweep:results/sweeps/s8-bs4-lr/chosen.json \
       --base-bs 4 --name s8-bs-seeds --threads 1 --runs-dir "$R" --dest "$R/records/s8-bs-seeds-bs4"; }
bs_record() { (cd "$ROOT" && PYTHONPATH=$W2 MPLBACKEND=Agg "$PY" tools/bs_record.py --runs "$R/sweeps/s8-bs-seeds"); }   # publish, rewrite the record
# A: ResNet18 with LayerNorm, 40 epochs, seed 0 (issue 27); published once it has finished; then the shared seed runs
chain_a() {
  if [ -f "$R/r18ln-layer-s0/results.json" ]; then :   # finished
  elif [ -f "$R/r18ln-layer-s0/config.json" ]; then cli train --resume --out "$R/r18ln-layer-s0" --threads 1
  else cli train --recipe r18ln --seed 0 --threads 1 --out "$R/r18ln-layer-s0"; fi &&
  { [ -d "$ROOT/results/r18ln-layer-s0" ] || cli publish "$R/r18ln-layer-s0" --dest "$ROOT/results"; } &&
  seeds8 && seeds4; bs_record; }
# B: the batch-4 LR sweep (results/sweeps/s8-bs4-lr/PLAN.md), batch norm then group norm (issue 28); its record, and the
# PLAN's extension (the next x2 step while a choice sits at the grid's edge); then the three-seed runs
chain_b() {
  cli sweep --recipe s8 --norm batch --lr-max 0.005656854249492381,0.011313708498984762,0.022627416997969525 --valid 5000 --bs 4 \
      --name s8-bs4-lr --threads 1 --runs-dir "$R" --dest "$R/records/s8-bs4-lr-batch" &&
  cli sweep --recipe s8 --norm group --lr-max 0.0028284271247461905,0.005656854249492381,0.011313708498984762 --valid 5000 --bs 4 \
      --name s8-bs4-lr --threads 1 --runs-dir "$R" --dest "$R/records/s8-bs4-lr-group" &&
  # bs4_lr.py exits 4 with `train <norm> <lr>` lines (a point not finished: resume it) or 5 with `extend <norm> <lr>` (the next x2 step)
  local last= next= norm lr
  while out=$(cd "$ROOT" && PYTHONPATH=$ROOT "$PY" tools/bs4_lr.py --runs "$R/sweeps/s8-bs4-lr" 2>&1); rc=$?; echo "$out"
        [ $rc = 4 ] || [ $rc = 5 ]; do
    next=$(echo "$out" | grep -E '^(train|extend) ' | head -1)
    [ -n "$next" ] && [ "$next" != "$last" ] || { echo "longrun: nothing new to train for the batch-4 LR sweep ($next)"; break; }
    last=$next; read -r _ norm lr <<< "$next"
    cli sweep --recipe s8 --norm "$norm" --lr-max "$lr" --valid 5000 --bs 4 --name s8-bs4-lr --threads 1 --runs-dir "$R" \
        --dest "$R/records/s8-bs4-lr-$norm-$lr" || break
  done
  seeds8 && seeds4; bs_record; }
case ${1:-AB} in *A*) chain_a >> "$R/r18ln.log" 2>&1 & ;; esac
case ${1:-AB} in *B*) chain_b >> "$R/bs4.log" 2>&1 & ;; esac
wait
