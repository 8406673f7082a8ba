"""Finding topics: cluster ticket vectors, every ticket in exactly one topic.

There is no outlier bucket: a ticket that fits nothing well still gets its
nearest topic, with a low ``topic_confidence``. Topics smaller than a minimum
share are merged into their nearest neighbour. The number of topics is chosen
automatically (see :class:`TopicModel`) unless given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics import silhouette_score
from sklearn.metrics.pairwise import cosine_distances
from sklearn.preprocessing import normalize

from .config import TopicsConfig
from .errors import TooFewTickets, UsageError
from .language import all_stop_words

# Up to this many sampled tickets, k selection keeps their cosine distances (4 bytes each, 100 MB
# at 5,000) for all candidate k; scikit-learn's own silhouette then reads the same numbers in one
# chunk. Above it, each candidate's silhouette computes them again in chunks, as before.
_PRECOMPUTED_SILHOUETTE_MAX = 5_000

# knn_graph finds each row's candidates among every this-many-th column first (see top_k there).
_SAMPLE_STRIDE = 10

# Similarities closer than this count as equal when neighbours are chosen: about eight float32
# rounding steps at 1.0, far below the gaps between different tickets' similarities.
_TIE_TOLERANCE = 1e-6


def knn_graph(X: np.ndarray, n_neighbors: int, block: int | None = None,
              n_threads: int | None = None) -> "sparse.csr_matrix":
    """Symmetric k-nearest-neighbour affinity on cosine similarity (rows of X unit length).

    Exact neighbours by blocked matrix products; weights are the similarities
    clipped at 0; the graph is symmetrised with the element-wise maximum. A row's
    neighbours are looked for among the columns at or above the k-th largest
    similarity of every ``_SAMPLE_STRIDE``-th column (a bound below its true k-th),
    not by partitioning the whole row: the same graph, in about a third less time.
    Blocks run on ``n_threads`` threads (default: the cores, at most 4); numpy
    releases the GIL in the product and the partition, and each block's result
    does not depend on the thread that computed it, so for a given ``block`` the
    graph is the same. A different block size (the default follows the number of
    cores) can change a weight in its last bit, since BLAS rounds a product by its
    shape; the neighbours stay the same, as similarities within ``_TIE_TOLERANCE``
    of the k-th one are chosen in a seeded order.
    A block holds ``block`` rows of similarities and of a comparison mask or partition
    indices (at most 12 bytes per pair); by default at most as many rows as fit in 64 MiB, between 128 and
    1,024, split evenly so that every thread gets the same number of equal blocks.
    """
    import os
    from concurrent.futures import ThreadPoolExecutor

    from scipy import sparse

    n = len(X)
    X = np.ascontiguousarray(X, dtype=np.float32)
    k = min(n_neighbors, n - 1)
    threads = min(n_threads or min(os.cpu_count() or 1, 4), max(n, 1))
    if block is None:
        block = int(np.clip(2**26 // (12 * max(n, 1)), 128, 1024))
        # As many blocks as a whole number of rounds of the threads, all of one size: 3,080 rows
        # in 1,024-row blocks would leave one thread a block and the other two.
        rounds = -(-(-(-n // block)) // threads)
        block = max(1, -(-n // (rounds * threads)))

    tie_rank = np.random.default_rng(0).permutation(n)
    # Every _SAMPLE_STRIDE-th column: the k-th largest similarity among them is a lower bound on a
    # row's k-th largest, so its k nearest are among the (about k * stride) columns at or above it.
    sampled = np.arange(0, n, _SAMPLE_STRIDE) if k > 0 and n >= 4 * _SAMPLE_STRIDE * (k + 1) else None

    def top_k(S: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The k largest of each row (in no particular order) and their columns."""
        if sampled is None:
            # A copy, not a view: a view would keep the whole (block x n) index array alive.
            part = np.ascontiguousarray(np.argpartition(S, -k, axis=1)[:, -k:])
            return part, np.take_along_axis(S, part, axis=1)
        # Partitioning a tenth of the columns and sorting the candidates costs about a third of
        # a partition of the whole row, the largest cost of the graph after the product.
        bound = np.partition(S[:, sampled], -k, axis=1)[:, -k]
        rows, cols = np.nonzero(S >= bound[:, None])
        vals = S[rows, cols]
        order = np.lexsort((-vals, rows))  # by row, then largest first
        starts = np.searchsorted(rows[order], np.arange(len(S)))
        take = order[(starts[:, None] + np.arange(k)).ravel()]
        return cols[take].reshape(len(S), k), vals[take].reshape(len(S), k)

    def neighbours(a: int) -> tuple[np.ndarray, np.ndarray]:
        S = X[a:a + block] @ X.T
        S[np.arange(len(S)), np.arange(a, a + len(S))] = -np.inf
        part, sims = top_k(S)
        # Tickets with the same words have the same similarity: where such a tie straddles the
        # k-th place, which of them argpartition keeps depends on the CPU (numpy sorts with
        # AVX-512 where it has it), and so would the topics. A seeded order of the tickets
        # decides instead: as spread as argpartition's choice, the same on every machine.
        # "The same" is within _TIE_TOLERANCE: AVX2 kernels put identical vectors' products a
        # float32 rounding step apart.
        kth = sims.min(axis=1)
        tied = np.flatnonzero((S >= (kth - _TIE_TOLERANCE)[:, None]).sum(axis=1) > k)
        for r in tied:
            row = S[r]
            above = np.flatnonzero(row > kth[r] + _TIE_TOLERANCE)
            level = np.flatnonzero(np.abs(row - kth[r]) <= _TIE_TOLERANCE)
            level = level[np.argsort(tie_rank[level], kind="stable")[:k - len(above)]]
            part[r] = np.concatenate([above, level])
            sims[r] = row[part[r]]
        return part, sims

    starts = range(0, n, block)
    threads = min(threads, len(starts))
    if threads > 1:
        with ThreadPoolExecutor(threads) as pool:
            found = list(pool.map(neighbours, starts))
    else:
        found = [neighbours(a) for a in starts]
    cols = np.concatenate([part for part, _ in found]).ravel()
    vals = np.clip(np.concatenate([sims for _, sims in found]).ravel(), 0.0, None)
    # k entries per row, rows in order: the CSR arrays directly, no COO sort.
    A = sparse.csr_matrix((vals, cols, np.arange(0, n * k + 1, k)), shape=(n, n))
    A.sort_indices()
    return A.maximum(A.T).tocsr()


