"""Bad input gets one clear line on stderr and a documented exit code, never a traceback."""

from __future__ import annotations

import gzip
import json
import subprocess

import pandas as pd
import pytest

import topicscope

from topicscope.errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_USAGE


def _fails(result, code: int, *needles: str) -> None:
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    for needle in needles:
        assert needle in result.stderr, result.stderr


def test_missing_path(cli, tmp_path):
    _fails(cli("analyze", tmp_path / "nope.csv", "-o", tmp_path / "out"), EXIT_INPUT, "no such file")


def test_directory_instead_of_file(cli, tmp_path):
    _fails(cli("analyze", tmp_path, "-o", tmp_path / "out"), EXIT_INPUT, "is a directory")


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", gzip.compress(b"")])
def test_empty_file(cli, tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    _fails(cli("analyze", path, "-o", tmp_path / "out"), EXIT_INPUT, "empty")


def test_header_without_rows(cli, tmp_path):
    path = tmp_path / "header.csv"
    path.write_text("id,subject,description\n")
    _fails(cli("analyze", path, "-o", tmp_path / "out"), EXIT_INPUT, "header", "no ticket rows")


def test_empty_json_list(cli, tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"tickets": []}')
    _fails(cli("analyze", path, "-o", tmp_path / "out"), EXIT_INPUT, "no ticket records")


def test_binary_file(cli, tmp_path):
    path = tmp_path / "blob.csv"
    path.write_bytes(bytes(range(256)) * 40)
    _fails(cli("analyze", path, "-o", tmp_path / "out"), EXIT_INPUT, "binary")


@pytest.mark.parametrize("content, needle", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04" + b"\x00" * 60, "zip"),
    (b"Dear team, this is a letter about my internet connection which keeps dropping every evening.\n"
     b"It is not a table of tickets at all, just prose written over several lines of text.\n", "unknown format"),
])
def test_unknown_format(cli, tmp_path, content, needle):
    path = tmp_path / "thing.csv"
    path.write_bytes(content)
    _fails(cli("analyze", path, "-o", tmp_path / "out"), EXIT_INPUT, needle)


def test_malformed_json(cli, tmp_path):
    path = tmp_path / "t.json"
    path.write_text('[{"id": 1, "subject": "x"}, {"id": 2, ')
    _fails(cli("analyze", path, "-o", tmp_path / "out"), EXIT_INPUT, "malformed JSON", "line 1")


def test_no_text_column_lists_columns_and_suggests_flag(cli, tmp_path):
    path = tmp_path / "notext.csv"
    path.write_text("id,created_at,Notes from agent\n1,2026-01-01,customer says the modem is dead again\n"
                    "2,2026-01-02,asked for a refund of last month\n")
    _fails(cli("analyze", path, "-o", tmp_path / "out"), EXIT_INPUT,
           "no usable text column", "'Notes from agent'", "--text-col 'Notes from agent'")


def test_a_column_of_numbers_is_never_suggested_as_the_text(cli, tmp_path):
    path = tmp_path / "numbers.csv"
    path.write_text("id,amount,code\n" + "".join(f"{i},{100000 + i * 7919},B\n" for i in range(40)))
    result = cli("analyze", path, "-o", tmp_path / "out")
    _fails(result, EXIT_INPUT, "no usable text column", "use --text-col COLUMN")
    assert "'amount':" not in result.stderr


def test_too_few_tickets_after_rejects_says_why_and_suspects_the_id_column(cli, tmp_path):
    path = tmp_path / "same_id.csv"
    path.write_text("id,message\n" + "".join(f"12345,my router is broken again case {i}\n" for i in range(60)))
    _fails(cli("analyze", path, "-o", tmp_path / "out"), EXIT_INPUT, "too few tickets to find topics: 1 analysed",
           "59 rows were rejected (59 duplicate_id)", "--id-col")


def test_an_export_given_as_baseline_is_not_offered_trust_model(cli, tmp_path):
    path = tmp_path / "before.csv"
    path.write_text("id,message\n1,hello\n")
    result = cli("analyze", path, "--baseline", path, "-o", tmp_path / "out")
    _fails(result, EXIT_INPUT, "the folder written by --save-model, not an export")
    assert "--trust-model" not in result.stderr


def test_every_row_rejected_writes_rejects_and_fails(cli, tmp_path):
    path = tmp_path / "blank.csv"
    path.write_text("id,subject,description\n1,,\n2, , \n3,<p></p>,&nbsp;\n")
    out = tmp_path / "out"
    _fails(cli("analyze", path, "-o", out), EXIT_INPUT, "every row was rejected", "3 empty_text")
    summary = json.loads((out / "summary.json").read_text())
    assert summary["tickets_read"] == 3 and summary["tickets_rejected"] == 3


