#!/usr/bin/env bash
# Create .venv (if missing) and install cifar_norm with its dev tools; torch/torchvision pinned together.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
if ! .venv/bin/python -c "import cifar_norm, fastai, nbdev, nbconvert, pytest, torchvision" 2>/dev/null \
   || [ pyproject.toml -nt .venv/.installed ]; then
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install -q -c tools/constraints.txt -e ".[dev]" pytest 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import cifar_norm, fastai, nbdev, torchvision" 
  touch .venv/.installed
fi
