"""Nothing lost: every input row is analysed or rejected with its reason; reruns are identical."""

from __future__ import annotations

import csv
import json

import pytest

import topicscope
from topicscope import pipeline

from conftest import ROOT
from topicscope.config import Config, ReadingConfig

EXPORT = (
    "id,subject,description,created_at,channel\n"
    "1,Router down,No internet since noon,2026-01-05T10:00:00Z,email\n"
    "2,Bill,\"Charged twice,\nplease refund\",2026-01-05T11:00:00Z,phone\n"
    "3,,,2026-01-05T12:00:00Z,chat\n"                       # empty_text
    "4,Too,many,fields,here,2026-01-05T13:00:00Z,web\n"     # malformed_row
    "\n"                                                     # blank line: not a record
    "2,Bill again,Same id as row 2,2026-01-06T09:00:00Z,email\n"  # duplicate_id
    "5,Wi-Fi,<p>&nbsp;</p>,2026-01-06T10:00:00Z,chat\n"      # subject only: kept
    "6,Broken,cut by a bare\n"                               # malformed_row: with the next row it
    "line break,2026-01-07T08:00:00Z,email\n"                # makes exactly one row (3 + 3 - 1 = 5)
    ",No id,Ticket without an id,2026-01-07T10:00:00Z,email\n"  # kept with a generated id
    "7,Short row,leaves out its time and channel\n"          # kept: trailing cells left out
)
# Enough ordinary tickets after them for topics to be found.
FILLER = "".join(
    f"{100 + i},{subject} {i},{body},2026-02-{1 + i % 28:02d}T10:00:00Z,{channel}\n"
    for i, (subject, body, channel) in enumerate([
        ("Router offline", "the router light is red and there is no internet", "phone"),
        ("Bill too high", "my invoice shows a charge I do not recognise", "email"),
        ("Password reset", "cannot log in to my account after the password reset", "chat"),
        ("Slow wifi", "wifi speed drops every evening in the living room", "web"),
    ] * 10)
)
N_FILLER = 40


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(EXPORT + FILLER, encoding="utf-8")
    return path


def _read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_row_is_analysed_or_rejected_with_its_reason(cli, export, tmp_path):
    out = tmp_path / "out"
    result = cli("analyze", export, "-o", out)
    assert result.exit_code == 0, result.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["tickets_read"] == 10 + N_FILLER
    assert summary["tickets_analysed"] == 5 + N_FILLER
    assert summary["tickets_rejected"] == 5
    assert summary["rejected_by_reason"] == {"duplicate_id": 1, "empty_text": 1, "malformed_row": 3}
    assert summary["ticket_ids_generated"] == 1
    tickets = _read_csv(out / "tickets.csv")
    assert [t["ticket_id"] for t in tickets][:5] == ["1", "2", "5", "row-9", "7"]
    assert [t["source_row"] for t in tickets][:5] == ["1", "2", "6", "9", "10"]
    assert tickets[4]["created_at"] == tickets[4]["channel"] == ""
    rejects = _read_csv(out / "rejects.csv")
    assert [(r["source_row"], r["reason"]) for r in rejects] == [
        ("3", "empty_text"), ("4", "malformed_row"), ("5", "duplicate_id"), ("7", "malformed_row"),
        ("8", "malformed_row")]
    assert json.loads(rejects[1]["raw"]) == ["4", "Too", "many", "fields", "here", "2026-01-05T13:00:00Z", "web"]
    assert json.loads(rejects[2]["raw"])["subject"] == "Bill again"
    assert "line break inside an unquoted cell" in rejects[3]["detail"]
    assert f"tickets read      {10 + N_FILLER}" in result.stdout and "tickets rejected  5" in result.stdout


def test_accounting_holds_across_chunk_boundaries(export):
    # Tiny chunks: duplicates and rejects straddle blocks.
    config = Config(reading=ReadingConfig(chunk_rows=2))
    table = topicscope.read_tickets(export, config=config)
    acc = table.accounting
    assert (acc.tickets_read, acc.tickets_analysed, acc.tickets_rejected) == (10 + N_FILLER, 5 + N_FILLER, 5)
    assert table.rejects["source_row"].tolist() == [3, 4, 5, 7, 8]


def test_a_row_that_leaves_out_trailing_cells_is_read_with_them_empty(export):
    short = topicscope.read_tickets(export).tickets.iloc[4]
    assert short["ticket_id"] == "7" and short["text"] == "Short row\nleaves out its time and channel"


def test_library_and_cli_agree(export, tmp_path, cli):
    out = tmp_path / "out"
    cli("analyze", export, "-o", out)
    table = topicscope.read_tickets(export)
    assert table.tickets["ticket_id"].tolist() == [t["ticket_id"] for t in _read_csv(out / "tickets.csv")]
    assert len(table.rejects) == len(_read_csv(out / "rejects.csv"))


