"""Representing tickets as vectors for clustering and classification.

The lexical view is TF-IDF over language-aware stems (stop words of each
ticket's language removed, Snowball stems, word uni- and bigrams), reduced by
LSA. Semantic views (a shipped static embedding table; sentence embeddings
with the ``semantic`` extra) are joined to it by :class:`TicketVectorizer`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from .language import stem_tokens, stop_words, words

if TYPE_CHECKING:
    from .config import TopicsConfig


def analyse(texts: Sequence[str], languages: Sequence[str]) -> list[str]:
    """Each text as space-joined stems of its non-stop words, in its own language.

    Examples
    --------
    >>> analyse(["Hi, my routers keep dropping!", "Hola, mi factura está mal"], ["en", "es"])
    ['router drop', 'factur mal']
    """
    # A word never spans whitespace, and a token with a digit is dropped whole (see words), so a
    # text's stems are its whitespace chunks' stems in a row. Chunks repeat (Zipf): each language's
    # chunks are analysed once and kept, and a text costs a split and a lookup per chunk.
    out = []
    for text, lang in zip(texts, languages):
        cache = _CHUNK_STEMS.get(lang)
        if cache is None:
            cache = _CHUNK_STEMS[lang] = {}
        stems: list[str] = []
        for chunk in text.split():
            got = cache.get(chunk)
            if got is None:
                if _CHUNK_STEMS_HELD[0] >= _MAX_CACHED_CHUNKS:  # ids and one-off words: start over
                    _CHUNK_STEMS.clear()
                    _CHUNK_STEMS_HELD[0] = 0
                    cache = _CHUNK_STEMS[lang] = {}
                got = cache[chunk] = _analyse_chunk(chunk, lang)
                _CHUNK_STEMS_HELD[0] += 1
            stems.extend(got)
        out.append(" ".join(stems))
    return out


# Per language: a whitespace chunk of text -> its stems (a stem may be "": Russian Snowball makes
# "" of "ейш"). About 200 bytes a chunk, at most _MAX_CACHED_CHUNKS in all languages together; a
# memo only, so threads sharing it at worst analyse a chunk twice.
_CHUNK_STEMS: dict[str, dict[str, tuple[str, ...]]] = {}
_CHUNK_STEMS_HELD = [0]
_MAX_CACHED_CHUNKS = 100_000


def _analyse_chunk(chunk: str, lang: str) -> tuple[str, ...]:
    stops = stop_words(lang)
    return tuple(stem_tokens([t for t in words(chunk) if len(t) > 1 and t not in stops], lang))


class FramingFilter:
    """Find the words that say how a ticket came in rather than what it is about.

    Voicemail transcripts say "voicemail transcription ... bye", social
    tickets "twitter mention", phone notes "caller verified dob": words concentrated in one
    minor channel although that channel's tickets span every topic. Left in,
    they make topics of channels. A word is framing when at least
    ``min_concentration`` of the tickets holding it share one channel, that
    channel has under ``max_channel_share`` of all tickets, the word is
    ``min_lift`` times likelier there than overall, and it occurs in at least
    ``min_tickets`` tickets.

    Attributes
    ----------
    terms_ : frozenset of str
        Lower-cased framing words.
    """

    def __init__(self, min_concentration: float = 0.85, max_channel_share: float = 0.35, min_lift: float = 3.0,
                 min_tickets: int = 10):
        self.min_concentration = min_concentration
        self.max_channel_share = max_channel_share
        self.min_lift = min_lift
        self.min_tickets = min_tickets

    def fit(self, texts: Sequence[str], channels: Sequence[str]) -> "FramingFilter":
        from collections import Counter, defaultdict

        n = len(texts)
        share = Counter(channels)
        per_word: dict[str, Counter[str]] = defaultdict(Counter)
        if len(share) > 1:  # with one channel no word can be concentrated in a minor one
            for text, channel in zip(texts, channels):
                for w in set(words(text)):
                    per_word[w][channel] += 1
        terms = set()
        for w, by_channel in per_word.items():
            total = sum(by_channel.values())
            if total < max(self.min_tickets, 0.005 * n):
                continue
            channel, k = by_channel.most_common(1)[0]
            base = share[channel] / n
            if (k / total >= self.min_concentration and base < self.max_channel_share
                    and (k / total) / base >= self.min_lift):
                terms.add(w)
        self.terms_ = frozenset(terms)
        self._pattern = _word_pattern(self.terms_)
        return self

    def transform(self, texts: Sequence[str]) -> list[str]:
        if self._pattern is None:
            return list(texts)
        return [self._drop(t) for t in texts]

    def _drop(self, text: str) -> str:
        """``text`` with each framing word replaced by a space."""
        if not text.isascii():
            return self._pattern.sub(" ", text)
        # The pattern matches a framing word with no word character, apostrophe or hyphen on
        # either side: a whole run of _RUN. Splitting into runs is several times cheaper than
        # trying the alternation at every character, and for ASCII lower() folds case as the
        # pattern's IGNORECASE does.
        terms = self.terms_
        if not isinstance(terms, frozenset):  # a set changed in place must not meet a stale memo
            terms = frozenset(terms)
        # A run never spans whitespace: whether a whitespace chunk holds a framing word is worked
        # out once per distinct chunk and kept (most tickets hold none, and chunks repeat).
        kept = self.__dict__.get("_chunks")  # (the terms it was worked out for, chunk -> holds one)
        if kept is None or kept[0] is not terms or len(kept[1]) > _MAX_CACHED_CHUNKS:
            kept = self.__dict__["_chunks"] = (terms, {})
        memo = kept[1]
        for chunk in text.split():
            framing = memo.get(chunk)
            if framing is None:
                framing = memo[chunk] = not terms.isdisjoint(_RUN.findall(chunk.lower()))
            if framing:
                break
        else:
            return text
        parts = _RUN.split(text)  # the runs at odd positions (the pattern captures them)
        parts[1::2] = [" " if run.lower() in terms else run for run in parts[1::2]]
        return "".join(parts)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_chunks", None)  # a memo, rebuilt on use; never saved or sent to workers
        return state


_RUN = re.compile(r"([\w'’-]+)")


def _word_pattern(terms: frozenset[str]):  # noqa: ANN202
    import re

    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])", re.IGNORECASE)


def center_groups(X: np.ndarray, groups: Sequence[str]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Move each group's mean onto the overall mean (then unit rows).

    Removes what a channel's or a language's tickets share in style, keeping
    how tickets differ within it. Returns the vectors and the offsets used.
    """
    g = np.asarray(groups)
    mu = X.mean(axis=0)
    out = X.copy()
    offsets = {}
    for value in np.unique(g):
        rows = g == value
        offsets[str(value)] = (X[rows].mean(axis=0) - mu).astype(np.float32)
        out[rows] -= offsets[str(value)]
    return normalize(out).astype(np.float32), offsets