def spectral_embedding(A: "sparse.csr_matrix", n_vectors: int, random_state: int) -> tuple[np.ndarray, np.ndarray]:
    """Top eigenvectors (rows normalised) and eigenvalues of D^-1/2 A D^-1/2, largest first.

    Solved in float64 to a tight tolerance: in float32 to 1e-4 the vectors came out different
    with the CPU's BLAS kernels (SSE against AVX), and so did the topics.
    """
    from scipy import sparse
    from scipy.sparse.linalg import eigsh

    d = np.asarray(A.sum(axis=1)).ravel()
    d[d == 0] = 1.0
    inv = sparse.diags(1.0 / np.sqrt(d))
    M = (inv @ A @ inv).tocsr().astype(np.float64)
    v0 = np.random.default_rng(random_state).uniform(-1, 1, M.shape[0])
    vals, vecs = eigsh(M, k=min(n_vectors, M.shape[0] - 2), which="LA", v0=v0, tol=1e-8)
    order = np.argsort(-vals)
    return normalize(vecs[:, order]), vals[order]


def k_candidates(n: int, config: TopicsConfig) -> list[int]:
    """The numbers of topics tried for ``n`` tickets: a geometric grid between
    ``sqrt(n) * k_min_factor`` and ``sqrt(n) * k_max_factor``, clipped to
    ``[k_floor, k_ceiling]`` and to what the minimum topic size allows."""
    lo = max(config.k_floor, int(round(np.sqrt(n) * config.k_min_factor)))
    max_by_size = max(config.k_floor, n // max(config.min_topic_tickets, 1))
    hi = min(config.k_ceiling, int(round(np.sqrt(n) * config.k_max_factor)), max_by_size)
    if hi <= lo:
        return [max(2, min(lo, n - 1))]
    grid = np.unique(np.round(np.geomspace(lo, hi, config.k_grid_points)).astype(int))
    return [int(k) for k in grid if 2 <= k < n]


class TopicModel:
    """Cluster unit-length ticket vectors into topics.

    Parameters
    ----------
    n_topics : int or None
        Number of topics; None chooses it: each candidate of
        :func:`k_candidates` is clustered and scored by the cosine silhouette
        of the ticket vectors on a sample of ``config.k_selection_sample``
        tickets; the best score wins.
    config : TopicsConfig, optional
        Sizes, merging and selection settings.
    random_state : int
        Seed for k-means and sampling.

    Attributes
    ----------
    labels_ : ndarray of shape (n_samples,)
        Topic of each training ticket, 0 = largest topic.
    cluster_centers_ : ndarray of shape (n_topics_, n_features)
        Unit-length topic centroids.
    n_topics_ : int
    k_scores_ : dict of int to float
        Selection score per candidate (empty when ``n_topics`` was given).
    merged_ : int
        Topics merged away for being too small.
    """

    def __init__(self, n_topics: int | None = None, config: TopicsConfig | None = None, random_state: int = 0):
        self.n_topics = n_topics
        self.config = config
        self.random_state = random_state

    def fit(self, X: np.ndarray) -> "TopicModel":
        """Fit on X, shape (n_samples, n_features), rows L2-normalised.

        Raises
        ------
        TooFewTickets (an InputError)
            Fewer tickets than ``config.min_tickets`` to cluster.
        UsageError
            ``n_topics`` larger than the number of tickets.
        """
        config = self.config or TopicsConfig()
        n = X.shape[0]
        if n < config.min_tickets:
            raise TooFewTickets(
                f"too few tickets to find topics: {n} analysed, at least {config.min_tickets} needed"
            )
        if self.n_topics is not None and not 1 <= self.n_topics <= n // 2:
            raise UsageError(f"--topics {self.n_topics}: must be between 1 and {n // 2} for {n} tickets")
        self.k_scores_: dict[int, float] = {}
        if self.n_topics is None:
            k = self._choose_k(X, config)
        else:
            k = self.n_topics
        labels, centers = self._cluster(X, k, config)
        self.__dict__.pop("_diffusion_cache", None)
        labels, centers, merged = self._merge_small(X, labels, centers, config, keep=self.n_topics)
        self.labels_, self.cluster_centers_ = _order_by_size(labels, centers)
        self.n_topics_ = len(self.cluster_centers_)
        self.merged_ = merged
        return self

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Nearest topic of each row of X (n_samples, n_features)."""
        return nearest_topics(X, self.cluster_centers_, (self.config or TopicsConfig()).confidence_temperature)[0]

    def confidence(self, X: np.ndarray) -> np.ndarray:
        """Probability of the nearest topic, shape (n_samples,), in [0, 1] (see :func:`nearest_topics`)."""
        return nearest_topics(X, self.cluster_centers_, (self.config or TopicsConfig()).confidence_temperature)[1]

    # -- internals -----------------------------------------------------------

    def _kmeans(self, X: np.ndarray, k: int, config: TopicsConfig, n_init: int) -> tuple[np.ndarray, np.ndarray]:
        import warnings

        n_init = max(n_init, -(-config.kmeans_restart_topics // k))
        km = KMeans(n_clusters=k, n_init=n_init, random_state=self.random_state)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "fewer distinct points than clusters": merging handles it
            # float64: scikit-learn's k-means++ upcasts float32 in small chunks (about a quarter slower).
            labels = km.fit_predict(np.asarray(X, dtype=np.float64))
        return labels, normalize(km.cluster_centers_).astype(np.asarray(X).dtype, copy=False)

    def _cluster(self, X: np.ndarray, k: int, config: TopicsConfig) -> tuple[np.ndarray, np.ndarray]:
        """Labels and unit centroids in the space of X, by the configured method."""
        if config.method == "kmeans" or len(X) <= config.diffusion_vectors + 2:
            return self._kmeans(X, k, config, config.kmeans_n_init)
        if config.method == "umap":
            labels, _ = self._kmeans(self._umap(X, config), k, config, config.umap_kmeans_n_init)
        else:
            labels, _ = self._kmeans(self._diffusion_map(X, config), k, config, config.kmeans_n_init)
        return labels, _centroids(X, labels, k)

    def _umap(self, X: np.ndarray, config: TopicsConfig) -> np.ndarray:
        """A UMAP layout of X (cosine), computed once for all candidate k."""
        cached = getattr(self, "_diffusion_cache", None)
        if cached is None or cached[0] is not X:
            try:
                import umap
            except ImportError:
                raise UsageError("method 'umap' needs umap-learn: pip install 'topicscope[semantic]'") from None
            import warnings

            data, metric = X, "cosine"
            if len(X) < 4096:
                # Below 4,096 rows umap-learn finds exact neighbours by calling its numba cosine
                # once per pair from Python (12 of 16 s on 3,080 tickets); the same exact
                # distances as one matrix product give the same graph.
                V = np.ascontiguousarray(X, dtype=np.float32)
                data, metric = np.clip(1.0 - V @ V.T, 0.0, 2.0), "precomputed"
                np.fill_diagonal(data, 0.0)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "n_jobs overridden by random_state": one thread, reproducible
                Z = umap.UMAP(n_components=config.umap_components, n_neighbors=config.umap_neighbors,
                              min_dist=0.0, metric=metric, random_state=self.random_state).fit_transform(data)
            self._diffusion_cache = (X, np.asarray(Z, dtype=np.float32))
        return self._diffusion_cache[1]

    def _diffusion_map(self, X: np.ndarray, config: TopicsConfig) -> np.ndarray:
        """Rows of the top eigenvectors of the kNN graph scaled by eigenvalue**t (a diffusion map)."""
        cached = getattr(self, "_diffusion_cache", None)
        if cached is None or cached[0] is not X:
            A = knn_graph(X, config.n_neighbors)
            E, vals = spectral_embedding(A, config.diffusion_vectors, self.random_state)
            self.eigenvalues_ = vals
            Z = normalize(E * np.clip(vals, 0, None) ** config.diffusion_time)
            self._diffusion_cache = (X, Z)
        return self._diffusion_cache[1]

    def _choose_k(self, X: np.ndarray, config: TopicsConfig) -> int:
        """The candidate whose clustering has the best cosine silhouette of the ticket vectors.

        Each candidate is clustered the configured way (on the diffusion map
        for ``spectral``); the silhouette is measured on the ticket vectors
        themselves, on a sample of ``config.k_selection_sample`` tickets. On
        BANKING77 train subsets with 20 to 77 intents this lost at most 1.3 NMI
        against the true k, where Davies-Bouldin on the diffusion map lost up
        to 9.3 and the eigengap more.
        """
        n = X.shape[0]
        rng = np.random.default_rng(self.random_state)
        idx = np.sort(rng.choice(n, size=min(n, config.k_selection_sample), replace=False))
        best_k, best = None, -np.inf
        distances = None  # the sample's cosine distances, computed once for every candidate k
        for k in k_candidates(n, config):
            labels, _ = self._cluster(X, k, config)
            if len(np.unique(labels[idx])) < 2:
                continue
            if len(idx) > _PRECOMPUTED_SILHOUETTE_MAX:  # a matrix of n² distances would not fit in memory
                score = float(silhouette_score(X[idx], labels[idx], metric="cosine"))
            else:
                if distances is None:
                    distances = cosine_distances(X[idx])
                score = float(silhouette_score(distances, labels[idx], metric="precomputed"))
            self.k_scores_[k] = round(score, 5)
            if score > best:
                best_k, best = k, score
        return best_k or 2

    @staticmethod
    def _merge_small(X: np.ndarray, labels: np.ndarray, centers: np.ndarray, config: TopicsConfig,
                     keep: int | None) -> tuple[np.ndarray, np.ndarray, int]:
        n = len(labels)
        floor = max(config.min_topic_tickets, int(np.ceil(config.min_topic_share * n)))
        merged = 0
        active = list(range(len(centers)))
        labels = labels.copy()
        while len(active) > 1:
            sizes = {c: int((labels == c).sum()) for c in active}
            small = min(active, key=lambda c: (sizes[c], c))
            if sizes[small] >= floor:
                break
            if keep is not None and len(active) <= keep and sizes[small] > 0:
                break  # the user asked for k topics: only drop empty ones
            active.remove(small)
            rows = np.flatnonzero(labels == small)
            if len(rows):
                others = np.array(active)
                labels[rows] = others[(X[rows] @ centers[others].T).argmax(axis=1)]
            merged += 1
            for c in set(labels[rows].tolist()) if len(rows) else ():
                centers[c] = normalize(X[labels == c].mean(axis=0, keepdims=True))[0]
        # Renumber 0..k-1 over the surviving topics.
        remap = {c: i for i, c in enumerate(active)}
        return np.array([remap[c] for c in labels]), centers[active], merged


def _centroids(X: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    # Each topic's rows summed in row order by a sparse product: for float32 X (the vectorizers'
    # output) the same float32 sums as np.add.at's, which took a second of a 20,000-ticket fit's
    # thirteen candidate k.
    from scipy import sparse

    X = np.asarray(X, dtype=np.float32)
    member = sparse.csr_matrix((np.ones(len(labels), dtype=np.float32), (labels, np.arange(len(labels)))),
                               shape=(k, len(labels)))
    return normalize(np.asarray(member @ X))


def _order_by_size(labels: np.ndarray, centers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    sizes = np.bincount(labels, minlength=len(centers))
    order = sorted(range(len(centers)), key=lambda c: (-sizes[c], c))
    remap = np.empty(len(centers), dtype=int)
    remap[order] = np.arange(len(centers))
    return remap[labels], centers[order]


@dataclass
class TopicTerms:
    """Key phrases of every topic, from class-based TF-IDF over surface words."""

    terms: list[list[tuple[str, float]]]
    labels: list[str]


def topic_terms(texts: Sequence[str], labels: np.ndarray, n_topics: int, config: TopicsConfig,
                exclude: frozenset[str] = frozenset()) -> TopicTerms:
    """Top terms and a short label per topic.

    Parameters
    ----------
    texts : sequence of str, length n_samples
        Cleaned ticket texts.
    labels : ndarray of shape (n_samples,)
        Topic of each text.
    exclude : frozenset of str
        More words that must not appear (channel-framing words).

    Returns
    -------
    TopicTerms
        ``terms[t]`` is the top ``config.n_terms`` (term, weight) pairs of topic
        ``t``; ``labels[t]`` joins 2 to ``config.label_phrases`` non-overlapping
        key phrases with " / ". Stop words, greetings and sign-offs never
        appear; terms in more than ``config.label_max_df`` of all tickets
        neither (they are everyone's words, not a topic's).
    """
    from functools import lru_cache

    from .language import words

    stops = all_stop_words() | exclude

    @lru_cache(maxsize=None)  # tokens repeat: each distinct one is judged once
    def is_stop(tok: str) -> bool:
        # Contractions of stop words ("wasn't", "we're") are stop words too.
        if tok in stops or len(tok) <= 2:
            return True
        head, _, tail = tok.partition("'")
        return bool(tail) and (head in stops or tail == "t" or head + tail in stops)

    def analyzer(doc: str) -> list[str]:
        toks = words(doc)
        keep = [not is_stop(t) for t in toks]
        # Phrases only from words that stand side by side in the ticket: "charged twice this
        # month" gives no "twice month".
        return ([t for t, k in zip(toks, keep) if k]
                + [f"{a} {b}" for a, b, ka, kb in zip(toks, toks[1:], keep, keep[1:]) if ka and kb])

    min_df = 2 if len(texts) >= 50 else 1
    cv = CountVectorizer(analyzer=analyzer, min_df=min_df, max_df=config.label_max_df if len(texts) >= 50 else 1.0)
    try:
        counts = cv.fit_transform(texts)
    except ValueError:
        return TopicTerms([[] for _ in range(n_topics)], [f"topic {t + 1}" for t in range(n_topics)])
    vocab = np.array(cv.get_feature_names_out())
    # Class-based TF-IDF (as in BERTopic): term frequency within the topic,
    # times log(1 + average topic size / the term's total frequency).
    from scipy import sparse

    member = sparse.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))),
                               shape=(n_topics, len(labels)))
    tf = (member @ counts).toarray().astype(float)
    totals = tf.sum(axis=1, keepdims=True)
    totals[totals == 0] = 1
    freq = tf.sum(axis=0)
    idf = np.log(1 + tf.sum() / n_topics / np.maximum(freq, 1))
    scores = tf / totals * idf
    index = {str(w): i for i, w in enumerate(vocab)}
    for i in np.flatnonzero(np.char.find(vocab.astype(str), " ") >= 0):
        a, b = str(vocab[i]).split(" ", 1)
        rarer = min(freq[index[a]] if a in index else np.inf, freq[index[b]] if b in index else np.inf)
        if freq[i] < config.label_min_cohesion * rarer:
            scores[:, i] = 0.0
    # Share of each topic's tickets that use each term: key phrases must be common in their topic.
    docs = (member @ (counts > 0).astype(float)).toarray()
    sizes = np.bincount(labels, minlength=n_topics).astype(float)[:, None]
    coverage = docs / np.maximum(sizes, 1)
    is_bigram = np.char.find(vocab.astype(str), " ") >= 0
    all_terms, all_labels, candidates = [], [], []
    for t in range(n_topics):
        row = scores[t]
        order = np.lexsort((vocab, -row))  # by score, then alphabetically: deterministic ties
        top = [(str(vocab[i]), round(float(row[i]), 5)) for i in order[: config.n_terms] if row[i] > 0]
        all_terms.append(top)
        # Phrases first where they score close to their words.
        boosted = sorted(((s * (config.label_bigram_boost if is_bigram[i] else 1.0), str(vocab[i]))
                          for i in order[: config.n_terms * 3] for s in [row[i]]
                          if s > 0 and coverage[t, i] >= config.label_min_coverage),
                         key=lambda x: (-x[0], x[1]))
        chosen: list[str] = []
        used: set[str] = set()
        for _, term in boosted:
            parts = set(term.split())
            if parts & used:
                continue
            chosen.append(term)
            used |= parts
            if len(chosen) == config.label_phrases:
                break
        all_labels.append(" / ".join(chosen) if chosen else f"topic {t + 1}")
        candidates.append((boosted, chosen, used))
    # Two topics never share a label (identical tickets from two channels can make two topics
    # with the same words): a repeated label gains the topic's next phrase, or its number.
    seen: set[str] = set()
    for t, (boosted, chosen, used) in enumerate(candidates):
        if all_labels[t] in seen:
            extra = next((term for _, term in boosted if term not in chosen and not set(term.split()) & used), None)
            label = " / ".join([*chosen, extra]) if extra else all_labels[t]
            all_labels[t] = label if label not in seen else f"{all_labels[t]} ({t + 1})"
        seen.add(all_labels[t])
    return TopicTerms(all_terms, all_labels)


def nearest_topics(X: np.ndarray, centers: np.ndarray, temperature: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Nearest topic of each row, its confidence and the cosine similarity to it, each shape (n,).

    ``X`` (n, d) and ``centers`` (k, d) have unit-length rows. The confidence is a softmax over
    the similarities to every centroid with ``temperature``: near 1 when one topic is clearly
    closest, low when several are about as close (or none is close).
    """
    sims = X @ centers.T
    best = sims.argmax(axis=1)
    top = sims[np.arange(len(best)), best]
    confidence = 1.0 / np.exp((sims - top[:, None]) / temperature).sum(axis=1)
    return best.astype(int), confidence, top.astype(float)


__all__ = ["TopicModel", "topic_terms", "nearest_topics", "k_candidates"]
