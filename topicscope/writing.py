"""Writing outputs atomically: a run that fails leaves the output folder as it was.

Files are written into a hidden staging folder inside the output folder and
moved into place only when every one of them is complete.
"""

from __future__ import annotations

import json
import os
import shutil
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import pandas as pd

from .errors import UsageError


class AtomicOutputDir:
    """Stage files, then publish them together.

    Parameters
    ----------
    out_dir : str or Path
        The output folder; created if missing.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
    >>> with AtomicOutputDir(out) as stage:
    ...     _ = stage.path("a.txt").write_text("done")
    >>> sorted(p.name for p in out.iterdir())
    ['a.txt']
    """

    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)

    def __enter__(self) -> "AtomicOutputDir":
        if self.out_dir.exists() and not self.out_dir.is_dir():
            raise UsageError(f"--out {self.out_dir}: exists and is not a folder")
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self.staging_ = self.out_dir / f".topicscope-partial-{os.getpid()}"
            if self.staging_.exists():
                shutil.rmtree(self.staging_)
            self.staging_.mkdir()
        except OSError as exc:
            raise UsageError(f"--out {self.out_dir}: cannot write there ({exc.strerror})") from None
        return self

    def path(self, name: str) -> Path:
        """Where to write output ``name`` while staging."""
        return self.staging_ / name

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                for item in sorted(self.staging_.iterdir()):
                    os.replace(item, self.out_dir / item.name)
        finally:
            shutil.rmtree(self.staging_, ignore_errors=True)


def write_json(path: Path, data: Any) -> None:
    """Stable JSON: UTF-8, two-space indent, keys in the order given."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=_default) + "\n", encoding="utf-8")


def _default(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def fixed_point(values: Any, decimals: int) -> np.ndarray:
    """Each number as ``"%.{decimals}f" % value`` writes it (``""`` for NaN, as CSV writes a
    missing value), shape (n,) object.

    Values from 0 to 10 come from a table of every such string, indexed by the value rounded to
    an integer number of 10 ** -decimals: the same digits, as "%f" rounds the exact binary value
    and the product is far from a half. Where it is not (within 1e-6), and for negative, larger
    or missing values, Python formats the value itself. pandas formats every value in Python: at
    a million tickets, seconds of the run's last, single-core step.
    """
    y = np.asarray(values, dtype=float)
    table = _fixed_table(decimals)
    with np.errstate(over="ignore", invalid="ignore"):  # huge values and NaN are Python's to format
        scaled = y * 10.0 ** decimals
        easy = (scaled >= 0) & (scaled < len(table) - 1) & (np.abs(scaled - np.floor(scaled) - 0.5) > 1e-6)
    easy &= ~np.signbit(y)  # -0.0 is "-0.0000"
    out = table[np.rint(np.where(easy, scaled, 0)).astype(np.int64)]
    for i in np.flatnonzero(~easy).tolist():
        out[i] = "" if np.isnan(y[i]) else f"%.{decimals}f" % y[i]
    return out


@lru_cache(maxsize=4)
def _fixed_table(decimals: int) -> np.ndarray:
    if not 1 <= decimals <= 5:
        raise ValueError(f"decimals must be 1 to 5, not {decimals}")
    step = 10 ** decimals
    return np.array([f"{i // step}.{i % step:0{decimals}d}" for i in range(10 * step + 1)], dtype=object)


class CsvAppender:
    """Append DataFrame blocks to one CSV file, header once, fixed columns."""

    def __init__(self, path: Path, columns: list[str]):
        self.path = path
        self.columns = columns
        self.rows_ = 0
        pd.DataFrame(columns=columns).to_csv(path, index=False, lineterminator="\n")

    def append(self, frame: pd.DataFrame) -> None:
        if len(frame):
            frame.reindex(columns=self.columns).to_csv(
                self.path, mode="a", header=False, index=False, lineterminator="\n"
            )
            self.rows_ += len(frame)
