"""Rebuild the shipped default category classifier.

    python models/build_category_model.py

Trains topicscope.categories.CategoryClassifier on models/category_data/train.csv
(see models/category_data/README.md for its sources and licences), scores it on
models/category_data/heldout.csv (never used for training or tuning), and writes
models/category-default-v1.joblib with its manifest (sha256, library versions,
training data, metrics). Deterministic for the same library versions.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from topicscope.artifacts import save_model  # noqa: E402
from topicscope.categories import MODEL_KIND, TAXONOMY, CategoryClassifier, evaluate  # noqa: E402

CREATED = "2026-11-29T00:00:00+00:00"  # fixed, so a rebuild gives the same manifest


def main() -> None:
    train = pd.read_csv(HERE / "category_data" / "train.csv", keep_default_na=False)
    held = pd.read_csv(HERE / "category_data" / "heldout.csv", keep_default_na=False)
    assert set(train["label"]) == set(TAXONOMY), sorted(set(train["label"]) ^ set(TAXONOMY))
    clf = CategoryClassifier().fit(train["text"].tolist(), train["label"].tolist())
    pred = clf.predict(held["text"].tolist())
    heldout = evaluate(held["label"].tolist(), list(pred), "held-out set (models/category_data/heldout.csv)")
    by_source = {src: round(float((pred[held["source"] == src] == held.loc[held["source"] == src, "label"]).mean()), 4)
                 for src in sorted(held["source"].unique())}
    out = HERE / "category-default-v1.joblib"
    manifest = save_model(
        clf, out, kind=MODEL_KIND, created=CREATED,
        training_data={
            "file": "models/category_data/train.csv",
            "sha256": hashlib.sha256((HERE / "category_data" / "train.csv").read_bytes()).hexdigest(),
            "rows": len(train),
            "per_label": {k: int(v) for k, v in train["label"].value_counts().sort_index().items()},
            "sources": "BANKING77 train subset (CC BY 4.0), Bitext customer support subset "
                       "(CDLA-Sharing-1.0), hand-written tickets (MIT); see category_data/LICENSES.md",
        },
        metrics={"heldout": heldout.to_dict(), "heldout_accuracy_by_source": by_source},
        extra={"taxonomy": list(TAXONOMY), "rebuild": "python models/build_category_model.py"},
    )
    print(f"wrote {out.name} ({out.stat().st_size / 1e6:.1f} MB), sha256 {manifest['sha256'][:12]}")
    print(f"held-out accuracy {heldout.accuracy:.3f} on {heldout.n_samples} tickets; by source {by_source}")
    for c in heldout.per_class:
        print(f"  {c.label:<22} precision {c.precision:.2f} recall {c.recall:.2f} (n={c.support})")


if __name__ == "__main__":
    main()
