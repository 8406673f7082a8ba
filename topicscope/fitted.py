"""What an analysis learned, kept to apply to more tickets: topics, categories, face-to-face.

``analyze`` fits a :class:`FittedAnalysis` on (a sample of) an export and applies it to every
ticket in batches; ``--save-model DIR`` keeps it on disk with a manifest, ``--baseline DIR``
applies a saved one to a new export (same topics, same models), and the Dask route broadcasts
it to workers that apply it to their partitions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd

from .config import TopicsConfig

MODEL_KIND = "topicscope-analysis"
_FILE = "analysis.joblib"


_CLASS_COLUMNS = ("category", "category_confidence", "face_to_face_prob", "pii", "pii_kinds")


def classify_categories(classifier: Any, texts: Sequence[str], joined: Any = None) -> tuple[np.ndarray, np.ndarray]:
    """``classifier``'s category and calibrated confidence for each text, each shape (n,).

    ``joined``: the texts already cut into tokens (:class:`~topicscope.textfeatures.Joined`), if they are.
    """
    proba = classifier.predict_proba(list(texts), joined)
    best = proba.argmax(axis=1)
    return np.asarray(classifier.classes_)[best], proba[np.arange(len(best)), best]


def classify_batch(texts: Sequence[str], channels: Sequence[str], spans: Sequence[Any], classifier: Any,
                   f2f_model: Any) -> pd.DataFrame:
    """What a batch's tickets are, apart from their topics: the part of :meth:`FittedAnalysis.apply`
    that needs no fitted topics, so it can run while they are being fitted.

    ``spans`` are :func:`topicscope.pii.find_pii`'s for each text. Returns one row per text with
    columns category, category_confidence, face_to_face_prob, pii and pii_kinds (JSON).
    """
    from .signals import pii_flags

    texts, channels = list(texts), list(channels)
    # Both classifiers count n-grams of the same texts: cut them into tokens once.
    cut = f2f_model.cut(texts, channels)
    cat, cat_conf = classify_categories(classifier, texts, cut.whole)
    f2f = np.asarray(f2f_model.predict_proba(texts, channels, cut), dtype=float)
    pii, kinds = pii_flags(texts, list(spans))
    return pd.DataFrame({"category": cat, "category_confidence": cat_conf, "face_to_face_prob": f2f, "pii": pii,
                         "pii_kinds": [json.dumps(k, sort_keys=True) for k in kinds]})


def topic_free(texts: Sequence[str], channels: Sequence[str], classifier: Any, f2f_model: Any
               ) -> tuple[list[str], list[Any], pd.DataFrame]:
    """Everything :meth:`FittedAnalysis.apply` works out for a batch without its topics: each
    text's language, personal-data spans (:func:`topicscope.pii.find_pii`'s) and
    :func:`classify_batch`'s row. What the workers do while the export is still being read.

    Returns
    -------
    languages : list of str, length n
    spans : list of list, length n
    classes : pandas.DataFrame
        n rows, :func:`classify_batch`'s columns.
    """
    from .language import LanguageDetector
    from .pii import find_pii

    texts, channels = list(texts), list(channels)
    spans = [find_pii(text) for text in texts]
    return LanguageDetector().predict(texts), spans, classify_batch(texts, channels, spans, classifier, f2f_model)


class FittedAnalysis:
    """Apply fitted topics and classifiers to tickets.

    Parameters
    ----------
    vectorizer : TicketVectorizer
        Fitted text representation (``transform(texts, languages, channels)``).
    centers : ndarray of shape (n_topics, n_features)
        Unit-length topic centroids in the vectorizer's space.
    topic_labels : list of str, length n_topics
    topic_terms : list of list of str
        Top terms per topic.
    classifier : CategoryClassifier
        Fitted category classifier (``predict_proba`` and ``classes_``).
    f2f_model : FaceToFaceClassifier
        Fitted face-to-face classifier (``predict_proba(texts, channels)`` and ``threshold``).
    f2f_rates : ErrorRates
        The face-to-face classifier's measured error rates (for the corrected share).
    topics_config : TopicsConfig
        Confidence temperature and batch size.
    info : dict
        Where the parts came from (category and face-to-face model info, representation).
    similarity_floor : float
        A low quantile of the fitting tickets' similarity to their own topic: new tickets below
        it fit no topic well (candidates for emerging topics in ``compare``). The attribute
        ``similarity_floors`` holds the same quantile per topic.
    """

    def __init__(self, vectorizer: Any, centers: np.ndarray, topic_labels: list[str], topic_terms: list[list[str]],
                 classifier: Any, f2f_model: Any, f2f_rates: Any, topics_config: TopicsConfig,
                 info: dict[str, Any] | None = None, similarity_floor: float = 0.0):
        self.vectorizer = vectorizer
        self.centers = centers
        self.topic_labels = topic_labels
        self.topic_terms = topic_terms
        self.classifier = classifier
        self.f2f_model = f2f_model
        self.f2f_rates = f2f_rates
        self.topics_config = topics_config
        self.info = info or {}
        self.similarity_floor = similarity_floor
        self.similarity_floors = np.full(len(centers), similarity_floor)

    @property
    def n_topics(self) -> int:
        return len(self.centers)

    def assign_topics(self, texts: Sequence[str], languages: Sequence[str], channels: Sequence[str],
                      X: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Nearest topic, its confidence and the cosine similarity to it, each shape (n,).

        The confidence is a softmax over the similarities to every centroid (temperature
        ``topics_config.confidence_temperature``): near 1 when one topic is clearly closest.
        """
        from .topics import nearest_topics

        if X is None:
            X = self.vectorizer.transform(list(texts), list(languages), list(channels))
        return nearest_topics(X, self.centers, self.topics_config.confidence_temperature)

    def classify(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Category and calibrated confidence, each shape (n,)."""
        return classify_categories(self.classifier, texts)

    def face_to_face(self, texts: Sequence[str], channels: Sequence[str]) -> np.ndarray:
        """Probability that each ticket needs someone face to face, shape (n,)."""
        return np.asarray(self.f2f_model.predict_proba(list(texts), list(channels)), dtype=float)

    def apply(self, frame: pd.DataFrame, X: np.ndarray | None = None, classes: pd.DataFrame | None = None
              ) -> pd.DataFrame:
        """Per-ticket results for ``frame`` (columns ``text``, ``channel``, and ``language`` and
        ``pii_spans`` (:func:`topicscope.pii.find_pii`'s) if known).

        ``X``, when given, is the frame's vectors already computed (the fitting sample's).
        ``classes``, when given, are the frame's :func:`classify_batch` rows already worked out
        (while the export was read): only the topics are left to find.

        Returns
        -------
        pandas.DataFrame
            Same index; columns language, topic_id, topic_confidence, topic_similarity, category,
            category_confidence, face_to_face_prob, face_to_face, pii, pii_kinds. Works on one
            partition at a time, so it maps over a partitioned export unchanged.
        """
        from .language import LanguageDetector
        from .pii import find_pii, without_pii

        texts = frame["text"].tolist()
        channels = frame["channel"].fillna("").astype(str).tolist()
        languages = frame["language"].tolist() if "language" in frame else LanguageDetector().predict(texts)
        size = self.topics_config.batch_rows
        known = classes
        if known is not None and len(known) != len(texts):
            raise ValueError(f"{len(known)} rows of classes for {len(texts)} tickets")
        topics: list[Any] = []
        found: list[pd.DataFrame] = []
        for a in range(0, len(texts), size):
            t, l, c = texts[a:a + size], languages[a:a + size], channels[a:a + size]
            spans = (frame["pii_spans"].iloc[a:a + size].tolist() if "pii_spans" in frame
                     else [find_pii(text) for text in t])
            if X is None:
                # Topics read the text without its personal data, as they were fitted (see without_pii).
                topics.append(self.assign_topics([without_pii(text, s) for text, s in zip(t, spans)], l, c))
            else:  # the fitting sample: its vectors are already made
                topics.append(self.assign_topics(t, l, c, X[a:a + size]))
            if known is None:
                found.append(classify_batch(t, c, spans, self.classifier, self.f2f_model))
        if known is not None:
            found = [known.reset_index(drop=True)]
        return self.results(frame.index, languages, [np.concatenate(p) for p in zip(*topics)] if topics else None,
                            pd.concat(found, ignore_index=True) if found else None)

    def results(self, index: pd.Index, languages: Sequence[str], topics: Sequence[np.ndarray] | None,
                classes: pd.DataFrame | None) -> pd.DataFrame:
        """:meth:`apply`'s frame from its parts: ``topics`` (topic_id, topic_confidence,
        topic_similarity arrays, each shape (n,)) and ``classes`` (:func:`classify_batch`'s rows, in
        order). The pipeline joins the fitting sample's parts here when it computed them apart."""
        out = pd.DataFrame(index=index)
        out["language"] = list(languages)
        columns = ["topic_id", "topic_confidence", "topic_similarity", *_CLASS_COLUMNS]
        if topics is None or classes is None:
            joined = pd.DataFrame(columns=columns)
        else:
            joined = pd.DataFrame(dict(zip(columns[:3], topics)))
            for col in _CLASS_COLUMNS:
                joined[col] = classes[col].to_numpy()
        joined.index = index
        for col in columns:
            out[col] = joined[col]
        out["face_to_face"] = (out["face_to_face_prob"] >= self.f2f_model.threshold).astype(int)
        # Few distinct values each: as categoricals a batch pickles back from a worker as small
        # codes, and the million result rows share a handful of strings instead of a million.
        for col in ("language", "category", "pii_kinds"):
            out[col] = pd.Categorical(out[col].astype(object))
        return out

    # -- persistence -------------------------------------------------------------------------

    def save(self, directory: str | Path, *, source: dict[str, Any], summary: dict[str, Any]) -> dict[str, Any]:
        """Write ``analysis.joblib`` (with its manifest) and ``baseline.json`` into ``directory``.

        ``baseline.json`` is the summary of the run that fitted it: what ``compare`` measures
        change against.
        """
        from .artifacts import save_model
        from .writing import write_json

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        write_json(directory / "baseline.json", summary)
        return save_model(self, directory / _FILE, kind=MODEL_KIND, training_data=source,
                          metrics={"n_topics": self.n_topics,
                                   "f2f_heldout_precision": round(self.f2f_rates.precision, 4),
                                   "f2f_heldout_recall": round(self.f2f_rates.tpr, 4)},
                          extra={"topic_labels": self.topic_labels})

    @classmethod
    def load(cls, directory: str | Path, trust: bool = False) -> tuple["FittedAnalysis", dict[str, Any]]:
        """Load a saved analysis and the summary it was fitted with.

        Raises
        ------
        InputError
            No saved analysis there, or its file is not vouched for by its manifest.
        """
        from .artifacts import load_model
        from .errors import InputError

        directory = Path(directory)
        if directory.is_file() and directory.suffix != Path(_FILE).suffix:
            # An export given by mistake: not a model, so not a case for --trust-model either.
            raise InputError(f"{directory}: a saved analysis is the folder written by --save-model, not an export")
        path = directory / _FILE if directory.is_dir() else directory
        if not path.is_file():
            raise InputError(f"{directory}: no saved analysis ({_FILE}) there; make one with --save-model")
        fitted, _ = load_model(path, kind=MODEL_KIND, trust=trust)
        baseline = path.parent / "baseline.json"
        summary = json.loads(baseline.read_text(encoding="utf-8")) if baseline.is_file() else {}
        return fitted, summary


__all__ = ["FittedAnalysis", "MODEL_KIND", "classify_batch", "topic_free"]
