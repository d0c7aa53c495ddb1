"""The facts a run's prose is written from (notebook 12, the README row, a closing note), read from its folder.

Works on a run under way or a published record: epochs done, pieces (the resumed stretches), hours of training and
minutes an epoch, the LR per epoch and each plateau reduction, the best validation epoch, the last epoch's figures,
and, once finished, results.json's scalars and the final test accuracy against a target. Reads only; exit status 0.
    python tools/run_facts.py .longrun/runs/r18ln-layer-s0 [--target 0.871]
"""
import argparse
from pathlib import Path
import pandas as pd
from cifar_norm.folders import CONFIG, HISTORY, PIECES, RESULTS, read_json

def main(run:Path, target:float):
    h = pd.read_csv(run/HISTORY)
    pieces = read_json(run/PIECES, list) if (run/PIECES).is_file() else []
    secs = h['seconds'].sum()
    print(f"{run}: {len(h)} epochs in history, {len(pieces)} pieces, {secs/3600:.2f} h of training, {secs/60/len(h):.1f} min an epoch")
    cfg = read_json(run/CONFIG)
    if cfg.get('sched') == 'plateau':   # a step schedule: each reduction is a drop between two epochs' LRs
        drops = [(int(e), a, b) for e, a, b in zip(h['epoch'][1:], h['lr'][:-1], h['lr'][1:]) if b < a * 0.999]
        print(f"LR (plateau, patience {cfg.get('patience')}, factor {cfg.get('factor')}): {h['lr'].iloc[0]:.3g} at epoch 1;",
              '; '.join(f'{a:.3g} -> {b:.3g} at epoch {e}' for e, a, b in drops) or 'no reduction yet')
    else: print(f"LR ({cfg.get('sched')}): from {h['lr'].iloc[0]:.3g} at epoch 1 to {h['lr'].iloc[-1]:.3g} at epoch {len(h)}, peak {h['lr'].max():.3g}")
    cols = [c for c in ('train_loss', 'train_acc', 'valid_loss', 'valid_acc', 'test_loss', 'test_acc') if c in h]
    if 'valid_loss' in h:
        b = h.loc[h['valid_loss'].idxmin()]
        print(f"best valid loss {b['valid_loss']:.4f} at epoch {int(b['epoch'])} (valid acc {b['valid_acc']:.4f}); "
              f"best valid acc {h['valid_acc'].max():.4f} at epoch {int(h.loc[h['valid_acc'].idxmax(), 'epoch'])}")
    print(h[['epoch', *cols, 'lr']].tail(5).to_string(index=False))
    if (run/RESULTS).is_file():
        r = read_json(run/RESULTS)
        print('results.json:', {k: v for k, v in r.items() if not isinstance(v, (dict, list))})
        if 'final_test_acc' in r:
            d = 100 * (r['final_test_acc'] - target)
            print(f"final test accuracy {100*r['final_test_acc']:.2f}%: {abs(d):.2f} points {'above' if d > 0 else 'below'} {100*target:.2f}%")

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('run', type=Path, nargs='?', default=Path('.longrun/runs/r18ln-layer-s0'), help='a run folder or published record')
    p.add_argument('--target', type=float, default=0.871, help="the figure to beat (the assignment's 87.10%)")
    a = p.parse_args()
    main(a.run, a.target)
