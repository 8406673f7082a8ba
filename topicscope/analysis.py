"""The library's front door: ``topicscope.analyze(source, **options) -> Analysis``.

The ``topicscope analyze`` command calls exactly this, then :meth:`Analysis.write`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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
    rejects : pandas.DataFrame, shape (n_rejected, 4)
        Rejected rows (``source_row``, ``reason``, ``detail``, ``raw``), as in ``rejects.csv``.
    fitted : FittedAnalysis, optional
        The fitted topics and classifiers (see :meth:`save_model`).

    Attributes
    ----------
    topics : list of dict
        One per topic: label, terms, tickets, share with 95 % interval, monthly volume, trend,
        channel/category/language mix, redacted examples.
    categories, face_to_face, signals, verdict, staffing, costs, curriculum : dict
        The matching sections of ``summary.json``.
    """

    def __init__(self, summary: "Summary | dict[str, Any]", tickets: pd.DataFrame, rejects: pd.DataFrame,
                 fitted: Any = None):
        self.summary = summary
        self.tickets = tickets
        self.rejects = rejects
        self.fitted = fitted

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

    def save_model(self, directory: str | Path) -> dict[str, Any]:
        """Keep the fitted topics, category and face-to-face models in ``directory``.

        ``topicscope analyze NEW --baseline DIRECTORY`` (or ``analyze(new, baseline=DIRECTORY)``)
        then assigns new tickets to these same topics, and ``topicscope compare DIRECTORY NEW``
        measures what changed. Returns the manifest written beside the model.
        """
        from .errors import UsageError

        if self.fitted is None:
            raise UsageError("this analysis has nothing fitted to save (every row was rejected)")
        data = self.to_dict()
        source = {"input": data.get("input"), "tickets_analysed": data["tickets_analysed"],
                  "period": data.get("period")}
        return self.fitted.save(directory, source=source, summary=data)

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
        The ``analyze`` command's options, by their Python names (``--hours``, ``--aht-minutes``,
        ``--service-level``, ``--answer-seconds`` and ``--shrinkage`` are settings of ``config``
        instead): ``text_cols`` (``text_col`` too; a name or a list), ``id_col``,
        ``time_col``, ``channel_col``, ``label_col``, ``dayfirst``, ``timezone``, ``n_topics``,
        ``model``, ``trust_model``, ``embeddings`` ("static", "sentence" or None),
        ``f2f_model``, ``f2f_label_col``, ``price_per_trainee``, ``price_per_hour``,
        ``agent_hourly_cost``, ``outsource_price_per_contact``, ``baseline`` (a folder written
        by :meth:`Analysis.save_model`: assign tickets to its topics instead of finding new ones),
        ``since`` and ``until`` (analyse only tickets created in that span), ``executor`` (a
        :class:`topicscope.distributed.DaskExecutor`, entered). A value of the wrong kind is a
        UsageError.

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

    if "text_col" in options:  # read_tickets' name for it
        if "text_cols" in options:
            raise UsageError("text_col and text_cols name the same option; give one")
        options["text_cols"] = options.pop("text_col")
    known = {f.name for f in fields(RunOptions)}
    unknown = sorted(set(options) - known)
    if unknown:
        where = _CONFIG_FLAGS.get(unknown[0])
        raise UsageError(f"unknown option {unknown[0]!r}; " + (f"set it in the config: {where}" if where else
                                                               f"options are: {', '.join(sorted(known))}"))
    if isinstance(config, (str, Path)):
        config = _Config.from_file(Path(config))
    elif config is not None and not isinstance(config, _Config):
        raise UsageError(f"config must be a Config, or the path of a TOML file, not {config!r}")
    if source is None:
        from .ingest import sample_path

        source = sample_path()
    return analyze_export(source, RunOptions(**options), config, progress)


