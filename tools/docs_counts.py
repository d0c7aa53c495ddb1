"""Count, per library notebook, its export cells (E), example cells (X: code cells that are not `#|` directives,
tests included) and examples with stored output (O), as issue 30 asks: X >= E and O >= E/2.
usage: python tools/docs_counts.py [nbs/XX.ipynb ...]   (default: every library notebook)"""
import sys, json, math
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]

def counts(fn) -> tuple:
    "`(E, X, O)` of notebook `fn`"
    cells = [c for c in json.loads(Path(fn).read_text())['cells'] if c['cell_type'] == 'code']
    first = lambda c: (''.join(c['source']).lstrip().splitlines() or [''])[0]
    e = sum(first(c).startswith('#| export') for c in cells)
    xs = [c for c in cells if not first(c).startswith('#|')]
    return e, len(xs), sum(bool(c.get('outputs')) for c in xs)

if __name__ == '__main__':
    fns = sys.argv[1:] or [f for f in sorted((ROOT/'nbs').glob('0*.ipynb'))]
    bad = 0
    for f in fns:
        e, x, o = counts(f); ok = x >= e and o >= math.ceil(e/2); bad += not ok
        print(f"{Path(f).stem:16s} E/X/O {e:3d}/{x:3d}/{o:3d}  {'ok' if ok else 'short'}  {Path(f).stat().st_size//1024} KB")
    sys.exit(1 if bad else 0)
