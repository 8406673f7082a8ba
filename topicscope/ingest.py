"""From an export file (or a DataFrame) to the canonical ticket table, row accounted.

Every record read ends either as a ticket or as a reject with its reason:
``malformed_row`` (the parser could not split it), ``empty_text`` (nothing
left after cleaning), ``duplicate_id`` (an id seen before; the first is kept).
"""

from __future__ import annotations

import json
import os
from importlib import resources
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pandas as pd

from .cleaning import SubjectTemplates, TextCleaner, clean_subject, has_words
from .config import Config
from .errors import InputError, UsageError
from .mapping import CANONICAL, ColumnMapper
from .reading import Detection, ExportReader, RawChunk, Reject, iter_frame

# Canonical column order of the ticket table; other input columns follow.
TICKET_COLUMNS = (
    "ticket_id", "source_row", "created_at", "resolved_at", "channel", "subject", "text",
    "raw_text", "given_category", "tags", "priority", "status",
)
REJECT_COLUMNS = ("source_row", "reason", "detail", "raw")


@dataclass
class Accounting:
    """Row counts of one read; ``tickets_read == tickets_analysed + tickets_rejected``."""

    tickets_read: int = 0
    tickets_analysed: int = 0
    tickets_rejected: int = 0
    rejected_by_reason: dict[str, int] = field(default_factory=dict)
    ticket_ids_generated: int = 0
    created_at_missing: int = 0

    def add_rejects(self, rejects: list[Reject]) -> None:
        counts = Counter(self.rejected_by_reason)
        counts.update(r.reason for r in rejects)
        self.rejected_by_reason = dict(sorted(counts.items()))
        self.tickets_rejected += len(rejects)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tickets_read": self.tickets_read,
            "tickets_analysed": self.tickets_analysed,
            "tickets_rejected": self.tickets_rejected,
            "rejected_by_reason": dict(self.rejected_by_reason),
            "ticket_ids_generated": self.ticket_ids_generated,
            "created_at_missing": self.created_at_missing,
        }


@dataclass
class TicketChunk:
    """Canonical tickets and rejects from one block of the export."""

    tickets: pd.DataFrame
    rejects: list[Reject]


