"""The command driven as a user drives it: the installed entry point, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from topicscope.errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE


def _run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "topicscope", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def json_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("user") / "fresh" / "nested" / "out"
    return out, _run("analyze", "--out", out, "--format", "json")


def test_analyze_creates_a_fresh_output_folder_with_every_output(json_run):
    out, proc = json_run
    assert proc.returncode == EXIT_OK, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["tickets.csv", "rejects.csv", "summary.json", "curriculum.md", "curriculum.json", "report.html"])


def test_format_json_prints_the_summary_and_nothing_else(json_run):
    out, proc = json_run
    printed = json.loads(proc.stdout)
    written = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert printed == written
    assert printed["tickets_read"] == printed["tickets_analysed"] + printed["tickets_rejected"] == 3006
    assert proc.stderr == ""  # not a terminal: no progress display


def test_quiet_prints_nothing_and_still_writes(tmp_path):
    proc = _run("curriculum", "--out", tmp_path / "q", "--quiet")
    assert proc.returncode == EXIT_OK and proc.stdout == "" and proc.stderr == ""
    assert (tmp_path / "q" / "curriculum.md").is_file()


def test_version_prints_the_package_version():
    from topicscope import __version__

    proc = _run("--version")
    assert proc.returncode == EXIT_OK and __version__ in proc.stdout


@pytest.mark.parametrize("command", ["analyze", "inspect", "curriculum", "train"])
def test_every_command_help_has_an_example(command):
    proc = _run(command, "--help")
    assert proc.returncode == EXIT_OK and "Example: topicscope " + command in proc.stdout


@pytest.mark.parametrize("args, code, words", [
    (["analyze", "--no-such-flag"], EXIT_USAGE, "no such option"),
    (["analyze", "--topics", "0"], EXIT_USAGE, "--topics"),
    (["analyze", "missing.csv"], EXIT_INPUT, "no such file"),
    (["frobnicate"], EXIT_USAGE, "no such command"),
])
def test_errors_are_one_line_with_the_documented_exit_code(tmp_path, args, code, words):
    proc = _run(*args, cwd=tmp_path)
    assert proc.returncode == code, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("topicscope: error:") and words in lines[0].lower()
    assert "Traceback" not in proc.stderr


def test_a_terminal_sees_progress_on_the_long_steps(tmp_path):
    pty = pytest.importorskip("pty")
    import os

    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "topicscope", "curriculum", "--out", str(tmp_path / "p")],
                            stdout=subprocess.DEVNULL, stderr=follower, env={**os.environ, "COLUMNS": "120"})
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process ended
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(timeout=600) == EXIT_OK
    text = seen.decode("utf-8", "replace")
    for stage in ("reading", "finding topics", "classifying"):
        assert stage in text, text[-500:]


def test_the_period_line_says_how_many_tickets_have_no_creation_time(tmp_path):
    topics = ["my router keeps dropping the wifi connection", "please refund the double charge on my invoice",
              "the engineer must visit my house to install the fibre box"]
    rows = [f'{i},"{topics[i % 3]} (case {i})",{"not a date" if i % 10 == 0 else f"2026-{1 + i % 6:02d}-10"}'
            for i in range(60)]
    (tmp_path / "t.csv").write_text("id,message,created\n" + "\n".join(rows) + "\n")
    proc = _run("analyze", tmp_path / "t.csv", "--out", tmp_path / "o")
    assert proc.returncode == EXIT_OK, proc.stderr
    period = next(line for line in proc.stdout.splitlines() if line.startswith("period"))
    assert "(6 tickets, 10%, have no readable creation time" in period
