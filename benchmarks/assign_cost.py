"""What assigning and classifying one ticket costs, step by step, on one core.

    python benchmarks/assign_cost.py                # 10,000 tickets of the 100,000-ticket scale export
    python benchmarks/assign_cost.py --tickets 5000

Fits an analysis on the export's first --fit tickets (as ``analyze`` fits on its sample), then
times each step of applying it to --tickets other tickets in one process with one BLAS thread:
CPU time per ticket, best of --repeats after a warm-up (caches filled, as in a long run). The
export comes from benchmarks/scale_data.py (seeded) and is cached in --data-dir. The baseline in
the same run is scikit-learn's own TfidfVectorizer (word 1-2-grams and char_wb 2-5-grams, as the
classifiers use) transforming the same tickets, which each classifier reading did before
topicscope counted n-grams in bulk.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tickets", type=int, default=10_000)
    ap.add_argument("--fit", type=int, default=20_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "topicscope-scale")
    args = ap.parse_args()

    import pandas as pd
    from sklearn.feature_extraction.text import TfidfVectorizer
    from threadpoolctl import threadpool_limits

    import topicscope
    from scale_data import write_export
    from topicscope.config import Config
    from topicscope.fitted import classify_batch
    from topicscope.ingest import read_tickets
    from topicscope.language import LanguageDetector
    from topicscope.pii import find_pii, without_pii
    from topicscope.topics import nearest_topics

    n_export = 100_000
    export = args.data_dir / f"tickets-{n_export}-seed0.csv"
    if not export.is_file():
        args.data_dir.mkdir(parents=True, exist_ok=True)
        write_export(export, n_export, seed=0)
    frame = pd.read_csv(export, dtype=str, keep_default_na=False, nrows=args.fit + args.tickets)
    fit_part = frame.iloc[:args.fit]
    rest = frame.iloc[args.fit:args.fit + args.tickets]
    with tempfile.TemporaryDirectory() as tmp:
        fit_path, rest_path = Path(tmp) / "fit.csv", Path(tmp) / "rest.csv"
        fit_part.to_csv(fit_path, index=False)
        rest.to_csv(rest_path, index=False)
        fitted = topicscope.analyze(fit_path, config=Config()).fitted
        tickets = read_tickets(rest_path).tickets  # cleaned texts and channels, as analyze reads them
    texts = tickets["text"].tolist()
    channels = tickets["channel"].fillna("").astype(str).tolist()
    n = len(texts)

    def timed(name: str, fn):  # noqa: ANN001, ANN202
        out = fn()  # warm-up: caches filled, models loaded
        best = float("inf")
        for _ in range(args.repeats):
            start = time.process_time()
            out = fn()
            best = min(best, time.process_time() - start)
        print(f"  {name:<50} {1000 * best / n:7.3f} ms a ticket")
        return out, best

    print(f"{n:,} tickets of {export.name}, analysis fitted on {args.fit:,}; CPU time, one core, best of "
          f"{args.repeats}")
    with threadpool_limits(1, "blas"):
        total = 0.0
        languages, t = timed("language", lambda: LanguageDetector().predict(texts))
        total += t
        spans, t = timed("personal-data search", lambda: [find_pii(x) for x in texts])
        total += t
        cleaned = [without_pii(x, s) for x, s in zip(texts, spans)]
        X, t = timed("representation (topic vectors)", lambda: fitted.vectorizer.transform(cleaned, languages, channels))
        total += t
        _, t = timed("nearest topic", lambda: nearest_topics(X, fitted.centers, fitted.topics_config.confidence_temperature))
        total += t
        _, t = timed("category and face-to-face classifiers (one cut)",
                     lambda: classify_batch(texts, channels, spans, fitted.classifier, fitted.f2f_model))
        total += t
        print(f"  {'sum of the steps':<50} {1000 * total / n:7.3f} ms a ticket")
        whole = pd.DataFrame({"text": texts, "channel": channels})
        timed("the whole apply step (FittedAnalysis.apply)", lambda: fitted.apply(whole))
        print("baseline, same tickets:")
        words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(texts)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2).fit(texts)
        timed("scikit-learn word 1-2 + char_wb 2-5 transform", lambda: (words.transform(texts), chars.transform(texts)))


if __name__ == "__main__":
    main()
