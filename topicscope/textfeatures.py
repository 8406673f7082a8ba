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

Both count from :class:`Tokens`: texts cut once into lower-cased whitespace tokens. Neither kind of
n-gram crosses whitespace, so a document joined from several texts (a ticket from its sentences, a
channel word and a text) has its parts' tokens in a row, and one cut serves every vectorizer and
every way of joining the parts (:meth:`Tokens.join`): the face-to-face classifier reads each ticket
whole and sentence by sentence, and the category classifier reads it whole, from one cut.
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


def _check_text(doc: Any) -> None:
    if not isinstance(doc, str):
        raise ValueError("np.nan is an invalid document, expected byte or unicode string.")


class Tokens:
    """Texts cut into lower-cased whitespace tokens once (``text.lower().split()``).

    Build with :meth:`of`; the vectorizers here count from it (``transform_joined``).

    Attributes
    ----------
    distinct : ndarray of object, shape (n_distinct,)
        The distinct tokens.
    codes : ndarray of int64, shape (n_tokens,)
        Every text's tokens in a row, each as its index in ``distinct``.
    bounds : ndarray of int64, shape (n_texts + 1,)
        Text i's tokens are ``codes[bounds[i]:bounds[i + 1]]``.
    """

    def __init__(self, distinct: np.ndarray, codes: np.ndarray, bounds: np.ndarray):
        self.distinct = distinct
        self.codes = codes
        self.bounds = bounds
        self._memo: dict[Any, Any] = {}

    def memo(self, key: Any, build: Any) -> Any:
        """``build()``, computed once per cut for ``key`` (a vectorizer's lookups of the distinct
        tokens, shared by every join of this cut). Keys hold their objects, so none is reused."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    @classmethod
    def of(cls, texts: Sequence[str], preprocess: Any = str.lower) -> "Tokens":
        """Cut ``texts`` (n_texts,): ``preprocess(text).split()`` each (a vectorizer's own
        preprocessor, for one that does not only lower-case).

        Returns
        -------
        Tokens
            n_texts texts; ``all()`` reads each as a document, ``join`` joins them.
        """
        tokens: list[str] = []
        bounds = [0]
        for doc in texts:
            _check_text(doc)
            tokens.extend(preprocess(doc).split())
            bounds.append(len(tokens))
        # Hash-based factorize in C: the distinct tokens and each token's index among them.
        codes, distinct = pd.factorize(np.asarray(tokens, dtype=object), sort=False)
        return cls(distinct, codes.astype(np.int64, copy=False), np.asarray(bounds, dtype=np.int64))

    def all(self) -> "Joined":
        """Each text as a document of its own."""
        return Joined(self, self.codes, self.bounds)

    def join(self, parts: np.ndarray, ptr: np.ndarray) -> "Joined":
        """Documents made of texts: document d is texts ``parts[ptr[d]:ptr[d + 1]]`` in that order.

        Parameters
        ----------
        parts : ndarray of int, shape (n_parts,)
            Text indices.
        ptr : ndarray of int, shape (n_docs + 1,)
            Where each document's texts start in ``parts``.

        Returns
        -------
        Joined
            n_docs documents.
        """
        parts = np.asarray(parts, dtype=np.int64)
        return self.runs(self.bounds[parts], (self.bounds[1:] - self.bounds[:-1])[parts], ptr)

    def runs(self, starts: np.ndarray, lengths: np.ndarray, ptr: np.ndarray) -> "Joined":
        """Documents made of runs of tokens: run r is ``codes[starts[r]:starts[r] + lengths[r]]``
        (part of a text, or a whole one), and document d is runs ``ptr[d]`` to ``ptr[d + 1]`` in
        that order.

        Parameters
        ----------
        starts, lengths : ndarray of int, shape (n_runs,)
            Where each run starts in ``codes``, and its number of tokens.
        ptr : ndarray of int, shape (n_docs + 1,)

        Returns
        -------
        Joined
            n_docs documents.
        """
        at, cut = _runs(np.asarray(starts, dtype=np.int64), np.asarray(lengths, dtype=np.int64))
        return Joined(self, self.codes[at], cut[np.asarray(ptr, dtype=np.int64)])

    def words(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The ``\\w\\w+`` words in each distinct token, once per cut.

        Returns
        -------
        codes : ndarray of int64
            The distinct tokens' words in a row, each as its index in ``words``.
        offsets : ndarray of int64, shape (n_distinct + 1,)
            Distinct token j's words are ``codes[offsets[j]:offsets[j + 1]]``.
        words : ndarray of object
            The distinct words.
        """
        def build() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            found = [_WORD_RUN.findall(t) for t in self.distinct.tolist()]
            offsets = np.zeros(len(found) + 1, dtype=np.int64)
            np.cumsum([len(f) for f in found], out=offsets[1:])
            flat = [w for f in found for w in f]
            codes, words = pd.factorize(np.asarray(flat, dtype=object), sort=False)
            return codes.astype(np.int64, copy=False), offsets, words

        return self.memo("words", build)


