"""Risk signals per ticket and per topic: personal data, languages, complexity, volume stability.

These are the measured facts the call-center verdict weighs; each comes with
the numbers behind it (counts, shares with 95 % intervals).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any, Sequence

import numpy as np
import pandas as pd

from .pii import find_pii
from .stats import wilson_interval
from .timestamps import monthly_counts

# What the personal-data share counts. Social handles are redacted in examples and cut from
# topic texts, but not counted: the company's own handle ("@BrightwaveHelp") is in most of its
# social-media tickets and would make every one of them "hold personal data".
PII_KINDS = ("EMAIL", "PHONE", "CARD", "IBAN", "ID", "NAME")
_COUNTED = frozenset(PII_KINDS)


def pii_flags(texts: Sequence[str], spans: Sequence[list[tuple[int, int, str]]] | None = None
              ) -> tuple[np.ndarray, list[dict[str, int]]]:
    """Whether each text holds personal data, and how many of each kind.

    ``spans``, when given, are :func:`topicscope.pii.find_pii`'s for each text, already found.
    Only the kinds in ``PII_KINDS`` count (not social handles).

    Returns
    -------
    flags : ndarray of shape (n_texts,), int 0/1
    kinds : list of dict, length n_texts
        ``{"EMAIL": 1, "CARD": 2}``-style counts (empty where none).
    """
    flags = np.zeros(len(texts), dtype=int)
    kinds: list[dict[str, int]] = []
    for i, text in enumerate(texts):
        found = Counter(kind for _, _, kind in (find_pii(text) if spans is None else spans[i]) if kind in _COUNTED)
        kinds.append(dict(found))
        flags[i] = int(bool(found))
    return flags, kinds


@dataclass
class Share:
    """A count out of a total, with its share and 95 % Wilson interval."""

    count: int
    total: int
    share: float
    ci: list[float]

    @classmethod
    def of(cls, count: int, total: int) -> "Share":
        lo, hi = wilson_interval(count, total)
        return cls(int(count), int(total), round(count / total, 4) if total else 0.0, [round(lo, 4), round(hi, 4)])


@dataclass
class Signals:
    """Everything measured about the export's risk and complexity.

    Attributes
    ----------
    pii : Share
        Tickets holding at least one e-mail, phone, card, IBAN, national id or name after a title.
    pii_kinds : dict of str to int
        Tickets holding each kind.
    payment_data : Share
        Tickets holding a card number or IBAN.
    languages : dict of str to int
        Tickets per detected language.
    main_language : str
    other_language_share : Share
        Tickets not in the main language.
    channels : dict of str to int
    resolution_hours : dict
        ``median`` and ``p90`` hours from creation to resolution, and how
        many tickets had both times (None where no ticket had).
    reopened, escalated : Share or None
        Where the export has such a column.
    technical_share : Share
        Tickets in the ``technical_issue`` category.
    monthly_volume : dict of str to int
    monthly_mean : float or None
        Mean tickets a month over full months; None when no ticket has a creation time.
    monthly_cv : float or None
        Coefficient of variation of monthly volume (std / mean) over full months.
    peak_month : str or None
    """

    pii: Share
    pii_kinds: dict[str, int]
    payment_data: Share
    languages: dict[str, int]
    main_language: str
    other_language_share: Share
    channels: dict[str, int]
    resolution_hours: dict[str, Any]
    reopened: Share | None
    escalated: Share | None
    technical_share: Share
    monthly_volume: dict[str, int]
    monthly_mean: float | None
    monthly_cv: float | None
    peak_month: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_REOPEN_COLUMNS = ("reopens", "reopened", "reopen_count", "times_reopened", "is_reopened", "reopen")
_ESCALATE_COLUMNS = ("escalated", "is_escalated", "fr_escalated", "escalation", "escalation_level")


def _flag_column(tickets: pd.DataFrame, names: tuple[str, ...]) -> pd.Series | None:
    from .mapping import normalize_header

    for col in tickets.columns:
        if normalize_header(col) in names:
            values = tickets[col].astype(str).str.strip().str.lower()
            numeric = pd.to_numeric(values, errors="coerce")
            truthy = values.isin({"true", "yes", "y", "1", "escalated", "reopened"}) | (numeric.fillna(0) > 0)
            known = values != ""
            if known.any():
                return truthy[known]
    return None


def measure(tickets: pd.DataFrame, pii: np.ndarray, pii_kinds: list[dict[str, int]]) -> Signals:
    """Signals of the analysed tickets.

    Parameters
    ----------
    tickets : pandas.DataFrame
        Canonical tickets with ``language``, ``channel``, ``category``,
        ``created_at``, ``resolved_at`` (and any reopen / escalation column).
    pii, pii_kinds
        From :func:`pii_flags`.
    """
    n = len(tickets)
    # A few dicts repeat (one per mix of kinds, shared): each distinct one is read once, weighted.
    pii_kinds = list(pii_kinds)  # held while counted, so no object's id is reused
    times = Counter(map(id, pii_kinds))
    distinct = {id(k): k for k in pii_kinds}
    kinds: Counter[str] = Counter()
    payment = 0
    for key, count in times.items():
        for kind in distinct[key]:
            kinds[kind] += count
        payment += count if ("CARD" in distinct[key] or "IBAN" in distinct[key]) else 0
    langs = Counter(tickets["language"])
    main = max(sorted(langs), key=lambda k: langs[k]) if langs else "und"
    hours = (tickets["resolved_at"] - tickets["created_at"]).dt.total_seconds() / 3600
    hours = hours[hours >= 0].dropna()
    resolution = ({"median": round(float(hours.median()), 2), "p90": round(float(hours.quantile(0.9)), 2),
                   "tickets": int(len(hours))} if len(hours) else {"median": None, "p90": None, "tickets": 0})
    reopened = _flag_column(tickets, _REOPEN_COLUMNS)
    escalated = _flag_column(tickets, _ESCALATE_COLUMNS)
    monthly = monthly_counts(tickets["created_at"])
    full = list(monthly.values())
    # The first and last months of an export are usually partial: leave them out of stability.
    core = full[1:-1] if len(full) >= 4 else full
    mean = float(np.mean(core)) if core else 0.0
    cv = round(float(np.std(core) / mean), 4) if core and mean else None
    return Signals(
        pii=Share.of(int(pii.sum()), n),
        pii_kinds={k: int(kinds.get(k, 0)) for k in PII_KINDS},
        payment_data=Share.of(payment, n),
        languages=dict(sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))),
        main_language=main,
        other_language_share=Share.of(n - langs.get(main, 0), n),
        channels=dict(sorted(Counter(tickets["channel"].replace("", "unknown")).items(), key=lambda kv: (-kv[1], kv[0]))),
        resolution_hours=resolution,
        reopened=Share.of(int(reopened.sum()), len(reopened)) if reopened is not None else None,
        escalated=Share.of(int(escalated.sum()), len(escalated)) if escalated is not None else None,
        technical_share=Share.of(int((tickets["category"] == "technical_issue").sum()), n),
        monthly_volume={m: int(c) for m, c in monthly.items()},
        monthly_mean=round(mean, 2) if core else None,
        monthly_cv=cv,
        peak_month=max(monthly, key=lambda m: (monthly[m], m)) if monthly else None,
    )


# Satisfaction columns helpdesks export: Zendesk's satisfaction_rating.score ("good"/"bad"),
# Freshdesk's and Intercom's numeric ratings, home-made CSAT scores.
_SATISFACTION = ("satisfaction", "satisfaction_rating", "satisfaction_score", "satisfaction_rating_score",
                 "csat", "csat_score", "customer_satisfaction", "rating", "conversation_rating",
                 "conversation_rating_rating", "survey_rating")
_SATISFACTION_WORDS = {"good": 1.0, "great": 1.0, "satisfied": 1.0, "positive": 1.0, "yes": 1.0,
                       "bad": 0.0, "poor": 0.0, "unsatisfied": 0.0, "dissatisfied": 0.0, "negative": 0.0, "no": 0.0}


def satisfaction_column(columns: Sequence[str]) -> str | None:
    """The export's customer-satisfaction column, if it has one."""
    from .mapping import normalize_header

    for col in columns:
        if normalize_header(col) in _SATISFACTION:
            return str(col)
    return None


def satisfaction_values(values: Sequence[Any]) -> np.ndarray:
    """Satisfaction as numbers, shape (n,): numeric ratings as they are, good/bad as 1/0, else NaN.

    Examples
    --------
    >>> satisfaction_values(["good", "bad", "offered", "4", ""]).tolist()
    [1.0, 0.0, nan, 4.0, nan]
    """
    out = pd.to_numeric(pd.Series(list(values), dtype=object).astype(str).str.strip().str.replace(",", "."),
                        errors="coerce").to_numpy(dtype=float)
    words = pd.Series(list(values), dtype=object).astype(str).str.strip().str.lower().map(_SATISFACTION_WORDS)
    return np.where(np.isnan(out), words.to_numpy(dtype=float), out)
