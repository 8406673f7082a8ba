"""Character and word n-gram TF-IDF computed in bulk, so a million tickets do not cost a million slow passes.

scikit-learn's ``TfidfVectorizer(analyzer="char_wb")`` builds every padded n-gram of every word
of every document in pure Python: about half a millisecond a ticket, the largest single cost of
classifying. Its n-grams never cross a word boundary, so a document's counts are the sum of its
words' counts; words repeat (Zipf), so each distinct word's n-gram counts are computed once,
kept, and a batch's counts become one sparse product (documents x words) @ (words x n-grams).
The output is identical to ``TfidfVectorizer.transform`` (same counts, same weighting).

Word 1-2-grams (:class:`WordNgramTfidf`) likewise: scikit-learn joins every bigram into a string
and looks it up one at a time; here a batch's tokens are numbered in C (``pandas.factorize``),
each distinct token and each distinct pair of neighbouring tokens is looked up once, and the
counts are one sparse matrix.
"""

from __future__ import annotations

import re
import threading
from typing import Any, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer


_DEFAULT_TOKEN_PATTERN = TfidfVectorizer().token_pattern
_WORD_RUN = re.compile(r"\w\w+")


class CharNgramTfidf(TransformerMixin, BaseEstimator):
    """TF-IDF over padded character n-grams inside words (``char_wb``), with a per-word cache.

    Parameters
    ----------
    ngram_range : tuple of int
        Smallest and largest n-gram length, in characters.
    min_df : int or float
        Ignore n-grams in fewer documents than this when fitting.
    sublinear_tf : bool
        Use 1 + log(count) instead of the count.
    dtype : numpy dtype
        Dtype of the output matrix.
    max_cached_words : int
        Distinct words whose n-gram counts are kept between calls; past it the cache starts
        over (ids and numbers that occur once would otherwise grow it without end); about
        540 bytes a word.

    Attributes
    ----------
    vectorizer_ : sklearn.feature_extraction.text.TfidfVectorizer
        The fitted vectorizer whose output this reproduces.

    Examples
    --------
    >>> docs = ["router is down", "the router light is red", "bill is wrong"]
    >>> fast = CharNgramTfidf(min_df=1).fit(docs)
    >>> bool(abs(fast.transform(docs) - fast.vectorizer_.transform(docs)).max() < 1e-7)
    True
    """

    def __init__(self, ngram_range: tuple[int, int] = (2, 5), min_df: int | float = 1, sublinear_tf: bool = True,
                 dtype: Any = np.float32, max_cached_words: int = 100_000):
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.sublinear_tf = sublinear_tf
        self.dtype = dtype
        self.max_cached_words = max_cached_words

    @classmethod
    def from_fitted(cls, vectorizer: TfidfVectorizer) -> "CharNgramTfidf":
        """Wrap an already fitted ``TfidfVectorizer(analyzer="char_wb")`` (models saved before this class)."""
        fast = cls(ngram_range=vectorizer.ngram_range, min_df=vectorizer.min_df,
                   sublinear_tf=vectorizer.sublinear_tf, dtype=vectorizer.dtype)
        fast.vectorizer_ = vectorizer
        return fast

    def _vectorizer(self) -> TfidfVectorizer:
        return TfidfVectorizer(analyzer="char_wb", ngram_range=self.ngram_range, min_df=self.min_df,
                               sublinear_tf=self.sublinear_tf, dtype=self.dtype)

    def fit(self, docs: Sequence[str], y: Any = None) -> "CharNgramTfidf":
        """Learn the n-gram vocabulary and idf from ``docs`` (n_samples,)."""
        self.__dict__.pop("_cache", None)  # its column numbers belong to the old vocabulary
        self.vectorizer_ = self._vectorizer().fit(list(docs))
        return self

    def fit_transform(self, docs: Sequence[str], y: Any = None) -> Any:
        docs = list(docs)
        self.__dict__.pop("_cache", None)
        self.vectorizer_ = self._vectorizer()
        return self.vectorizer_.fit_transform(docs)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return self.vectorizer_.get_feature_names_out()

    def _word_rows(self, words: Any) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Column indices and counts of each word's n-grams, from the cache or computed now.

        Under a lock: a Dask worker's threads share one fitted model, and the cache's word
        numbers must stay in step with its row lists.
        """
        lock = self.__dict__.get("_lock")
        if lock is None:
            lock = self.__dict__.setdefault("_lock", threading.Lock())
        v = self.vectorizer_
        vocab, ngrams_of = v.vocabulary_, v._char_wb_ngrams
        rows_cols, rows_counts = [], []
        with lock:
            cache = self.__dict__.get("_cache")
            if cache is None or len(cache[0]) > self.max_cached_words:
                cache = self.__dict__["_cache"] = ({}, [], [])
            index, cols, counts = cache
            for word in words:
                at = index.get(word)
                if at is None:
                    found: dict[int, int] = {}
                    for gram in ngrams_of(word):
                        j = vocab.get(gram)
                        if j is not None:
                            found[j] = found.get(j, 0) + 1
                    at = len(cols)
                    index[word] = at
                    cols.append(np.fromiter(found.keys(), dtype=np.int32, count=len(found)))
                    counts.append(np.fromiter(found.values(), dtype=np.float32, count=len(found)))
                rows_cols.append(cols[at])
                rows_counts.append(counts[at])
        return rows_cols, rows_counts

    def _count(self, docs: Sequence[str]) -> sp.csr_array:
        """Raw n-gram counts, shape (n_docs, n_features), exactly as CountVectorizer counts them."""
        preprocess = self.vectorizer_.build_preprocessor()

        tokens: list[str] = []
        indptr = [0]
        for doc in docs:
            if not isinstance(doc, str):
                raise ValueError("np.nan is an invalid document, expected byte or unicode string.")
            tokens.extend(preprocess(doc).split())
            indptr.append(len(tokens))
        # Hash-based factorize in C: this batch's distinct words and each token's row among them.
        token_ids, local = pd.factorize(np.asarray(tokens, dtype=object), sort=False)

        rows_cols, rows_counts = self._word_rows(local)

        n_features = len(self.vectorizer_.vocabulary_)
        word_ptr = np.zeros(len(local) + 1, dtype=np.int64)
        np.cumsum([len(c) for c in rows_cols], out=word_ptr[1:])
        W = sp.csr_array((np.concatenate(rows_counts) if rows_counts else np.zeros(0, np.float32),
                          np.concatenate(rows_cols) if rows_cols else np.zeros(0, np.int32), word_ptr),
                         shape=(len(local), n_features))
        D = sp.csr_array((np.ones(len(token_ids), dtype=np.float32), token_ids.astype(np.int32, copy=False),
                          np.asarray(indptr, dtype=np.int64)), shape=(len(indptr) - 1, len(local)))
        # (W.T @ D.T) read column-wise is D @ W with each row's n-grams already in column order (a
        # counting-sort transposition), no duplicates and no zeros (counts are positive); D @ W
        # itself leaves them unordered, and sorting its long rows took more than twice as long.
        P = (W.T.tocsr() @ D.T.tocsr()).tocsc()
        X = sp.csr_array((P.data, P.indices, P.indptr), shape=(D.shape[0], n_features)).astype(self.dtype, copy=False)
        X.has_sorted_indices = True
        return X

    def transform(self, docs: Sequence[str]) -> Any:
        """TF-IDF matrix, shape (n_docs, n_features), equal to the wrapped vectorizer's output."""
        if isinstance(docs, str):
            raise ValueError("Iterable over raw text documents expected, string object received.")
        return self.vectorizer_._tfidf.transform(sp.csr_matrix(self._count(list(docs))), copy=False)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_cache", None)  # a memo, rebuilt on use; never pickled or sent to workers
        state.pop("_lock", None)
        return state


