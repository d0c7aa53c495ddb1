"""The demo app (`cifar_norm.app`) served for the shipped S10 record and called through `gradio_client`, as CI runs
it (tools/setup.sh installs the `app` extra); skipped, saying so, where Gradio is not installed. The data is read
from $CIFAR10_PATH, else ../shared/cifar10 beside the clone; the second tab's test is skipped without it."""
import os, socket, warnings
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = ROOT/'results'/'s10-batch-s0'
DATA = os.environ.get('CIFAR10_PATH') or (str(ROOT.parent/'shared'/'cifar10') if (ROOT.parent/'shared'/'cifar10').is_dir() else None)
pytest.importorskip('gradio', reason="Gradio is not installed: pip install -e '.[app]'")
from gradio_client import Client, handle_file
from PIL import Image
from cifar_norm.app import cifar_app
from cifar_norm.predict import predict

def free_port():
    with socket.socket() as s: s.bind(('127.0.0.1', 0)); return s.getsockname()[1]

@pytest.fixture(scope='module')
def app(tmp_path_factory):
    "The app on a free local port, with one example image (a CIFAR-10 test image of a cat, or a made-up one without data)"
    ex = tmp_path_factory.mktemp('examples')
    if DATA: img = next(p for p in sorted((Path(DATA)/'test'/'cat').iterdir()) if p.suffix == '.png')
    else: img = ex/'cat.png'; Image.new('RGB', (32, 32), (200, 120, 60)).save(img)
    if img.parent != ex: (ex/'cat.png').write_bytes(img.read_bytes())
    demo = cifar_app(RUN, data=DATA, examples=ex, test_subset=100, k=8)
    port = free_port()
    demo.launch(server_name='127.0.0.1', server_port=port, prevent_thread_lock=True, quiet=True)
    try: yield Client(f'http://127.0.0.1:{port}/', verbose=False), ex/'cat.png'
    finally: demo.close()

def test_classify(app):
    "An uploaded image: the top 3 of the app are predict's, and the GradCAM overlay comes back as a 256x256 image"
    client, img = app
    label, cam = client.predict(handle_file(str(img)), api_name='/classify')
    want = predict(RUN, img)
    assert label['label'] == want[0][0]
    got = [(c['label'], c['confidence']) for c in label['confidences']]
    assert [c for c, _ in got] == [c for c, _ in want]
    assert all(abs(p - q) < 1e-4 for (_, p), (_, q) in zip(got, want))
    if DATA: assert label['label'] == 'cat'   # the first test cat, which the S10 network gets right
    with Image.open(cam) as im: assert im.size == (256, 256)

def test_run_tab(app):
    "The second tab: the accuracy line, the misclassified gallery and the confusion matrix (or what to do without data)"
    client, _ = app
    text, gallery, plot = client.predict(api_name='/run_report')
    if not DATA:
        assert 'need the CIFAR-10 test images' in text and gallery == [] and plot is None
        return
    assert 'right on 100 test images (stratified by class)' in text, text
    assert 1 <= len(gallery) <= 8 and all('/' in g['caption'] for g in gallery)
    assert plot is not None
