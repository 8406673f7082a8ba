"""Parsing export timestamps to UTC, with the format learned once per column.

Exports write times as ISO 8601 (Zendesk, Salesforce, HubSpot), unix seconds
(Intercom), ``2024-03-12 09:14:00`` (ServiceNow), ``12/Mar/24 9:14 AM`` (Jira)
or a locale's ``03/12/2024 14:05``. The parser tries each candidate on a
sample and keeps the one that reads the most values; times without an offset
are taken as UTC.
"""

from __future__ import annotations

import warnings

import pandas as pd

# Month-first before day-first: US helpdesks (the usual exporters) write m/d/Y.
_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y",
    "%m/%d/%y %H:%M", "%m/%d/%y %I:%M %p", "%m/%d/%y",
    "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d/%m/%y %H:%M", "%d/%m/%y",
    "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y",
    "%d/%b/%y %I:%M %p", "%d/%b/%Y %I:%M %p", "%d/%b/%y %H:%M", "%d %b %Y %H:%M", "%d %b %Y",
    "%b %d, %Y %I:%M %p", "%b %d, %Y", "%a, %d %b %Y %H:%M:%S %z",
)
_DAY_FIRST = frozenset(f for f in _FORMATS if f.startswith("%d"))
_MIN_EPOCH_S, _MAX_EPOCH_S = 631_152_000, 4_102_444_800  # 1990 .. 2100


