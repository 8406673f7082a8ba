"""Training a category classifier on a company's own labelled tickets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .artifacts import save_model
from .categories import MODEL_KIND, CategoryClassifier, cross_validate
from .config import Config
from .errors import UsageError
from .ingest import read_tickets


def train_classifier(
    export: str | Path,
    label_col: str,
    model_out: str | Path,
    *,
    config: Config | None = None,
    id_col: str | None = None,
    text_col: list[str] | None = None,
    dayfirst: bool | None = None,
    embeddings: str | None = None,
) -> dict[str, Any]:
    """Cross-validate, fit and save a :class:`~topicscope.categories.CategoryClassifier`.

    Rows without a label are left out (and counted). Returns the report that
    is also stored in the model's manifest. ``embeddings="sentence"`` adds MiniLM
    sentence-embedding features (the semantic extra) with weight
    ``config.categories.sentence_weight``.

    Raises
    ------
    UsageError
        Fewer than ``config.categories.min_labelled`` labelled tickets, fewer
        than two labels, or a label with a single ticket.
    """
    config = config or Config()
    table = read_tickets(export, id_col=id_col, text_col=text_col, label_col=label_col, dayfirst=dayfirst,
                         config=config)
    tickets = table.tickets
    labels = tickets["given_category"].fillna("").str.strip()
    labelled = labels != ""
    n = int(labelled.sum())
    if n < config.categories.min_labelled:
        raise UsageError(f"--label-col {label_col!r}: {n} labelled tickets; at least "
                         f"{config.categories.min_labelled} needed to train")
    texts = tickets.loc[labelled, "text"].tolist()
    y = labels[labelled].tolist()
    weight = config.categories.sentence_weight if embeddings == "sentence" else 0.0
    clf = CategoryClassifier(sentence_weight=weight).fit(texts, y)  # validates label counts first
    evaluation = cross_validate(texts, y, folds=config.categories.cv_folds, sentence_weight=weight)
    report = {
        "export": str(export),
        "label_column": label_col,
        "training_rows": n,
        "unlabelled_rows": int((~labelled).sum()),
        "labels": [str(c) for c in clf.classes_],
        "evaluation": evaluation.to_dict(),
        "model": str(model_out),
    }
    save_model(clf, model_out, kind=MODEL_KIND,
               training_data={"export": str(export), "label_column": label_col, "rows": n,
                              "per_label": {k: int(v) for k, v in labels[labelled].value_counts().sort_index().items()}},
               metrics={"cross_validation": evaluation.to_dict()})
    return report
