"""Test the demo app as a person uses it: start `cifar-norm app` on a free local port (127.0.0.1 only), open it in
headless Chromium, upload a real CIFAR-10 test image, wait for the answer, check that the page shows the expected
top class (the image's true class, which is also what `cifar_norm.predict` answers) and the GradCAM overlay, then
open the second tab and wait for its accuracy line and misclassified gallery. Saves a screenshot of the answer
(default nbs/images/app.png, quantised to stay under 150 KB). Exit status 0 if all of that happened, else 1.

Needs Chromium and its WebDriver (Debian: `apt-get install chromium chromium-driver`), Selenium (`pip install
selenium`; it uses the installed driver, nothing is downloaded), the app extra (`pip install -e '.[app]'`) and the
data ($CIFAR10_PATH, else ../shared/cifar10). CI installs no browser: `tools/tests/test_browser.py` runs this script
only where Chromium, its driver and Selenium are installed, and is skipped elsewhere. By hand:

    python tools/browser_test.py [--image PNG] [--out nbs/images/app.png] [--run results/s10-batch-s0]
"""
import argparse, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]

def free_port() -> int:
    with socket.socket() as s: s.bind(('127.0.0.1', 0)); return s.getsockname()[1]

def wait_http(url:str, proc, timeout:float):
    "Wait until `url` answers, or fail if the app process ended or `timeout` seconds passed"
    t0 = time.time()
    while time.time() - t0 < timeout:
        if proc.poll() is not None: raise RuntimeError(f"the app exited with status {proc.returncode} before serving")
        try:
            with urllib.request.urlopen(url, timeout=5): return
        except OSError: time.sleep(1)
    raise TimeoutError(f"the app did not answer at {url} within {timeout:.0f} s")

def browser(width:int, height:int):
    "Headless Chromium through Selenium and the installed chromedriver"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    exe = next((shutil.which(n) for n in ('chromium', 'chromium-browser', 'google-chrome') if shutil.which(n)), None)
    drv = shutil.which('chromedriver')
    if not exe or not drv: raise RuntimeError("needs Chromium and chromedriver on PATH (Debian: apt-get install chromium chromium-driver)")
    opts = webdriver.ChromeOptions(); opts.binary_location = exe
    for o in ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars',
              f'--window-size={width},{height}', '--force-device-scale-factor=1'): opts.add_argument(o)
    return webdriver.Chrome(service=Service(drv), options=opts)

def save_small(png:Path, out:Path, limit:int=150_000):
    "Save screenshot `png` to `out`, cropped to the page's content, under `limit` bytes (as a palette PNG if need be)"
    from PIL import Image, ImageChops
    im = Image.open(png).convert('RGB')
    box = ImageChops.difference(im, Image.new('RGB', im.size, (255, 255, 255))).getbbox()
    if box: im = im.crop((max(box[0]-16, 0), max(box[1]-16, 0), min(box[2]+16, im.width), min(box[3]+16, im.height)))
    im.save(out, optimize=True)
    for colors in (256, 128, 64):
        if out.stat().st_size < limit: return
        im.quantize(colors=colors, method=Image.Quantize.FASTOCTREE).save(out, optimize=True)
    if out.stat().st_size >= limit: raise RuntimeError(f"the screenshot is {out.stat().st_size:,} bytes even with 64 colours: over {limit:,}")

def run_test(a) -> list:
    "The test; returns the problems found (none: it passed)"
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    from cifar_norm.predict import predict
    data = Path(os.environ.get('CIFAR10_PATH') or ROOT.parent/'shared'/'cifar10')
    img = Path(a.image) if a.image else min((data/'test'/'cat').glob('*.png'))   # the first test cat
    true, want = img.parent.name, predict(a.run, img)
    problems = [] if want[0][0] == true else [f"the model's top class for {img} is {want[0][0]}, not its true class {true}: pick another --image"]
    port, tmp = free_port(), Path(tempfile.mkdtemp())
    env = dict(os.environ, CIFAR10_PATH=str(data), GRADIO_ANALYTICS_ENABLED='False')
    cmd = [sys.executable, '-m', 'cifar_norm.cli', 'app', '--run', str(a.run), '--port', str(port), '--test-subset', str(a.test_subset)]
    with open(tmp/'app.log', 'w') as log: app = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    drv = None
    try:
        url = f'http://127.0.0.1:{port}/'
        wait_http(url, app, a.timeout)
        drv = browser(1100, 1000)
        wait = WebDriverWait(drv, a.timeout)
        drv.get(url)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '#image input[type=file]'))[0].send_keys(str(img.resolve()))
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '#gradcam img') and d.find_elements(By.CSS_SELECTOR, '#top-classes h2'))
        top = drv.find_element(By.CSS_SELECTOR, '#top-classes h2').text.strip()
        shown = drv.find_element(By.CSS_SELECTOR, '#top-classes').text.split('\n')
        print(f"uploaded {img.relative_to(data) if img.is_relative_to(data) else img}; the page answers {top!r}: {' '.join(shown[2:])}")
        if top != want[0][0]: problems.append(f"the page's top class is {top!r}, expected {want[0][0]!r}")
        for c, p in want:
            if c not in shown or f"{round(100*p)}%" not in shown: problems.append(f"the page does not show {c} {round(100*p)}%: {shown}")
        drv.save_screenshot(str(tmp/'shot.png'))
        save_small(tmp/'shot.png', a.out)
        print(f"screenshot: {a.out} ({a.out.stat().st_size:,} bytes)")
        next(t for t in drv.find_elements(By.CSS_SELECTOR, 'button[role=tab]') if t.text.strip() == 'The run').click()
        wait.until(lambda d: 'right on' in d.find_element(By.CSS_SELECTOR, '#run-status').text)
        status = drv.find_element(By.CSS_SELECTOR, '#run-status').text
        n_imgs = len(drv.find_elements(By.CSS_SELECTOR, '#misclassified img'))
        print(f"second tab: {status.split(', computed')[0]}; {n_imgs} misclassified images shown")
        if f"right on {a.test_subset:,} test images" not in status or not n_imgs: problems.append(f"the second tab shows {status!r} and {n_imgs} images")
    except Exception as e: problems.append(f"{type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}")
    finally:
        if drv is not None: drv.quit()
        app.terminate()
        try: app.wait(20)
        except subprocess.TimeoutExpired: app.kill()
    if problems: print('the app log ends:\n' + ''.join(open(tmp/'app.log').readlines()[-15:]), file=sys.stderr)
    shutil.rmtree(tmp, ignore_errors=True)
    return problems

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--run', type=Path, default=ROOT/'results'/'s10-batch-s0', help='the finished run the app serves')
    p.add_argument('--image', help='the image to upload (default: the first cat of the CIFAR-10 test set)')
    p.add_argument('--out', type=Path, default=ROOT/'nbs'/'images'/'app.png', help='where the screenshot goes')
    p.add_argument('--test-subset', type=int, default=200, help="test images the app's second tab evaluates")
    p.add_argument('--timeout', type=float, default=300, help='seconds to wait for each step')
    a = p.parse_args(argv)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    problems = run_test(a)
    for m in problems: print(f"FAIL: {m}", file=sys.stderr)
    print('browser test: ' + ('FAILED' if problems else 'passed'))
    return 1 if problems else 0

if __name__ == '__main__': sys.exit(main())