class Joined:
    """Documents as runs of a :class:`Tokens`' tokens (:meth:`Tokens.join`).

    Attributes
    ----------
    tokens : Tokens
    codes : ndarray of int64, shape (n_tokens,)
        The documents' tokens in a row (indices in ``tokens.distinct``).
    bounds : ndarray of int64, shape (n_docs + 1,)
        Document d's tokens are ``codes[bounds[d]:bounds[d + 1]]``.
    """

    def __init__(self, tokens: Tokens, codes: np.ndarray, bounds: np.ndarray):
        self.tokens = tokens
        self.codes = codes
        self.bounds = bounds

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def word_codes(self) -> tuple[np.ndarray, np.ndarray]:
        """The documents' ``\\w\\w+`` words in a row (indices in ``tokens.words()[2]``) and
        their bounds, shape (n_docs + 1,): a default-pattern word vectorizer's tokens."""
        wcodes, offsets, _ = self.tokens.words()
        at, cut = _runs(offsets[self.codes], (offsets[1:] - offsets[:-1])[self.codes])
        return wcodes[at], cut[self.bounds]


def _runs(starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions of runs laid end to end, shape (lengths.sum(),): run i is ``starts[i]``,
    ``starts[i] + 1``, ... (``lengths[i]`` of them); and where each run begins among them, shape
    (n_runs + 1,)."""
    ends = np.cumsum(lengths, dtype=np.int64)
    at = np.repeat(starts - (ends - lengths), lengths) + np.arange(int(ends[-1]) if len(ends) else 0)
    return at, np.concatenate([[0], ends]).astype(np.int64)


def _plain_lowercase(v: TfidfVectorizer) -> bool:
    """Whether ``v`` preprocesses a text as ``str.lower`` does, as :class:`Tokens` cuts it."""
    return v.lowercase and v.strip_accents is None and v.preprocessor is None


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

    def _count(self, joined: Joined) -> sp.csr_array:
        """Raw n-gram counts of ``joined``'s documents, shape (n_docs, n_features), exactly as
        CountVectorizer counts them."""
        def build() -> sp.csr_array:  # (n_distinct, n_features): each distinct token's n-gram counts
            rows_cols, rows_counts = self._word_rows(joined.tokens.distinct)
            word_ptr = np.zeros(len(rows_cols) + 1, dtype=np.int64)
            np.cumsum([len(c) for c in rows_cols], out=word_ptr[1:])
            return sp.csr_array((np.concatenate(rows_counts) if rows_counts else np.zeros(0, np.float32),
                                 np.concatenate(rows_cols) if rows_cols else np.zeros(0, np.int32), word_ptr),
                                shape=(len(rows_cols), len(self.vectorizer_.vocabulary_)))

        W = joined.tokens.memo((self, "chars"), build)
        n_docs = len(joined)
        D = sp.csr_array((np.ones(len(joined.codes), dtype=np.float32), joined.codes.astype(np.int32, copy=False),
                          joined.bounds), shape=(n_docs, W.shape[0]))
        # D @ W: no duplicates and no zeros (counts are positive), each row's n-grams in no
        # particular order. Nothing after needs them ordered (idf scaling, row norms, products
        # with dense weights), and ordering them (a transposition, or sorting) cost 40 % more.
        return (D @ W).astype(self.dtype, copy=False)

    def transform(self, docs: Sequence[str]) -> Any:
        """TF-IDF matrix, shape (n_docs, n_features), equal to the wrapped vectorizer's output."""
        if isinstance(docs, str):
            raise ValueError("Iterable over raw text documents expected, string object received.")
        preprocess = str.lower if _plain_lowercase(self.vectorizer_) else self.vectorizer_.build_preprocessor()
        return self._tfidf(self._count(Tokens.of(list(docs), preprocess).all()))

    def transform_joined(self, joined: Joined) -> Any:
        """TF-IDF matrix of documents joined from a cut, shape (n_docs, n_features), equal to
        ``transform`` of their texts; None when this vectorizer does not read texts as
        :class:`Tokens` cuts them (then call ``transform``)."""
        return self._tfidf(self._count(joined)) if _plain_lowercase(self.vectorizer_) else None

    def _tfidf(self, counts: sp.csr_array) -> Any:
        return self.vectorizer_._tfidf.transform(sp.csr_matrix(counts), copy=False)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_cache", None)  # a memo, rebuilt on use; never pickled or sent to workers
        state.pop("_lock", None)
        return state


def _lookup(table: dict[str, int], words: np.ndarray) -> np.ndarray:
    """``table[w]`` for each word (-1 where absent), shape (n_words,)."""
    return np.fromiter((table.get(w, -1) for w in words.tolist()), dtype=np.int64, count=len(words))


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
            _check_text(doc)
            found = tokenize(preprocess(doc))
            tokens.extend(found)
            lengths[i] = len(found)
        codes, distinct = pd.factorize(np.asarray(tokens, dtype=object), sort=False)
        bounds = np.zeros(len(docs) + 1, dtype=np.int64)
        np.cumsum(lengths, out=bounds[1:])
        return self._count_codes(codes, distinct, bounds, self._columns(distinct))

    def _columns(self, distinct: np.ndarray) -> np.ndarray:
        return _lookup(self.vectorizer_.vocabulary_, distinct)

    def _bigrams(self) -> tuple[pd.Index, np.ndarray, int, dict[str, int]] | None:
        """The vocabulary's bigrams as numbers, worked out once per vocabulary; None when some
        entry's words cannot be told apart (a token pattern that takes spaces).

        Returns
        -------
        keys : pandas.Index of int64, length n_bigrams
            Bigram "a b" is ``part_of["a"] * n_parts + part_of["b"]`` (a hash index: a batch's
            pairs are looked up in C).
        columns : ndarray of int64, shape (n_bigrams,)
            Each key's column.
        n_parts : int
        part_of : dict
            Each word of some bigram -> its number.
        """
        vocab = self.vectorizer_.vocabulary_
        kept = self.__dict__.get("_bigram_table")
        if kept is not None and kept[0] is vocab:
            return kept[1]
        part_of: dict[str, int] = {}
        firsts, seconds, columns = [], [], []
        bigrams = [(name.split(" "), col) for name, col in vocab.items() if " " in name]
        if not all(len(words) == 2 and all(words) for words, _ in bigrams):
            self.__dict__["_bigram_table"] = (vocab, None)
            return None
        for (a, b), col in bigrams:
            firsts.append(part_of.setdefault(a, len(part_of)))
            seconds.append(part_of.setdefault(b, len(part_of)))
            columns.append(col)
        n_parts = max(len(part_of), 1)
        keys = pd.Index(np.asarray(firsts, dtype=np.int64) * n_parts + np.asarray(seconds, dtype=np.int64))
        keys.get_indexer(keys[:1])  # its hash table built now, before threads may share it
        table = (keys, np.asarray(columns, dtype=np.int64), n_parts, part_of)
        self.__dict__["_bigram_table"] = (vocab, table)
        return table

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_bigram_table", None)  # derived from the vocabulary, rebuilt on first use
        return state

    def _count_codes(self, codes: np.ndarray, distinct: np.ndarray, bounds: np.ndarray,
                     word_col: np.ndarray, part_ids: np.ndarray | None = None) -> sp.csr_matrix:
        """Counts of documents whose tokens are ``distinct[codes[bounds[d]:bounds[d + 1]]]``;
        ``word_col`` is each distinct token's column (-1: not in the vocabulary), and
        ``part_ids`` its number among the bigrams' words (:meth:`_bigrams`; -1: in none), if
        already looked up."""
        v = self.vectorizer_
        vocab = v.vocabulary_
        n_docs = len(bounds) - 1
        doc_of = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(bounds))
        rows, cols = [doc_of], [word_col[codes]]
        if v.ngram_range[1] == 2 and len(codes) > 1:
            # Each pair of neighbouring words as one number (from the words' places among the
            # vocabulary's bigrams' words), looked up in the bigrams' hash index in C: no string is
            # built. A word in no bigram makes no bigram.
            table = self._bigrams()
            if table is not None:
                keys, key_cols, n_parts, part_of = table
                part = part_ids if part_ids is not None else _lookup(part_of, distinct)
                first, second = part[codes[:-1]], part[codes[1:]]
                ok = (doc_of[:-1] == doc_of[1:]) & (first >= 0) & (second >= 0)
                at = keys.get_indexer(first[ok] * n_parts + second[ok])  # -1: no such bigram
                hit = at >= 0
                rows.append(doc_of[:-1][ok][hit])
                cols.append(key_cols[at[hit]])
            else:  # tokens that may hold a space: each distinct pair's name looked up
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
                          shape=(n_docs, len(vocab)), dtype=v.dtype)
        X.sum_duplicates()
        X.sort_indices()
        return X

    def transform_joined(self, joined: Joined) -> Any:
        """TF-IDF matrix of documents joined from a cut, shape (n_docs, n_features), equal to
        ``transform`` of their texts; None unless this vectorizer's tokens are the default
        pattern's words of lower-cased text (then call ``transform``)."""
        v = self.vectorizer_
        if not (_plain_lowercase(v) and v.token_pattern == _DEFAULT_TOKEN_PATTERN):
            return None
        # A \w\w+ word never crosses whitespace: a text's words are its whitespace tokens' words.
        codes, bounds = joined.word_codes()
        distinct = joined.tokens.words()[2]
        columns = joined.tokens.memo((self, "words"), lambda: self._columns(distinct))
        table = self._bigrams() if v.ngram_range[1] == 2 else None
        parts = joined.tokens.memo((self, "parts"), lambda: _lookup(table[3], distinct)) if table else None
        return v._tfidf.transform(self._count_codes(codes, distinct, bounds, columns, parts), copy=False)

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


__all__ = ["CharNgramTfidf", "Joined", "Tokens", "WordNgramTfidf", "accelerate"]