def test_unknown_column_flag_is_a_usage_error(cli, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,subject\n1,hello\n")
    _fails(cli("analyze", path, "--text-col", "Body", "-o", tmp_path / "out"), EXIT_USAGE,
           "'Body'", "is not in the export", "'subject'")


def test_unknown_option_is_a_usage_error(cli):
    result = cli("analyze", "--no-such-flag")
    assert result.exit_code == EXIT_USAGE
    assert "Traceback" not in result.stderr


def test_bad_config_file_is_a_usage_error(cli, tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[cleaning]\nboilerplate_min_shar = 0.1\n")
    _fails(cli("analyze", "--config", cfg, "-o", tmp_path / "out"), EXIT_USAGE, "unknown setting cleaning.boilerplate_min_shar")


@pytest.mark.parametrize("setting, says", [
    ("[staffing]\nservice_level = 1.5", "staffing.service_level must be between 0.01 and 0.999"),
    ("[staffing]\nproductive_hours = 0", "staffing.productive_hours must be between 0.5 and 24"),
    ("[topics]\nbatch_rows = 0", "topics.batch_rows must be at least 1"),
    ("[topics]\nbatch_rows = 2.5", "topics.batch_rows must be a whole number"),
    ("[topics]\nk_floor = 500", "topics.k_floor (500) must not be above topics.k_ceiling (120)"),
    ("[topics]\nmethod = \"dbscan\"", "topics.method must be one of spectral, kmeans, umap"),
    ("[topics]\nsentence_pooling = \"max\"", "topics.sentence_pooling must be one of mean, idf"),
    ("[curriculum]\ntotal_hours = 0", "curriculum.total_hours must be between 1 and 10000"),
    ("[reading]\nsniff_bytes = 0", "reading.sniff_bytes must be at least 1024"),
])
def test_config_values_out_of_range_are_usage_errors_not_hangs_or_crashes(cli, tmp_path, setting, says):
    cfg = tmp_path / "c.toml"
    cfg.write_text(setting + "\n")
    _fails(cli("analyze", "--config", cfg, "-o", tmp_path / "out"), EXIT_USAGE, says)


def test_every_setting_has_its_bounds_and_the_defaults_are_within_them():
    from dataclasses import fields

    from topicscope.config import _LIMITS, Config, _check

    config = Config()
    _check(config)
    numbers = {f"{s.name}.{f.name}" for s in fields(Config) for f in fields(getattr(config, s.name))
               if type(f.default) in (int, float)}
    assert numbers <= set(_LIMITS)


def test_output_path_that_is_a_file_is_a_usage_error(cli, tmp_path):
    target = tmp_path / "taken"
    target.write_text("x")
    _fails(cli("analyze", "-o", target), EXIT_USAGE, "not a folder")


def test_internal_error_asks_for_a_report(cli, tmp_path, monkeypatch):
    import topicscope.pipeline as pipeline

    def boom(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(pipeline, "analyze_export", boom)
    _fails(cli("analyze", "-o", tmp_path / "out"), EXIT_INTERNAL, "internal error", "simulated bug", "report")


def test_installed_command_prints_one_line_and_no_traceback(python_exe, tmp_path):
    proc = subprocess.run([python_exe, "-m", "topicscope", "analyze", str(tmp_path / "missing.json")],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == EXIT_INPUT
    assert proc.stderr.strip().count("\n") == 0
    assert proc.stderr.startswith("topicscope: error:") and "no such file" in proc.stderr


@pytest.mark.parametrize("options, message", [
    ({"trust_model": "false"}, "trust_model must be True or False"),
    ({"n_topics": "5"}, "n_topics must be a whole number"),
    ({"n_topics": 2.5}, "n_topics must be a whole number"),
    ({"embeddings": "bogus"}, "embeddings must be"),
    ({"price_per_trainee": float("nan")}, "price_per_trainee must be a number of at least 0"),
    ({"agent_hourly_cost": -3}, "agent_hourly_cost must be a number of at least 0"),
    ({"price_per_trainee": 500, "price_per_hour": 50}, "exclude each other"),
    ({"dayfirst": "yes"}, "dayfirst must be True or False"),
    ({"text_cols": [3]}, "text_cols must be a column name"),
    ({"hours": 20}, "set it in the config"),
    ({"config": 5}, "config must be a Config"),
])
def test_library_options_of_the_wrong_kind_are_usage_errors_before_any_work(options, message):
    # "false" must never count as true for trust_model: it lets a pickle run code.
    with pytest.raises(topicscope.UsageError, match=message):
        topicscope.analyze(pd.DataFrame({"text": ["x"]}), **options)


def test_library_takes_one_text_column_by_name_not_letter_by_letter():
    # A string had been split into letters: "column 'T'", or single-letter columns joined.
    from topicscope.pipeline import RunOptions

    assert RunOptions(text_cols="Ticket Description").text_cols == ["Ticket Description"]
    frame = pd.DataFrame({"Ticket Description": [f"my router {i} is down again, no internet" for i in range(20)]
                          + [f"refund the double charge {i} on my card" for i in range(20)], "T": ["x"] * 40})
    for key in ("text_cols", "text_col"):
        result = topicscope.analyze(frame, n_topics=2, **{key: "Ticket Description"})
        assert result.to_dict()["mapping"]["fields"]["body"]["columns"] == ["Ticket Description"]


@pytest.mark.parametrize("source", [["a.csv"], b"text", 3, pd.Series(["x"])])
def test_a_source_that_is_no_path_or_dataframe_is_a_usage_error(source):
    with pytest.raises(topicscope.UsageError, match="must be a file or folder path or a pandas DataFrame"):
        topicscope.read_tickets(source)
    with pytest.raises(topicscope.UsageError, match="must be a file or folder path or a pandas DataFrame"):
        topicscope.analyze(source)


def test_a_home_relative_path_is_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "export.csv").write_text("id,text\n" + "".join(f"{i},my router {i} is down\n" for i in range(5)))
    assert len(topicscope.read_tickets("~/export.csv").tickets) == 5
    from pathlib import PurePosixPath  # any os.PathLike is a path

    assert len(topicscope.read_tickets(PurePosixPath(str(tmp_path / "export.csv"))).tickets) == 5
