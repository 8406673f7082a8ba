"""Rebuild the shipped face-to-face classifier.

    python models/build_f2f_model.py

Trains topicscope.face_to_face.FaceToFaceClassifier on models/f2f_data/train.csv,
train_more.csv, heldout_fresh.csv, train_faults.csv, train_visits_off.csv, heldout_fresh4.csv and
train_agent_notes.csv (labelling rules: models/f2f_data/LABELLING_RULES.md), scores it on
models/f2f_data/heldout.csv, which is never used for training, and writes
models/face-to-face-v6.joblib with its manifest. heldout_fresh2.csv, heldout_fresh3.csv,
heldout_fresh5.csv, heldout_fresh6.csv, heldout_fresh7.csv, heldout_fresh8.csv and heldout_fresh9.csv
are test sets only (benchmarks/face_to_face.py);
nothing here reads them.
The held-out confusion counts in the manifest are what `analyze` corrects the face-to-face share
with (adjusted classify-and-count).

v3 adds heldout_fresh.csv to v2's training data: v1's errors on it had been read, so it was no
longer a test set, and it is 604 more hand-labelled tickets, some from industries (travel,
education) the other training files lack.

v4 adds train_faults.csv (421 first-contact fault reports for home services, most of them 0 by
the rules, with minimal-pair 1s) and scores long tickets piece by piece as well as whole
(``FaceToFaceClassifier.segment_words``); see f2f_data/README.md, developer's record.

v5 adds train_visits_off.csv (visits cancelled, finished or switched to remote), heldout_fresh4.csv
(its errors had been read, so it was no longer a test set) and train_agent_notes.csv (field,
counter and phone-agent notes, voicemail transcriptions), and flags a ticket at probability 0.45
instead of 0.5: the threshold that kept the sample and the generator export within 3 points
(both tuned-on sets). It was then scored once on heldout_fresh6.csv, which no candidate had seen
(developer's record, item 10).

v6 keeps v5's training files, threshold and correction set, and gives the classifier a channel
token for the in-person channels only (walk_in, onsite): with every channel as a token, v5 read
"phone" as evidence, and flagged the same remote queries 10 % of the time by phone and 1.4 % by
e-mail. It passed the rule written before it was scored on heldout_fresh9.csv (developer's record,
item 14).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from topicscope.artifacts import save_model  # noqa: E402
from topicscope.face_to_face import MODEL_KIND, ErrorRates, FaceToFaceClassifier  # noqa: E402

TRAIN = ("train.csv", "train_more.csv", "heldout_fresh.csv", "train_faults.csv", "train_visits_off.csv",
         "heldout_fresh4.csv", "train_agent_notes.csv")
THRESHOLD = 0.45
CALIBRATION = ("heldout.csv",)
CREATED = "2026-11-30T00:00:00+00:00"  # fixed, so a rebuild gives the same manifest
CHANNELS = {"email": "email", "chat": "chat", "phone": "phone", "phone_note": "phone", "walk_in": "walk_in",
            "store_note": "walk_in", "field_report": "onsite", "technician_report": "onsite", "onsite": "onsite",
            "web_form": "web", "web": "web", "tweet": "social", "social": "social", "app": "app"}


def _channel(value: str) -> str:
    from topicscope.mapping import normalize_channel

    return CHANNELS.get(value, normalize_channel(value))


def main() -> None:
    train = pd.concat([pd.read_csv(HERE / "f2f_data" / name, keep_default_na=False) for name in TRAIN],
                      ignore_index=True)
    held = pd.concat([pd.read_csv(HERE / "f2f_data" / name, keep_default_na=False) for name in CALIBRATION],
                     ignore_index=True)
    clf = FaceToFaceClassifier(threshold=THRESHOLD).fit(train["text"].tolist(), [_channel(c) for c in train["channel"]],
                                     train["label"].astype(int).tolist())
    pred = clf.predict(held["text"].tolist(), [_channel(c) for c in held["channel"]])
    rates = ErrorRates.of(held["label"].astype(int).tolist(), pred.tolist())
    true_share = float(held["label"].astype(int).mean())
    out = HERE / "face-to-face-v6.joblib"
    manifest = save_model(
        clf, out, kind=MODEL_KIND, created=CREATED,
        training_data={
            "files": [f"models/f2f_data/{name}" for name in TRAIN],
            "sha256": {name: hashlib.sha256((HERE / "f2f_data" / name).read_bytes()).hexdigest() for name in TRAIN},
            "rows": len(train), "face_to_face": int(train["label"].astype(int).sum()),
            "sources": "hand-written tickets across industries (MIT); see f2f_data/README.md",
        },
        metrics={
            "heldout_confusion": {"tp": rates.tp, "fp": rates.fp, "tn": rates.tn, "fn": rates.fn},
            "heldout_precision": round(rates.precision, 4), "heldout_recall": round(rates.tpr, 4),
            "heldout_rows": len(held), "heldout_true_share": round(true_share, 4),
            "heldout_files": [f"models/f2f_data/{name}" for name in CALIBRATION],
            "heldout_predicted_share": round(float(pred.mean()), 4),
        },
        extra={"rebuild": "python models/build_f2f_model.py", "threshold": clf.threshold,
               "segment_words": clf.segment_words, "channel_tokens": list(clf.channel_tokens)},
    )
    print(f"wrote {out.name} ({out.stat().st_size / 1e6:.1f} MB), sha256 {manifest['sha256'][:12]}")
    print(f"held-out: precision {rates.precision:.3f} recall {rates.tpr:.3f} on {len(held)} tickets "
          f"(true share {true_share:.3f}, predicted {pred.mean():.3f})")


if __name__ == "__main__":
    main()
