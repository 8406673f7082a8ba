"""Face-to-face need: which tickets need a person physically present, and what share of the work that is.

A ticket is face-to-face when resolving it needs someone with the customer or
the item: a technician visit, an installation, an on-site repair, an in-store
or in-branch visit, a physical inspection, an in-person identity check or
signature (rules and examples: ``models/f2f_data/LABELLING_RULES.md``).

The share is not a raw count of predictions: it is corrected for the
classifier's measured error rates (adjusted classify-and-count, Forman 2008),
with a 95 % interval that carries both the sampling error of the export and
the uncertainty of those rates measured on held-out labelled tickets.
"""

from __future__ import annotations

import re
from collections import abc
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from .artifacts import load_model, shipped_path
from .categories import CategoryClassifier
from .errors import InputError
from .textfeatures import Joined, Tokens, _check_text

MODEL_KIND = "topicscope.face_to_face_classifier"
DEFAULT_MODEL = "face-to-face-v6.joblib"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def segments(text: str, min_words: int) -> list[str]:
    """The text cut at sentence ends and line breaks into pieces of at least ``min_words`` words.

    Short sentences join the next one (a leftover short tail joins the last piece), so a
    piece carries a whole request rather than "Thanks." or a greeting.

    :meth:`FaceToFaceClassifier.cut` finds the same pieces on a batch's tokens (``_pieces``).

    >>> segments("Hi. The hub is on red since Monday. Can you send an engineer out? Thanks", 5)
    ['Hi. The hub is on red since Monday.', 'Can you send an engineer out? Thanks']
    """
    pieces: list[str] = []
    current = ""
    words = 0  # in current: counted part by part, not by splitting the growing piece again
    for part in _SENTENCE_END.split(text):
        n = len(part.split())
        if not n:
            continue
        current = f"{current} {part}".strip()
        words += n
        if words >= min_words:
            pieces.append(current)
            current = ""
            words = 0
    if current:
        if pieces:
            pieces[-1] = f"{pieces[-1]} {current}"
        else:
            pieces.append(current)
    return pieces or [text]


IN_PERSON_CHANNELS = ("walk_in", "onsite")


def channel_word(channel: str, only: Sequence[str] | None = None) -> str:
    """The token a text is read after for its channel ("" for none): see :func:`with_channel`."""
    if only is None:
        return f"channel_{channel or 'unknown'}"
    return f"channel_{channel}" if channel in only else ""


def with_channel(texts: Sequence[str], channels: Sequence[str], only: Sequence[str] | None = None) -> list[str]:
    """Prefix each text with a channel token, so the classifier weighs the channel as evidence;
    with ``only``, just the texts whose channel is one of those (the others stay as they are)."""
    words = [channel_word(c, only) for c in channels]
    return [f"{w} {t}" if w else t for t, w in zip(texts, words)]


def _lines(text: str) -> list[str]:
    _check_text(text)  # the vectorizers' own error for a text that is not one
    return text.split("\n")


