"""Representing tickets as vectors for clustering and classification.

The lexical view is TF-IDF over language-aware stems (stop words of each
ticket's language removed, Snowball stems, word uni- and bigrams), reduced by
LSA. Semantic views (a shipped static embedding table; sentence embeddings
with the ``semantic`` extra) are joined to it by :class:`TicketVectorizer`.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from .language import stem_tokens, stop_words, words


def analyse(texts: Sequence[str], languages: Sequence[str]) -> list[str]:
    """Each text as space-joined stems of its non-stop words, in its own language.

    Examples
    --------
    >>> analyse(["Hi, my routers keep dropping!", "Hola, mi factura está mal"], ["en", "es"])
    ['router drop', 'factur mal']
    """
    out = []
    for text, lang in zip(texts, languages):
        stops = stop_words(lang)
        toks = [t for t in words(text) if len(t) > 1 and t not in stops]
        out.append(" ".join(stem_tokens(toks, lang)))
    return out


class LexicalVectorizer:
    """TF-IDF over stems, then LSA.

    Parameters
    ----------
    n_components : int
        LSA dimensions (capped below the vocabulary and corpus sizes).
    min_df : int
        A term must occur in this many tickets.
    max_df : float
        Terms in more than this share of tickets carry no topic.
    random_state : int
        Seed of the randomized SVD.

    Attributes
    ----------
    tfidf_ : TfidfVectorizer
    svd_ : TruncatedSVD or None
        None when the corpus is too small to reduce.
    """

    def __init__(self, n_components: int = 200, min_df: int = 2, max_df: float = 0.5, random_state: int = 0):
        self.n_components = n_components
        self.min_df = min_df
        self.max_df = max_df
        self.random_state = random_state

    def fit_transform(self, docs: Sequence[str]) -> np.ndarray:
        """Fit on analysed documents (see :func:`analyse`); returns (n_docs, n_dims) float32, rows L2-normalised."""
        min_df = self.min_df if len(docs) >= 20 else 1
        self.tfidf_ = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, ngram_range=(1, 2),
                                      sublinear_tf=True, min_df=min_df, max_df=self.max_df if len(docs) >= 20 else 1.0,
                                      dtype=np.float32)
        try:
            tf = self.tfidf_.fit_transform(docs)
        except ValueError:  # every term pruned (tiny or degenerate corpus)
            self.tfidf_ = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, dtype=np.float32)
            tf = self.tfidf_.fit_transform([d or "empty" for d in docs])
        k = min(self.n_components, tf.shape[1] - 1, tf.shape[0] - 1)
        if k >= 2:
            self.svd_: TruncatedSVD | None = TruncatedSVD(k, algorithm="randomized", n_iter=5,
                                                           random_state=self.random_state)
            dense = self.svd_.fit_transform(tf)
        else:
            self.svd_ = None
            dense = tf.toarray()
        return normalize(dense).astype(np.float32)

    def transform(self, docs: Sequence[str]) -> np.ndarray:
        tf = self.tfidf_.transform(docs)
        dense = self.svd_.transform(tf) if self.svd_ is not None else tf.toarray()
        return normalize(dense).astype(np.float32)


class TicketVectorizer:
    """All views of a ticket, joined into one vector.

    Parameters
    ----------
    lexical_components : int
        LSA dimensions of the lexical view.
    semantic : object or None
        An encoder with ``encode(texts) -> (n, d) array`` (rows L2-normalised),
        e.g. :class:`topicscope.embeddings.StaticEmbedder`; None for lexical only.
    semantic_weight : float
        Weight of the semantic view against the lexical one (each view is unit
        length before weighting, so 0.5 is an equal say).
    random_state : int
        Seed.

    Attributes
    ----------
    lexical_ : LexicalVectorizer
    n_features_out_ : int
    """

    def __init__(self, lexical_components: int = 200, semantic: Any = None, semantic_weight: float = 0.5,
                 random_state: int = 0):
        self.lexical_components = lexical_components
        self.semantic = semantic
        self.semantic_weight = semantic_weight
        self.random_state = random_state

    def fit_transform(self, texts: Sequence[str], languages: Sequence[str]) -> np.ndarray:
        """Fit and return (n_texts, n_features_out_) float32 with unit-length rows."""
        self.lexical_ = LexicalVectorizer(self.lexical_components, random_state=self.random_state)
        lex = self.lexical_.fit_transform(analyse(texts, languages))
        return self._join(lex, texts)

    def transform(self, texts: Sequence[str], languages: Sequence[str]) -> np.ndarray:
        return self._join(self.lexical_.transform(analyse(texts, languages)), texts)

    def _join(self, lex: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        if self.semantic is None:
            self.n_features_out_ = lex.shape[1]
            return lex
        sem = self.semantic.encode(list(texts))
        w = self.semantic_weight
        joined = np.hstack([lex * np.sqrt(1 - w), sem * np.sqrt(w)]).astype(np.float32)
        self.n_features_out_ = joined.shape[1]
        return normalize(joined)