class TicketStream:
    """Iterate an export as canonical :class:`TicketChunk` blocks.

    Parameters
    ----------
    source : str, Path or pandas.DataFrame
        The export, or records already in memory.
    config : Config, optional
        Reading and cleaning settings.
    **mapping
        ``id_col``, ``text_cols``, ``time_col``, ``channel_col``,
        ``label_col``, ``dayfirst``, ``timezone``: see :class:`~topicscope.mapping.ColumnMapper`.

    Attributes
    ----------
    detection_ : Detection or None
        Format detection (None for a DataFrame source); set when iteration starts.
    mapper_ : ColumnMapper
        Fitted on the first block.
    cleaner_ : TextCleaner
        Fitted on the first ``config.cleaning.boilerplate_fit_rows`` records.
    subjects_ : SubjectTemplates
        Tool-written subject templates, learned from the same records.
    accounting_ : Accounting
        Running row counts; complete when iteration ends.
    """

    def __init__(self, source: str | Path | pd.DataFrame, config: Config | None = None, **mapping: Any):
        tz = mapping.get("timezone")
        if tz:
            _check_timezone(tz)
        self.source = source
        self.config = config
        self.mapping = mapping

    def detect(self) -> Detection | None:
        if isinstance(self.source, pd.DataFrame):
            self.detection_ = None
        else:
            self._reader = ExportReader(self.source, (self.config or Config()).reading)
            self.detection_ = self._reader.detect()
        return self.detection_

    def _raw_chunks(self) -> Iterator[RawChunk]:
        config = self.config or Config()
        if isinstance(self.source, pd.DataFrame):
            self.detection_ = None
            if self.source.empty:
                raise InputError("the DataFrame holds no rows")
            return iter_frame(self.source, config.reading.chunk_rows)
        if not hasattr(self, "_reader"):
            self.detect()
        return self._reader.iter_chunks()

    def __iter__(self) -> Iterator[TicketChunk]:
        config = self.config or Config()
        self.accounting_ = Accounting()
        self._seen_ids: set[str] = set()
        chunks = self._raw_chunks()
        # Buffer the first records: the mapper learns from the first block,
        # the cleaner's boilerplate from up to boilerplate_fit_rows records.
        buffered: list[RawChunk] = []
        n_buffered = 0
        for chunk in chunks:
            buffered.append(chunk)
            n_buffered += len(chunk.frame)
            if n_buffered >= config.cleaning.boilerplate_fit_rows:
                break
        first = next((c.frame for c in buffered if len(c.frame)), None)
        if first is None:
            for chunk in buffered:
                self.accounting_.tickets_read += len(chunk.rejects)
                self.accounting_.add_rejects(chunk.rejects)
            raise InputError(f"no record could be parsed: {self._reject_summary()}")
        self.mapper_ = ColumnMapper(**self.mapping).fit(first)
        mapped = [(c, self.mapper_.transform(c.frame)) for c in buffered]
        self.cleaner_ = TextCleaner(config.cleaning)
        cleaned = self.cleaner_.fit_transform(body for _, frame in mapped for body in frame["body"].tolist())
        self.subjects_ = SubjectTemplates(config.cleaning).fit(
            clean_subject(s) for _, frame in mapped for s in frame["subject"].tolist())
        start = 0
        for chunk, frame in mapped:
            yield self._finish(chunk, frame, cleaned[start:start + len(frame)])
            start += len(frame)
        del mapped, cleaned
        for chunk in chunks:
            frame = self.mapper_.transform(chunk.frame)
            yield self._finish(chunk, frame, self.cleaner_.transform(frame["body"].tolist()))

    def _reject_summary(self) -> str:
        return _reject_summary(self.accounting_.to_dict())

    def _finish(self, chunk: RawChunk, frame: pd.DataFrame, cleaned_bodies: list[str]) -> TicketChunk:
        acc = self.accounting_
        acc.tickets_read += len(chunk.frame) + len(chunk.rejects)
        rejects = list(chunk.rejects)
        if frame.empty:
            acc.add_rejects(rejects)
            return TicketChunk(_empty_tickets(), rejects)
        frame = frame.copy()
        frame.insert(1, "source_row", chunk.source_rows)
        # Inferred as Series.map would (strings: pandas' string dtype, whatever the column was).
        subject = pd.Series([clean_subject(s) for s in frame["subject"].tolist()], index=frame.index)
        frame["subject"] = subject
        body = frame["body"]
        cleaned = pd.Series(cleaned_bodies, index=frame.index, dtype=object)
        # The subject goes first, unless the body already opens with it or a
        # tool wrote it ("Chat with Nancy"); then the body alone.
        # Lists, not the columns: iterating an Arrow-backed column makes a Python object a value.
        lead = pd.Series([
            "" if not s or b.startswith(s) or (b and self.subjects_.is_template(s)) else s
            for s, b in zip(subject.tolist(), cleaned_bodies)
        ], index=frame.index, dtype=object)
        glue = pd.Series("\n", index=frame.index).where((lead != "") & (cleaned != ""), "")
        frame["text"] = lead + glue + cleaned
        raw_glue = pd.Series("\n", index=frame.index).where((subject != "") & (body.str.strip() != ""), "")
        frame["raw_text"] = subject + raw_glue + body
        frame = frame.drop(columns=["body"])

        keep = pd.Series([has_words(t) for t in frame["text"].tolist()], index=frame.index, dtype=bool)
        rejects += self._rejects(chunk, frame, ~keep, "empty_text", "no text left after cleaning")
        frame = frame[keep]

        ids = frame["ticket_id"]
        missing = ids == ""
        if missing.any():
            frame.loc[missing, "ticket_id"] = ["row-" + str(n) for n in frame.loc[missing, "source_row"]]
            acc.ticket_ids_generated += int(missing.sum())
        # A membership test per id: Series.isin(set) would copy the whole (growing) set every block.
        seen = self._seen_ids
        dup = frame["ticket_id"].duplicated() | pd.Series([i in seen for i in frame["ticket_id"].tolist()],
                                                          index=frame.index, dtype=bool)
        rejects += self._rejects(chunk, frame, dup, "duplicate_id", "ticket id seen on an earlier row; the first is kept")
        frame = frame[~dup]
        self._seen_ids.update(frame["ticket_id"].tolist())

        acc.created_at_missing += int(frame["created_at"].isna().sum())
        acc.tickets_analysed += len(frame)
        rejects.sort(key=lambda r: r.source_row)
        acc.add_rejects(rejects)
        ordered = [c for c in TICKET_COLUMNS if c in frame.columns]
        ordered += [c for c in frame.columns if c not in ordered]
        return TicketChunk(frame[ordered].reset_index(drop=True), rejects)

    @staticmethod
    def _rejects(chunk: RawChunk, frame: pd.DataFrame, mask: pd.Series, reason: str, detail: str) -> list[Reject]:
        if not mask.any():
            return []
        rows = frame.index[mask.to_numpy()]
        raw = chunk.frame.loc[rows]
        return [
            Reject(int(n), reason, detail, json.dumps(rec, ensure_ascii=False))
            for n, rec in zip(frame.loc[rows, "source_row"], raw.to_dict(orient="records"))
        ]


