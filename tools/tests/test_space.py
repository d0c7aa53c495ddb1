"""The Hugging Face Space in space/: its settings (README.md front matter), requirements (this repository, whose URL
is pyproject.toml's, with the app extra), example images (one CIFAR-10 test image per class, each classified right
by the shipped S10 record) and app.py, which builds the app for the record it finds (needs Gradio, else skipped)."""
import re, runpy, sys
from pathlib import Path
import pytest, yaml

ROOT = Path(__file__).resolve().parents[2]
SPACE = ROOT/'space'
CLASSES = ['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck']

def pyproject():
    tomllib = pytest.importorskip('tomllib')
    return tomllib.loads((ROOT/'pyproject.toml').read_text())

def test_settings():
    front = (SPACE/'README.md').read_text().split('---\n')[1]
    cfg = yaml.safe_load(front)
    assert cfg['sdk'] == 'gradio' and cfg['app_file'] == 'app.py' and (SPACE/cfg['app_file']).is_file()
    assert int(cfg['sdk_version'].split('.')[0]) >= 5 and len(cfg['short_description']) <= 60

def test_requirements():
    p = pyproject()
    url = p['project']['urls']['Repository']
    reqs = [l.strip() for l in (SPACE/'requirements.txt').read_text().splitlines() if l.strip() and not l.startswith('#')]
    assert f'cifar_norm[app] @ git+{url}' in reqs
    assert any(r.startswith('gradio') for r in p['project']['optional-dependencies']['app'])
    for f in SPACE.glob('*.md'):
        for u in re.findall(r'https://github\.com/[\w.-]+/[\w.-]+', f.read_text()): assert u == url, (f, u)

def test_examples():
    fs = sorted(SPACE.glob('examples/*'))
    assert [f.name for f in fs] == sorted(f'{c}.png' for c in CLASSES)
    from cifar_norm.predict import predict
    assert [t[0][0] for t in predict(ROOT/'results'/'s10-batch-s0', fs)] == [f.stem for f in fs]

def test_app(monkeypatch):
    gr = pytest.importorskip('gradio', reason="Gradio is not installed: pip install -e '.[app]'")
    monkeypatch.delenv('CIFAR_NORM_RUN', raising=False)
    g = runpy.run_path(str(SPACE/'app.py'))   # not __main__: builds the app, does not launch it
    assert isinstance(g['demo'], gr.Blocks)
    assert g['find_run']() == ROOT/'results'/'s10-batch-s0'
