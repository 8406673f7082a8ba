"""The library's front door: ``topicscope.analyze(source, **options) -> Analysis``.

The ``topicscope analyze`` command calls exactly this, then :meth:`Analysis.write`.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from .config import Config
    from .pipeline import Progress, Summary


class Analysis:
    """The result of :func:`analyze`: the per-ticket table and the summary's parts.

    Parameters
    ----------
    summary : Summary or dict
        What ``summary.json`` holds.
    tickets : pandas.DataFrame, shape (n_analysed, n_columns)
        One row per analysed ticket: the columns of ``tickets.csv`` and the cleaned ``text``
        (kept in memory only; ``tickets.csv`` never carries ticket text).
    rejects : pandas.DataFrame, shape (n_rejected, 5)
        Rejected rows with their reason, as in ``rejects.csv``.

    Attributes
    ----------
    topics : list of dict
        One per topic: label, terms, tickets, share with 95 % interval, monthly volume, trend,
        channel/category/language mix, redacted examples.
    categories, face_to_face, signals, verdict, staffing, costs, curriculum : dict
        The matching sections of ``summary.json``.
    """

    def __init__(self, summary: "Summary | dict[str, Any]", tickets: pd.DataFrame, rejects: pd.DataFrame):
        self.summary = summary
        self.tickets = tickets
        self.rejects = rejects

    def to_dict(self) -> dict[str, Any]:
        """``summary.json`` as a dict (plain JSON types)."""
        return self.summary if isinstance(self.summary, dict) else self.summary.to_dict()

    def _part(self, name: str) -> Any:
        data = self.summary if isinstance(self.summary, dict) else {
            f.name: getattr(self.summary, f.name) for f in fields(self.summary)}
        return data.get(name)

    @property
    def topics(self) -> list[dict[str, Any]]:
        return self._part("topics") or []

    @property
    def categories(self) -> dict[str, Any]:
        return self._part("categories")

    @property
    def face_to_face(self) -> dict[str, Any]:
        return self._part("face_to_face")

    @property
    def signals(self) -> dict[str, Any]:
        return self._part("signals")

    @property
    def verdict(self) -> dict[str, Any]:
        return self._part("verdict")

    @property
    def staffing(self) -> dict[str, Any]:
        return self._part("staffing")

    @property
    def costs(self) -> dict[str, Any]:
        return self._part("costs")

    @property
    def curriculum(self) -> dict[str, Any]:
        return self._part("curriculum")

    def write(self, out_dir: str | Path) -> list[Path]:
        """Write tickets.csv, rejects.csv, summary.json, curriculum.md/.json and report.html.

        The files appear together or not at all (staged, then moved into place).

        Returns
        -------
        list of Path
            The files written.
        """
        from .pipeline import write_outputs

        has_topics = "curriculum" in self.to_dict()
        return write_outputs(out_dir, self.summary, self.tickets if has_topics else None, self.rejects)

    def __repr__(self) -> str:
        data = self.to_dict()
        verdict = (data.get("verdict") or {}).get("decision", "none")
        return (f"<Analysis: {data['tickets_analysed']:,} tickets analysed, {data['tickets_rejected']:,} rejected, "
                f"{len(data.get('topics') or [])} topics, verdict {verdict}>")


def analyze(source: str | Path | pd.DataFrame | None = None, *, config: "Config | str | Path | None" = None,
            progress: "Progress | None" = None, **options: Any) -> Analysis:
    """Analyse a ticket export, in memory.

    Parameters
    ----------
    source : str, Path, pandas.DataFrame or None
        The export (CSV, JSON, JSON Lines, xlsx, Parquet, gzip of those) or a DataFrame with one
        ticket per row. None analyses the bundled sample.
    config : Config, str or Path, optional
        Thresholds and weights, or the path of a TOML config file.
    progress : callable, optional
        Called as ``progress(stage, done)`` while the run goes on.
    **options
        The ``analyze`` command's options, by their Python names: ``text_cols``, ``id_col``,
        ``time_col``, ``channel_col``, ``label_col``, ``dayfirst``, ``timezone``, ``n_topics``,
        ``model``, ``trust_model``, ``embeddings`` ("static", "sentence" or None),
        ``f2f_model``, ``f2f_label_col``, ``price_per_trainee``, ``price_per_hour``,
        ``agent_hourly_cost``, ``outsource_price_per_contact``.

    Returns
    -------
    Analysis

    Raises
    ------
    topicscope.InputError
        The export cannot be read or analysed (the message says why).
    topicscope.UsageError
        An unknown option or a bad value.

    Examples
    --------
    >>> import pandas as pd, topicscope
    >>> frame = pd.DataFrame({"text": [f"My router shows a red light since {d} and the internet is down"
    ...                                for d in range(1, 31)]
    ...                               + [f"Please refund the double charge of {d}.50 on my card this month"
    ...                                  for d in range(1, 31)]})
    >>> result = topicscope.analyze(frame, n_topics=2)
    >>> len(result.tickets), len(result.topics)
    (60, 2)
    >>> result.verdict["decision"] in {"suitable", "partially_suitable", "not_suitable"}
    True
    """
    from .config import Config as _Config
    from .errors import UsageError
    from .pipeline import RunOptions, analyze_export

    known = {f.name for f in fields(RunOptions)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise UsageError(f"unknown option {unknown[0]!r}; options are: {', '.join(sorted(known))}")
    if isinstance(config, (str, Path)):
        config = _Config.from_file(Path(config))
    if source is None:
        from .ingest import sample_path

        source = sample_path()
    return analyze_export(source, RunOptions(**options), config, progress)


__all__ = ["Analysis", "analyze"]