def _check_timezone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"--timezone {name!r} is not an IANA time zone (e.g. Europe/Madrid, America/New_York)") from None


def _empty_tickets() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in TICKET_COLUMNS})


def rejects_frame(rejects: list[Reject]) -> pd.DataFrame:
    """Rejects as a DataFrame with :data:`REJECT_COLUMNS`, in source order."""
    return pd.DataFrame(
        [(r.source_row, r.reason, r.detail, r.raw) for r in sorted(rejects, key=lambda r: r.source_row)],
        columns=list(REJECT_COLUMNS),
    )


@dataclass
class TicketTable:
    """The result of :func:`read_tickets`.

    Attributes
    ----------
    tickets : pandas.DataFrame, shape (n_analysed, n_columns)
        The canonical table: ``ticket_id``, ``source_row``, ``created_at`` and
        ``resolved_at`` (UTC), ``channel``, ``subject``, ``text`` (cleaned,
        subject first), ``raw_text``, ``given_category``, ``tags``,
        ``priority``, ``status``, then every other input column.
    rejects : pandas.DataFrame, shape (n_rejected, 4)
        ``source_row``, ``reason``, ``detail``, ``raw``.
    mapping : dict
        Layout, the column behind each field and why, time formats.
    detection : dict or None
        Format, encoding, delimiter and why (None for a DataFrame source).
    accounting : Accounting
        Row counts.
    """

    tickets: pd.DataFrame
    rejects: pd.DataFrame
    mapping: dict[str, Any]
    detection: dict[str, Any] | None
    accounting: Accounting


