"""Writing outputs atomically: a run that fails leaves the output folder as it was.

Files are written into a hidden staging folder inside the output folder and
moved into place only when every one of them is complete.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from types import TracebackType
from typing import Any

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