def text_digests(texts: Sequence[str]) -> np.ndarray:
    """A 64-bit digest of each text, lower-cased (cleaning has already collapsed runs of spaces),
    shape (n,) uint64: which tickets say the same thing, without keeping a copy of every text."""
    from hashlib import blake2b

    return np.fromiter((int.from_bytes(blake2b(t.lower().encode(), digest_size=8).digest(), "little")
                        for t in texts), dtype=np.uint64, count=len(texts))


def same_text_same_vector(X: np.ndarray, texts: Sequence[str]) -> np.ndarray:
    """Rows of X whose texts are the same (case aside, see :func:`text_digests`) replaced by their
    mean, unit length.

    Centring moves a ticket by its channel's and language's offsets, so the same words sent by
    e-mail and by phone would otherwise sit apart, and a block of identical tickets could split
    into two topics by channel. Rows already equal are left as they are.
    """
    import pandas as pd

    codes, _ = pd.factorize(text_digests(texts))
    order = np.argsort(codes, kind="stable")
    groups = np.split(order, np.flatnonzero(np.diff(codes[order])) + 1)
    out = X
    for rows in (g for g in groups if len(g) > 1):
        block = X[rows]
        if (block != block[0]).any():
            if out is X:
                out = X.copy()
            out[rows] = normalize(block.mean(axis=0, keepdims=True)).astype(X.dtype)
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
    n_iter : int
        Power iterations of the randomized SVD.
    random_state : int
        Seed of the randomized SVD.

    Attributes
    ----------
    tfidf_ : TfidfVectorizer
    svd_ : TruncatedSVD or None
        None when the corpus is too small to reduce.
    """

    def __init__(self, n_components: int = 200, min_df: int = 2, max_df: float = 0.5, n_iter: int = 5,
                 random_state: int = 0):
        self.n_components = n_components
        self.min_df = min_df
        self.max_df = max_df
        self.n_iter = n_iter
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
            self.svd_: TruncatedSVD | None = TruncatedSVD(k, algorithm="randomized", n_iter=self.n_iter,
                                                           random_state=self.random_state)
            with np.errstate(divide="ignore", invalid="ignore"):
                # Near-identical tickets leave components of no variance: scikit-learn's explained
                # variance ratio divides by zero. The vectors are fine; the library never warns.
                # In float64: in float32 the power iterations' rounding, which differs with the
                # CPU's BLAS kernels, grew to 1e-4 in the vectors and changed the topics found.
                dense = self.svd_.fit_transform(tf.astype(np.float64))
            # Applied to new tickets in float32, as fast as before; a sparse product does not
            # depend on the CPU.
            self.svd_.components_ = self.svd_.components_.astype(np.float32)
        else:
            self.svd_ = None
            dense = tf.toarray()
        return normalize(dense).astype(np.float32)

    def transform(self, docs: Sequence[str]) -> np.ndarray:
        from .textfeatures import WordNgramTfidf

        # Same output as the fitted vectorizer's transform, counted in bulk; kept, as it keeps
        # what it works out from the vocabulary.
        kept = self.__dict__.get("_fast")  # (the vectorizer, its fast stand-in)
        if kept is None or kept[0] is not self.tfidf_:
            kept = self.__dict__["_fast"] = (self.tfidf_, WordNgramTfidf(self.tfidf_)
                                             if WordNgramTfidf.supports(self.tfidf_) else self.tfidf_)
        tf = kept[1].transform(docs)
        dense = self.svd_.transform(tf) if self.svd_ is not None else tf.toarray()
        return normalize(dense).astype(np.float32)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_fast", None)  # rebuilt on first use
        return state


class TicketVectorizer:
    """All views of a ticket, joined into one vector.

    Parameters
    ----------
    lexical_components : int
        LSA dimensions of the lexical view.
    lsa_iterations : int
        Power iterations of the LSA's randomized SVD.
    semantic : object or None
        A view with ``fit_transform(texts)`` and ``transform(texts)`` returning
        (n, d) arrays with unit-length rows, e.g.
        :class:`topicscope.embeddings.StaticEmbedder`; None for lexical only.
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
                 framing: FramingFilter | None = None, center: bool = True, random_state: int = 0,
                 lsa_iterations: int = 5):
        self.lexical_components = lexical_components
        self.lsa_iterations = lsa_iterations
        self.semantic = semantic
        self.semantic_weight = semantic_weight
        self.framing = framing
        self.center = center
        self.random_state = random_state

    def fit_transform(self, texts: Sequence[str], languages: Sequence[str],
                      channels: Sequence[str] | None = None) -> np.ndarray:
        """Fit and return (n_texts, n_features_out_) float32 with unit-length rows.

        With ``channels``, framing words are dropped (see :class:`FramingFilter`)
        and, when ``center`` is set, each channel's and each language's mean is
        moved onto the overall mean.
        """
        channels = list(channels) if channels is not None else [""] * len(texts)
        self.framing_ = (self.framing or FramingFilter()).fit(texts, channels)
        texts = self.framing_.transform(texts)
        self.lexical_ = LexicalVectorizer(self.lexical_components, n_iter=self.lsa_iterations,
                                          random_state=self.random_state)
        if self.semantic is None:
            lex, sem = self.lexical_.fit_transform(analyse(texts, languages)), None
        else:
            from concurrent.futures import ThreadPoolExecutor

            # The semantic view on a second thread: its Python tokenising runs while the LSA's
            # linear algebra has let go of the GIL. Neither view reads the other, so the result is
            # the same as one after the other.
            with ThreadPoolExecutor(1) as pool:
                pending = pool.submit(self.semantic.fit_transform, list(texts))
                lex = self.lexical_.fit_transform(analyse(texts, languages))
                sem = pending.result()
        X = self._join(lex, sem)
        self.offsets_: dict[str, dict[str, np.ndarray]] = {}
        if self.center:
            for name, groups in (("channel", channels), ("language", languages)):
                if len(set(groups)) > 1:
                    X, self.offsets_[name] = center_groups(X, groups)
        return same_text_same_vector(X, texts) if self.offsets_ else X

    def transform(self, texts: Sequence[str], languages: Sequence[str],
                  channels: Sequence[str] | None = None) -> np.ndarray:
        channels = list(channels) if channels is not None else [""] * len(texts)
        texts = self.framing_.transform(texts)
        sem = self.semantic.transform(list(texts)) if self.semantic is not None else None
        X = self._join(self.lexical_.transform(analyse(texts, languages)), sem)
        for name, groups in (("channel", channels), ("language", languages)):
            offsets = self.offsets_.get(name)
            if offsets:
                zero = np.zeros(X.shape[1], dtype=np.float32)
                X = normalize(X - np.vstack([offsets.get(str(g), zero) for g in groups])).astype(np.float32)
        return same_text_same_vector(X, texts) if self.offsets_ else X

    def _join(self, lex: np.ndarray, sem: np.ndarray | None) -> np.ndarray:
        if sem is None:
            self.n_features_out_ = lex.shape[1]
            return lex
        w = self.semantic_weight
        joined = np.hstack([lex * np.sqrt(1 - w), sem * np.sqrt(w)]).astype(np.float32)
        self.n_features_out_ = joined.shape[1]
        return normalize(joined)


def make_vectorizer(config: "TopicsConfig", semantic: Any = "static") -> TicketVectorizer:
    """The vectorizer ``analyze`` uses, from the topics settings.

    ``semantic`` is ``"static"`` (the shipped table), ``"sentence"`` (the
    ``semantic`` extra), None (lexical only) or a ready view object.
    """
    from .embeddings import default_encoder

    view = default_encoder(semantic, config.sentence_pooling) if isinstance(semantic, str) else semantic
    weight = config.sentence_weight if semantic == "sentence" else config.semantic_weight
    return TicketVectorizer(
        lexical_components=config.lexical_components, lsa_iterations=config.lsa_iterations, semantic=view,
        semantic_weight=weight,
        framing=FramingFilter(config.framing_min_concentration, config.framing_max_channel_share,
                              config.framing_min_lift, config.framing_min_tickets),
        center=config.center_channels_and_languages,
    )
