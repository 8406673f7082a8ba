"""Reading benchmark: a generated N-row CSV export through `topicscope analyze`'s read step.

Prints rows/s and peak RSS for
  * baseline: pandas.read_csv in chunks (parsing only, nothing mapped or cleaned);
  * topicscope: the read step of `analyze` -- detect, map, clean, account -- streaming every
    block to a CSV of canonical tickets and a rejects file, as topicscope.TicketStream yields them.
    (Topics and categories on a million tickets are the scale issue's benchmark.)
Each measured step runs in its own process so its peak RSS is its own.

    python benchmarks/read_scale.py              # 1,000,000 rows (about 400 MB of CSV)
    python benchmarks/read_scale.py --rows 100000
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "router wifi password internet outage slow speed bill charge refund payment card plan upgrade "
    "technician visit install appointment modem cable fibre signal drop account login reset email "
    "phone number address moving cancel contract store equipment swap box remote tv channel app "
    "error code light blinking red green orange since yesterday morning evening weekend please help "
    "thanks again still not working restarted twice checked cables neighbour also affected"
).split()
CHANNELS = ("Email", "Phone", "Chat", "Web Form", "Walk-in", "Twitter", "Mobile App")


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """Seeded export: ~300 bytes of text a row, a few multi-line and HTML cells, 0.1 % bad rows."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Ticket ID", "Date Created", "Channel", "Subject", "Ticket Description", "Customer Email"])
        for i in range(rows):
            words = rng.choices(WORDS, k=rng.randint(38, 48))
            body = " ".join(words)
            if i % 10 == 0:
                body = body.replace(" please ", "\nplease ", 1)
            if i % 25 == 0:
                body = f"<p>{body}</p>"
            day = 1 + i % 28
            row = [f"T-{i + 1}", f"2026-{1 + i % 12:02d}-{day:02d} {i % 24:02d}:{i % 60:02d}:00",
                   CHANNELS[i % len(CHANNELS)], " ".join(rng.choices(WORDS, k=4)), body, f"user{i}@example.com"]
            if i % 1000 == 999:
                row.append("an extra field")  # malformed: counted, not lost
            w.writerow(row)


def _child(step: str, export: str, out: str) -> None:
    start = time.perf_counter()
    if step == "baseline":
        import pandas as pd

        rows = 0
        for chunk in pd.read_csv(export, chunksize=50_000, dtype=str, keep_default_na=False,
                                 on_bad_lines="skip"):
            rows += len(chunk)
    else:
        from topicscope.ingest import TicketStream, rejects_frame

        Path(out).mkdir(parents=True, exist_ok=True)
        stream = TicketStream(export)
        first = True
        for chunk in stream:
            chunk.tickets[["ticket_id", "source_row", "created_at", "channel", "text"]].to_csv(
                Path(out) / "tickets.csv", mode="w" if first else "a", header=first, index=False)
            rejects_frame(chunk.rejects).to_csv(Path(out) / "rejects.csv", mode="w" if first else "a",
                                                header=first, index=False)
            first = False
        acc = stream.accounting_
        (Path(out) / "summary.json").write_text(json.dumps(acc.to_dict()))
        rows = acc.tickets_read
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"rows": rows, "seconds": seconds, "peak_rss_mib": peak_kib / 1024}))


def measure(step: str, export: Path, out: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", step, str(export), str(out)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{step} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "export.csv"
        t0 = time.perf_counter()
        generate(export, args.rows)
        size = export.stat().st_size
        print(f"generated {args.rows:,} rows, {size / 1e6:.0f} MB in {time.perf_counter() - t0:.1f} s "
              f"({size / args.rows:.0f} bytes a row)")
        print(f"{'step':<34}{'rows':>12}{'seconds':>10}{'rows/s':>12}{'peak RSS':>12}")
        results = {}
        for step, label in (("baseline", "baseline: pandas.read_csv chunks"),
                            ("topicscope", "topicscope read step (TicketStream)")):
            r = measure(step, export, Path(tmp) / "out")
            results[step] = r
            print(f"{label:<34}{r['rows']:>12,}{r['seconds']:>10.1f}{r['rows'] / r['seconds']:>12,.0f}"
                  f"{r['peak_rss_mib']:>9,.0f} MiB")
        ratio = results["topicscope"]["seconds"] / results["baseline"]["seconds"]
        print(f"topicscope takes {ratio:.1f}x the baseline's time (it also maps, cleans and writes); "
              f"peak RSS {results['topicscope']['peak_rss_mib']:,.0f} MiB "
              f"({'under' if results['topicscope']['peak_rss_mib'] < 2048 else 'OVER'} the 2 GiB limit)")
        summary = json.loads((Path(tmp) / "out" / "summary.json").read_text())
        print(f"accounting: read {summary['tickets_read']:,} = analysed {summary['tickets_analysed']:,}"
              f" + rejected {summary['tickets_rejected']:,} {summary['rejected_by_reason']}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
