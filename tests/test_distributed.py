"""A partitioned export: read as one on one machine, and on a Dask LocalCluster with the same result."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def parts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parts")
    sample = pd.read_csv(ROOT / "sample_tickets" / "tickets.csv", dtype=str, keep_default_na=False)
    chunks = [sample.iloc[:1000], sample.iloc[1000:2000], sample.iloc[2000:]]
    # The first ticket of part 1 again at the top of part 3: a duplicate across parts.
    chunks[2] = pd.concat([chunks[0].iloc[:1], chunks[2]])
    for i, chunk in enumerate(chunks):
        chunk.to_csv(folder / f"part-{i}.csv", index=False)
    (folder / "_SUCCESS").write_text("")  # markers that writers leave are not parts
    config = folder.parent / "small-fit.toml"
    # Fit on 1,000 tickets so that most are assigned in batches: on the workers in the Dask run.
    config.write_text("[topics]\nfit_sample = 1000\nbatch_rows = 400\n")
    return folder, config, len(sample)


def _run(cli, folder, out, config, *extra):
    res = cli("analyze", folder, "-o", out, "-q", "--config", config, "--topics", "12", *extra)
    assert res.exit_code == 0, res.stderr
    summary = json.loads((out / "summary.json").read_text())
    summary.pop("generated_at")
    return summary


def test_a_folder_of_parts_reads_as_one_export_with_every_row_accounted_for(cli, parts, tmp_path):
    folder, config, n = parts
    s = _run(cli, folder, tmp_path / "one", config)
    assert s["tickets_read"] == n + 1
    assert s["tickets_read"] == s["tickets_analysed"] + s["tickets_rejected"]
    assert s["rejected_by_reason"]["duplicate_id"] == 6 + 1
    assert s["input"]["parts"] == ["part-0.csv", "part-1.csv", "part-2.csv"]
    assert s["topics_overview"]["fitted_on"] == 1000
    rejects = pd.read_csv(tmp_path / "one" / "rejects.csv")
    assert rejects["source_row"].is_unique and rejects["source_row"].max() <= n + 1
    across = rejects[rejects["detail"].str.contains("earlier part")]
    raw = json.loads(across["raw"].iloc[0])  # the row's values, as for a duplicate inside one file
    first = pd.read_csv(folder / "part-0.csv", dtype=str).iloc[0]
    assert raw["ticket_id"] == first["Ticket ID"] and first["Subject"] in raw["text"]
    assert raw["created_at"].startswith(first["Date Created"][:10])


def test_dask_local_cluster_gives_the_same_summary_as_one_machine(cli, parts, tmp_path):
    pytest.importorskip("distributed", reason="the dask extra is not installed: pip install '.[dask]'")
    folder, config, _ = parts
    one = _run(cli, folder, tmp_path / "one", config)
    dask = _run(cli, folder, tmp_path / "dask", config, "--workers", "2")
    assert dask == one
    assert (tmp_path / "one" / "tickets.csv").read_bytes() == (tmp_path / "dask" / "tickets.csv").read_bytes()


def test_workers_and_scheduler_exclude_each_other(cli, parts, tmp_path):
    folder, config, _ = parts
    res = cli("analyze", folder, "-o", tmp_path / "x", "--workers", "2", "--dask-scheduler", "tcp://127.0.0.1:1")
    assert res.exit_code == 2 and "exclude each other" in res.stderr


def test_the_sample_classified_in_a_worker_during_the_fit_matches_one_process(cli, parts, tmp_path, monkeypatch):
    from topicscope import distributed

    folder, _, _ = parts
    started = []
    real_start = distributed.SampleClassifier.start
    monkeypatch.setattr(distributed.SampleClassifier, "start",
                        lambda self, *a: started.append(len(a[2])) or real_start(self, *a))
    outs = {}
    for jobs in (1, 2):
        config = tmp_path / f"jobs{jobs}.toml"
        config.write_text(f"[topics]\nfit_sample = 1000\nbatch_rows = 400\nn_jobs = {jobs}\n"
                          "background_min_tickets = 1000\n")
        outs[jobs] = _run(cli, folder, tmp_path / f"jobs{jobs}", config)
    assert started == [3]  # the 1,000-ticket sample's three batches, with two processes only
    assert outs[2] == outs[1]
    assert (tmp_path / "jobs1" / "tickets.csv").read_bytes() == (tmp_path / "jobs2" / "tickets.csv").read_bytes()


def test_a_failing_fit_stops_the_sample_worker_and_reports_the_error(monkeypatch, parts):
    # A folder of parts is read before any model is at hand: its sample goes to the sample worker.
    from topicscope import distributed, pipeline
    from topicscope.config import Config, TopicsConfig
    from topicscope.topics import TopicModel

    cancelled = []
    real_cancel = distributed.SampleClassifier.cancel
    monkeypatch.setattr(distributed.SampleClassifier, "cancel", lambda self: cancelled.append(1) or real_cancel(self))

    def broken_fit(self, X):
        raise RuntimeError("fit failed")

    monkeypatch.setattr(TopicModel, "fit", broken_fit)
    with pytest.raises(RuntimeError, match="fit failed"):
        pipeline.analyze_export(parts[0], pipeline.RunOptions(),
                                config=Config(topics=TopicsConfig(n_jobs=2, background_min_tickets=100)))
    assert cancelled == [1]


def _early_workers(monkeypatch) -> list:
    from topicscope import distributed

    workers: list = []
    real_submit = distributed.EarlyClassifier._submit

    def submit(self, *a):
        real_submit(self, *a)
        workers.extend(p for p in self.pool_._processes.values() if p not in workers)

    monkeypatch.setattr(distributed.EarlyClassifier, "_submit", submit)
    return workers


def test_a_failing_fit_stops_the_early_workers_and_reports_the_error(monkeypatch):
    from topicscope import pipeline
    from topicscope.config import Config, TopicsConfig
    from topicscope.topics import TopicModel

    workers = _early_workers(monkeypatch)

    def broken_fit(self, X):
        raise RuntimeError("fit failed")

    monkeypatch.setattr(TopicModel, "fit", broken_fit)
    sample = pd.read_csv(ROOT / "sample_tickets" / "tickets.csv", dtype=str, keep_default_na=False).iloc[:300]
    with pytest.raises(RuntimeError, match="fit failed"):
        pipeline.analyze_export(sample, pipeline.RunOptions(),
                                config=Config(topics=TopicsConfig(n_jobs=2, fit_sample=100, background_min_tickets=100)))
    assert workers and not any(w.is_alive() for w in workers)


def _one_and_two_processes(config: dict, **options):
    import topicscope
    from topicscope.config import Config

    out = []
    for jobs in (1, 2):
        a = topicscope.analyze(ROOT / "sample_tickets" / "tickets.csv", n_topics=8,
                               config=Config.from_dict({"topics": {**config, "n_jobs": jobs}}), **options)
        summary = a.summary.to_dict()
        summary.pop("generated_at")
        out.append((summary, a.tickets.drop(columns=["text"])))
    return out


def test_tickets_classified_by_the_early_workers_while_read_match_one_process(monkeypatch):
    from topicscope import distributed

    done = []
    real_stop = distributed.EarlyClassifier.stop
    monkeypatch.setattr(distributed.EarlyClassifier, "stop",
                        lambda self: done.append(int((r := real_stop(self)).done.sum())) or r)
    (one, one_tickets), (two, two_tickets) = _one_and_two_processes(
        {"fit_sample": 1000, "batch_rows": 300, "background_min_tickets": 500})
    assert len(done) == 1 and done[0] > 0  # the workers did classify while the export was read
    assert two == one
    pd.testing.assert_frame_equal(two_tickets, one_tickets)


@pytest.mark.parametrize("period", [{}, {"since": "2025-03-01"}], ids=["whole export", "a period of it"])
def test_tickets_the_early_workers_did_not_reach_are_applied_whole(monkeypatch, period):
    # Every other batch's results are dropped, as if the fit had ended before the workers took
    # it: those tickets (sample and rest) go to the apply step whole, the others keep theirs.
    from topicscope import distributed

    real_stop = distributed.EarlyClassifier.stop
    dropped = []

    def stop(self):
        got = real_stop(self)
        keep = got.done.copy()
        for k, (at, _) in enumerate(self.futures_):
            if k % 2:
                keep[at:at + self.batch_rows] = False
        dropped.append(int(got.done.sum() - keep.sum()))
        languages = np.where(keep, got.languages, None)
        spans = {p: s for p, s in got.spans.items() if keep[p]}
        return distributed.EarlyResults(keep, languages, spans,
                                        got.classes[keep[got.done]].reset_index(drop=True))

    monkeypatch.setattr(distributed.EarlyClassifier, "stop", stop)
    (one, one_tickets), (two, two_tickets) = _one_and_two_processes(
        {"fit_sample": 1000, "batch_rows": 300, "background_min_tickets": 500}, **period)
    assert dropped and dropped[0] > 0
    assert two == one
    pd.testing.assert_frame_equal(two_tickets, one_tickets)


def test_a_small_sample_is_classified_in_this_process_without_a_worker(monkeypatch):
    # A worker's start-up and model loading (2-3 s) outweigh a few hundred tickets' classifying.
    from topicscope import distributed, pipeline
    from topicscope.config import Config, TopicsConfig

    monkeypatch.setattr(distributed.SampleClassifier, "start", lambda *a: pytest.fail("a worker was started"))
    sample = pd.read_csv(ROOT / "sample_tickets" / "tickets.csv", dtype=str, keep_default_na=False).iloc[:300]
    result = pipeline.analyze_export(sample, pipeline.RunOptions(n_topics=5), config=Config(topics=TopicsConfig(n_jobs=2)))
    assert len(result.tickets) > 250


def test_read_tickets_reads_a_folder_of_parts_as_analyze_does(parts):
    import topicscope

    folder, _, n = parts
    table = topicscope.read_tickets(folder)
    assert table.accounting.tickets_read == n + 1
    assert table.accounting.tickets_read == table.accounting.tickets_analysed + table.accounting.tickets_rejected
    assert table.detection["parts"] == ["part-0.csv", "part-1.csv", "part-2.csv"]
    # Every column, as a single file's read has them, not the analysis's trimmed table.
    whole = topicscope.read_tickets(ROOT / "sample_tickets" / "tickets.csv")
    assert list(table.tickets.columns) == list(whole.tickets.columns)
    assert table.tickets["raw_text"].tolist() == whole.tickets["raw_text"].tolist()


def test_the_sample_worker_is_gone_when_a_later_step_fails(monkeypatch):
    # An error after the fit (here a progress callback) must not leave the worker running, which a
    # notebook keeping the traceback would otherwise hold on to.
    from topicscope import distributed, pipeline
    from topicscope.config import Config, TopicsConfig

    workers = _early_workers(monkeypatch)
    real_start = distributed.SampleClassifier.start

    def start(self, *a):
        out = real_start(self, *a)
        workers.extend(self.pool_._processes.values())
        return out

    monkeypatch.setattr(distributed.SampleClassifier, "start", start)

    def progress(stage, done):
        if stage == "classify":
            raise RuntimeError("stop here")

    sample = pd.read_csv(ROOT / "sample_tickets" / "tickets.csv", dtype=str, keep_default_na=False).iloc[:300]
    with pytest.raises(RuntimeError, match="stop here"):
        pipeline.analyze_export(sample, pipeline.RunOptions(), progress=progress,
                                config=Config(topics=TopicsConfig(n_jobs=2, background_min_tickets=100)))
    assert workers and not any(w.is_alive() for w in workers)


def test_batches_sent_to_workers_share_the_ticket_texts_rather_than_copy_them(monkeypatch):
    # Under pandas' string dtype each batch cut from the tickets copied its texts into new
    # buffers: about 750 MB more at a million tickets, with the 4 GB budget nearly spent.
    import topicscope
    from topicscope import distributed
    from topicscope.config import Config

    sent: list = []

    class Recording:
        def __init__(self, n_jobs: int):
            self.n_jobs = n_jobs

        def apply(self, fitted, batches):
            sent.extend(batches)
            return [distributed.apply_batch(b, fitted) for b in batches]

    monkeypatch.setattr(distributed, "ProcessExecutor", Recording)
    tickets = topicscope.read_tickets(ROOT / "sample_tickets" / "tickets.csv").tickets
    frame = tickets[["text", "channel", "created_at"]].iloc[:700].rename(columns={"text": "description"})
    config = Config.from_dict({"topics": {"fit_sample": 300, "batch_rows": 100, "n_jobs": 2}})
    a = topicscope.analyze(frame, config=config, n_topics=6)
    assert len(sent) == 4 and sum(len(b) for b in sent) == 400
    texts = a.tickets["text"].tolist()
    for batch in sent:
        assert batch["text"].dtype == object and batch["channel"].dtype == object
        assert batch["text"].tolist() == [texts[i] for i in batch.index]


def test_an_export_no_larger_than_its_fitting_sample_starts_no_early_workers(monkeypatch):
    # All of it is sample: the one sample worker classifies it during the fit, at less start-up cost.
    from topicscope import distributed, pipeline
    from topicscope.config import Config, TopicsConfig

    started = []
    real_start = distributed.SampleClassifier.start
    monkeypatch.setattr(distributed.SampleClassifier, "start",
                        lambda self, *a: started.append(len(a[2])) or real_start(self, *a))
    monkeypatch.setattr(distributed.EarlyClassifier, "_submit", lambda *a: pytest.fail("an early worker was started"))
    sample = pd.read_csv(ROOT / "sample_tickets" / "tickets.csv", dtype=str, keep_default_na=False).iloc[:300]
    result = pipeline.analyze_export(sample, pipeline.RunOptions(n_topics=5),
                                     config=Config(topics=TopicsConfig(n_jobs=2, fit_sample=300, background_min_tickets=100)))
    assert started == [1] and len(result.tickets) > 250


def test_every_worker_keeps_the_memory_it_frees_and_the_caller_is_left_as_it_is(monkeypatch):
    # A worker frees and allocates the same large arrays batch after batch: handed back to the
    # system each time, they cost a page fault per page. Both kinds of worker set malloc to keep
    # them; analyze's own process (the caller's) is never changed.
    import pickle
    import subprocess
    import sys

    from topicscope import distributed

    called = []
    monkeypatch.setattr(distributed, "_keep_freed_memory", lambda: called.append(True))
    distributed._init_worker(pickle.dumps(None))
    distributed._init_classifier(pickle.dumps(None))
    assert called == [True, True]
    monkeypatch.undo()
    if not sys.platform.startswith("linux"):
        pytest.skip("malloc settings are glibc's")
    # glibc takes every setting (mallopt returns 0 for one it does not know or refuses).
    out = subprocess.run([sys.executable, "-c", "from topicscope.distributed import _keep_freed_memory as k; "
                          "print(k())"], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "True"
    src = (ROOT / "topicscope" / "pipeline.py").read_text() + (ROOT / "topicscope" / "analysis.py").read_text()
    assert "_keep_freed_memory" not in src


def test_an_analysis_with_workers_leaves_the_callers_malloc_as_it_is(monkeypatch):
    # The workers are fresh interpreters, so a replacement here reaches only this process.
    from topicscope import distributed

    in_caller, applied = [], []
    monkeypatch.setattr(distributed, "_keep_freed_memory", lambda: in_caller.append(True))
    real_apply = distributed.ProcessExecutor.apply
    monkeypatch.setattr(distributed.ProcessExecutor, "apply",
                        lambda self, *a: applied.append(self.n_jobs) or real_apply(self, *a))
    import topicscope
    from topicscope.config import Config

    topicscope.analyze(ROOT / "sample_tickets" / "tickets.csv", n_topics=8, config=Config.from_dict(
        {"topics": {"fit_sample": 1000, "batch_rows": 300, "background_min_tickets": 500, "n_jobs": 2}}))
    assert applied == [2] and in_caller == []
