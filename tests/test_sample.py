"""The bundled sample: what the Quickstart runs on, made by its script, every row accounted for."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys

from conftest import ROOT
from topicscope.pii import luhn_ok

SAMPLE = ROOT / "sample_tickets"


def _truth() -> list[dict[str, str]]:
    with open(SAMPLE / "truth.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_default_run_uses_the_sample_and_accounts_for_every_row(cli, tmp_path):
    out = tmp_path / "out"
    result = cli("analyze", "-o", out)
    assert result.exit_code == 0, result.stderr
    summary = json.loads((out / "summary.json").read_text())
    truth = _truth()
    with open(SAMPLE / "tickets.csv", newline="", encoding="utf-8") as f:
        n_rows = sum(1 for _ in csv.reader(f)) - 1
    empty = {t["ticket_id"] for t in truth if t["true_topic"] == "empty"}
    assert summary["tickets_read"] == n_rows
    assert summary["rejected_by_reason"] == {"duplicate_id": n_rows - len(truth), "empty_text": len(empty)}
    assert summary["tickets_analysed"] == len(truth) - len(empty)
    with open(out / "rejects.csv", newline="", encoding="utf-8") as f:
        rejected_empty = {json.loads(r["raw"])["Ticket ID"] for r in csv.DictReader(f) if r["reason"] == "empty_text"}
    assert rejected_empty == empty
    with open(out / "tickets.csv", newline="", encoding="utf-8") as f:
        analysed = [r["ticket_id"] for r in csv.DictReader(f)]
    assert set(analysed) == {t["ticket_id"] for t in truth} - empty
    assert summary["period"]["first"].startswith("2025-12") and summary["period"]["last"].startswith("2026-11")
    assert len(summary["monthly_volume"]) == 12


def test_sample_is_exactly_what_its_seeded_script_makes(tmp_path):
    shutil.copy(SAMPLE / "generate.py", tmp_path / "generate.py")
    subprocess.run([sys.executable, str(tmp_path / "generate.py")], check=True, capture_output=True)
    for name in ("tickets.csv", "truth.csv"):
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name


def test_inspect_shows_mapping_and_redacted_examples(cli):
    result = cli("inspect", SAMPLE / "tickets.csv", "--rows", "50")
    assert result.exit_code == 0, result.stderr
    assert "body            <- Ticket Description" in result.stdout
    assert "delimiter   comma" in result.stdout
    samples = result.stdout.split("samples (personal data redacted)")[1]
    assert "[EMAIL]" in samples or "[PHONE]" in samples or "[CARD]" in samples
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", samples)
    for match in re.finditer(r"(?:\d[ -]?){12,18}\d", samples):
        assert not luhn_ok(re.sub(r"\D", "", match.group()))


def test_inspect_json_is_machine_readable(cli):
    result = cli("inspect", SAMPLE / "tickets.csv", "--format", "json", "--rows", "2")
    report = json.loads(result.stdout)
    assert report["input"]["format"] == "csv"
    assert report["mapping"]["fields"]["ticket_id"]["columns"] == ["Ticket ID"]
    assert len(report["samples"]) == 2


def test_json_format_prints_the_summary_for_pipelines(cli, tmp_path):
    result = cli("analyze", "-o", tmp_path / "out", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["tickets_read"] == data["tickets_analysed"] + data["tickets_rejected"]


def test_quiet_prints_nothing(cli, tmp_path):
    result = cli("analyze", "-o", tmp_path / "out", "--quiet")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.startswith("topicscope ")