def _pieces(tokens: Tokens, bounds: np.ndarray, line_ends: np.ndarray, min_words: int
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`segments` worked out on a cut's tokens instead of the texts: the same pieces, as runs.

    A sentence part of ``segments`` ends where a token ends in ``.``, ``!`` or ``?`` (the
    whitespace after it is a sentence end) or a line ends; its words are its tokens. So the parts
    are the runs of tokens between those ends, and the pieces group them as ``segments`` does.

    Parameters
    ----------
    tokens : Tokens
        The texts' lines cut (:meth:`Tokens.of`), then anything else.
    bounds : ndarray of int64, shape (n + 1,)
        Text i is tokens ``bounds[i]:bounds[i + 1]``.
    line_ends : ndarray of int64, shape (n_lines,)
        Where each line's tokens end (exclusive), in order.

    Returns
    -------
    first : ndarray of int64, shape (n + 1,)
        Text i's pieces are ``first[i]:first[i + 1]`` (a text without words is one empty piece).
    starts, ends : ndarray of int64, shape (n_pieces,)
        Each piece's tokens, ``starts[p]:ends[p]``.
    """
    codes = tokens.codes[:bounds[-1]]
    sentence_end = np.fromiter((t[-1] in ".!?" for t in tokens.distinct.tolist()), dtype=bool,
                               count=len(tokens.distinct))
    ends = sentence_end[codes]
    line_ends = line_ends[line_ends > 0]
    ends[line_ends - 1] = True  # the last token of a line (an empty line marks its predecessor's again)
    after = np.flatnonzero(ends) + 1
    lo = np.searchsorted(after, bounds[:-1], side="right").tolist()  # each text's first part end
    part_ends = after.tolist()
    starts: list[int] = []
    stops: list[int] = []
    first = [0]
    b = bounds.tolist()
    for i in range(len(b) - 1):
        start = b[i]
        end = b[i + 1]
        at = lo[i]
        emitted = 0
        while at < len(part_ends) and part_ends[at] <= end:
            stop = part_ends[at]
            if stop - start >= min_words:
                starts.append(start)
                stops.append(stop)
                start = stop
                emitted += 1
            at += 1
        if not emitted:  # too few words for a piece of their own: the text is one piece
            starts.append(b[i])
            stops.append(end)
            emitted = 1
        elif start < end:  # a short tail joins the last piece
            stops[-1] = end
        first.append(first[-1] + emitted)
    return (np.asarray(first, dtype=np.int64), np.asarray(starts, dtype=np.int64),
            np.asarray(stops, dtype=np.int64))


def _after_word(tokens: Tokens, has_word: np.ndarray, word_start: np.ndarray, word_len: np.ndarray,
                starts: np.ndarray, lengths: np.ndarray) -> Joined:
    """Documents of one run of tokens each (``starts``, ``lengths``, shape (n_docs,)), each after
    its channel word's run where ``has_word``."""
    per_doc = 1 + has_word.astype(np.int64)
    ptr = np.zeros(len(per_doc) + 1, dtype=np.int64)
    np.cumsum(per_doc, out=ptr[1:])
    run_start = np.empty(ptr[-1], dtype=np.int64)
    run_len = np.empty(ptr[-1], dtype=np.int64)
    run_start[ptr[1:] - 1], run_len[ptr[1:] - 1] = starts, lengths
    word = ptr[:-1][has_word]
    run_start[word], run_len[word] = word_start[has_word], word_len[has_word]
    return tokens.runs(run_start, run_len, ptr)


class _Later(abc.Sequence):
    """A list of texts made on first use (``make()``), ``n`` long: the pieces as text, which only
    features that cannot count from a cut read."""

    def __init__(self, n: int, make: Any):
        self._n = n
        self._make = make
        self._made: list[str] | None = None

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if self._made is None:
            self._made = self._make()
        return self._made[i]

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, _Later)) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to a list, so unhashable like one

    def __reduce__(self) -> tuple[Any, ...]:
        return list, (list(self),)  # pickled as the texts themselves