class TimestampParser:
    """Learn how one column writes its times, then parse any block of it.

    Parameters
    ----------
    dayfirst : bool or None
        Force day-first (``True``) or month-first (``False``) reading of
        ``01/02/2024``; ``None`` decides from the data (month-first when the
        data cannot tell).
    timezone : str or None
        IANA zone for times written without an offset; ``None`` means UTC.
        Times with an offset keep it.

    Attributes
    ----------
    kind_ : str
        ``"iso8601"``, ``"epoch_s"``, ``"epoch_ms"``, a strftime format, or
        ``"mixed"`` (each value parsed on its own, slower).
    reason_ : str
        Why ``kind_`` was chosen, for ``topicscope inspect``.
    """

    def __init__(self, dayfirst: bool | None = None, timezone: str | None = None):
        self.dayfirst = dayfirst
        self.timezone = timezone

    def fit(self, values: pd.Series) -> "TimestampParser":
        sample = values[values.str.strip() != ""].head(2000)
        if sample.empty:
            self.kind_, self.reason_ = "iso8601", "no values to learn from"
            return self
        numeric = pd.to_numeric(sample, errors="coerce")
        if numeric.notna().mean() > 0.95:
            median = float(numeric.median())
            if _MIN_EPOCH_S <= median <= _MAX_EPOCH_S:
                self.kind_, self.reason_ = "epoch_s", "numbers in the range of unix seconds"
                return self
            if _MIN_EPOCH_S * 1000 <= median <= _MAX_EPOCH_S * 1000:
                self.kind_, self.reason_ = "epoch_ms", "numbers in the range of unix milliseconds"
                return self
        scores: list[tuple[float, int, str]] = []
        for rank, kind in enumerate(("iso8601",) + _FORMATS):
            if self.dayfirst is True and kind.startswith("%m"):
                continue
            if self.dayfirst is False and kind in _DAY_FIRST and "%m" in kind:
                continue
            share = float(self._parse(sample, kind).notna().mean())
            scores.append((share, -rank, kind))
        share, _, kind = max(scores)
        if share < 0.9:
            self.kind_ = "mixed"
            self.reason_ = f"no single format reads most values (best: {kind} reads {share:.0%})"
        else:
            self.kind_ = kind
            self.reason_ = f"format {kind} reads {share:.0%} of the first values"
            if kind.startswith("%m/%d") and self.dayfirst is None:
                alt = "%d/%m" + kind[5:]
                if alt in _FORMATS and self._parse(sample, alt).notna().mean() >= share:
                    self._tell_day_from_month(values[values.str.strip() != ""], kind, alt, len(sample))
        return self

    def _tell_day_from_month(self, values: pd.Series, month_first: str, day_first: str, n_sample: int) -> None:
        # The first values cannot tell 03/04 from 04/03 (an export sorted by date may start with
        # days 1-12 only): every value given can, where one of them has a day past 12.
        if len(values) > n_sample:
            m = float(self._parse(values, month_first).notna().mean())
            d = float(self._parse(values, day_first).notna().mean())
            if d != m:
                self.kind_ = day_first if d > m else month_first
                self.reason_ = (f"format {self.kind_} reads {max(d, m):.0%} of the first {len(values):,} values, "
                                f"{month_first if d > m else day_first} {min(d, m):.0%} (the first {n_sample:,} "
                                "could not tell day from month)")
                return
        self.reason_ += " (day and month cannot be told apart; month-first assumed, --dayfirst to change)"

    def transform(self, values: pd.Series) -> pd.Series:
        """Parse to ``datetime64[ns, UTC]``; unreadable values become ``NaT``."""
        if self.timezone and self.kind_ not in ("epoch_s", "epoch_ms"):
            out = self._parse_local(values)
            return _fill_epochs(values.astype(str).str.strip(), out) if out.isna().any() else out
        return self._parse(values, self.kind_)

    def _parse_local(self, values: pd.Series, kind: str | None = None) -> pd.Series:
        # Parse without forcing UTC: naive results are local times of the zone.
        kind = kind or self.kind_
        values = values.astype(str).str.strip()
        fmt = {"iso8601": "ISO8601"}.get(kind, kind)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                local = _to_datetime(values.where(values != ""), {"format": fmt, "dayfirst": bool(self.dayfirst)
                                                                  if fmt == "mixed" else False}, utc=False)
                if not pd.api.types.is_datetime64_any_dtype(local):
                    raise TypeError("a mix of zones")
            except (ValueError, TypeError):
                return self._parse(values, kind)  # mixed offsets: they carry their own zone
        if getattr(local.dt, "tz", None) is not None:
            return _in_range(local.dt.tz_convert("UTC"))
        return _in_range(local.dt.tz_localize(self.timezone, ambiguous="NaT",
                                              nonexistent="shift_forward").dt.tz_convert("UTC"))

    def _parse(self, values: pd.Series, kind: str) -> pd.Series:
        values = values.astype(str).str.strip()
        empty = values == ""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if kind in ("epoch_s", "epoch_ms"):
                numbers = pd.to_numeric(values.where(~empty), errors="coerce")
                scale = 1 if kind == "epoch_s" else 1000
                # Order numbers and the like in a column of unix times: out of range, unreadable.
                numbers = numbers.where(numbers.between(_MIN_EPOCH_S * scale, _MAX_EPOCH_S * scale))
                out = pd.to_datetime(numbers, unit="s" if kind == "epoch_s" else "ms", utc=True, errors="coerce")
            else:
                options = ({"format": "ISO8601"} if kind == "iso8601" else
                           {"format": "mixed", "dayfirst": bool(self.dayfirst)} if kind == "mixed" else
                           {"format": kind})
                out = _to_datetime(values.where(~empty), options)
        out = _in_range(pd.Series(out, index=values.index))
        if kind not in ("epoch_s", "epoch_ms") and out.isna().any():
            out = _fill_epochs(values, out)
        elif kind in ("epoch_s", "epoch_ms"):
            # Text dates among unix times (a merge of exports): read each as written.
            text = out.isna() & ~empty & pd.to_numeric(values, errors="coerce").isna()
            if text.any():
                out = out.copy()
                out[text] = (self._parse_local(values[text], "mixed") if self.timezone else
                             _in_range(_to_datetime(values[text], {"format": "mixed", "dayfirst": bool(self.dayfirst)})))
        return out


