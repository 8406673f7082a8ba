"""The ``analyze`` run: read, map, clean, account; find topics and categories; write.

Reading streams in blocks (rejects are written as they come); the analysis
keeps only the columns it needs per ticket.
"""

from __future__ import annotations

import json
import math
import numbers
import os
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import numpy as np
import pandas as pd

from . import __version__
from .config import Config
from .errors import InputError, TooFewTickets, UsageError
from .ingest import REJECT_COLUMNS, Accounting, TicketStream, rejects_frame
from .results import CategorySummary, Example, TopicsOverview, TopicSummary
from .stats import monthly_trend, wilson_interval
from .timestamps import format_utc, month_name, month_numbers, monthly_counts
from .writing import AtomicOutputDir, fixed_point, write_json

TICKETS_CSV_COLUMNS = [
    "ticket_id", "source_row", "created_at", "resolved_at", "channel", "language", "topic_id",
    "topic_label", "topic_confidence", "category", "category_confidence", "face_to_face",
    "face_to_face_prob", "pii", "given_category", "priority", "status",
]
# What the analysis keeps of each ticket while reading.
_KEEP = ["ticket_id", "source_row", "created_at", "resolved_at", "channel", "given_category",
         "priority", "status", "text"]

if TYPE_CHECKING:
    from .analysis import Analysis

Progress = Callable[[str, int], None]


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
    n_topics: int | None = None
    model: str | None = None
    trust_model: bool = False
    embeddings: str | None = "static"
    f2f_model: str | None = None
    f2f_label_col: str | None = None
    price_per_trainee: float | None = None
    price_per_hour: float | None = None
    agent_hourly_cost: float | None = None
    outsource_price_per_contact: float | None = None
    baseline: Any = None
    since: str | None = None
    until: str | None = None
    executor: Any = None  # runs the read and apply steps elsewhere (see topicscope.distributed)

    def __post_init__(self) -> None:
        # A notebook passes these by hand: a wrong type must be a clear UsageError now, not a
        # KeyError after the fit, and never "false" read as true for trust_model.
        if isinstance(self.text_cols, str):
            self.text_cols = [self.text_cols]
        for name in ("model", "f2f_model"):
            if isinstance(getattr(self, name), Path):
                setattr(self, name, str(getattr(self, name)))
        if self.embeddings == "none":  # the command's spelling
            self.embeddings = None
        for name in ("since", "until"):  # a date or time object as well as its text
            if isinstance(getattr(self, name), (datetime, date)):
                setattr(self, name, getattr(self, name).isoformat())
        for name in ("trust_model", "dayfirst"):  # numpy's booleans are booleans
            if isinstance(getattr(self, name), np.bool_):
                setattr(self, name, bool(getattr(self, name)))
        for name in ("id_col", "time_col", "channel_col", "label_col", "f2f_label_col", "timezone", "model",
                     "f2f_model", "since", "until"):
            if getattr(self, name) is not None and not isinstance(getattr(self, name), str):
                raise UsageError(f"{name} must be a string, not {getattr(self, name)!r}")
        if self.text_cols is not None and not (isinstance(self.text_cols, (list, tuple)) and self.text_cols
                                               and all(isinstance(c, str) for c in self.text_cols)):
            raise UsageError(f"text_cols must be a column name or a list of them, not {self.text_cols!r}")
        for name in ("trust_model",) + (("dayfirst",) if self.dayfirst is not None else ()):
            if not isinstance(getattr(self, name), bool):
                raise UsageError(f"{name} must be True or False, not {getattr(self, name)!r}")
        if self.embeddings not in ("static", "sentence", None):
            raise UsageError(f"embeddings must be 'static', 'sentence' or None, not {self.embeddings!r}")
        if self.n_topics is not None and (isinstance(self.n_topics, bool) or not isinstance(self.n_topics, numbers.Integral)
                                          or self.n_topics < 2):
            raise UsageError(f"n_topics must be a whole number of at least 2, not {self.n_topics!r}")
        for name in ("price_per_trainee", "price_per_hour", "agent_hourly_cost", "outsource_price_per_contact"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, numbers.Real)
                                      or not math.isfinite(value) or value < 0):
                raise UsageError(f"{name} must be a number of at least 0, not {value!r}")
        if self.price_per_trainee is not None and self.price_per_hour is not None:
            raise UsageError("price_per_trainee and price_per_hour exclude each other")
        if self.n_topics is not None:
            self.n_topics = int(self.n_topics)

    def mapping(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("id_col", "text_cols", "time_col", "channel_col",
                                              "label_col", "dayfirst", "timezone")}


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
    languages: dict[str, int]
    monthly_volume: dict[str, int]
    cleaning: dict[str, Any]
    topics_overview: dict[str, Any]
    topics: list[dict[str, Any]]
    categories: dict[str, Any]
    face_to_face: dict[str, Any]
    signals: dict[str, Any]
    verdict: dict[str, Any]
    staffing: dict[str, Any]
    costs: dict[str, Any]
    curriculum: dict[str, Any]
    outputs: list[str] = field(default_factory=list)
    tickets_outside_period: int = 0
    period_filter: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _collect(stream: TicketStream, rejects_out: list[pd.DataFrame], progress: Progress | None,
             extra: list[str] | None = None, early: Any = None) -> pd.DataFrame:
    frames = []
    keep = _KEEP + (extra or [])
    from .staffing import handle_time_column

    for chunk in stream:
        if not frames and len(chunk.tickets):
            mapper = getattr(stream, "mapper_", None)
            # A label column is one the mapping left over: a name of the ticket table ("channel",
            # "text") or a column already read as a field is not a yes/no label.
            free = (set(mapper.other_columns_) if mapper is not None
                    else set(chunk.tickets.columns) - set(_KEEP) - {"raw_text", "subject", "tags"})
            missing = [c for c in extra or [] if c not in free or c not in chunk.tickets.columns]
            if missing:
                raise UsageError(_missing_column(missing[0], mapper))
            from .signals import satisfaction_column

            others = [c for c in chunk.tickets.columns if c not in _KEEP]
            for extra_col in (handle_time_column(others), satisfaction_column(others)):
                if extra_col is not None and extra_col not in keep:
                    keep = keep + [extra_col]
        if len(chunk.tickets):
            # The texts as Python strings, once: the analysis works on them as such (a list), the
            # early workers' batches share them, and pandas' string column would be a second copy.
            kept = chunk.tickets[keep].astype({"text": object})
            frames.append(kept)
            if early is not None:
                early.add(kept["text"].tolist(), kept["channel"].fillna("").astype(str).tolist())
        if len(chunk.rejects):
            rejects_out.append(rejects_frame(chunk.rejects))
        if progress is not None:
            progress("read", stream.accounting_.tickets_read)
    if not frames:
        empty = pd.DataFrame({c: pd.Series(dtype=object) for c in _KEEP})
        for c in ("created_at", "resolved_at"):
            empty[c] = pd.Series(dtype="datetime64[ns, UTC]")
        return empty
    return pd.concat(frames, ignore_index=True)