class FaceToFaceClassifier:
    """Binary classifier over text and channel, with probabilities.

    Parameters
    ----------
    threshold : float
        Probability at or above which a ticket is face-to-face.
    segment_words : int or None
        Long tickets are also scored piece by piece (:func:`segments`, pieces of at least
        this many words); the probability is the mean of the whole ticket's and the highest
        piece's. One request for a visit in a long e-mail otherwise weighs little against
        its troubleshooting story, while the rules label a ticket 1 when any part of it
        needs in-person work. None scores the whole ticket only.
    channel_tokens : tuple of str or None
        The channels the classifier sees as evidence (a token before the text): by default
        the in-person ones only. A remote channel says little about the request, but the
        training data's mix of channels would make it count: the same remote question came
        out face-to-face 10 % of the time by phone and 1.4 % by e-mail when every channel was
        a token (None: every channel, as models before v6 were trained).

    Attributes
    ----------
    classifier_ : CategoryClassifier
        Fitted on labels ``"0"`` / ``"1"``.
    """

    def __init__(self, threshold: float = 0.5, segment_words: int | None = 12,
                 channel_tokens: tuple[str, ...] | None = IN_PERSON_CHANNELS):
        self.threshold = threshold
        self.segment_words = segment_words
        self.channel_tokens = channel_tokens

    def fit(self, texts: Sequence[str], channels: Sequence[str], labels: Sequence[int]) -> "FaceToFaceClassifier":
        self.classifier_ = CategoryClassifier().fit(with_channel(texts, channels, self.channel_tokens),
                                                    [str(int(y)) for y in labels])
        return self

    def cut(self, texts: Sequence[str], channels: Sequence[str]) -> "TicketCut":
        """``texts`` (n,) cut into pieces and tokens once, as this classifier and the category
        classifier read them (see :class:`TicketCut`)."""
        min_words = getattr(self, "segment_words", None)  # None in models saved before v4
        # Models saved before v6 have no channel_tokens: they were trained with every channel.
        only = getattr(self, "channel_tokens", None)
        texts, channels = list(texts), list(channels)
        n = len(texts)
        if len(channels) != n:
            raise ValueError(f"{n} texts but {len(channels)} channels: one channel per text")
        words = [channel_word(c, only) for c in channels]
        # Cut line by line: a line break ends a sentence part (see segments), so where the lines
        # end in the tokens is where those parts end. The channel words are texts of the cut too,
        # after the lines: a document is runs of both.
        lines = [line for text in texts for line in _lines(text)]
        word_at = {w: len(lines) + i for i, w in enumerate(dict.fromkeys(w for w in words if w))}
        tokens = Tokens.of(lines + list(word_at))
        line_ends = tokens.bounds[1:len(lines) + 1]
        first_line = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.fromiter((text.count("\n") + 1 for text in texts), dtype=np.int64, count=n), out=first_line[1:])
        bounds = tokens.bounds[first_line]  # ticket i is tokens bounds[i]:bounds[i + 1]
        whole = Joined(tokens, tokens.codes[:bounds[-1]], bounds)
        has_word = np.fromiter((bool(w) for w in words), dtype=bool, count=n)
        word_start = np.fromiter((tokens.bounds[word_at[w]] if w else 0 for w in words), dtype=np.int64, count=n)
        word_len = np.fromiter((tokens.bounds[word_at[w] + 1] - tokens.bounds[word_at[w]] if w else 0 for w in words),
                               dtype=np.int64, count=n)
        read_whole = _after_word(tokens, has_word, word_start, word_len, bounds[:-1], bounds[1:] - bounds[:-1])
        if min_words:
            first, piece_from, piece_to = _pieces(tokens, bounds, line_ends, min_words)
        else:
            first, piece_from, piece_to = np.arange(n + 1, dtype=np.int64), bounds[:-1], bounds[1:]
        counts = first[1:] - first[:-1]
        multi = np.flatnonzero(counts > 1)
        owner = np.repeat(multi, counts[multi])
        at = np.flatnonzero(np.repeat(counts > 1, counts))  # the pieces of those tickets
        pieces = _after_word(tokens, has_word[owner], word_start[owner], word_len[owner], piece_from[at],
                             piece_to[at] - piece_from[at])

        def piece_texts() -> list[str]:
            flat = [piece for i in multi.tolist() for piece in segments(texts[i], min_words)]
            return with_channel(flat, [channels[i] for i in owner.tolist()], only)

        return TicketCut(n, whole, read_whole, pieces, _Later(len(owner), piece_texts), owner)

    def predict_proba(self, texts: Sequence[str], channels: Sequence[str], cut: "TicketCut | None" = None
                      ) -> np.ndarray:
        """Probability of face-to-face need, shape (n_texts,).

        ``cut``, when given, is :meth:`cut`'s of these texts and channels (shared with the
        category classifier, so the texts are cut once).
        """
        if cut is None:
            cut = self.cut(texts, channels)
        elif cut.n_tickets != len(texts):
            raise ValueError(f"the cut holds {cut.n_tickets} tickets, not the {len(texts)} given: it is another batch's")
        only = getattr(self, "channel_tokens", None)
        whole = self._read(with_channel(texts, channels, only), cut.read_whole)
        if not len(cut.owner):
            return whole
        highest = whole.copy()  # a one-piece ticket: its piece is the whole ticket
        highest[np.unique(cut.owner)] = 0.0
        np.maximum.at(highest, cut.owner, self._read(cut.piece_texts, cut.pieces))
        return (whole + highest) / 2

    def _proba(self, texts: Sequence[str], channels: Sequence[str]) -> np.ndarray:
        """The classifier's probability for each text read whole, after its channel word."""
        return self._read(with_channel(texts, channels, getattr(self, "channel_tokens", None)))

    def _read(self, texts: Sequence[str], joined: Joined | None = None) -> np.ndarray:
        # ``texts`` as the classifier reads them (channel word included), and cut if ``joined``.
        proba = self.classifier_.predict_proba(texts, joined)
        return proba[:, list(self.classifier_.classes_).index("1")]

    def predict(self, texts: Sequence[str], channels: Sequence[str]) -> np.ndarray:
        return (self.predict_proba(texts, channels) >= self.threshold).astype(int)


