"""Face-to-face quality on labelled tickets the shipped model never trained on.

    python benchmarks/face_to_face.py

Prints precision, recall, the raw predicted share, the adjusted share (with its 95 % interval)
and their errors against the true share, on
  * models/f2f_data/heldout_fresh9.csv: 729 tickets written blind to the training data, the
    other test sets, the sample, the generator and the model, after v5 shipped (the newest test
    set, asked to read like an ordinary month of tickets; scored by v5, then once by v6 under a
    rule written beforehand, which shipped it; counts only: no error on it has been read);
  * models/f2f_data/heldout_fresh8.csv: 726 tickets written the same way (scored once by v5 and
    once by a candidate that was not shipped, counts only);
  * models/f2f_data/heldout_fresh7.csv: 718 tickets written the same way, also after v5 shipped
    (scored by v5 and by that candidate, counts only);
  * models/f2f_data/heldout_fresh6.csv: 710 tickets written the same way (scored once by v4 and
    once by v5, the candidate it chose);
  * models/f2f_data/heldout_fresh5.csv: 697 tickets written the same way (scored by v4, by a
    candidate that was not shipped and by v5, counts only);
  * models/f2f_data/heldout_fresh3.csv and heldout_fresh2.csv: written the same way; candidates
    were scored on them (fresh3 by v3's two candidates and later ones, fresh2 by v2 and later),
    never trained on;
  * the bundled sample's hidden truth (sample_tickets/truth.csv) and a 10,000-ticket export of
    the scale generator (benchmarks/scale_data.py, seed 0) with its truth: v4's scoring mode and
    v5's threshold were chosen with both in view, so they are tuned-on sets, not held-out ones;
heldout_fresh4.csv was a test set until v5 trained on it (its errors had been read), so it is
not scored here;
heldout.csv is the calibration set the shipped correction rates come from and heldout_fresh.csv
training data since v3 (models/build_f2f_model.py), so they are not scored here either;
remote-only BANKING77 and Bitext queries given as coming by each channel (item 14);
beside each set's shipped correction, three others computed the same way (the developer's record
in models/f2f_data/README.md, item 12, compares them); the pooled precision and recall of the
hand-written test sets, all of them and the three written
after v5 shipped;
and, in the same run, a baseline: keyword rules (technician, engineer, install, store, branch,
visit, in person) flagging a ticket when any appears.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from topicscope import read_tickets  # noqa: E402
from topicscope.face_to_face import ErrorRates, adjusted_share, load_face_to_face  # noqa: E402
from topicscope.mapping import normalize_channel  # noqa: E402

KEYWORDS = re.compile(r"\b(technician|engineer|install\w*|store|branch|visit\w*|in person|on site|onsite|walk-in)\b",
                      re.IGNORECASE)


# heldout.csv's labels and probabilities, for the other share corrections (set in main).
CALIBRATION: tuple[np.ndarray, np.ndarray] | None = None


def other_corrections(proba: np.ndarray) -> str:
    """The share by three other corrections, calibrated on heldout.csv like the shipped one: the
    mean probability, the probabilistic adjusted count (its mean corrected by the mean
    probability of held-out positives and negatives) and the median sweep (the adjusted count's
    median over thresholds 0.05-0.95 where TPR - FPR > 0.25)."""
    y, p = CALIBRATION
    pos, neg = p[y == 1], p[y == 0]
    pacc = (proba.mean() - neg.mean()) / (pos.mean() - neg.mean())
    sweep = []
    for t in np.arange(0.05, 0.96, 0.05):
        tpr, fpr = (pos >= t).mean(), (neg >= t).mean()
        if tpr - fpr > 0.25:
            sweep.append(((proba >= t).mean() - fpr) / (tpr - fpr))
    return (f"mean probability {proba.mean():.1%}, probabilistic adjusted {np.clip(pacc, 0, 1):.1%}, "
            f"median sweep {np.clip(np.median(sweep), 0, 1):.1%}")


def report(name: str, y, texts, channels, model, rates) -> tuple[list[int], list[int]]:
    y = list(map(int, y))
    proba = np.asarray(model.predict_proba(texts, channels))
    pred = (proba >= model.threshold).astype(int)
    r = ErrorRates.of(y, pred)
    est = adjusted_share(int(pred.sum()), len(y), rates)
    true = sum(y) / len(y)
    base = [int(bool(KEYWORDS.search(t))) for t in texts]
    rb = ErrorRates.of(y, base)
    print(f"\n{name}: {len(y):,} tickets, true face-to-face share {true:.1%}")
    print(f"  topicscope  precision {r.precision:.3f}  recall {r.tpr:.3f}  raw share {pred.mean():.1%} "
          f"(error {100 * (pred.mean() - true):+.1f} pts)  adjusted {est.share:.1%} [{est.share_ci[0]:.1%}, "
          f"{est.share_ci[1]:.1%}] (error {100 * (est.share - true):+.1f} pts)")
    print(f"  keywords    precision {rb.precision:.3f}  recall {rb.tpr:.3f}  raw share {sum(base) / len(base):.1%} "
          f"(error {100 * (sum(base) / len(base) - true):+.1f} pts)")
    print(f"  other corrections (not shipped): {other_corrections(proba)}")
    return y, pred.tolist()


def main() -> None:
    model, rates, manifest = load_face_to_face()
    print(f"shipped model {manifest.get('file', '?')}: correction rates from {', '.join(manifest['metrics'].get('heldout_files', ['a held-out set']))}"
          f" (precision {manifest['metrics']['heldout_precision']}, recall {manifest['metrics']['heldout_recall']})")
    global CALIBRATION
    calib = pd.read_csv(ROOT / "models" / "f2f_data" / "heldout.csv", keep_default_na=False)
    CALIBRATION = (calib["label"].astype(int).to_numpy(),
                   np.asarray(model.predict_proba(calib["text"].tolist(),
                                                  [normalize_channel(c) for c in calib["channel"]])))
    pooled: dict[str, tuple[list[int], list[int]]] = {}
    for name, what in (("heldout_fresh9.csv", "Newest blind test set (written after v5 shipped)"),
                       ("heldout_fresh8.csv", "Blind test set (written after v5 shipped)"),
                       ("heldout_fresh7.csv", "Blind test set (written after v5 shipped)"),
                       ("heldout_fresh6.csv", "Blind test set (v5 was chosen by one score on it)"),
                       ("heldout_fresh5.csv", "Blind test set (also scored by v4 and a rejected candidate)"),
                       ("heldout_fresh3.csv", "Test set (seen by candidates)"),
                       ("heldout_fresh2.csv", "Test set (seen by candidates)")):
        held = pd.read_csv(ROOT / "models" / "f2f_data" / name, keep_default_na=False)
        pooled[name] = report(f"{what} (models/f2f_data/{name})", held["label"], held["text"].tolist(),
                              [normalize_channel(c) for c in held["channel"]], model, rates)
    for title, names in (("all hand-written test sets", list(pooled)),
                         ("the three written after v5 shipped",
                          ["heldout_fresh9.csv", "heldout_fresh8.csv", "heldout_fresh7.csv"])):
        r = ErrorRates.of(sum((pooled[n][0] for n in names), []), sum((pooled[n][1] for n in names), []))
        print(f"\nPooled, {title} ({r.tp + r.fp + r.tn + r.fn:,} tickets): precision {r.precision:.3f}  "
              f"recall {r.tpr:.3f}")
    t = read_tickets(ROOT / "sample_tickets" / "tickets.csv").tickets
    truth = pd.read_csv(ROOT / "sample_tickets" / "truth.csv", keep_default_na=False)
    y = t["ticket_id"].map(dict(zip(truth["ticket_id"], truth["needs_face_to_face"])))
    report("Bundled sample, hidden truth (tuned-on)", y, t["text"].tolist(), t["channel"].tolist(), model, rates)
    generator(model, rates)
    by_channel(model)


def by_channel(model) -> None:
    """Remote-only queries (BANKING77 test, the first 3,000 Bitext ones) given as coming by each
    channel: the raw flagged share should not depend on which remote channel it is."""
    datasets = ROOT.parent / "shared" / "datasets"
    sets = (("BANKING77 test", datasets / "banking77" / "test.csv", "text", None),
            ("Bitext, first 3,000", datasets / "bitext_customer_support" / "bitext_cs_train_4514.csv", "instruction",
             3000))
    print("\nRemote-only queries by the channel given (raw flagged share; none needs anyone face to face):")
    for name, path, column, rows in sets:
        if not path.exists():
            print(f"  {name}: skipped, {path} not found")
            continue
        texts = pd.read_csv(path)[column].astype(str).tolist()[:rows]
        shares = {c: model.predict(texts, [c] * len(texts)).mean() for c in ("email", "phone", "chat", "web", "walk_in")}
        print(f"  {name:20s} " + "  ".join(f"{c} {v:.1%}" for c, v in shares.items()))


def generator(model, rates) -> None:
    """The scale generator's 10,000-ticket export (seed 0), written to a temporary folder."""
    import tempfile

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale_data import truth_path, write_export

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tickets-10000-seed0.csv"
        write_export(path, 10_000, seed=0)
        t = read_tickets(path).tickets
        truth = pd.read_csv(truth_path(path), dtype={"ticket_id": str})
    y = t["ticket_id"].astype(str).map(dict(zip(truth["ticket_id"], truth["needs_face_to_face"])))
    report("Scale generator export, 10,000 tickets, known truth (tuned-on)", y, t["text"].tolist(),
           t["channel"].tolist(), model, rates)


if __name__ == "__main__":
    main()