def _to_datetime(values: pd.Series, options: dict, utc: bool = True) -> pd.Series:
    """``pd.to_datetime(values, errors="coerce", utc=utc, **options)``, value by value where a value
    beyond pandas' range (an order number such as 60791214 read as the year 6079) makes the
    whole block raise."""
    try:
        return pd.to_datetime(values, utc=utc, errors="coerce", **options)
    except (OverflowError, pd.errors.OutOfBoundsDatetime):

        def one(value: object) -> pd.Timestamp:
            try:
                return pd.to_datetime(value, utc=utc, errors="coerce", **options)
            except (OverflowError, ValueError):
                return pd.NaT

        return pd.Series([one(v) for v in values], index=values.index)


def _in_range(out: pd.Series) -> pd.Series:
    """Times before 1990 or from 2100 on as unread: no helpdesk ticket was created then, and such
    values are numbers (ids, amounts) taken for times."""
    if not isinstance(out.dtype, pd.DatetimeTZDtype):  # value-by-value results, or all unread
        out = pd.to_datetime(out, utc=True, errors="coerce")
    low = pd.Timestamp(_MIN_EPOCH_S, unit="s", tz="UTC")
    high = pd.Timestamp(_MAX_EPOCH_S, unit="s", tz="UTC")
    # Compared in the parser's own resolution: a year such as 6079 does not fit in nanoseconds.
    return out.where((out >= low) & (out < high)).astype("datetime64[ns, UTC]")


def _fill_epochs(values: pd.Series, out: pd.Series) -> pd.Series:
    """``out`` with unread values that are unix seconds or milliseconds read as such.

    A home-made merge of exports can write most times as text and some as unix times; a column
    that is all numbers is read as epochs by :meth:`TimestampParser.fit` already.
    """
    unread = out.isna() & (values != "")
    missing = unread & values.where(unread, "").str.fullmatch(r"\d{9,13}(?:\.\d+)?")
    if not missing.any():
        return out
    numbers = pd.to_numeric(values[missing], errors="coerce")
    seconds = numbers.between(_MIN_EPOCH_S, _MAX_EPOCH_S)
    millis = numbers.between(_MIN_EPOCH_S * 1000, _MAX_EPOCH_S * 1000)
    out = out.copy()
    for mask, unit in ((seconds, "s"), (millis, "ms")):
        if mask.any():
            out[mask[mask].index] = pd.to_datetime(numbers[mask], unit=unit, utc=True)
    return out


def format_utc(values: pd.Series) -> pd.Series:
    """ISO 8601 strings with ``+00:00`` (``""`` for ``NaT``), for CSV output.

    The series' own wall time, to the second, as ``strftime("%Y-%m-%dT%H:%M:%S+00:00")`` writes
    it; numpy formats them in C (pandas' strftime is a Python call a value).
    """
    import numpy as np

    wall = values.dt.tz_localize(None) if values.dt.tz is not None else values
    stamps = wall.to_numpy()
    known = ~np.isnat(stamps)
    text = np.full(len(stamps), "", dtype=object)
    if known.any():  # (an export without resolution times has a column of NaT)
        text[known] = np.char.add(np.datetime_as_string(stamps[known], unit="s"), "+00:00").astype(object)
    return pd.Series(text, index=values.index, dtype=object, name=values.name)


def month_numbers(values: pd.Series) -> "np.ndarray":
    """Each time's calendar month as one number, year * 12 + month - 1 (-1 for ``NaT``), shape (n,).

    :func:`month_name` writes it as ``strftime("%Y-%m")`` would, without formatting a million
    times.
    """
    import numpy as np

    year = values.dt.year.to_numpy(dtype=float, na_value=np.nan)
    month = values.dt.month.to_numpy(dtype=float, na_value=np.nan)
    return np.where(np.isnan(year), -1, year * 12 + month - 1).astype(np.int64)


def month_name(number: int) -> str:
    """``"YYYY-MM"`` of a :func:`month_numbers` number."""
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def monthly_counts(values: pd.Series) -> dict[str, int]:
    """Times per calendar month, ``{"YYYY-MM": count}`` in order, months without any left out
    (``NaT`` too)."""
    import numpy as np

    numbers = month_numbers(values)
    months, counts = np.unique(numbers[numbers >= 0], return_counts=True)
    return {month_name(int(m)): int(c) for m, c in zip(months, counts)}

