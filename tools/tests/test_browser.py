"""The demo app in a real browser: runs tools/browser_test.py (headless Chromium uploads a CIFAR-10 test image and
checks the answer on the page, then the second tab) where Chromium, chromedriver, Selenium, Gradio and the data are
installed; skipped elsewhere, saying what is missing. CI installs no browser, so there it is skipped."""
import os, shutil, subprocess, sys
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[2]

def test_browser(tmp_path):
    if not any(shutil.which(n) for n in ('chromium', 'chromium-browser', 'google-chrome')) or not shutil.which('chromedriver'):
        pytest.skip('Chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver)')
    pytest.importorskip('selenium', reason='Selenium is not installed (pip install selenium)')
    pytest.importorskip('gradio', reason="Gradio is not installed (pip install -e '.[app]')")
    data = os.environ.get('CIFAR10_PATH') or ROOT.parent/'shared'/'cifar10'
    if not (Path(data)/'test').is_dir(): pytest.skip('no CIFAR-10 data: set CIFAR10_PATH')
    r = subprocess.run([sys.executable, str(ROOT/'tools'/'browser_test.py'), '--out', str(tmp_path/'app.png')],
                       capture_output=True, text=True, timeout=1200, env=dict(os.environ, CIFAR10_PATH=str(data)))
    assert r.returncode == 0, r.stdout + r.stderr
    assert 'browser test: passed' in r.stdout and 0 < (tmp_path/'app.png').stat().st_size < 150_000