def read_tickets(
    source: str | Path | pd.DataFrame,
    *,
    id_col: str | None = None,
    text_col: str | list[str] | None = None,
    time_col: str | None = None,
    channel_col: str | None = None,
    label_col: str | None = None,
    dayfirst: bool | None = None,
    timezone: str | None = None,
    config: Config | None = None,
) -> TicketTable:
    """Read an export (or a DataFrame) into the canonical ticket table.

    Parameters
    ----------
    source : str, Path or pandas.DataFrame
        A CSV / JSON / JSON Lines / xlsx / Parquet export (optionally gzipped),
        or records already in a DataFrame.
    id_col, time_col, channel_col, label_col : str, optional
        Override the detected column for the ticket id, creation time,
        channel, and the export's own category.
    text_col : str or list of str, optional
        Column(s) holding the ticket body, joined in order.
    dayfirst : bool, optional
        How to read ``01/02/2024``; by default the data decide.
    timezone : str, optional
        IANA zone of times written without an offset (default UTC).
    config : Config, optional
        Settings; ``Config()`` by default.

    Returns
    -------
    TicketTable

    Raises
    ------
    InputError
        The export cannot be read, has no text column, or every row is rejected.
    UsageError
        A named column is not in the export.

    Examples
    --------
    >>> import pandas as pd, topicscope
    >>> df = pd.DataFrame({"id": [1, 2, 2], "subject": ["Router down", "Bill wrong", "Bill wrong"],
    ...                    "created_at": ["2026-01-05T10:00:00Z"] * 3})
    >>> table = topicscope.read_tickets(df)
    >>> table.tickets[["ticket_id", "text"]].values.tolist()
    [['1', 'Router down'], ['2', 'Bill wrong']]
    >>> table.rejects["reason"].tolist()
    ['duplicate_id']
    """
    text_cols = [text_col] if isinstance(text_col, str) else (list(text_col) if text_col else None)
    source = check_source(source)
    mapping = dict(id_col=id_col, text_cols=text_cols, time_col=time_col, channel_col=channel_col,
                   label_col=label_col, dayfirst=dayfirst, timezone=timezone)
    if isinstance(source, Path) and source.is_dir():  # a folder of parts, each read whole, joined as analyze joins them
        from .parts import PartRead, join_parts, list_parts

        reads = [PartRead(path.name, *_read_whole(path, config, mapping)) for path in list_parts(source)]
        tickets, rejected, acc = join_parts(reads)
        if acc["tickets_analysed"] == 0:
            raise InputError(f"{source}: every row of every part was rejected")
        first = reads[0]
        return TicketTable(tickets, rejected, first.mapping,
                           {**(first.detection or {}), "parts": [r.name for r in reads], "path": str(source)},
                           Accounting(**acc))
    tickets, rejected, accounting, detection, described, _ = _read_whole(source, config, mapping)
    if accounting["tickets_analysed"] == 0:
        raise InputError(f"every row was rejected ({_reject_summary(accounting)})")
    return TicketTable(tickets, rejected, described, detection, Accounting(**accounting))


def _read_whole(source: Path | pd.DataFrame, config: Config | None, mapping: dict[str, Any]) -> tuple[
        pd.DataFrame, pd.DataFrame, dict[str, Any], dict[str, Any] | None, dict[str, Any], dict[str, Any]]:
    """Every column of every ticket of one export: tickets, rejects, accounting (a dict),
    detection, mapping and cleaning (empty), in :class:`topicscope.parts.PartRead`'s order."""
    stream = TicketStream(source, config, **mapping)
    frames: list[pd.DataFrame] = []
    rejects: list[Reject] = []
    for chunk in stream:
        if len(chunk.tickets):
            frames.append(chunk.tickets)
        rejects.extend(chunk.rejects)
    tickets = (pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0] if frames
               else _empty_tickets())
    detection = stream.detection_.to_dict() if stream.detection_ is not None else None
    return tickets, rejects_frame(rejects), stream.accounting_.to_dict(), detection, stream.mapper_.describe(), {}


def _reject_summary(accounting: dict[str, Any]) -> str:
    return ", ".join(f"{n} {reason}" for reason, n in accounting["rejected_by_reason"].items())


__all__ = ["TicketStream", "TicketTable", "read_tickets", "rejects_frame", "Accounting", "CANONICAL"]


def check_source(source: Any) -> Path | pd.DataFrame:
    """``source`` as a Path (``~`` expanded) or the DataFrame itself; anything else is a UsageError."""
    if isinstance(source, pd.DataFrame):
        return source
    if isinstance(source, (str, os.PathLike)):
        return Path(os.fspath(source)).expanduser()
    raise UsageError(f"the export must be a file or folder path or a pandas DataFrame, not {type(source).__name__}")


def sample_path() -> Path:
    """The bundled sample export (installed with the package)."""
    try:
        path = Path(str(resources.files("topicscope._sample").joinpath("tickets.csv")))
    except ModuleNotFoundError:
        # Imported from a source checkout rather than installed: the sample sits beside the package.
        path = Path(__file__).resolve().parents[1] / "sample_tickets" / "tickets.csv"
    if not path.is_file():
        raise InputError("the bundled sample is not installed with this copy of topicscope; give an EXPORT path")
    return path