# The command's flags that set a config value rather than an option.
_CONFIG_FLAGS = {
    "hours": "Config(curriculum=CurriculumConfig(total_hours=...)), or [curriculum] total_hours in a TOML file",
    "aht_minutes": "Config(staffing=StaffingConfig(aht_minutes=..., aht_from_data=False)), or [staffing]",
    "service_level": "Config(staffing=StaffingConfig(service_level=...)), or [staffing] service_level",
    "answer_seconds": "Config(staffing=StaffingConfig(answer_seconds=...)), or [staffing] answer_seconds",
    "shrinkage": "Config(staffing=StaffingConfig(shrinkage=...)), or [staffing] shrinkage",
}

_FIT_ONLY = ("n_topics", "label_col", "f2f_label_col", "model", "embeddings", "f2f_model")


def compare_periods(baseline: str | Path | pd.DataFrame, new: str | Path | pd.DataFrame | None = None, *,
                    since: str | None = None, until: str | None = None,
                    config: "Config | str | Path | None" = None, progress: "Progress | None" = None,
                    **options: Any) -> tuple[Any, Analysis]:
    """Measure what changed between a baseline and a new period.

    Parameters
    ----------
    baseline : str, Path or pandas.DataFrame
        An export (analysed here), or a folder written by :meth:`Analysis.save_model`.
    new : str, Path, pandas.DataFrame or None
        The new period's export. None splits ``baseline`` (an export) at ``since``: tickets
        created before it are the baseline, from it on (and before ``until``) the new period.
    since, until : str, optional
        Dates (``YYYY-MM-DD``) or ISO 8601 times; times without an offset are UTC.
    config, progress, **options
        As for :func:`analyze`; options that fit topics or models (``n_topics``, ``label_col``,
        ``model``, ...) apply to the baseline only.

    Returns
    -------
    comparison : topicscope.compare.Comparison
    new_analysis : Analysis
        The new period, assigned to the baseline's topics.
    """
    from .compare import compare
    from .config import Config as _Config
    from .errors import UsageError
    from .fitted import FittedAnalysis

    cfg = _Config.from_file(Path(config)) if isinstance(config, (str, Path)) else (config or _Config())
    from .pipeline import _when

    bounds = [_when(value, flag) for value, flag in ((since, "--since"), (until, "--until")) if value is not None]
    if len(bounds) == 2 and bounds[0] >= bounds[1]:
        raise UsageError(f"--since {since} is not before --until {until}")
    window = " ".join(f"{flag} {value}" for flag, value in (("from --since", since), ("until --until", until))
                      if value is not None)
    shared = {k: v for k, v in options.items() if k not in _FIT_ONLY}
    saved = isinstance(baseline, (str, Path)) and Path(baseline).is_dir()
    if new is None:
        if since is None:
            raise UsageError("compare needs a NEW export, or --since to split one export into before and after")
        if saved:
            raise UsageError("--since splits an export; a saved analysis has no tickets to split")
        with _period(f"the baseline period (before --since {since})"):
            before = analyze(baseline, config=cfg, progress=progress, until=since, **options)
        fitted, base_summary = before.fitted, before.to_dict()
        with _period(f"the new period ({window})"):
            after = analyze(baseline, config=cfg, progress=progress, since=since, until=until, baseline=fitted,
                            **shared)
    else:
        if saved:
            fitted, base_summary = FittedAnalysis.load(baseline, trust=bool(options.get("trust_model")))
            if not base_summary:
                raise UsageError(f"{baseline}: the saved analysis has no baseline.json to compare with")
        else:
            with _period("the baseline export"):
                before = analyze(baseline, config=cfg, progress=progress, **options)
            fitted, base_summary = before.fitted, before.to_dict()
        with _period(f"the new export ({window})" if window else "the new export"):
            after = analyze(new, config=cfg, progress=progress, since=since, until=until, baseline=fitted, **shared)
    return compare(base_summary, after, fitted, cfg.compare, cfg.topics), after


@contextmanager
def _period(name: str) -> Iterator[None]:
    """Name the period in an input error raised while it is analysed ("too few tickets" of which?)."""
    from .errors import InputError

    try:
        yield
    except InputError as e:
        raise type(e)(f"{name}: {e}") from None


__all__ = ["Analysis", "analyze", "compare_periods"]