def _same_text_same_topic(result: pd.DataFrame, texts: list[str]) -> pd.DataFrame:
    """Tickets with the same text (case aside; see representation.text_digests) all in the topic
    most of them got.

    Within a batch identical texts share a vector (see representation.same_text_same_vector);
    across batches, or between the fitting sample's clusters and the batches, they can still
    land apart. Ties go to the lower topic id; a moved ticket takes the confidence and
    similarity of the first ticket of its group already there.
    """
    from .representation import text_digests

    codes, _ = pd.factorize(text_digests(texts))
    counts = np.bincount(codes)
    dup = np.flatnonzero(counts[codes] > 1)
    if not len(dup):
        return result
    cols = ["topic_id", "topic_confidence", "topic_similarity"]
    found = pd.DataFrame({"code": codes[dup], "topic": result["topic_id"].to_numpy()[dup].astype(int), "row": dup})
    votes = found.groupby(["code", "topic"], sort=True)["row"].agg(["size", "min"]).reset_index()
    # Most votes, then the lower topic id: the first row per code after this sort is the winner.
    best = votes.sort_values(["code", "size", "topic"], ascending=[True, False, True]).drop_duplicates("code")
    winner = found["code"].map(best.set_index("code")["topic"]).to_numpy()
    moved = found["topic"].to_numpy() != winner
    if not moved.any():
        return result
    source = found["code"].map(best.set_index("code")["min"]).to_numpy()[moved]
    result = result.copy()
    values = result[cols].to_numpy(dtype=float)
    values[dup[moved]] = values[source]
    result[cols] = values
    result["topic_id"] = result["topic_id"].astype(int)
    return result


def _missing_column(col: str, mapper: Any) -> str:
    """Why a column named by a flag is not among the ticket table's columns, in the export's own names."""
    fields = mapper.choices_ if mapper is not None else {}
    free = list(getattr(mapper, "other_columns_", []))
    unused = ", ".join(repr(c) for c in free) if free else "none"
    used = next((f for f, choice in fields.items() if col in choice.columns), None)
    if used is None:  # "channel" for the export's "Channel", say
        field = next((f for f, choice in fields.items() if any(c.casefold() == col.casefold() for c in choice.columns)
                      or f == col), None)
        if field is not None:
            return (f"column {col!r} is not in the export; its {fields[field].columns[0]!r} column is read as the "
                    f"tickets' {field.replace('_', ' ')}, not as a yes/no label; columns not read yet: {unused}")
    if used is not None:
        return (f"column {col!r} is read as the tickets' {used.replace('_', ' ')}, not as a yes/no label; "
                f"columns not read yet: {unused}")
    names = [c for choice in fields.values() for c in choice.columns] + free
    return f"column {col!r} is not in the export; its columns are: " + ", ".join(repr(c) for c in names)


def _counts(values: pd.Series) -> dict[str, int]:
    c = Counter(values.tolist())
    return {str(k): int(v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))}


