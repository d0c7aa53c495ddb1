"""Write README.md from nbs/index.ipynb with nbconvert's markdown exporter (Quarto, which `nbdev-readme`
needs, cannot be installed on every machine). `--check` exits 1 if README.md is out of step."""
import argparse, copy, re, sys
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter

ROOT = Path(__file__).resolve().parents[1]
DIRECTIVE = re.compile(r'^\s*#\s*\|\s*(.*)$')

def directives(src:str) -> dict:
    "The `#| key: value` directives at the top of a cell's source"
    res = {}
    for line in src.splitlines():
        m = DIRECTIVE.match(line)
        if not m: break
        k, _, v = m.group(1).partition(':')
        res[k.strip()] = v.strip()
    return res

def prepare(nb):
    "Drop hidden cells and directive lines; hide the code of `echo: false` cells; drop execution counts"
    nb = copy.deepcopy(nb)
    cells = []
    for c in nb.cells:
        d = directives(c.source) if c.cell_type == 'code' else {}
        if 'hide' in d or 'include' in d and d['include'] == 'false': continue
        if c.cell_type == 'code':
            c.source = '\n'.join(l for l in c.source.splitlines() if not DIRECTIVE.match(l)).strip('\n')
            c.execution_count = None
            if d.get('echo') == 'false': c.source = ''
            for o in c.get('outputs', []):
                if 'execution_count' in o: o['execution_count'] = None
        cells.append(c)
    nb.cells = cells
    return nb

def render(nb_path:Path) -> str:
    "README text for the notebook at `nb_path`"
    nb = prepare(nbformat.read(nb_path, as_version=4))
    exp = MarkdownExporter(); exp.exclude_input_prompt = exp.exclude_output_prompt = True
    body, _ = exp.from_notebook_node(nb)
    body = re.sub(r'```\s*\n\s*```\n?', '', body)   # empty code fences of echo: false cells
    body = re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'
    return "<!-- Generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file -->\n\n" + body

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument('--check', action='store_true', help='only check that README.md is up to date')
    p.add_argument('--nb', default=ROOT/'nbs'/'index.ipynb', type=Path)
    p.add_argument('--out', default=ROOT/'README.md', type=Path)
    a = p.parse_args(argv)
    txt = render(a.nb)
    if a.check:
        if not a.out.exists() or a.out.read_text() != txt:
            print(f"{a.out} is out of step with {a.nb}: run python tools/make_readme.py", file=sys.stderr); return 1
        return 0
    a.out.write_text(txt)
    return 0

if __name__ == '__main__': sys.exit(main())
