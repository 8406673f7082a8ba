"""Every threshold and weight topicscope uses, in one place, with its default.

A user overrides any of them with a TOML file (``--config FILE``) whose
tables mirror the dataclasses below, for example::

    [cleaning]
    boilerplate_min_share = 0.05

Unknown keys are an error, so a typo never silently keeps a default.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import UsageError


@dataclass(frozen=True)
class ReadingConfig:
    """How exports are read.

    Attributes
    ----------
    chunk_rows : int
        Rows per streamed chunk. Memory grows with it; throughput barely does
        past about 20,000.
    sniff_bytes : int
        Bytes read from the start of the (decompressed) file to detect the
        format, encoding and CSV delimiter.
    """

    chunk_rows: int = 50_000
    sniff_bytes: int = 256 * 1024


@dataclass(frozen=True)
class CleaningConfig:
    """How ticket text is cleaned.

    Attributes
    ----------
    boilerplate_min_share : float
        A body line that recurs, verbatim up to case and spacing, in at
        least this share of tickets is treated as an auto-reply or legal footer
        and dropped.
    boilerplate_min_tickets : int
        ...and in at least this many tickets, so small exports keep their text.
    boilerplate_min_chars : int
        Shorter lines are never treated as boilerplate (they are greetings or
        real short sentences, and cheap to keep).
    boilerplate_fit_rows : int
        Tickets from the start of the export used to learn the boilerplate.
    """

    boilerplate_min_share: float = 0.02
    boilerplate_min_tickets: int = 10
    boilerplate_min_chars: int = 20
    boilerplate_fit_rows: int = 50_000


@dataclass(frozen=True)
class Config:
    """All settings. ``Config()`` is the documented default."""

    reading: ReadingConfig = field(default_factory=ReadingConfig)
    cleaning: CleaningConfig = field(default_factory=CleaningConfig)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Config":
        config = cls()
        sections = {f.name: f for f in fields(cls)}
        for name, values in data.items():
            if name not in sections:
                raise UsageError(f"config: unknown section [{name}]; known: {', '.join(sections)}")
            if not isinstance(values, dict):
                raise UsageError(f"config: [{name}] must be a table of settings")
            current = getattr(config, name)
            known = {f.name: f for f in fields(current)}
            for key, value in values.items():
                if key not in known:
                    raise UsageError(
                        f"config: unknown setting {name}.{key}; known: {', '.join(known)}"
                    )
                default = getattr(current, key)
                if isinstance(default, (int, float)) and not isinstance(value, (int, float)):
                    raise UsageError(f"config: {name}.{key} must be a number, got {value!r}")
            config = replace(config, **{name: replace(current, **values)})
        return config

    @classmethod
    def from_file(cls, path: str | Path) -> "Config":
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise UsageError(f"config file not found: {path}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"config file {path} is not valid TOML: {exc}") from None
        return cls.from_dict(data)
