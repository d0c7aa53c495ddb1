#!/usr/bin/env bash
# Create .venv (if missing) and install cifar_norm with its dev tools and the app extra (Gradio, for the app's tests);
# torch/torchvision pinned together.
# Re-installs only when pyproject.toml's content changed since the last install.
# Quiet unless it fails: pip's output goes to .venv/install.log; one line when it installed, nothing when it had
# nothing to do, and on failure the log's tail on stderr and a non-zero exit.
# (pip's "WARNING: Location" lines come from this machine's pip config; the "!!"/"****" block about folders "with the
# same name as your package" is setuptools' notice for every editable install of a flat layout like this one.)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
LOG=.venv/install.log
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
want="$(sha256sum pyproject.toml tools/constraints.txt | sha256sum | cut -c1-16)"
have="$(cat .venv/.installed 2>/dev/null || true)"
if [ "$want" != "$have" ]; then
  fail() { echo "tools/setup.sh: $1 failed; the end of $LOG:" >&2; tail -n 30 "$LOG" >&2; exit 1; }
  rm -f .venv/.installed; : > "$LOG"   # a failed install is retried next time
  pip=(.venv/bin/python -m pip install --progress-bar off)
  "${pip[@]}" --upgrade pip >>"$LOG" 2>&1 || fail "upgrading pip"
  "${pip[@]}" -c tools/constraints.txt -e ".[dev,app]" pytest >>"$LOG" 2>&1 || fail "pip install"
  .venv/bin/python -c "import cifar_norm, fastai, nbdev, torchvision, gradio, accelerate" >>"$LOG" 2>&1 || fail "importing the installed packages"
  echo "$want" > .venv/.installed
  echo "tools/setup.sh: installed cifar_norm, its dev tools and the app extra in .venv (log: $LOG)"
fi
