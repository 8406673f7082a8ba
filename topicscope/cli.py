"""The ``topicscope`` command: a thin layer over the library.

Exit codes: 0 success; 1 internal error (please report it); 2 usage error;
3 unreadable or unusable input. Errors are one line on stderr, never a
traceback (set ``TOPICSCOPE_DEBUG=1`` to see one).
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import click
import typer
from rich.console import Console

from . import __version__
from .config import Config
from .errors import EXIT_INTERNAL, EXIT_USAGE, InputError, TopicscopeError, UsageError
from .ingest import sample_path
from .pii import example

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Read a support-ticket export; say what customers contact you about and what it takes to serve them.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class Embeddings(str, Enum):
    static = "static"
    sentence = "sentence"
    none = "none"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"topicscope {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Read a support-ticket export; say what customers contact you about and what it takes to serve them."""


# Options shared by the commands that read an export.
IdCol = typer.Option(None, "--id-col", metavar="COLUMN", help="Column with the ticket id.")
TextCol = typer.Option(None, "--text-col", metavar="COLUMN",
                       help="Column with the ticket body; repeat to join several.")
TimeCol = typer.Option(None, "--time-col", metavar="COLUMN", help="Column with the creation time.")
ChannelCol = typer.Option(None, "--channel-col", metavar="COLUMN", help="Column with the contact channel.")
LabelCol = typer.Option(None, "--label-col", metavar="COLUMN",
                        help="Column with the export's own category / contact reason.")
DayFirst = typer.Option(None, "--dayfirst/--monthfirst",
                        help="Read 01/02/2024 as 1 February (--dayfirst) or 2 January (--monthfirst). "
                             "Default: decided from the data.")
TimezoneOpt = typer.Option(None, "--timezone", metavar="ZONE",
                           help="IANA zone of times written without an offset (default UTC), "
                                "e.g. Europe/Madrid: UI exports use the exporting user's zone.")
ConfigOpt = typer.Option(None, "--config", metavar="FILE", help="TOML file overriding thresholds.")