class WordNgramTfidf:
    """A fitted word 1- or 1-2-gram ``TfidfVectorizer``'s ``transform``, with the same output, faster.

    Only transforms: fitting stays scikit-learn's (see :func:`accelerate`, which wraps fitted
    vectorizers whose settings this reproduces: word analyzer, default tokenizer and
    preprocessor, no stop words, n-grams of 1 or 1-2, counts not binary).

    Parameters
    ----------
    vectorizer : sklearn.feature_extraction.text.TfidfVectorizer
        Fitted.

    Examples
    --------
    >>> from sklearn.feature_extraction.text import TfidfVectorizer
    >>> docs = ["router is down", "the router light is red", "bill is wrong, router down"]
    >>> v = TfidfVectorizer(ngram_range=(1, 2)).fit(docs)
    >>> bool(abs(WordNgramTfidf(v).transform(docs) - v.transform(docs)).max() < 1e-7)
    True
    """

    def __init__(self, vectorizer: TfidfVectorizer):
        self.vectorizer_ = vectorizer

    @staticmethod
    def supports(v: Any) -> bool:
        """Whether ``v`` is a fitted vectorizer this class reproduces exactly."""
        return (isinstance(v, TfidfVectorizer) and v.analyzer == "word" and hasattr(v, "vocabulary_")
                and v.ngram_range in ((1, 1), (1, 2)) and v.stop_words is None and v.tokenizer is None
                and v.preprocessor is None and not v.binary and v.input == "content")

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return self.vectorizer_.get_feature_names_out()

    def _count(self, docs: Sequence[str]) -> sp.csr_matrix:
        v = self.vectorizer_
        preprocess = v.build_preprocessor()
        # A run of 2+ word characters is a whole run (greedy, and a run's first character starts
        # the match), so the default pattern's \b anchors change nothing; without them findall
        # is about a quarter faster.
        tokenize = _WORD_RUN.findall if v.token_pattern == _DEFAULT_TOKEN_PATTERN else v.build_tokenizer()
        tokens: list[str] = []
        lengths = np.zeros(len(docs), dtype=np.int64)
        for i, doc in enumerate(docs):
            if not isinstance(doc, str):
                raise ValueError("np.nan is an invalid document, expected byte or unicode string.")
            found = tokenize(preprocess(doc))
            tokens.extend(found)
            lengths[i] = len(found)
        vocab = v.vocabulary_
        codes, distinct = pd.factorize(np.asarray(tokens, dtype=object), sort=False)
        word_col = np.fromiter((vocab.get(t, -1) for t in distinct), dtype=np.int64, count=len(distinct))
        doc_of = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
        rows, cols = [doc_of], [word_col[codes]]
        if v.ngram_range[1] == 2 and len(codes) > 1:
            same = doc_of[:-1] == doc_of[1:]
            pairs = codes[:-1][same] * len(distinct) + codes[1:][same]
            pair_codes, distinct_pairs = pd.factorize(pairs, sort=False)
            firsts, seconds = np.divmod(distinct_pairs, len(distinct))
            names = distinct.tolist()
            pair_col = np.fromiter((vocab.get(f"{names[a]} {names[b]}", -1)
                                    for a, b in zip(firsts.tolist(), seconds.tolist())),
                                   dtype=np.int64, count=len(distinct_pairs))
            rows.append(doc_of[:-1][same])
            cols.append(pair_col[pair_codes])
        row, col = np.concatenate(rows), np.concatenate(cols)
        known = col >= 0
        X = sp.csr_matrix((np.ones(int(known.sum()), dtype=v.dtype), (row[known], col[known])),
                          shape=(len(docs), len(vocab)), dtype=v.dtype)
        X.sum_duplicates()
        X.sort_indices()
        return X

    def transform(self, docs: Sequence[str]) -> Any:
        """TF-IDF matrix, shape (n_docs, n_features), equal to the wrapped vectorizer's output."""
        if isinstance(docs, str):
            raise ValueError("Iterable over raw text documents expected, string object received.")
        return self.vectorizer_._tfidf.transform(self._count(list(docs)), copy=False)

    # A FeatureUnion calls these on its parts; fitting goes back to scikit-learn's vectorizer.
    def fit(self, docs: Sequence[str], y: Any = None) -> "WordNgramTfidf":
        self.vectorizer_ = self.vectorizer_.fit(docs)
        return self

    def fit_transform(self, docs: Sequence[str], y: Any = None) -> Any:
        return self.vectorizer_.fit_transform(docs)

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {"vectorizer": self.vectorizer_}

    def set_params(self, **params: Any) -> "WordNgramTfidf":
        if "vectorizer" in params:
            self.vectorizer_ = params["vectorizer"]
        return self


def accelerate(pipeline: Any) -> Any:
    """Swap every fitted ``char_wb`` TfidfVectorizer inside ``pipeline``'s feature unions for a
    :class:`CharNgramTfidf`, and every fitted word 1-2-gram one for a :class:`WordNgramTfidf`,
    which give the same output faster. Returns ``pipeline``."""
    from sklearn.pipeline import FeatureUnion, Pipeline

    def fast(t: Any) -> Any:
        if (isinstance(t, TfidfVectorizer) and t.analyzer == "char_wb" and hasattr(t, "vocabulary_")
                and not t.binary and t.input == "content"):
            return CharNgramTfidf.from_fitted(t)
        if WordNgramTfidf.supports(t):
            return WordNgramTfidf(t)
        return t

    steps = pipeline.steps if isinstance(pipeline, Pipeline) else []
    for _, step in steps:
        if isinstance(step, FeatureUnion):
            step.transformer_list = [(name, fast(t)) for name, t in step.transformer_list]
    return pipeline


__all__ = ["CharNgramTfidf", "WordNgramTfidf", "accelerate"]
