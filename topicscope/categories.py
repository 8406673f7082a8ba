"""Classifying tickets into categories: technical issue, product question, billing, ...

The default taxonomy works with no labels, from a classifier shipped in
``models/`` (rebuilt by ``models/build_category_model.py`` from the training
data kept beside it). A company with its own labelled history trains its own
(``topicscope train``) and uses it with ``--model``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from .artifacts import load_model, shipped_path
from .errors import InputError, UsageError
from .textfeatures import CharNgramTfidf, accelerate

TAXONOMY = (
    "technical_issue", "product_question", "billing_payment", "account_access", "order_delivery",
    "returns_cancellation", "complaint_feedback", "other",
)
MODEL_KIND = "topicscope.category_classifier"
DEFAULT_MODEL = "category-default-v1.joblib"


class CategoryClassifier:
    """Word and character n-gram TF-IDF, a linear SVM, sigmoid-calibrated probabilities.

    Parameters
    ----------
    C : float
        SVM regularisation (smaller is smoother).
    calibration_folds : int
        Folds of the probability calibration (fewer when a class is rarer).
    class_weight : "balanced" or None
        "balanced" weighs classes inversely to their frequency, so a rare
        contact reason is not drowned by the common ones.
    random_state : int
        Seed of the fold split.
    sentence_weight : float
        When above 0, MiniLM sentence embeddings (the ``semantic`` extra) join the features
        with this weight (``topicscope train --embeddings sentence``).

    Attributes
    ----------
    classes_ : ndarray of str, shape (n_classes,)
    pipeline_ : sklearn.pipeline.Pipeline

    Examples
    --------
    >>> texts = ["my router is broken", "wifi keeps dropping", "refund my last bill", "charged twice this month",
    ...          "router shows red light", "why was I billed again"] * 3
    >>> labels = ["technical_issue", "technical_issue", "billing_payment", "billing_payment",
    ...           "technical_issue", "billing_payment"] * 3
    >>> clf = CategoryClassifier().fit(texts, labels)
    >>> clf.predict(["internet broken again", "double charge on my bill"]).tolist()
    ['technical_issue', 'billing_payment']
    """

    def __init__(self, C: float = 0.5, calibration_folds: int = 3, class_weight: str | None = "balanced",
                 random_state: int = 0, sentence_weight: float = 0.0):
        self.C = C
        self.calibration_folds = calibration_folds
        self.class_weight = class_weight
        self.random_state = random_state
        self.sentence_weight = sentence_weight

    def _features(self) -> FeatureUnion:
        parts: list[tuple[str, Any]] = [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, dtype=np.float32)),
            ("chars", CharNgramTfidf(ngram_range=(2, 5), sublinear_tf=True, min_df=2, dtype=np.float32)),
        ]
        if self.sentence_weight > 0:
            from .sentence import SentenceFeatures

            parts.append(("sentence", SentenceFeatures(self.sentence_weight)))
        return FeatureUnion(parts)

    def _make(self, folds: int) -> Pipeline:
        svm = LinearSVC(C=self.C, class_weight=self.class_weight, random_state=self.random_state)
        cv = StratifiedKFold(folds, shuffle=True, random_state=self.random_state)
        return Pipeline([("features", self._features()),
                         ("clf", CalibratedClassifierCV(svm, cv=cv, method="sigmoid", n_jobs=2))])

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> "CategoryClassifier":
        """Fit on texts (n_samples,) and their labels (n_samples,).

        Raises
        ------
        UsageError
            Fewer than two labels, or a label with a single example.
        """
        counts = Counter(labels)
        if len(counts) < 2:
            raise UsageError(f"training needs at least two different labels; found {sorted(counts)}")
        rare = sorted(label for label, n in counts.items() if n < 2)
        if rare:
            raise UsageError(f"each label needs at least 2 examples; these have one: {', '.join(rare[:10])}")
        folds = max(2, min(self.calibration_folds, min(counts.values())))
        self.pipeline_ = accelerate(self._make(folds).fit(list(texts), list(labels)))
        self.classes_ = self.pipeline_.classes_
        return self

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probabilities, shape (n_samples, n_classes), rows sum to 1."""
        return self.pipeline_.predict_proba(list(texts))

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return self.classes_[self.predict_proba(texts).argmax(axis=1)]

    def __setstate__(self, state: dict[str, Any]) -> None:
        # Models saved before CharNgramTfidf existed carry sklearn's char_wb vectorizer: same
        # output, ten times slower, so it is wrapped on load.
        self.__dict__.update(state)
        self.__dict__.setdefault("sentence_weight", 0.0)  # saved before sentence features existed
        if "pipeline_" in state:
            accelerate(self.pipeline_)


@dataclass
class ClassReport:
    label: str
    support: int
    precision: float
    recall: float


@dataclass
class Evaluation:
    """Cross-validated (or held-out) quality of a classifier."""

    method: str
    accuracy: float
    n_samples: int
    per_class: list[ClassReport]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def evaluate(y_true: Sequence[str], y_pred: Sequence[str], method: str) -> Evaluation:
    labels = sorted(set(y_true) | set(y_pred))
    p, r, _, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    per = [ClassReport(lab, int(n), round(float(pp), 4), round(float(rr), 4))
           for lab, pp, rr, n in zip(labels, p, r, s) if n > 0]
    return Evaluation(method, round(float(accuracy_score(y_true, y_pred)), 4), len(y_true), per)


def cross_validate(texts: Sequence[str], labels: Sequence[str], folds: int = 5, C: float = 0.5,
                   random_state: int = 0, sentence_weight: float = 0.0) -> Evaluation:
    """Stratified k-fold accuracy and per-class precision/recall of :class:`CategoryClassifier`.

    Scores the classifier's decision (the SVM's argmax) without refitting the
    probability calibration in every fold, which would triple the cost and
    rarely changes a decision.
    """
    counts = Counter(labels)
    folds = max(2, min(folds, min(counts.values())))
    cv = StratifiedKFold(folds, shuffle=True, random_state=random_state)
    clf = CategoryClassifier(C=C, random_state=random_state, sentence_weight=sentence_weight)
    pipe = Pipeline([("features", clf._features()),
                     ("clf", LinearSVC(C=C, class_weight=clf.class_weight, random_state=random_state))])
    # Sentence features run a torch model: one process, so it is not loaded twice.
    pred = cross_val_predict(pipe, list(texts), list(labels), cv=cv, n_jobs=1 if sentence_weight > 0 else 2)
    return evaluate(list(labels), list(pred), f"{folds}-fold stratified cross-validation")


def default_model_path() -> Path:
    """The shipped default classifier (installed with the package)."""
    return shipped_path(DEFAULT_MODEL)


def load_classifier(path: str | Path | None = None, trust: bool = False) -> tuple[CategoryClassifier, dict[str, Any] | None]:
    """Load a classifier (the shipped default when ``path`` is None), checking its manifest."""
    target = Path(path) if path is not None else default_model_path()
    if path is None and not target.is_file():
        raise InputError("the default category model is not installed with this copy of topicscope")
    model, manifest = load_model(target, kind=MODEL_KIND, trust=trust)
    if not isinstance(model, CategoryClassifier):
        raise InputError(f"model {target}: is not a topicscope category classifier")
    return model, manifest
