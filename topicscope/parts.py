"""A partitioned export: a folder of parts (CSV, JSON Lines, Parquet, ...) read as one export.

Each part is read on its own (on one machine in turn, or on Dask workers at once) and the parts
are then joined in name order, so both routes give the same table: row numbers run on across
parts, and a ticket id already seen in an earlier part is rejected as a duplicate there, exactly
as a single file holding the parts one after another would be read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import pandas as pd

from .errors import InputError

PART_SUFFIXES = (".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson", ".parquet", ".xlsx", ".gz")


def list_parts(folder: str | Path) -> list[Path]:
    """The export's part files in name order (hidden files and unknown suffixes skipped).

    Raises
    ------
    InputError
        The folder holds no part.
    """
    folder = Path(folder)
    parts = sorted(p for p in folder.iterdir()
                   if p.is_file() and not p.name.startswith((".", "_")) and p.suffix.lower() in PART_SUFFIXES)
    if not parts:
        raise InputError(f"{folder}: is a directory with no export part in it ({', '.join(PART_SUFFIXES)}); "
                         "give a file, or a folder of parts")
    return parts


@dataclass
class PartRead:
    """What reading one part gave: its canonical tickets, rejects and counts."""

    name: str
    tickets: pd.DataFrame
    rejects: pd.DataFrame
    accounting: dict[str, Any]
    detection: dict[str, Any] | None
    mapping: dict[str, Any]
    cleaning: dict[str, Any]


def read_part(path: str | Path, config: Any, mapping: dict[str, Any], extra: list[str] | None = None) -> PartRead:
    """Read one part like a whole export (the analysis's read step). Runs on a Dask worker too."""
    from .ingest import REJECT_COLUMNS, TicketStream
    from .pipeline import _cleaning_info, _collect

    stream = TicketStream(path, config, **mapping)
    stream.detect()
    rejects: list[pd.DataFrame] = []
    tickets = _collect(stream, rejects, None, extra)
    frame = (pd.concat(rejects, ignore_index=True) if rejects
             else pd.DataFrame({c: pd.Series(dtype=object) for c in REJECT_COLUMNS}))
    return PartRead(Path(path).name, tickets, frame.reindex(columns=list(REJECT_COLUMNS)),
                    stream.accounting_.to_dict(), stream.detection_.to_dict() if stream.detection_ else None,
                    stream.mapper_.describe(), _cleaning_info(stream))


def join_parts(reads: Sequence[PartRead]) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, Any]]:
    """Join parts read separately into one table, rejects and accounting, in part order."""
    tickets, rejects = [], []
    acc: dict[str, Any] = {"tickets_read": 0, "tickets_analysed": 0, "tickets_rejected": 0,
                           "rejected_by_reason": {}, "ticket_ids_generated": 0, "created_at_missing": 0}
    seen: set[str] = set()
    offset = 0
    for part in reads:
        t = part.tickets.copy()
        r = part.rejects.copy()
        local = t["source_row"].astype(int)
        generated = t["ticket_id"] == "row-" + local.astype(str)
        t["source_row"] = local + offset
        t.loc[generated, "ticket_id"] = "row-" + t.loc[generated, "source_row"].astype(str)
        r["source_row"] = r["source_row"].astype(int) + offset
        dup = t["ticket_id"].isin(seen)
        if dup.any():
            r = pd.concat([r, pd.DataFrame({
                "source_row": t.loc[dup, "source_row"], "reason": "duplicate_id",
                "detail": f"ticket id seen in an earlier part; the first is kept ({part.name})",
                "raw": _raw(t[dup])})], ignore_index=True)
            t = t[~dup]
        seen.update(t["ticket_id"])
        tickets.append(t)
        rejects.append(r.sort_values("source_row", kind="stable"))
        a = part.accounting
        for key in ("tickets_read", "ticket_ids_generated"):
            acc[key] += a[key]
        acc["tickets_analysed"] += len(t)
        acc["created_at_missing"] += int(t["created_at"].isna().sum())
        offset += a["tickets_read"]
    joined_rejects = pd.concat(rejects, ignore_index=True)
    acc["tickets_rejected"] = len(joined_rejects)
    acc["rejected_by_reason"] = dict(sorted(joined_rejects["reason"].value_counts().astype(int).items()))
    return pd.concat(tickets, ignore_index=True), joined_rejects, acc


def _raw(rows: pd.DataFrame) -> list[str]:
    """The row's values as JSON, for a reject found after reading: the part's reader kept the
    ticket table's columns (times in UTC), not the export's cells."""
    from .timestamps import format_utc

    values = rows.drop(columns=["source_row"]).copy()
    for col in ("created_at", "resolved_at"):
        if col in values:
            values[col] = format_utc(values[col])
    values = values.astype(object).where(values.notna(), "")
    return [json.dumps({k: str(v) for k, v in rec.items() if v != ""}, ensure_ascii=False)
            for rec in values.to_dict("records")]


def read_folder(folder: str | Path, config: Any, mapping: dict[str, Any], extra: list[str] | None = None,
                map_parts: Callable[..., list[PartRead]] | None = None) -> tuple[list[PartRead], list[Path]]:
    """Read every part, in turn or through ``map_parts(read_part, paths, config, mapping, extra)``."""
    paths = list_parts(folder)
    if map_parts is None:
        return [read_part(p, config, mapping, extra) for p in paths], paths
    return map_parts(read_part, paths, config, mapping, extra), paths


__all__ = ["PartRead", "join_parts", "list_parts", "read_folder", "read_part"]