@dataclass
class TicketCut:
    """A batch of tickets cut into tokens once, as both classifiers read them
    (:meth:`FaceToFaceClassifier.cut`).

    Attributes
    ----------
    n_tickets : int
        n, the tickets cut.
    whole : Joined
        Each ticket as it is (the category classifier's view), n documents.
    read_whole : Joined
        Each ticket after its channel word where the face-to-face classifier sees one, n documents.
    pieces : Joined
        The pieces of the tickets of more than one piece (:func:`segments`), each after its
        ticket's channel word, n_pieces documents.
    piece_texts : sequence of str, length n_pieces
        The same pieces as text, for features that read text (made only when one asks).
    owner : ndarray of int, shape (n_pieces,)
        Each piece's ticket.
    """

    n_tickets: int
    whole: Joined
    read_whole: Joined
    pieces: Joined
    piece_texts: Sequence[str]
    owner: np.ndarray


@dataclass
class ErrorRates:
    """Confusion counts on held-out labelled tickets."""

    tp: int
    fp: int
    tn: int
    fn: int

    @property
    def tpr(self) -> float:
        return self.tp / max(self.tp + self.fn, 1)

    @property
    def fpr(self) -> float:
        return self.fp / max(self.fp + self.tn, 1)

    @property
    def precision(self) -> float:
        return self.tp / max(self.tp + self.fp, 1)

    @classmethod
    def of(cls, y_true: Sequence[int], y_pred: Sequence[int]) -> "ErrorRates":
        t, p = np.asarray(y_true, dtype=int), np.asarray(y_pred, dtype=int)
        return cls(int(((t == 1) & (p == 1)).sum()), int(((t == 0) & (p == 1)).sum()),
                   int(((t == 0) & (p == 0)).sum()), int(((t == 1) & (p == 0)).sum()))


@dataclass
class ShareEstimate:
    """Face-to-face share of a group of tickets.

    Attributes
    ----------
    tickets : int
    predicted : int
        Tickets the classifier flags.
    raw_share : float
        ``predicted / tickets``.
    share : float
        Adjusted for the classifier's error rates: (raw - FPR) / (TPR - FPR), clipped to [0, 1].
    share_ci : list of float
        95 % interval of ``share`` (parametric bootstrap over the export's
        sampling error and the held-out error rates).
    method : str
    """

    tickets: int
    predicted: int
    raw_share: float
    share: float
    share_ci: list[float]
    method: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def adjusted_share(predicted: int, n: int, rates: ErrorRates, draws: int = 4000, seed: int = 0) -> ShareEstimate:
    """Adjusted classify-and-count with a bootstrap interval.

    Examples
    --------
    >>> rates = ErrorRates(tp=90, fp=10, tn=290, fn=10)   # TPR 0.9, FPR 0.033
    >>> est = adjusted_share(200, 1000, rates)
    >>> est.raw_share, round(est.share, 3)
    (0.2, 0.192)
    """
    if n == 0:
        return ShareEstimate(0, 0, 0.0, 0.0, [0.0, 1.0], "no tickets")
    raw = predicted / n
    tpr, fpr = rates.tpr, rates.fpr
    denom = tpr - fpr
    if denom <= 0.05:
        # A classifier this weak cannot be corrected for: report the raw count.
        from .stats import wilson_interval

        lo, hi = wilson_interval(predicted, n)
        return ShareEstimate(n, predicted, round(raw, 4), round(raw, 4), [round(lo, 4), round(hi, 4)],
                             "raw count (classifier too weak to adjust)")
    point = float(np.clip((raw - fpr) / denom, 0.0, 1.0))
    rng = np.random.default_rng(seed)
    p_obs = rng.beta(predicted + 0.5, n - predicted + 0.5, draws)
    t = rng.beta(rates.tp + 0.5, rates.fn + 0.5, draws)
    f = rng.beta(rates.fp + 0.5, rates.tn + 0.5, draws)
    sims = np.clip((p_obs - f) / np.maximum(t - f, 1e-3), 0.0, 1.0)
    lo, hi = np.quantile(sims, [0.025, 0.975])
    return ShareEstimate(n, int(predicted), round(raw, 4), round(point, 4),
                         [round(float(min(lo, point)), 4), round(float(max(hi, point)), 4)],
                         "adjusted classify-and-count (held-out TPR/FPR), bootstrap 95% interval")


