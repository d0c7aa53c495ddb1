#!/usr/bin/env bash
# Lint the exported modules as CI does: ruff's F401 (unused imports), F811 (redefinitions) and F841 (unused variables),
# and at most 1.5% of their lines over 140 characters (fastai's own rate); the library notebooks' example counts (tools/docs_counts.py).
# Fix findings in the notebooks, then nbdev-export.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check --quiet --output-format concise --select F401,F811,F841 cifar_norm
files=$(ls cifar_norm/*.py | grep -v _modidx.py)
awk -v max=1.5 'length($0) > 140 {long++; if (long <= 10) print FILENAME ":" FNR ": " length($0) " characters"} END {
  rate = 100 * long / NR; printf "lint: %d of %d lines over 140 characters (%.2f%%, at most %.1f%%)\n", long, NR, rate, max
  exit (rate > max) }' $files
# the library notebooks are docs pages: an example per export cell, half of them showing their output (issue 30)
.venv/bin/python tools/docs_counts.py | grep -v ' ok ' || true
.venv/bin/python tools/docs_counts.py > /dev/null || { echo "lint: a library notebook has too few examples with output (tools/docs_counts.py)" >&2; exit 1; }
