#!/usr/bin/env bash
# The main job: install (if needed) and train the S10 recipe (custom ResNet, BatchNorm, one cycle, 24 epochs).
# Extra options go to `cifar-norm train`, e.g. --max-minutes 120, --resume, --device cuda.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
if [ -z "${CIFAR10_PATH:-}" ] && [ -d ../shared/cifar10 ]; then export CIFAR10_PATH="$(cd ../shared/cifar10 && pwd)"; fi
exec .venv/bin/cifar-norm train --recipe s10 "$@"