def default_model_path() -> Path:
    """The shipped face-to-face classifier."""
    return shipped_path(DEFAULT_MODEL)


def load_face_to_face(path: str | Path | None = None, trust: bool = False
                      ) -> tuple[FaceToFaceClassifier, ErrorRates, dict[str, Any] | None]:
    """The classifier and its held-out error rates (from the manifest)."""
    target = Path(path) if path is not None else default_model_path()
    if path is None and not target.is_file():
        raise InputError("the default face-to-face model is not installed with this copy of topicscope")
    model, manifest = load_model(target, kind=MODEL_KIND, trust=trust)
    if not isinstance(model, FaceToFaceClassifier):
        raise InputError(f"model {target}: is not a topicscope face-to-face classifier")
    counts = (manifest or {}).get("metrics", {}).get("heldout_confusion")
    if not counts:
        raise InputError(f"model {target}: its manifest has no held-out error rates to correct the share with")
    return model, ErrorRates(**counts), manifest


_YES = {"1", "yes", "y", "true", "t", "x", "f2f", "face_to_face", "face-to-face", "onsite", "on-site", "in person",
        "in-person", "si", "sí"}
_NO = {"0", "no", "n", "false", "f", "remote", "none"}


def parse_labels(values: Sequence[str]) -> np.ndarray:
    """User face-to-face labels as 1 / 0, and -1 where a row carries none (or an unreadable one)."""
    out = np.full(len(values), -1, dtype=int)
    for i, v in enumerate(values):
        key = str(v).strip().lower()
        if key in _YES:
            out[i] = 1
        elif key in _NO:
            out[i] = 0
    return out


def cross_validated_rates(texts: Sequence[str], channels: Sequence[str], labels: Sequence[int], folds: int = 5,
                          seed: int = 0) -> ErrorRates:
    """Error rates of :class:`FaceToFaceClassifier` by stratified k-fold on the user's labelled tickets."""
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(labels, dtype=int)
    folds = max(2, min(folds, int(np.bincount(y, minlength=2).min())))
    pred = np.zeros(len(y), dtype=int)
    texts, channels = list(texts), list(channels)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(texts, y):
        clf = FaceToFaceClassifier().fit([texts[i] for i in train], [channels[i] for i in train], y[train])
        pred[test] = clf.predict([texts[i] for i in test], [channels[i] for i in test])
    return ErrorRates.of(y, pred)


def combined_share(known: np.ndarray, predicted: np.ndarray, rates: ErrorRates) -> ShareEstimate:
    """Share over tickets some of which carry a known label (``known`` 0/1, -1 unknown).

    Known labels count as they are; the rest is the adjusted estimate of the
    classifier's flags (``predicted`` 0/1), weighted by its size.
    """
    has = known >= 0
    n, n_known = len(known), int(has.sum())
    if n_known == 0:
        return adjusted_share(int(predicted.sum()), n, rates)
    pos = int(known[has].sum())
    rest = adjusted_share(int(predicted[~has].sum()), int((~has).sum()), rates)
    w = (n - n_known) / n
    share = pos / n + w * rest.share
    lo, hi = pos / n + w * rest.share_ci[0], pos / n + w * rest.share_ci[1]
    raw = (pos + int(predicted[~has].sum())) / n
    return ShareEstimate(n, pos + int(predicted[~has].sum()), round(raw, 4), round(share, 4),
                         [round(lo, 4), round(hi, 4)],
                         f"{n_known} tickets labelled by you counted as labelled; " + rest.method + " for the rest")
