"""Run the test notebooks (nbdev's `test_nb`, skipping cells flagged with the `tst_flags` of pyproject.toml)
and the pytest tests under tools/tests; print one line per item and, last, `N passed, N failed`."""
import os, sys, time, subprocess
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]

def notebooks(args):
    nbs = [Path(a) for a in args] if args else sorted((ROOT/'nbs').glob('*.ipynb'))
    return nbs

def run_nb(fn):
    "Run one notebook in a fresh process (as nbdev-test does), return (ok, seconds, tail of output)"
    t = time.time()
    r = subprocess.run([str(ROOT/'.venv'/'bin'/'nbdev-test'), str(fn), '--n-workers', '0'], cwd=ROOT, capture_output=True, text=True)
    ok = r.returncode == 0 and 'Success' in r.stdout
    return ok, time.time() - t, (r.stdout + r.stderr)[-4000:]

def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    passed = failed = 0
    for fn in notebooks(args):
        ok, dt, out = run_nb(fn)
        print(f"{'PASS' if ok else 'FAIL'} {fn.relative_to(ROOT) if fn.is_absolute() else fn} ({dt:.0f}s)", flush=True)
        if not ok: print(out, flush=True)
        passed += ok; failed += not ok
    if not args:
        t = time.time()
        r = subprocess.run([str(ROOT/'.venv'/'bin'/'python'), '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tools/tests'],
                           cwd=ROOT, capture_output=True, text=True)
        out = r.stdout + r.stderr
        print(out.strip().splitlines()[-1] if out.strip() else 'pytest: no output', f"({time.time()-t:.0f}s)", flush=True)
        import re
        m = re.search(r'(\d+) passed', out); f = re.search(r'(\d+) failed', out)
        passed += int(m.group(1)) if m else 0; failed += int(f.group(1)) if f else (0 if r.returncode == 0 else 1)
        if r.returncode: print(out[-4000:])
    print(f"{passed} passed, {failed} failed", flush=True)
    return 1 if failed or not passed else 0

if __name__ == '__main__': sys.exit(main())