def test_rerun_gives_byte_identical_outputs_apart_from_the_timestamp(cli, export, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert cli("analyze", export, "-o", a).exit_code == 0
    assert cli("analyze", export, "-o", b).exit_code == 0
    for name in ("tickets.csv", "rejects.csv"):
        assert (a / name).read_bytes() == (b / name).read_bytes()
    sa, sb = (json.loads((d / "summary.json").read_text()) for d in (a, b))
    sa.pop("generated_at"), sb.pop("generated_at")
    sa["input"].pop("path"), sb["input"].pop("path")
    assert sa == sb


def test_a_failing_run_leaves_no_half_written_output(cli, export, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "tickets.csv").write_text("previous run\n")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pipeline, "write_json", broken)
    result = cli("analyze", export, "-o", out)
    assert result.exit_code == 1
    assert (out / "tickets.csv").read_text() == "previous run\n"
    assert sorted(p.name for p in out.iterdir()) == ["tickets.csv"]


def test_json_lines_bad_lines_are_rejected_with_the_raw_line(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": 1, "subject": "ok one"}\n{"id": 2, "subject": broken\n[1, 2]\n{"id": 3, "subject": "ok two"}\n')
    table = topicscope.read_tickets(path)
    assert table.tickets["ticket_id"].tolist() == ["1", "3"]
    assert table.rejects[["source_row", "reason"]].values.tolist() == [[2, "malformed_row"], [3, "malformed_row"]]
    assert table.rejects["raw"].iloc[0] == '{"id": 2, "subject": broken'


def test_empty_cells_past_the_headers_end_are_a_trailing_delimiter_not_a_malformed_row(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,subject,body\n1,Router down,No internet since Monday,\n2,Bill,Charged twice,,\n"
                    "3,Too,many,fields\n4,Refund,Where is my refund\n")
    table = topicscope.read_tickets(path)
    assert table.tickets["ticket_id"].tolist() == ["1", "2", "4"]
    assert table.rejects[["source_row", "reason"]].values.tolist() == [[3, "malformed_row"]]


def test_an_export_that_habitually_leaves_out_trailing_cells_is_read_whole(tmp_path):
    # 4 + 4 - 1 = 7 cells: taken two by two these rows look like one row cut in half, but every row
    # of the file is like this, so they are the file's habit, not pieces.
    path = tmp_path / "short.csv"
    path.write_text("id,created,channel,description,tags,agent,status\n"
                    + "".join(f"{i},2026-01-05,email,my router number {i} keeps dropping\n" for i in range(60)))
    table = topicscope.read_tickets(path)
    assert len(table.tickets) == 60 and table.rejects.empty


def test_a_line_break_in_the_last_cell_leaves_a_one_cell_row_that_is_rejected(tmp_path):
    path = tmp_path / "cut.csv"
    rows = [f"{i},Subject {i},the router keeps dropping every evening" for i in range(30)]
    rows[10] = "10,Subject 10,the router keeps dropping\nevery evening since monday"  # no quotes
    path.write_text("id,subject,description\n" + "\n".join(rows) + "\n")
    table = topicscope.read_tickets(path)
    assert len(table.tickets) == 30
    assert table.rejects["reason"].tolist() == ["malformed_row"]
    assert "cut by a line break in its last cell" in table.rejects["detail"].iloc[0]


def test_a_frequent_one_line_request_is_analysed_not_rejected_as_empty(tmp_path):
    # A web form's most common request, sent verbatim by 10 % of customers, is the biggest topic:
    # it must not be learned as boilerplate and emptied.
    request = "I forgot my password and cannot log in to the app"
    rows = [f"{i},My order {i} has not arrived yet and tracking shows nothing new" for i in range(90)]
    rows += [f"{90 + i},{request}" for i in range(10)]
    path = tmp_path / "form.csv"
    path.write_text("id,text\n" + "\n".join(rows) + "\n")
    table = topicscope.read_tickets(path)
    assert len(table.tickets) == 100 and table.accounting.tickets_rejected == 0
    assert (table.tickets["text"] == request).sum() == 10


def test_a_ticket_table_read_filtered_and_passed_back_reads_again():
    # The notebook round trip: its source_row, text and raw_text columns must not clash with the
    # ones reading adds ("cannot insert source_row, already exists").
    first = topicscope.read_tickets(ROOT / "sample_tickets" / "tickets.csv").tickets
    subset = first[first["channel"] == "email"]
    again = topicscope.read_tickets(subset)
    assert len(again.tickets) == len(subset) and again.accounting.tickets_rejected == 0
    assert again.tickets["input_source_row"].tolist() == subset["source_row"].astype(str).tolist()
    assert again.tickets["ticket_id"].tolist() == subset["ticket_id"].tolist()