def run_analysis(
    source: str | Path | pd.DataFrame,
    out_dir: str | Path,
    options: RunOptions | None = None,
    config: Config | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Analyse an export and write every output into ``out_dir`` (see :func:`analyze`).

    Files appear there only when the run succeeds, except that a run where every row is rejected
    still writes its rejects and summary before raising.
    """
    try:
        analysis = analyze_export(source, options, config, progress)
    except InputError as exc:
        partial = getattr(exc, "analysis", None)
        if partial is not None:
            partial.write(out_dir)
            raise InputError(f"{exc}; see {Path(out_dir) / 'rejects.csv'}") from None
        raise
    analysis.write(out_dir)
    return analysis.summary


def analyze_export(
    source: str | Path | pd.DataFrame,
    options: RunOptions | None = None,
    config: Config | None = None,
    progress: Progress | None = None,
) -> "Analysis":
    """Read, account, find topics and categories, measure, decide; in memory.

    Parameters
    ----------
    source : str, Path or pandas.DataFrame
        The export.
    options : RunOptions, optional
        Column overrides, number of topics, models, prices.
    config : Config, optional
        Thresholds.
    progress : callable, optional
        Called as ``progress(stage, done)`` while reading (done = records
        read) and at the start of each later stage (done = 0).

    Returns
    -------
    Analysis

    Raises
    ------
    InputError
        Unreadable export, no text column, too few tickets to cluster; every row rejected
        (the exception's ``analysis`` attribute then holds the rejects and summary).
    UsageError
        Bad options (unknown column, --topics out of range, too few labels).
    """
    from .analysis import Analysis
    from .ingest import check_source

    options = options or RunOptions()
    config = config or Config()
    source = check_source(source)
    extra = [options.f2f_label_col] if options.f2f_label_col else None
    early: _Early | None = None
    if isinstance(source, Path) and source.is_dir():
        # A partitioned export: parts read one by one (or on Dask workers), then joined in order.
        from .parts import join_parts, read_folder

        classifier, model_info = _category_model(options)
        if progress:
            progress("read", 0)
        executor = options.executor
        reads, _ = read_folder(source, config, options.mapping(), extra,
                               executor.map_parts if executor is not None else None)
        tickets, rejected, acc_dict = join_parts(reads)
        acc = Accounting(**acc_dict)
        first = reads[0]
        base_parts = {"detection": {**(first.detection or {}), "parts": [r.name for r in reads],
                                    "path": str(source)},
                      "mapping": first.mapping, "cleaning": first.cleaning}
    else:
        stream = TicketStream(source, config, **options.mapping())
        stream.detect()
        classifier, model_info = _category_model(options)
        early = _early_classifier(options, config, classifier)
        rejects: list[pd.DataFrame] = []
        try:
            tickets = _collect(stream, rejects, progress, extra, early and early.pool)
            if early is not None:
                early.pool.flush()
        except BaseException:
            if early is not None:
                early.pool.cancel()
            raise
        rejected = (pd.concat(rejects, ignore_index=True) if rejects
                    else pd.DataFrame({c: pd.Series(dtype=object) for c in REJECT_COLUMNS}))
        rejected = rejected.reindex(columns=list(REJECT_COLUMNS))
        acc = stream.accounting_
        base_parts = {"detection": stream.detection_.to_dict() if stream.detection_ is not None else None,
                      "mapping": stream.mapper_.describe(), "cleaning": _cleaning_info(stream)}
    try:
        return _analyse_export(tickets, rejected, acc, base_parts, options, config, classifier, model_info,
                               progress, early)
    finally:
        if early is not None:
            early.pool.cancel()  # stopped already unless something failed


def _analyse_export(tickets: pd.DataFrame, rejected: pd.DataFrame, acc: Accounting, base_parts: dict[str, Any],
                    options: RunOptions, config: Config, classifier: Any, model_info: dict[str, Any],
                    progress: Progress | None, early: "_Early | None") -> "Analysis":
    from .analysis import Analysis

    assert acc.tickets_read == acc.tickets_analysed + acc.tickets_rejected
    outside = 0
    if options.since is not None or options.until is not None:
        # A period of the export (compare's before and after): the other tickets are counted, not lost.
        created = tickets["created_at"]
        since = _when(options.since, "--since") if options.since is not None else None
        until = _when(options.until, "--until") if options.until is not None else None
        if since is not None and until is not None and since >= until:
            raise UsageError(f"--since {options.since} is not before --until {options.until}")
        # compare names the period in its messages (its baseline's end is the user's --since).
        if acc.tickets_analysed and not created.notna().any():
            raise InputError("no ticket has a creation time we could read (name its column with --time-col), so "
                             "none can be placed in the period")
        keep = created.notna()
        if since is not None:
            keep &= created >= since
        if until is not None:
            keep &= created < until
        outside = int((~keep).sum())
        tickets = tickets[keep.to_numpy()].reset_index(drop=True)
        if early is not None:
            early.positions = np.flatnonzero(keep.to_numpy())
        if acc.tickets_analysed and not len(tickets):
            raise InputError(f"no ticket was created in the period; {outside:,} tickets lie outside it")
    base = _base_summary(base_parts, acc, tickets)
    base["tickets_analysed"] -= outside
    base["tickets_outside_period"] = outside
    base["period_filter"] = ({"since": options.since, "until": options.until}
                             if options.since is not None or options.until is not None else None)
    if acc.tickets_analysed == 0:
        reasons = ", ".join(f"{n} {r}" for r, n in acc.rejected_by_reason.items())
        exc = InputError(f"every row was rejected ({reasons})")
        exc.analysis = Analysis(base, pd.DataFrame(columns=TICKETS_CSV_COLUMNS), rejected)  # type: ignore[attr-defined]
        raise exc
    try:
        analysed = analyse_tickets(tickets, options, config, classifier, model_info, progress, early)
    except TooFewTickets as exc:
        if not acc.tickets_rejected:
            raise
        # Most rows gone as duplicates usually means the id column is not the ticket id.
        reasons = ", ".join(f"{n:,} {r}" for r, n in acc.rejected_by_reason.items())
        dup = acc.rejected_by_reason.get("duplicate_id", 0) > acc.tickets_rejected / 2
        raise TooFewTickets(f"{exc}; {acc.tickets_rejected:,} rows were rejected ({reasons})"
                            + ("; is the id column right? Name it with --id-col" if dup else "")) from None
    summary = Summary(
        **base,
        languages=_counts(analysed.tickets["language"]),
        topics_overview=asdict(analysed.overview),
        topics=[t.to_dict() for t in analysed.topics],
        categories=analysed.categories.to_dict(),
        face_to_face=analysed.face_to_face,
        signals=analysed.signals,
        verdict=analysed.verdict,
        staffing=analysed.staffing,
        costs=analysed.costs,
        curriculum=analysed.curriculum,
        outputs=list(OUTPUTS),
    )
    return Analysis(summary, analysed.tickets[TICKETS_CSV_COLUMNS + ["topic_similarity", "text"]].copy(), rejected,
                    analysed.fitted)


OUTPUTS = ("tickets.csv", "rejects.csv", "summary.json", "curriculum.md", "curriculum.json", "report.html")


def write_outputs(out_dir: str | Path, summary: Summary | dict[str, Any], tickets: pd.DataFrame | None,
                  rejects: pd.DataFrame) -> list[Path]:
    """Write an analysis into ``out_dir`` atomically; returns the paths written."""
    data = summary if isinstance(summary, dict) else summary.to_dict()
    with AtomicOutputDir(out_dir) as stage:
        rejects.reindex(columns=list(REJECT_COLUMNS)).to_csv(stage.path("rejects.csv"), index=False,
                                                             lineterminator="\n")
        write_json(stage.path("summary.json"), data)
        names = ["rejects.csv", "summary.json"]
        if tickets is not None and "curriculum" in data:
            out = tickets[TICKETS_CSV_COLUMNS].copy()
            out["created_at"] = format_utc(out["created_at"])
            out["resolved_at"] = format_utc(out["resolved_at"])
            for col in [c for c in out.columns if pd.api.types.is_float_dtype(out[c])]:
                out[col] = fixed_point(out[col], 4)  # as float_format="%.4f" would, in bulk
            out.to_csv(stage.path("tickets.csv"), index=False, lineterminator="\n", float_format="%.4f")
            from .curriculum import render_markdown
            from .report import render_html

            write_json(stage.path("curriculum.json"), data["curriculum"])
            stage.path("curriculum.md").write_text(render_markdown(data["curriculum"]), encoding="utf-8")
            stage.path("report.html").write_text(render_html(data), encoding="utf-8")
            names = list(OUTPUTS)
    return [Path(out_dir) / n for n in names]


def _base_summary(parts: dict[str, Any], acc: Accounting, tickets: pd.DataFrame) -> dict[str, Any]:
    created = tickets["created_at"]
    return {
        "topicscope_version": __version__,
        "generated_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "input": parts["detection"],
        "mapping": parts["mapping"],
        **acc.to_dict(),
        "period": {
            "first": created.min().isoformat() if created.notna().any() else None,
            "last": created.max().isoformat() if created.notna().any() else None,
        },
        "channels": _counts(tickets["channel"].replace("", "unknown")),
        "monthly_volume": monthly_counts(created),
        "cleaning": parts["cleaning"],
    }


def _cleaning_info(stream: TicketStream) -> dict[str, Any]:
    return {
        "boilerplate_lines": len(stream.cleaner_.boilerplate_),
        "boilerplate_learned_from": stream.cleaner_.n_fit_,
        "chat_staff_speakers": sorted(stream.cleaner_.staff_speakers_),
        "subject_templates": sorted(stream.subjects_.prefixes_),
    }


@dataclass
class _Early:
    """An :class:`~topicscope.distributed.EarlyClassifier` at work on the export being read, the
    face-to-face model it uses (model, error rates, info), and the read positions of the tickets
    analysed (None: all of them, in order)."""

    pool: Any
    f2f: tuple[Any, Any, dict[str, Any]]
    positions: np.ndarray | None = None

    def results(self) -> Any:
        got = self.pool.stop()
        return got.take(self.positions if self.positions is not None else np.arange(len(got.done)))


def _early_classifier(options: RunOptions, config: Config, classifier: Any) -> _Early | None:
    """Workers that classify the tickets as they are read, where the models are known before
    reading (no labels to train on, no saved analysis) and topicscope runs its own workers."""
    from .distributed import EarlyClassifier

    tc = config.topics
    jobs = tc.n_jobs or (os.cpu_count() or 1)
    if (jobs < 2 or options.executor is not None or options.baseline is not None or classifier is None
            or options.f2f_label_col is not None):
        return None
    f2f = _face_to_face_model([], [], np.zeros(0, dtype=int), options, config)
    # Not before the export outgrows the fitting sample: a smaller one is all sample, which the
    # sample worker classifies during the fit at less start-up cost (one process, not two).
    start = max(tc.background_min_tickets, tc.fit_sample + 1)
    return _Early(EarlyClassifier(classifier, f2f[0], jobs, tc.batch_rows, start), f2f)


def _category_model(options: RunOptions) -> tuple[Any, dict[str, Any]]:
    from .categories import default_model_path, load_classifier

    if options.model is not None and options.label_col is not None:
        raise UsageError("--model and --label-col exclude each other: use one classifier")
    if options.label_col is not None:
        return None, {"source": f"trained on this export's labels in {options.label_col!r}"}
    clf, manifest = load_classifier(options.model, trust=options.trust_model)
    path = options.model or default_model_path().name
    info: dict[str, Any] = {"source": "shipped default" if options.model is None else "user model", "path": str(path)}
    if manifest:
        info.update({k: manifest.get(k) for k in ("sha256", "created", "training_data", "metrics") if k in manifest})
    return clf, info


@dataclass
class AnalysedTickets:
    tickets: pd.DataFrame
    overview: TopicsOverview
    topics: list[TopicSummary]
    categories: CategorySummary
    face_to_face: dict[str, Any]
    signals: dict[str, Any]
    verdict: dict[str, Any]
    staffing: dict[str, Any]
    costs: dict[str, Any]
    curriculum: dict[str, Any]
    fitted: Any = None


def analyse_tickets(tickets: pd.DataFrame, options: RunOptions, config: Config, classifier: Any,
                    model_info: dict[str, Any], progress: Progress | None = None,
                    early: _Early | None = None) -> AnalysedTickets:
    """Language, topics and categories for the canonical tickets (n rows, :data:`_KEEP` columns).

    ``early``: workers that have been classifying these tickets while they were read."""
    from threadpoolctl import threadpool_limits

    # Our dense algebra is on small matrices (n x 256, 256 x 256), where OpenBLAS's
    # threads cost far more than they save (measured: eigh 50x slower with 2 threads
    # on a busy 2-core machine). k-means keeps its own OpenMP threads.
    with threadpool_limits(limits=1, user_api="blas"):
        return _analyse(tickets, options, config, classifier, model_info, progress, early)


def _analyse(tickets: pd.DataFrame, options: RunOptions, config: Config, classifier: Any,
             model_info: dict[str, Any], progress: Progress | None = None,
             early: _Early | None = None) -> AnalysedTickets:
    from .categories import CategoryClassifier, cross_validate
    from .fitted import FittedAnalysis
    from .language import LanguageDetector
    from .pii import find_pii, without_pii
    from .representation import make_vectorizer
    from .signals import measure
    from .topics import TopicModel, topic_terms

    fitted = None
    if options.baseline is not None:
        clash = [flag for flag, value in (("--topics", options.n_topics), ("--label-col", options.label_col),
                                          ("--f2f-label-col", options.f2f_label_col), ("--model", options.model))
                 if value is not None]
        if clash:
            raise UsageError(f"--baseline and {clash[0]} exclude each other: the saved analysis fixes the topics "
                             "and models")
        fitted = (options.baseline if isinstance(options.baseline, FittedAnalysis)
                  else FittedAnalysis.load(options.baseline, trust=options.trust_model)[0])
    tickets = tickets.reset_index(drop=True).copy()
    texts = tickets["text"].tolist()
    tc = config.topics
    # A saved analysis assigns tickets to its topics, finding none: any number of tickets will do.
    if fitted is None and len(texts) < tc.min_tickets:
        raise TooFewTickets(f"too few tickets to find topics: {len(texts)} analysed, at least {tc.min_tickets} needed")

    if progress:
        progress("language", 0)
    channels = tickets["channel"].tolist()
    channel_of = tickets["channel"].fillna("").astype(str).tolist()  # as FittedAnalysis.apply reads them
    n = len(texts)
    jobs = tc.n_jobs or (os.cpu_count() or 1)
    # The fitting sample's languages are needed now; the other tickets' are detected with the rest
    # of their batch (in parallel). Topics are fitted on a seeded sample when the export is large
    # (the kNN graph grows with the square of the tickets); the others get their nearest topic.
    if fitted is not None:
        fit_idx = np.arange(0)
    elif n > tc.fit_sample:
        fit_idx = np.sort(np.random.default_rng(tc.random_state).choice(n, tc.fit_sample, replace=False))
    else:
        fit_idx = np.arange(n)
    languages: list[Any] = [None] * n
    for i, lang in zip(fit_idx, _batched(LanguageDetector().predict, [texts[i] for i in fit_idx], tc.batch_rows)):
        languages[i] = lang
    known = np.full(n, -1, dtype=int)  # user face-to-face labels (-1: none)
    if options.f2f_label_col is not None:
        from .face_to_face import parse_labels

        known = parse_labels(tickets[options.f2f_label_col].tolist())
    labelled = None
    if options.label_col is not None:
        given = tickets["given_category"].fillna("").str.strip()
        labelled = given != ""

    X = None
    model = None
    sample_classes: list[pd.DataFrame] | None = None
    background: Any = None
    if fitted is None:
        # Topics are found and named without personal data (see pii.without_pii). The spans found
        # here go with the sample's batches to apply, which would otherwise search them again.
        fit_spans = [find_pii(texts[i]) for i in fit_idx]
        fit_texts = [without_pii(texts[i], spans) for i, spans in zip(fit_idx, fit_spans)]
        evaluation = None
        if labelled is not None:
            if labelled.sum() < config.categories.min_labelled or given[labelled].nunique() < 2:
                raise UsageError(
                    f"--label-col {options.label_col!r}: {int(labelled.sum())} labelled tickets in "
                    f"{given[labelled].nunique()} labels; at least {config.categories.min_labelled} tickets in 2 "
                    "labels needed"
                )
            weight = config.categories.sentence_weight if options.embeddings == "sentence" else 0.0
            evaluation = cross_validate(tickets.loc[labelled, "text"].tolist(), given[labelled].tolist(),
                                        folds=config.categories.cv_folds, sentence_weight=weight).to_dict()
            classifier = CategoryClassifier(sentence_weight=weight).fit(tickets.loc[labelled, "text"].tolist(),
                                                                        given[labelled].tolist())
        f2f_model, rates, f2f_info = (early.f2f if early is not None
                                      else _face_to_face_model(texts, channels, known, options, config))
        if early is not None and not early.pool.started:
            early = None  # too few tickets read to start the workers: as without them
        # What the sample's tickets are apart from their topics needs no topics: a worker works it
        # out on the second core while this process fits them (unless the early workers are at it).
        # (A cluster's workers take the sample's batches with the rest instead, carrying their vectors.)
        sample_batches = [([texts[i] for i in fit_idx[a:a + tc.batch_rows]],
                           [channel_of[i] for i in fit_idx[a:a + tc.batch_rows]], fit_spans[a:a + tc.batch_rows])
                          for a in range(0, len(fit_idx), tc.batch_rows)] if options.executor is None else []
        if early is not None:
            sample_batches = []
        elif options.executor is None and jobs > 1 and len(fit_idx) >= tc.background_min_tickets:
            from .distributed import SampleClassifier

            background = SampleClassifier(1).start(classifier, f2f_model, sample_batches)
        try:
            if progress:
                progress("represent", 0)
            vectorizer = make_vectorizer(tc, options.embeddings)
            X = vectorizer.fit_transform(fit_texts, [languages[i] for i in fit_idx], [channels[i] for i in fit_idx])
            if progress:
                progress("cluster", 0)
            model = TopicModel(n_topics=options.n_topics, config=_clustering(tc, options)).fit(X)
            terms = topic_terms(fit_texts, model.labels_, model.n_topics_, tc, exclude=vectorizer.framing_.terms_)
            # Collected now, inside the try: a worker must not outlive an error.
            sample_classes = background.results() if background is not None else None
        except BaseException:
            if background is not None:
                background.cancel()
            raise
        fitted = FittedAnalysis(vectorizer, model.cluster_centers_, list(terms.labels),
                                [[term for term, _ in terms.terms[t]] for t in range(model.n_topics_)],
                                classifier, f2f_model, rates, tc,
                                {"categories": model_info, "categories_evaluation": evaluation,
                                 "face_to_face": f2f_info, "representation": _representation(tc, options, vectorizer),
                                 "framing_terms": sorted(vectorizer.framing_.terms_)})
    rates = fitted.f2f_rates
    n_topics = fitted.n_topics

    # Apply to every ticket in batches; the fitting sample keeps the topics it was clustered into.
    if progress:
        progress("assign" if len(fit_idx) < n else "classify", 0)
    # Object columns: the batches cut from this frame share the strings already in ``texts``.
    # Under pandas' string dtype each batch would copy its texts into new buffers (about 750 MB
    # more at a million tickets).
    frame = pd.DataFrame({"text": texts, "channel": channels, "language": languages}, dtype=object)
    rest = np.setdiff1d(np.arange(n), fit_idx)
    without_language = frame[["text", "channel"]]
    parts: list[pd.DataFrame] = []
    batches: list[Any] = []
    size = tc.batch_rows
    if early is not None and X is not None:
        # What the early workers worked out is kept; the tickets they had not reached go to the
        # apply step whole, the sample's with their vectors.
        got = early.results()
        in_fit = got.done[fit_idx]
        sample_done, sample_todo = fit_idx[in_fit], fit_idx[~in_fit]
        if len(sample_done):
            parts.append(fitted.results(pd.Index(sample_done), [languages[i] for i in sample_done],
                                        _nearest(X[in_fit], fitted, tc), got.rows(sample_done)[2]))
        if len(sample_todo):
            X_todo = X[~in_fit]
            sample = frame.iloc[sample_todo].assign(pii_spans=[fit_spans[j] for j in np.flatnonzero(~in_fit)])
            batches += [(sample.iloc[a:a + size], X_todo[a:a + size]) for a in range(0, len(sample_todo), size)]
        rest_done = rest[got.done[rest]]
        for a in range(0, len(rest_done), size):
            rows = rest_done[a:a + size]
            langs, spans, classes = got.rows(rows)
            batches.append((frame.iloc[rows].assign(language=pd.Series(langs, index=frame.index[rows], dtype=object),
                                                    pii_spans=pd.Series(spans, index=frame.index[rows], dtype=object)),
                            None, classes))
        rest = rest[~got.done[rest]]
    elif X is not None and options.executor is None:
        # The fitting sample: its topics are the fit's (below) and its other results were worked
        # out during the fit (or are now, in this process, on a machine with one core).
        from .fitted import classify_batch

        classes = (sample_classes if sample_classes is not None else
                   [classify_batch(*batch, fitted.classifier, fitted.f2f_model) for batch in sample_batches])
        parts.append(fitted.results(pd.Index(fit_idx), [languages[i] for i in fit_idx], _nearest(X, fitted, tc),
                                    pd.concat(classes, ignore_index=True)))
    elif X is not None:
        # A cluster's workers take the sample's batches with the rest, carrying their vectors.
        sample = frame.iloc[fit_idx].assign(pii_spans=fit_spans)
        batches += [(sample.iloc[a:a + tc.batch_rows], X[a:a + tc.batch_rows])
                    for a in range(0, len(fit_idx), tc.batch_rows)]
    batches += [without_language.iloc[rest[a:a + size]] for a in range(0, len(rest), size)]
    executor = options.executor
    if executor is None and len(batches) > 1 and jobs > 1:
        from .distributed import ProcessExecutor

        executor = ProcessExecutor(min(jobs, len(batches)))
    if executor is not None and batches:
        parts += executor.apply(fitted, batches)
    else:
        from .distributed import apply_batch

        parts += [apply_batch(b, fitted) for b in batches]
    result = pd.concat(parts).sort_index()
    if model is not None:
        fixed = model.labels_
        result.loc[fit_idx, "topic_id"] = fixed
        result.loc[fit_idx, "topic_similarity"] = (X @ fitted.centers.T)[np.arange(len(fit_idx)), fixed]
        fit_sims = result.loc[fit_idx, "topic_similarity"].to_numpy(dtype=float)
        fitted.info["mean_similarity"] = round(float(fit_sims.mean()), 5)
        q = config.compare.emerging_similarity_quantile
        fitted.similarity_floor = float(np.quantile(fit_sims, q))
        # Per topic: a diffuse topic's own tickets sit further from its centre than a tight one's.
        fitted.similarity_floors = np.array([
            float(np.quantile(fit_sims[fixed == t], q)) if (fixed == t).sum() >= 5 else fitted.similarity_floor
            for t in range(fitted.n_topics)])
    result = _same_text_same_topic(result, texts)
    labels = result["topic_id"].to_numpy().astype(int)
    tickets["language"] = result["language"].to_numpy()
    tickets["topic_id"] = labels
    tickets["topic_label"] = [fitted.topic_labels[t] for t in labels]
    tickets["topic_confidence"] = np.round(result["topic_confidence"].to_numpy(dtype=float), 4)
    tickets["category"] = result["category"].to_numpy()
    tickets["category_confidence"] = np.round(result["category_confidence"].to_numpy(dtype=float), 4)
    if labelled is not None:
        # A ticket's own label is the truth for it; the classifier fills the rest.
        tickets.loc[labelled, "category"] = given[labelled]
        tickets.loc[labelled, "category_confidence"] = 1.0
    prob = np.where(known >= 0, known.astype(float), result["face_to_face_prob"].to_numpy(dtype=float))
    tickets["face_to_face_prob"] = np.round(prob, 4)
    tickets["face_to_face"] = (prob >= fitted.f2f_model.threshold).astype(int)
    pii = result["pii"].to_numpy().astype(int)
    parsed: dict[str, dict[str, int]] = {}  # a handful of distinct values; read-only below
    pii_kinds = [parsed[k] if k in parsed else parsed.setdefault(k, json.loads(k)) for k in result["pii_kinds"]]
    tickets["pii"] = pii
    similarity = result["topic_similarity"].to_numpy(dtype=float)

    # Every month from the first ticket's to the last's, and the tickets per topic and month counted
    # in one pass over the month numbers.
    month_num = month_numbers(tickets["created_at"])
    dated = month_num >= 0
    first_month = int(month_num[dated].min()) if dated.any() else 0
    months = [month_name(m) for m in range(first_month, int(month_num[dated].max()) + 1)] if dated.any() else []
    per_month = np.bincount(labels[dated] * len(months) + (month_num[dated] - first_month),
                            minlength=n_topics * len(months)).reshape(n_topics, len(months))
    # Each topic's examples: its tickets closest to its centroid (ties by position).
    order = np.lexsort((np.arange(n), -similarity, labels))
    starts = np.searchsorted(labels[order], np.arange(n_topics))
    ends = np.searchsorted(labels[order], np.arange(n_topics), side="right")
    examples = [order[a:min(b, a + tc.n_examples)].tolist() for a, b in zip(starts, ends)]
    topics = []
    from .pii import example

    from .signals import satisfaction_column, satisfaction_values

    resolved_hours = ((tickets["resolved_at"] - tickets["created_at"]).dt.total_seconds() / 3600).to_numpy()
    sat_col = satisfaction_column([c for c in tickets.columns if c not in _KEEP])
    satisfaction = satisfaction_values(tickets[sat_col].tolist()) if sat_col else np.full(n, np.nan)
    tickets["topic_similarity"] = np.round(similarity, 5)
    # Each topic's tickets as one run of a stable sort by topic (in their order), instead of a mask
    # over every ticket per topic: topic t's are members[t], and rows cut[t]:cut[t + 1] of a sorted
    # table.
    by_topic_order = np.argsort(labels, kind="stable")
    cut = np.searchsorted(labels[by_topic_order], np.arange(n_topics + 1))
    members = [by_topic_order[cut[t]:cut[t + 1]] for t in range(n_topics)]
    narrow = tickets[["channel", "category", "language", "topic_confidence"]].iloc[by_topic_order]
    resolved_by_topic = []
    for t in range(n_topics):
        rows = narrow.iloc[cut[t]:cut[t + 1]]
        res_t = resolved_hours[members[t]]
        res_t = res_t[res_t >= 0]
        resolved_by_topic.append(res_t)
        sat_t = satisfaction[members[t]]
        sat_t = sat_t[~np.isnan(sat_t)]
        monthly = {m: int(c) for m, c in zip(months, per_month[t])}
        lo, hi = wilson_interval(len(rows), n)
        topics.append(TopicSummary(
            id=t,
            label=fitted.topic_labels[t],
            terms=list(fitted.topic_terms[t]),
            tickets=int(len(rows)),
            share=round(len(rows) / n, 4),
            share_ci=[round(lo, 4), round(hi, 4)],
            monthly=monthly,
            trend=monthly_trend(list(monthly.values()), tc.trend_min_relative_slope, tc.trend_max_p_value).to_dict(),
            channels=_counts(rows["channel"].replace("", "unknown")),
            categories=_counts(rows["category"]),
            languages=_counts(rows["language"]),
            mean_confidence=round(float(rows["topic_confidence"].mean()), 4),
            examples=[Example(str(tickets.at[i, "ticket_id"]), example(texts[i], tc.example_chars))
                      for i in examples[t]],
            resolution_hours_median=round(float(np.median(res_t)), 2) if len(res_t) else None,
            satisfaction_mean=round(float(sat_t.mean()), 4) if len(sat_t) else None,
            satisfaction_responses=int(len(sat_t)),
        ))
    overview = TopicsOverview(
        n_topics=n_topics,
        requested=options.n_topics,
        selection=(_selection(tc, options, model) if model is not None else
                   {"criterion": "the topics of the saved analysis given as --baseline"}),
        representation=fitted.info.get("representation", ""),
        framing_terms=list(fitted.info.get("framing_terms", [])),
        merged_small_topics=model.merged_ if model is not None else 0,
        fitted_on=int(len(fit_idx)),
        assigned_nearest=int(n - len(fit_idx)),
    )
    from .face_to_face import combined_share

    flagged = tickets["face_to_face"].to_numpy()
    by_topic = {str(t): combined_share(known[members[t]], flagged[members[t]], rates).to_dict()
                for t in range(n_topics)}
    face_to_face = {
        "overall": combined_share(known, flagged, rates).to_dict(),
        "by_topic": by_topic,
        "model": fitted.info.get("face_to_face", {}),
    }
    signals = measure(tickets, pii, pii_kinds).to_dict()
    from .signals import Share

    signals["by_topic"] = {
        str(t): {"pii": asdict(Share.of(int(pii[members[t]].sum()), len(members[t]))),
                 "languages": _counts(narrow["language"].iloc[cut[t]:cut[t + 1]])}
        for t in range(n_topics)
    }
    categories = _category_summary(tickets, fitted.classifier, fitted.info.get("categories", model_info), config,
                                   fitted.info.get("categories_evaluation"))
    from .verdict import decide

    from .curriculum import build as build_curriculum
    from .staffing import costs as cost_of
    from .staffing import plan

    from .staffing import aht_from, handle_time_column

    st = config.staffing
    aht, aht_source = st.aht_minutes, ("--aht-minutes" if not st.aht_from_data else "default (the export has no "
                                                                                     "handle-time column)")
    column = handle_time_column([c for c in tickets.columns if c not in _KEEP])
    if st.aht_from_data and column is not None:
        measured = aht_from(tickets[column].tolist(), column)
        if measured is not None:
            aht, n_measured = measured
            aht_source = f"the export's {column!r} column (mean of {n_measured} tickets, top 1 % trimmed)"
    # Only the columns it reads: a filtered copy of the whole table (texts included) costs
    # hundreds of MB at a million tickets.
    staffing_obj = plan(tickets[["created_at", "channel", "face_to_face"]], aht, st.service_level, st.answer_seconds,
                        st.shrinkage, st.productive_hours, st.working_days, aht_source)
    staffing = staffing_obj.to_dict()
    # A saved analysis applied to a new period can leave topics empty: they have nothing to teach or decide.
    topic_dicts = [t.to_dict() for t in topics if t.tickets > 0]
    verdict_obj = decide(face_to_face, signals, topic_dicts, config.verdict)
    if staffing["lines"]:
        verdict_obj.exit_plan["headcount"] = staffing["totals"]
        verdict_obj.exit_plan["note"] = ("Keep the in-house ability to handle this monthly volume per topic; headcount "
                                         "is the rostered agents the staffing step computed for the remote and "
                                         "in-person work.")
    else:  # no creation times: no monthly volume to staff, so no headcount to keep
        verdict_obj.exit_plan["note"] = ("Keep the in-house ability to handle each topic's volume; the monthly volume "
                                         "and headcount are not measured, as no ticket has a creation time.")
    resolution = {str(t): float(np.median(res_t)) if len(res_t) else None for t, res_t in enumerate(resolved_by_topic)}
    # Module titles are measured on the tickets the topics were fitted on (a bounded sample), or
    # on a sample of the new tickets when a saved analysis was applied.
    name_idx = fit_idx if len(fit_idx) else np.sort(np.random.default_rng(tc.random_state).choice(
        n, min(n, tc.fit_sample), replace=False))
    main_rows = tickets["language"].to_numpy()[name_idx] == signals["main_language"]
    stripped = dict(zip(fit_idx.tolist(), fit_texts)) if len(fit_idx) else {}  # already without personal data

    def namer(groups: list[list[int]]) -> list[list[str]]:
        # Phrases common in a module's main-language tickets and rare in the others',
        # not a patchwork of its topics' labels.
        group_of = np.full(n_topics, len(groups))
        for g, ids in enumerate(groups):
            group_of[ids] = g
        rows = name_idx[main_rows]
        named = topic_terms([stripped[i] if i in stripped else without_pii(texts[i]) for i in rows],
                            group_of[labels[rows]], len(groups) + 1, tc,
                            exclude=frozenset(fitted.info.get("framing_terms", [])))
        return [[p for p in named.labels[g].split(" / ") if not p.startswith("topic ")]
                + [term for term, _ in named.terms[g]] for g in range(len(groups))]

    curriculum = build_curriculum(topic_dicts, face_to_face, signals, resolution, config.curriculum,
                                  namer=namer).to_dict()
    costs = cost_of(staffing_obj, curriculum, price_per_trainee=options.price_per_trainee,
                    price_per_hour=options.price_per_hour, agent_hourly_cost=options.agent_hourly_cost,
                    outsource_price_per_contact=options.outsource_price_per_contact).to_dict()
    return AnalysedTickets(tickets, overview, topics, categories, face_to_face, signals, verdict_obj.to_dict(),
                           staffing, costs, curriculum, fitted)


def write_comparison(out_dir: str | Path, comparison: Any, new: Any) -> list[Path]:
    """compare.json, compare.md and report.html (the new period's, with a compare section) into ``out_dir``."""
    from .compare import render_markdown
    from .report import render_html

    data = comparison.to_dict()
    with AtomicOutputDir(out_dir) as stage:
        write_json(stage.path("compare.json"), data)
        stage.path("compare.md").write_text(render_markdown(data), encoding="utf-8")
        stage.path("report.html").write_text(render_html(new.to_dict(), comparison=data), encoding="utf-8")
    return [Path(out_dir) / n for n in ("compare.json", "compare.md", "report.html")]


def _when(value: str, flag: str) -> pd.Timestamp:
    """A --since / --until date or time, as UTC (times without an offset are UTC)."""
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise UsageError(f"{flag} {value!r}: not a date (use YYYY-MM-DD or an ISO 8601 time)") from None
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def _selection(tc: Any, options: RunOptions, model: Any) -> dict[str, Any]:
    if options.n_topics:
        return {"criterion": "given by --topics"}
    return {"criterion": (f"cosine silhouette of the ticket vectors on a sample of {tc.k_selection_sample}, "
                          f"highest wins, over {tc.k_grid_points} candidates from sqrt(n)*{tc.k_min_factor} "
                          f"to sqrt(n)*{tc.k_max_factor}"),
            "scores": {str(k): v for k, v in model.k_scores_.items()}}


def _representation(tc: Any, options: RunOptions, vectorizer: Any) -> str:
    return ("TF-IDF over language-aware stems with LSA"
            + {"static": f", joined with static MiniLM embeddings (weight {tc.semantic_weight})",
               "sentence": f", joined with MiniLM sentence embeddings ({tc.sentence_pooling} pooling, "
                           f"weight {tc.sentence_weight})",
               None: ""}[options.embeddings]
            + f"; {len(vectorizer.framing_.terms_)} channel-framing words dropped"
            + ("; channel and language means centred" if tc.center_channels_and_languages else "")
            + f"; {_clustering(tc, options).method} clustering")


def _clustering(tc: Any, options: RunOptions) -> Any:
    """The topics settings with the clustering method of the embeddings route."""
    from dataclasses import replace

    return replace(tc, method=tc.sentence_method) if options.embeddings == "sentence" else tc


def _nearest(X: np.ndarray, fitted: Any, tc: Any) -> list[np.ndarray]:
    """Fitting-sample vectors' (n, d) nearest topic, confidence and similarity, each shape (n,),
    computed batch by batch with one BLAS thread, as a worker computes them."""
    from threadpoolctl import threadpool_limits

    from .topics import nearest_topics

    with threadpool_limits(limits=1, user_api="blas"):
        near = [nearest_topics(X[a:a + tc.batch_rows], fitted.centers, tc.confidence_temperature)
                for a in range(0, len(X), tc.batch_rows)]
    return [np.concatenate(p) for p in zip(*near)]


def _face_to_face_model(texts: list[str], channels: list[str], known: np.ndarray, options: RunOptions,
                        config: Config) -> tuple[Any, Any, dict[str, Any]]:
    """The face-to-face classifier: trained on the user's labels when given, else loaded."""
    from .face_to_face import FaceToFaceClassifier, cross_validated_rates, load_face_to_face

    if options.f2f_label_col is not None:
        has = known >= 0
        counts = np.bincount(known[has], minlength=2)
        if has.sum() < config.categories.min_labelled or counts.min() < 2:
            raise UsageError(
                f"--f2f-label-col {options.f2f_label_col!r}: {int(has.sum())} readable labels ({int(counts[1])} "
                f"face-to-face); at least {config.categories.min_labelled}, with 2 of each kind, needed"
            )
        lt = [texts[i] for i in np.flatnonzero(has)]
        lc = [channels[i] for i in np.flatnonzero(has)]
        rates = cross_validated_rates(lt, lc, known[has])
        model = FaceToFaceClassifier().fit(lt, lc, known[has])
        manifest = None
        source = (f"trained on this export's labels in {options.f2f_label_col!r} "
                  "(error rates by 5-fold cross-validation)")
    else:
        model, rates, manifest = load_face_to_face(options.f2f_model, trust=options.trust_model)
        source = "shipped default" if options.f2f_model is None else "user model"
    info = {"source": source, "heldout_confusion": asdict(rates), "heldout_precision": round(rates.precision, 4),
            "heldout_recall": round(rates.tpr, 4), "sha256": (manifest or {}).get("sha256")}
    return model, rates, info


def _batched(fn: Callable[[Any], Any], items: list[Any], size: int) -> Any:
    """``fn`` over ``items`` in blocks of ``size`` (bounded memory), results joined in order."""
    if len(items) <= size:
        return fn(items)
    parts = [fn(items[a:a + size]) for a in range(0, len(items), size)]
    if isinstance(parts[0], np.ndarray):
        return np.concatenate(parts)
    return [x for part in parts for x in part]


def _category_summary(tickets: pd.DataFrame, classifier: Any, model_info: dict[str, Any], config: Config,
                      evaluation: dict[str, Any] | None) -> CategorySummary:
    n = len(tickets)
    counts = _counts(tickets["category"])
    labels = [str(c) for c in classifier.classes_]
    for lab in labels:
        counts.setdefault(lab, 0)
    shares = {k: round(v / n, 4) for k, v in counts.items()}
    cis = {k: [round(x, 4) for x in wilson_interval(v, n)] for k, v in counts.items()}
    uncertain = int((tickets["category_confidence"] < config.categories.min_confidence).sum())
    return CategorySummary(model=model_info, labels=labels, counts=counts, shares=shares, share_ci=cis,
                           uncertain=uncertain, min_confidence=config.categories.min_confidence,
                           evaluation=evaluation)



__all__ = ["RunOptions", "Summary", "run_analysis", "analyse_tickets"]
