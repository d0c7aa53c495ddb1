"""Execute an experiment notebook in place with its real records, as a reader would run it: every cell but
those flagged `#| slow` (the training cells, which `results/` already holds) or `#| cuda` (GPU only), not in quick mode (`nbdev-test`
sets IN_TEST, which makes the notebooks train tiny runs instead). Then run `nbdev-clean`.
usage: CIFAR10_PATH=... MPLBACKEND=Agg python tools/exec_nb.py nbs/11_s8_normalization.ipynb"""
import os, sys
from pathlib import Path
from fastcore.xtras import working_directory
from execnb.shell import CaptureShell
from fastcore.nbio import write_nb
from nbdev.process import NBProcessor
from nbdev.test import _skip_cell

def exec_nb(fn:Path, skip_flags=('slow', 'cuda')):
    "Run the cells of notebook `fn` except those flagged with `skip_flags`, and write their outputs back"
    fn = Path(fn)
    if os.environ.get('CIFAR_NORM_QUICK', '0') not in ('', '0') or 'IN_TEST' in os.environ:
        sys.exit("exec_nb: quick mode is on ($CIFAR_NORM_QUICK or $IN_TEST): unset it to record real outputs")
    nb = NBProcessor(fn, rm_directives=False, process=True).nb
    shell = CaptureShell(fn, mpl_format="png")   # plain PNG at the figure's dpi, as Jupyter saves it (execnb's default, retina, doubles each side)
    with working_directory(fn.parent): shell.run_all(nb, exc_stop=True, preproc=_skip_cell(nb, list(skip_flags), None))
    write_nb(nb, fn)

if __name__ == '__main__':
    if len(sys.argv) != 2: sys.exit(__doc__)
    exec_nb(sys.argv[1])
