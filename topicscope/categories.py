"""Classifying tickets into categories: technical issue, product question, billing, ...

The default taxonomy works with no labels, from a classifier shipped in
``models/`` (rebuilt by ``models/build_category_model.py`` from the training
data kept beside it). A company with its own labelled history trains its own
(``topicscope train``) and uses it with ``--model``.
"""

from __future__ import annotations

from collections import Counter, abc
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from .artifacts import load_model, shipped_path
from .errors import InputError, UsageError
from .textfeatures import CharNgramTfidf, Joined, accelerate

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
        self.__dict__.pop("_weights", None)
        self.pipeline_ = accelerate(self._make(folds).fit(list(texts), list(labels)))
        self.classes_ = self.pipeline_.classes_
        return self

    def predict_proba(self, texts: Sequence[str], joined: Joined | None = None) -> np.ndarray:
        """Calibrated probabilities, shape (n_samples, n_classes), rows sum to 1.

        ``joined``, when given, is ``texts`` already cut into tokens (a
        :class:`~topicscope.textfeatures.Joined`, one document per text): the n-gram features
        count from it instead of cutting the texts again.
        """
        # A sequence stays as it is: a cut's texts may be made only when a feature reads them.
        texts = texts if isinstance(texts, abc.Sequence) and not isinstance(texts, str) else list(texts)
        if joined is not None and len(joined) != len(texts):
            raise ValueError(f"the cut holds {len(joined)} documents, not the {len(texts)} texts given")
        weights = self._stacked_weights()
        if weights is None:
            return self.pipeline_.predict_proba(list(texts))
        blocks, intercept, shapes = weights
        union = self.pipeline_.named_steps["features"]
        # Each feature block times its slice of every fold's SVM weights, summed: the same
        # decision values as the pipeline's (to float64 rounding) without joining the blocks
        # into one matrix, which cost about a fifth of the time on long tickets.
        decision = np.tile(intercept, (len(texts), 1))
        for (_, transformer), W in zip(union.transformer_list, blocks):
            X = None
            if joined is not None and hasattr(transformer, "transform_joined"):
                X = transformer.transform_joined(joined)  # None when it cannot read the cut
            decision += np.asarray((transformer.transform(list(texts)) if X is None else X) @ W)
        calibrated = self.pipeline_.named_steps["clf"].calibrated_classifiers_
        proba = np.zeros((len(texts), len(self.classes_)))
        at = 0
        for cc, width in zip(calibrated, shapes):
            proba += _with_decision(cc, decision[:, at:at + width]).predict_proba(decision)
            at += width
        return proba / len(calibrated)

    def _stacked_weights(self) -> tuple[list[np.ndarray], np.ndarray, list[int]] | None:
        """Every calibration fold's LinearSVC weights side by side, split by feature block.

        None when the pipeline is not the shape this class builds (then sklearn predicts).
        Computed once per process, never pickled.
        """
        cached = self.__dict__.get("_weights")
        if cached is not None:
            return cached or None
        found: Any = ()
        steps = getattr(self, "pipeline_", None)
        union = steps.named_steps.get("features") if isinstance(steps, Pipeline) else None
        clf = steps.named_steps.get("clf") if isinstance(steps, Pipeline) else None
        if (isinstance(union, FeatureUnion) and union.transformer_weights is None
                and isinstance(clf, CalibratedClassifierCV) and getattr(clf, "method", None) == "sigmoid"
                and all(isinstance(cc.estimator, LinearSVC) for cc in clf.calibrated_classifiers_)):
            coef = np.hstack([cc.estimator.coef_.T for cc in clf.calibrated_classifiers_])
            widths = [len(t.get_feature_names_out()) for _, t in union.transformer_list
                      if hasattr(t, "get_feature_names_out")]
            if len(widths) == len(union.transformer_list) and sum(widths) == coef.shape[0]:
                cuts = np.cumsum([0] + widths)
                found = ([np.ascontiguousarray(coef[a:b]) for a, b in zip(cuts[:-1], cuts[1:])],
                         np.concatenate([cc.estimator.intercept_ for cc in clf.calibrated_classifiers_]),
                         [cc.estimator.coef_.shape[0] for cc in clf.calibrated_classifiers_])
        self.__dict__["_weights"] = found
        return found or None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_weights", None)  # derived from the pipeline, rebuilt on first use
        return state

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return self.classes_[self.predict_proba(texts).argmax(axis=1)]

    def __setstate__(self, state: dict[str, Any]) -> None:
        # Models saved before CharNgramTfidf existed carry sklearn's char_wb vectorizer: same
        # output, ten times slower, so it is wrapped on load.
        self.__dict__.update(state)
        self.__dict__.setdefault("sentence_weight", 0.0)  # saved before sentence features existed
        if "pipeline_" in state:
            accelerate(self.pipeline_)


class _Decision(ClassifierMixin, BaseEstimator):
    """A fitted classifier's stand-in that returns decision values computed beforehand."""

    def __init__(self, values: np.ndarray, classes: np.ndarray):
        self.values = values
        self.classes = classes

    @property
    def classes_(self) -> np.ndarray:
        return self.classes

    def decision_function(self, X: Any) -> np.ndarray:
        return self.values[:, 0] if self.values.shape[1] == 1 else self.values


def _with_decision(calibrated: Any, values: np.ndarray) -> Any:
    """A copy of one calibration fold whose SVM answers with ``values``: the fold's own
    calibrators then turn them into probabilities, exactly as scikit-learn does."""
    import copy

    twin = copy.copy(calibrated)
    twin.estimator = _Decision(values, calibrated.estimator.classes_)
    return twin


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
    # Sentence features run an ONNX model: one process, so it is not loaded twice.
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
