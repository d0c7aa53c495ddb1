"""The Hugging Face Space of cifar_norm: the demo app (`cifar_norm.app`) for the record beside this file.

A Space runs `python app.py`. The record it serves: $CIFAR_NORM_RUN, else `s10-batch-s0/` beside this file (copy
`results/s10-batch-s0` there before uploading, see the README's "Try the model"), else `../results/s10-batch-s0`,
so that `python space/app.py` in a clone serves the shipped S10 record. The examples are ten CIFAR-10 test images.
The second tab needs the CIFAR-10 test images ($CIFAR10_PATH); without them it says so."""
import os
from pathlib import Path
from cifar_norm.app import cifar_app

HERE = Path(__file__).resolve().parent

def find_run() -> Path:
    "The record to serve: $CIFAR_NORM_RUN, else s10-batch-s0 beside this file (the Space), else the clone's results/s10-batch-s0"
    for d in (os.environ.get('CIFAR_NORM_RUN'), HERE/'s10-batch-s0', HERE.parent/'results'/'s10-batch-s0'):
        if d and (Path(d)/'model.pth').is_file(): return Path(d)
    raise SystemExit("no record to serve: copy results/s10-batch-s0 (config.json, results.json, model.pth, ...) beside app.py, "
                     "or set CIFAR_NORM_RUN to a finished run folder")

demo = cifar_app(find_run(), examples=HERE/'examples', test_subset=int(os.environ.get('CIFAR_NORM_TEST_SUBSET', 1000)))

if __name__ == '__main__': demo.launch()
