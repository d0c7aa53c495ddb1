import sys
from pathlib import Path
import nbformat
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import make_readme as mr

def _nb(tmp_path):
    nb = nbformat.v4.new_notebook()
    out = nbformat.v4.new_output('stream', name='stdout', text='hello from output\n')
    nb.cells = [nbformat.v4.new_markdown_cell('# Title\n\nSome prose.'),
                nbformat.v4.new_code_cell('#| hide\nsecret = 1'),
                nbformat.v4.new_code_cell('#| echo: false\nprint("x")', outputs=[out]),
                nbformat.v4.new_code_cell('#| eval: false\ncifar-norm train --recipe s10')]
    fn = tmp_path/'index.ipynb'; nbformat.write(nb, fn)
    return fn

def test_render(tmp_path):
    txt = mr.render(_nb(tmp_path))
    assert '# Title' in txt and 'Some prose.' in txt
    assert 'secret' not in txt and '#|' not in txt
    assert 'hello from output' in txt and 'print("x")' not in txt
    assert 'cifar-norm train --recipe s10' in txt

def test_check(tmp_path):
    fn, out = _nb(tmp_path), tmp_path/'README.md'
    assert mr.main(['--nb', str(fn), '--out', str(out), '--check']) == 1
    assert mr.main(['--nb', str(fn), '--out', str(out)]) == 0
    assert mr.main(['--nb', str(fn), '--out', str(out), '--check']) == 0
    out.write_text(out.read_text() + 'edited by hand\n')
    assert mr.main(['--nb', str(fn), '--out', str(out), '--check']) == 1

def test_directives():
    assert mr.directives('#| hide\n#| echo: false\nx=1') == {'hide': '', 'echo': 'false'}
    assert mr.directives('x = 1\n#| hide') == {}
