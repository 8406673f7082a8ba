"""The ``analyze`` run: read, map, clean, account, write.

Streams the export in blocks so memory stays flat however long the export is;
what it writes is described in the README ("Outputs").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from . import __version__
from .config import Config
from .errors import InputError
from .ingest import REJECT_COLUMNS, TicketStream, rejects_frame
from .timestamps import format_utc
from .writing import AtomicOutputDir, CsvAppender, write_json

TICKETS_CSV_COLUMNS = [
    "ticket_id", "source_row", "created_at", "resolved_at", "channel", "given_category",
    "priority", "status",
]

Progress = Callable[[int], None]


@dataclass
class RunOptions:
    """What the user asked for; mirrors the ``analyze`` flags."""

    id_col: str | None = None
    text_cols: list[str] | None = None
    time_col: str | None = None
    channel_col: str | None = None
    label_col: str | None = None
    dayfirst: bool | None = None
    timezone: str | None = None

    def mapping(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Summary:
    """What ``summary.json`` holds. Plain data; renderers read it."""

    topicscope_version: str
    generated_at: str
    input: dict[str, Any] | None
    mapping: dict[str, Any]
    tickets_read: int
    tickets_analysed: int
    tickets_rejected: int
    rejected_by_reason: dict[str, int]
    ticket_ids_generated: int
    created_at_missing: int
    period: dict[str, str | None]
    channels: dict[str, int]
    monthly_volume: dict[str, int]
    cleaning: dict[str, Any]
    outputs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def run_analysis(
    source: str | Path | pd.DataFrame,
    out_dir: str | Path,
    options: RunOptions | None = None,
    config: Config | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Analyse an export and write ``tickets.csv``, ``rejects.csv`` and ``summary.json``.

    Parameters
    ----------
    source : str, Path or pandas.DataFrame
        The export.
    out_dir : str or Path
        Output folder; files appear there only when the run succeeds, except
        that a run where every row is rejected still writes its rejects and
        summary before raising.
    options : RunOptions, optional
        Column overrides.
    config : Config, optional
        Thresholds.
    progress : callable, optional
        Called with the number of records read so far after each block.

    Returns
    -------
    Summary

    Raises
    ------
    InputError
        Unreadable export, no text column, or every row rejected.
    """
    options = options or RunOptions()
    config = config or Config()
    stream = TicketStream(source, config, **options.mapping())
    stream.detect()  # fail on an unreadable file before touching the output folder
    channels: Counter[str] = Counter()
    months: Counter[str] = Counter()
    first: pd.Timestamp | None = None
    last: pd.Timestamp | None = None
    outputs = ["tickets.csv", "rejects.csv", "summary.json"]
    all_rejected = False
    with AtomicOutputDir(out_dir) as stage:
        tickets_out = CsvAppender(stage.path("tickets.csv"), TICKETS_CSV_COLUMNS)
        rejects_out = CsvAppender(stage.path("rejects.csv"), list(REJECT_COLUMNS))
        for chunk in stream:
            tickets = chunk.tickets
            if len(tickets):
                created = tickets["created_at"]
                channels.update(tickets["channel"].replace("", "unknown"))
                months.update(created.dropna().dt.strftime("%Y-%m"))
                if created.notna().any():
                    lo, hi = created.min(), created.max()
                    first = lo if first is None or lo < first else first
                    last = hi if last is None or hi > last else last
                out = tickets[TICKETS_CSV_COLUMNS].copy()
                out["created_at"] = format_utc(out["created_at"])
                out["resolved_at"] = format_utc(out["resolved_at"])
                tickets_out.append(out)
            rejects_out.append(rejects_frame(chunk.rejects))
            if progress is not None:
                progress(stream.accounting_.tickets_read)
        acc = stream.accounting_
        summary = Summary(
            topicscope_version=__version__,
            generated_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
            input=stream.detection_.to_dict() if stream.detection_ is not None else None,
            mapping=stream.mapper_.describe(),
            **acc.to_dict(),
            period={
                "first": first.isoformat() if first is not None else None,
                "last": last.isoformat() if last is not None else None,
            },
            channels=dict(sorted(channels.items(), key=lambda kv: (-kv[1], kv[0]))),
            monthly_volume=dict(sorted(months.items())),
            cleaning={
                "boilerplate_lines": len(stream.cleaner_.boilerplate_),
                "boilerplate_learned_from": stream.cleaner_.n_fit_,
            },
            outputs=outputs,
        )
        assert acc.tickets_read == acc.tickets_analysed + acc.tickets_rejected
        write_json(stage.path("summary.json"), summary.to_dict())
        all_rejected = acc.tickets_analysed == 0
    if all_rejected:
        reasons = ", ".join(f"{n} {r}" for r, n in summary.rejected_by_reason.items())
        raise InputError(
            f"every row was rejected ({reasons}); see {Path(out_dir) / 'rejects.csv'}"
        )
    return summary
