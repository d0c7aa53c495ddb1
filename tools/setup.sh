#!/usr/bin/env bash
# Create .venv (if missing) and install cifar_norm with its dev tools; torch/torchvision pinned together.
# Re-installs only when pyproject.toml's content changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
want="$(sha256sum pyproject.toml tools/constraints.txt | sha256sum | cut -c1-16)"
have="$(cat .venv/.installed 2>/dev/null || true)"
if [ "$want" != "$have" ]; then
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install -q -c tools/constraints.txt -e ".[dev]" pytest 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import cifar_norm, fastai, nbdev, torchvision"
  echo "$want" > .venv/.installed
fi
