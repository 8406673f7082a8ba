from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from topicscope.cli import app

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared" / "datasets"


class Result:
    def __init__(self, exit_code: int, stdout: str, stderr: str):
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr


@pytest.fixture
def cli():
    """Run the CLI in-process; returns exit code, stdout and stderr separately."""

    def run(*args: str) -> Result:
        runner = CliRunner()
        res = runner.invoke(app, [str(a) for a in args], catch_exceptions=True)
        if res.exception is not None and not isinstance(res.exception, SystemExit):
            raise res.exception
        return Result(res.exit_code, res.stdout, res.stderr)

    return run


@pytest.fixture(scope="session")
def python_exe() -> str:
    return sys.executable
