#!/usr/bin/env bash
# Run every test: the notebooks (nbdev's test runner, long cells flagged slow/cuda skipped, experiment
# notebooks in quick mode) and the tools' pytest tests. Changes no tracked file. Ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
if [ -z "${CIFAR10_PATH:-}" ] && [ -d ../shared/cifar10 ]; then export CIFAR10_PATH="$(cd ../shared/cifar10 && pwd)"; fi
export CIFAR_NORM_QUICK=1 MPLBACKEND=Agg
exec .venv/bin/python tools/run_tests.py "$@"