def _run(fn: Callable[[], int | None]) -> None:
    """Turn library errors into one line and an exit code."""
    try:
        code = fn()
    except TopicscopeError as exc:
        typer.echo(f"topicscope: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except (typer.Exit, click.exceptions.Abort, click.exceptions.ClickException):
        raise
    except KeyboardInterrupt:
        typer.echo("topicscope: interrupted", err=True)
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 -- the one place that catches everything
        if os.environ.get("TOPICSCOPE_DEBUG"):
            raise
        typer.echo(
            f"topicscope: internal error: {type(exc).__name__}: {exc}. This is a bug; please report it "
            "with the command you ran (TOPICSCOPE_DEBUG=1 shows the traceback).",
            err=True,
        )
        raise typer.Exit(EXIT_INTERNAL) from None
    raise typer.Exit(code or 0)


def _load_config(path: Optional[Path]) -> Config:
    return Config.from_file(path) if path is not None else Config()


def _with_flags(cfg: Config, hours: Optional[float], aht: Optional[float], level: Optional[float],
                answer: Optional[float], shrinkage: Optional[float]) -> Config:
    """Flags win over the config file."""
    from dataclasses import replace

    if hours is not None:
        cfg = replace(cfg, curriculum=replace(cfg.curriculum, total_hours=hours))
    staffing = {k: v for k, v in (("aht_minutes", aht), ("service_level", level), ("answer_seconds", answer),
                                  ("shrinkage", shrinkage)) if v is not None}
    if aht is not None:
        staffing["aht_from_data"] = False  # the user's figure wins over the export's
    return replace(cfg, staffing=replace(cfg.staffing, **staffing)) if staffing else cfg


def _options(id_col: Optional[str], text_col: Optional[list[str]], time_col: Optional[str],
             channel_col: Optional[str], label_col: Optional[str], dayfirst: Optional[bool],
             timezone: Optional[str]) -> Any:
    from .pipeline import RunOptions

    return RunOptions(id_col=id_col, text_cols=list(text_col) if text_col else None, time_col=time_col,
                      channel_col=channel_col, label_col=label_col, dayfirst=dayfirst, timezone=timezone)


@app.command(epilog="Example: topicscope analyze exports/zendesk.json --out report/")
def analyze(
    export: Optional[Path] = typer.Argument(None, metavar="[EXPORT]",
                                            help="The ticket export (CSV, JSON, JSON Lines, xlsx, Parquet; "
                                                 "gzip too). Default: the bundled sample."),
    out: Path = typer.Option(Path("topicscope-out"), "--out", "-o", metavar="DIR",
                             help="Output folder (created if missing)."),
    id_col: Optional[str] = IdCol,
    text_col: Optional[list[str]] = TextCol,
    time_col: Optional[str] = TimeCol,
    channel_col: Optional[str] = ChannelCol,
    label_col: Optional[str] = LabelCol,
    dayfirst: Optional[bool] = DayFirst,
    timezone: Optional[str] = TimezoneOpt,
    config: Optional[Path] = ConfigOpt,
    topics: Optional[int] = typer.Option(None, "--topics", min=1, metavar="N",
                                         help="Number of topics (default: chosen from the data)."),
    model: Optional[Path] = typer.Option(None, "--model", metavar="PATH",
                                         help="Category classifier made by 'topicscope train' (default: the shipped one)."),
    trust_model: bool = typer.Option(False, "--trust-model",
                                     help="Load a model file even when no manifest vouches for it (joblib files can run code)."),
    f2f_label_col: Optional[str] = typer.Option(None, "--f2f-label-col", metavar="COLUMN",
                                                help="Column saying which tickets needed face-to-face service "
                                                     "(yes/no, 1/0): train on them, classify the rest."),
    embeddings: Embeddings = typer.Option(Embeddings.static, "--embeddings",
                                          help="Semantic view for topics: static (shipped, default), sentence "
                                               "(needs the semantic extra), none (words only)."),
    hours: Optional[float] = typer.Option(None, "--hours", min=1, help="Training budget in hours (default 40)."),
    aht_minutes: Optional[float] = typer.Option(None, "--aht-minutes", min=0.1,
                                                help="Average handle time in minutes (default 6)."),
    service_level: Optional[float] = typer.Option(None, "--service-level", min=0.01, max=0.999,
                                                  help="Share of live contacts to answer in time (default 0.8)."),
    answer_seconds: Optional[float] = typer.Option(None, "--answer-seconds", min=1,
                                                   help="...within this many seconds (default 20)."),
    shrinkage: Optional[float] = typer.Option(None, "--shrinkage", min=0, max=0.9,
                                              help="Share of paid time agents are unavailable (default 0.3)."),
    price_per_trainee: Optional[float] = typer.Option(None, "--price-per-trainee", min=0,
                                                      help="Training price per trainee, for the training cost."),
    price_per_hour: Optional[float] = typer.Option(None, "--price-per-hour", min=0,
                                                   help="Training price per trainee-hour (instead of per trainee)."),
    agent_hourly_cost: Optional[float] = typer.Option(None, "--agent-hourly-cost", min=0,
                                                      help="What an in-house agent costs an hour."),
    outsource_price_per_contact: Optional[float] = typer.Option(None, "--outsource-price-per-contact", min=0,
                                                                help="A call center's price per contact."),
    save_model: Optional[Path] = typer.Option(None, "--save-model", metavar="DIR",
                                              help="Keep the fitted topics and models in DIR (for --baseline and "
                                                   "'compare')."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", metavar="DIR",
                                            help="Assign tickets to the topics of an analysis saved with "
                                                 "--save-model instead of finding new ones."),
    dask_scheduler: Optional[str] = typer.Option(None, "--dask-scheduler", metavar="ADDRESS",
                                                 help="Read parts and assign tickets on this Dask cluster "
                                                      "(the dask extra)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, metavar="N",
                                          help="...or on a local Dask cluster of N worker processes."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format",
                                               help="text: a short table; json: summary.json on stdout."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no table."),
) -> None:
    """Analyse a ticket export (a file, or a folder of parts) and write the results into DIR."""

    def go() -> int:
        from .analysis import analyze as analyze_api

        source = export if export is not None else sample_path()
        cfg = _with_flags(_load_config(config), hours, aht_minutes, service_level, answer_seconds, shrinkage)
        options = _options(id_col, text_col, time_col, channel_col, label_col, dayfirst, timezone)
        options.n_topics = topics
        options.model = str(model) if model is not None else None
        options.trust_model = trust_model
        options.f2f_label_col = f2f_label_col
        if price_per_trainee is not None and price_per_hour is not None:
            raise UsageError("--price-per-trainee and --price-per-hour exclude each other")
        options.price_per_trainee = price_per_trainee
        options.price_per_hour = price_per_hour
        options.agent_hourly_cost = agent_hourly_cost
        options.outsource_price_per_contact = outsource_price_per_contact
        options.embeddings = None if embeddings == Embeddings.none else embeddings.value
        options.baseline = str(baseline) if baseline is not None else None
        show = not quiet and output_format == OutputFormat.text and sys.stderr.isatty()
        with _progress(show) as report, _executor(dask_scheduler, workers) as executor:
            options.executor = executor
            try:
                analysis = analyze_api(source, config=cfg, progress=report, **vars(options))
            except InputError as exc:
                partial = getattr(exc, "analysis", None)
                if partial is None:
                    raise
                partial.write(out)  # every row rejected: the rejects say why each went
                raise InputError(f"{exc}; see {out / 'rejects.csv'}") from None
        analysis.write(out)
        if save_model is not None:
            analysis.save_model(save_model)
        summary = analysis.summary
        data = summary.to_dict()
        if output_format == OutputFormat.json:
            typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        elif not quiet:
            _print_summary(data, out, cfg.topics.min_tickets)
        return 0

    _run(go)


@contextmanager
def _executor(scheduler: Optional[str], workers: Optional[int]) -> Iterator[Any]:
    """A Dask executor when asked for (--dask-scheduler or --workers), else None (this process)."""
    if scheduler is None and workers is None:
        yield None
        return
    if scheduler is not None and workers is not None:
        raise UsageError("--dask-scheduler and --workers exclude each other: --workers starts a local cluster")
    from .distributed import DaskExecutor

    with DaskExecutor(scheduler, workers or 2) as executor:
        yield executor


@contextmanager
def _progress(show: bool) -> Iterator[Any]:
    """A progress display on a terminal (the stage, rows read, a bar over the stages); else nothing."""
    if not show:
        yield None
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    stages = {"read": "reading", "language": "detecting languages", "represent": "representing text",
              "cluster": "finding topics", "assign": "assigning topics", "classify": "classifying",
              "face_to_face": "measuring face-to-face need"}
    order = list(stages)
    with Progress(SpinnerColumn(), TextColumn("{task.fields[stage]:<28} {task.fields[rows]}"), BarColumn(),
                  TimeElapsedColumn(), transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task("run", total=len(order), stage="reading", rows="")

        def report(stage: str, n: int) -> None:
            step = order.index(stage) if stage in order else 0
            bar.update(task, completed=step, stage=stages.get(stage, stage),
                       rows=f"{n:,} rows" if stage == "read" else "")

        yield report


def _few_note(n: int) -> str:
    return (f" (only {n}: every share's interval is wide, so read the decision and any change as a hint, "
            "not a measurement)")


def _print_summary(data: dict[str, Any], out: Path, min_tickets: int) -> None:
    src = data["input"]["path"] if data["input"] else "DataFrame"
    missing = data["created_at_missing"]
    lines = [
        f"source            {src}",
        f"tickets read      {data['tickets_read']:,}",
        f"tickets analysed  {data['tickets_analysed']:,}"
        + (_few_note(data["tickets_analysed"]) if data["tickets_analysed"] < min_tickets else ""),
        f"tickets rejected  {data['tickets_rejected']:,}"
        + (" (" + ", ".join(f"{n} {r}" for r, n in data["rejected_by_reason"].items()) + ")"
           if data["rejected_by_reason"] else ""),
        (f"period            {data['period']['first'][:10]} to {(data['period']['last'] or '?')[:10]}"
         + (f" ({missing:,} {'ticket' if missing == 1 else 'tickets'}, {missing / max(data['tickets_analysed'], 1):.0%},"
            f" {'has' if missing == 1 else 'have'} no readable creation time: monthly volume, trends and staffing "
            "leave them out)" if missing else "")
         if data["period"]["first"] else
         "period            unknown: no creation time could be read (name its column with --time-col); "
         "monthly volume, its trend and staffing are not measured"),
        "channels          " + ", ".join(f"{c} {n:,}" for c, n in list(data["channels"].items())[:6]),
        f"topics            {data['topics_overview']['n_topics']}",
    ]
    # Largest first: a saved analysis applied to new tickets keeps the baseline's topic order.
    for t in sorted(data["topics"], key=lambda t: -t["share"])[:5]:
        lines.append(f"  {t['share']:>6.1%}  {t['label']}")
    cats = data["categories"]
    lines.append("categories        " + ", ".join(
        f"{k} {v:.0%}" for k, v in list(cats["shares"].items())[:5]) + f" ({cats['uncertain']:,} uncertain)")
    f2f = data["face_to_face"]["overall"]
    lines.append(f"face to face      {f2f['share']:.1%} (95 % interval {f2f['share_ci'][0]:.1%} to "
                 f"{f2f['share_ci'][1]:.1%}; raw count {f2f['raw_share']:.1%})")
    verdict = data["verdict"]
    lines.append(f"decision          {verdict['decision'].replace('_', ' ')} (score {verdict['score']:g} of 100)")
    for reason in verdict["reasons"][:3]:
        lines.append(f"  - {reason['explanation']}")
    cur = data["curriculum"]
    lines.append(f"curriculum        {len(cur['modules'])} modules, {cur['total_hours']:g} hours (curriculum.md)")
    head = data["staffing"]["totals"]
    if data["period"]["first"]:  # staffing counts only tickets with a creation time
        lines.append(f"staffing          {head['remote']} remote and {head['in_person']} in-person agents rostered")
    else:
        lines.append("staffing          not computed: no ticket has a creation time (nor are costs, which "
                     "need its headcount)")
    if data["costs"]["training"]:
        lines.append(f"training cost     {data['costs']['training']['cost']:,.2f} ({data['costs']['training']['basis']})")
    if data["costs"]["running"]:
        run = data["costs"]["running"]
        lines.append(f"monthly cost      in house {run['in_house_monthly']:,.2f}, outsourced {run['outsourced_monthly']:,.2f}"
                     f" ({run['cheaper']} is cheaper; break-even {run['break_even_contacts_per_month']:,.0f} contacts a month)")
    lines.append(f"written to        {out}/ ({', '.join(data['outputs'])})")
    typer.echo("\n".join(lines))


@app.command(epilog="Example: topicscope inspect exports/tickets.csv --text-col Body")
def inspect(
    export: Path = typer.Argument(..., metavar="EXPORT", help="The ticket export."),
    id_col: Optional[str] = IdCol,
    text_col: Optional[list[str]] = TextCol,
    time_col: Optional[str] = TimeCol,
    channel_col: Optional[str] = ChannelCol,
    label_col: Optional[str] = LabelCol,
    dayfirst: Optional[bool] = DayFirst,
    timezone: Optional[str] = TimezoneOpt,
    rows: int = typer.Option(3, "--rows", min=0, max=50, help="Sample tickets to show (redacted)."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", help="text or json."),
) -> None:
    """Show what was detected (format, encoding, delimiter, column mapping) without analysing."""

    def go() -> int:
        from .ingest import TicketStream

        options = _options(id_col, text_col, time_col, channel_col, label_col, dayfirst, timezone)
        stream = TicketStream(export, Config(), **options.mapping())
        first = next(iter(stream))
        samples = []
        for _, row in first.tickets.head(rows).iterrows():
            samples.append({
                "ticket_id": row["ticket_id"],
                "created_at": row["created_at"].isoformat() if not _isna(row["created_at"]) else None,
                "channel": row["channel"],
                "given_category": row["given_category"],
                "text": example(row["text"], 300),
            })
        report = {
            "input": stream.detection_.to_dict() if stream.detection_ else None,
            "mapping": stream.mapper_.describe(),
            "first_block": {"records": stream.accounting_.tickets_read,
                            "tickets": stream.accounting_.tickets_analysed,
                            "rejected": stream.accounting_.rejected_by_reason},
            "samples": samples,
        }
        if output_format == OutputFormat.json:
            typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        else:
            typer.echo(_inspect_text(report))
        return 0

    _run(go)


@app.command(epilog="Example: topicscope curriculum exports/tickets.csv --out training/ --hours 60")
def curriculum(
    export: Optional[Path] = typer.Argument(None, metavar="[EXPORT]", help="The ticket export (default: the sample)."),
    out: Path = typer.Option(Path("topicscope-out"), "--out", "-o", metavar="DIR", help="Output folder."),
    hours: Optional[float] = typer.Option(None, "--hours", min=1, help="Training budget in hours (default 40)."),
    text_col: Optional[list[str]] = TextCol,
    config: Optional[Path] = ConfigOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing."),
) -> None:
    """Write just the training curriculum (curriculum.md and curriculum.json) into DIR."""

    def go() -> int:
        from .analysis import analyze as analyze_api
        from .curriculum import render_markdown
        from .writing import AtomicOutputDir, write_json

        cfg = _with_flags(_load_config(config), hours, None, None, None, None)
        source = export if export is not None else sample_path()
        with _progress(not quiet and sys.stderr.isatty()) as report:
            analysis = analyze_api(source, config=cfg, progress=report,
                                   text_cols=list(text_col) if text_col else None)
        with AtomicOutputDir(out) as stage:
            write_json(stage.path("curriculum.json"), analysis.curriculum)
            stage.path("curriculum.md").write_text(render_markdown(analysis.curriculum), encoding="utf-8")
        if not quiet:
            typer.echo(f"written to        {out}/ (curriculum.md, curriculum.json)")
        return 0

    _run(go)


@app.command(epilog="Example: topicscope train history.csv --label-col 'Contact Reason' --model-out reasons.joblib")
def train(
    export: Path = typer.Argument(..., metavar="EXPORT", help="A ticket export whose rows carry your labels."),
    label_col: str = typer.Option(..., "--label-col", metavar="COLUMN",
                                  help="Column with the label (e.g. Zendesk type, a custom contact reason)."),
    model_out: Path = typer.Option(..., "--model-out", metavar="PATH", help="Where to write the model (.joblib)."),
    id_col: Optional[str] = IdCol,
    text_col: Optional[list[str]] = TextCol,
    dayfirst: Optional[bool] = DayFirst,
    config: Optional[Path] = ConfigOpt,
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", help="text or json."),
    embeddings: Embeddings = typer.Option(Embeddings.static, "--embeddings",
                                          help="sentence: add MiniLM sentence-embedding features (the semantic "
                                               "extra); static or none: words and characters only."),
) -> None:
    """Train a category classifier on your labelled tickets; print its cross-validated quality."""

    def go() -> int:
        from .training import train_classifier

        cfg = _load_config(config)
        report = train_classifier(export, label_col, model_out, config=cfg, id_col=id_col,
                                  text_col=list(text_col) if text_col else None, dayfirst=dayfirst,
                                  embeddings=embeddings.value)
        if output_format == OutputFormat.json:
            typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
            return 0
        ev = report["evaluation"]
        lines = [f"trained on        {report['training_rows']:,} labelled tickets in {len(report['labels'])} labels "
                 f"({report['unlabelled_rows']:,} without a label left out)",
                 f"accuracy          {ev['accuracy']:.1%} ({ev['method']})",
                 f"{'label':<28}{'precision':>10}{'recall':>8}{'tickets':>9}"]
        for c in ev["per_class"]:
            lines.append(f"{c['label'][:27]:<28}{c['precision']:>10.2f}{c['recall']:>8.2f}{c['support']:>9,}")
        lines.append(f"model written to  {report['model']} (+ manifest)")
        typer.echo("\n".join(lines))
        return 0

    _run(go)


@app.command(epilog="Example: topicscope compare before.csv after.csv --out changes/   "
                    "(or: topicscope compare tickets.csv --since 2026-06-01 --out changes/)")
def compare(
    baseline: Path = typer.Argument(..., metavar="BASELINE",
                                    help="The baseline: an export, or a folder saved with 'analyze --save-model'."),
    new: Optional[Path] = typer.Argument(None, metavar="[NEW]",
                                         help="The new period's export (omit it with --since to split BASELINE)."),
    out: Path = typer.Option(Path("topicscope-compare"), "--out", "-o", metavar="DIR", help="Output folder."),
    since: Optional[str] = typer.Option(None, "--since", metavar="DATE",
                                        help="New period starts here (YYYY-MM-DD); alone, splits one export."),
    until: Optional[str] = typer.Option(None, "--until", metavar="DATE", help="New period ends before this date."),
    id_col: Optional[str] = IdCol,
    text_col: Optional[list[str]] = TextCol,
    time_col: Optional[str] = TimeCol,
    channel_col: Optional[str] = ChannelCol,
    dayfirst: Optional[bool] = DayFirst,
    timezone: Optional[str] = TimezoneOpt,
    topics: Optional[int] = typer.Option(None, "--topics", min=1, metavar="N",
                                         help="Number of baseline topics (default: chosen from the data)."),
    trust_model: bool = typer.Option(False, "--trust-model",
                                     help="Load a saved analysis even when no manifest vouches for it."),
    config: Optional[Path] = ConfigOpt,
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format",
                                               help="text: what changed; json: compare.json on stdout."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no summary."),
) -> None:
    """Compare a new period with a baseline: topics that grew, shrank, vanished or emerged."""

    def go() -> int:
        from .analysis import compare_periods
        from .pipeline import write_comparison

        options = vars(_options(id_col, text_col, time_col, channel_col, None, dayfirst, timezone))
        options = {k: v for k, v in options.items() if v is not None and k in (
            "id_col", "text_cols", "time_col", "channel_col", "dayfirst", "timezone")}
        if topics is not None:
            options["n_topics"] = topics
        show = not quiet and output_format == OutputFormat.text and sys.stderr.isatty()
        cfg = _load_config(config)
        with _progress(show) as report:
            comparison, after = compare_periods(baseline, new, since=since, until=until, config=cfg,
                                                progress=report, trust_model=trust_model, **options)
        write_comparison(out, comparison, after)
        data = comparison.to_dict()
        if output_format == OutputFormat.json:
            typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        elif not quiet:
            by_id = {t["id"]: t for t in data["topics"]}
            v = data["verdict"]
            n_new = data["new"]["tickets_analysed"]
            lines = [f"baseline          {data['baseline']['tickets_analysed']:,} tickets",
                     f"new period        {n_new:,} {'ticket' if n_new == 1 else 'tickets'}"
                     + (_few_note(n_new) if n_new < cfg.topics.min_tickets else ""),
                     f"decision          {v['decision_before'].replace('_', ' ')} -> "
                     f"{v['decision_after'].replace('_', ' ')} (reasons changed: "
                     + (", ".join(f.replace("_", " ") for f in v["changed_reasons"]) or "none") + ")"]
            for title, ids in (("grew", data["increased"]), ("shrank", data["decreased"]),
                               ("shrank away", data["vanished"])):
                for t in ids:
                    ch = by_id[t]
                    lines.append(f"{title:<17} {ch['label']}: {ch['before_share']:.1%} -> {ch['after_share']:.1%}")
            for e in data["emerging"]:
                lines.append(f"{'emerging':<17} {e['label']}: {e['tickets']:,} tickets ({e['share']:.1%})")
            if not (data["increased"] or data["decreased"] or data["vanished"] or data["emerging"]):
                lines.append("no significant change in any topic")
            lines.append(f"written to        {out}/ (compare.md, compare.json, report.html)")
            typer.echo("\n".join(lines))
        return 0

    _run(go)


def _isna(value: Any) -> bool:
    import pandas as pd

    return bool(pd.isna(value))



def _inspect_text(report: dict[str, Any]) -> str:
    inp = report["input"]
    out = []
    if inp:
        out += [
            f"file        {inp['path']}",
            f"format      {inp['format']}" + (f" (gzip)" if inp["compression"] else "") + f"  -- {inp['reasons'].get('format', '')}",
        ]
        if inp["encoding"]:
            out.append(f"encoding    {inp['encoding']}  -- {inp['reasons'].get('encoding', '')}")
        if inp["delimiter"]:
            out.append(f"delimiter   {inp['delimiter']}  -- {inp['reasons'].get('delimiter', '')}")
        if "records" in inp["reasons"]:
            out.append(f"records     {inp['reasons']['records']}")
        out.append(f"columns     {len(inp['columns'])}: " + ", ".join(inp["columns"]))
    mapping = report["mapping"]
    block = report["first_block"]
    out.append(f"layout      {mapping['layout']}")
    out.append(f"first block {block['records']:,} records, {block['tickets']:,} tickets"
               + (f", rejected {block['rejected']}" if block["rejected"] else ""))
    out.append("mapping")
    for fld, choice in mapping["fields"].items():
        out.append(f"  {fld:<15} <- {' + '.join(choice['columns'])}  ({choice['reason']})")
    for fld, fmt in mapping["time_formats"].items():
        out.append(f"  {fld} format: {fmt['format']}  ({fmt['reason']})")
    missing = [f for f in ("ticket_id", "created_at", "channel", "subject", "body") if f not in mapping["fields"]]
    if missing:
        out.append("  not found: " + ", ".join(missing))
    if mapping["other_columns"]:
        out.append("  kept as is: " + ", ".join(mapping["other_columns"]))
    if report["samples"]:
        out.append("samples (personal data redacted)")
        for s in report["samples"]:
            out.append(f"  [{s['ticket_id']}] {s['created_at'] or '?'} {s['channel'] or 'unknown'}: {s['text']}")
    return "\n".join(out)


def main() -> None:
    """Console-script entry point: every error is one line on stderr with a documented exit code."""
    try:
        code = app(standalone_mode=False)
    except UsageError as exc:  # raised while parsing, before a command ran
        typer.echo(f"topicscope: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:  # noqa: BLE001 -- click's parse errors (typer may vendor its own click)
        if type(exc).__name__ == "NoArgsIsHelpError":
            typer.echo(exc.format_message())  # type: ignore[attr-defined]
            sys.exit(0)
        if type(exc).__name__ == "Abort":
            typer.echo("topicscope: interrupted", err=True)
            sys.exit(130)
        if not hasattr(exc, "format_message"):
            raise
        ctx = getattr(exc, "ctx", None)
        where = "topicscope" + (f" {ctx.info_name}" if ctx is not None and ctx.parent is not None else "")
        message = " ".join(exc.format_message().split())
        typer.echo(f"topicscope: error: {message} (see '{where} --help')", err=True)
        sys.exit(EXIT_USAGE)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
