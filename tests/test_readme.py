"""The README's examples run as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, flags=re.M | re.S)


@pytest.fixture
def in_tmp_with_sample(tmp_path):
    (tmp_path / "sample_tickets").symlink_to(ROOT / "sample_tickets")
    old = os.getcwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(old)


@pytest.mark.parametrize("index", range(len(_blocks("python"))))
def test_readme_python_example_runs(index, in_tmp_with_sample, capsys):
    code = _blocks("python")[index]
    exec(compile(code, f"README.md python block {index + 1}", "exec"), {})
    if "result.write(" in code:
        written = sorted(p.name for p in (in_tmp_with_sample / "topicscope-out").iterdir())
        assert written == sorted(["tickets.csv", "rejects.csv", "summary.json", "curriculum.md",
                                  "curriculum.json", "report.html"])
    if "print(result)" in code:
        assert re.match(r"<Analysis: 2,992 tickets analysed, 14 rejected, 14 topics, verdict \w+>",
                        capsys.readouterr().out)


def test_readme_quickstart_output_matches_a_real_run(cli, tmp_path):
    shown = re.search(r"^\$ topicscope analyze\n(.*?)^```", README, flags=re.M | re.S).group(1).splitlines()
    result = cli("analyze", "-o", tmp_path / "out")
    assert result.exit_code == 0
    real = result.stdout.splitlines()
    for key in ("tickets read", "tickets analysed", "tickets rejected", "period", "channels", "topics",
                "categories", "face to face", "decision", "curriculum", "staffing"):
        line = next(x for x in shown if x.startswith(key))
        assert line in real, f"README shows {line!r}; the run printed {[x for x in real if x.startswith(key)]}"


def test_readme_config_block_lists_every_setting_with_its_default():
    import tomllib

    from topicscope.config import Config

    section = README[README.index("## Configuration"):]
    block = re.search(r"^```toml\n(.*?)^```", section, flags=re.M | re.S).group(1)
    data = tomllib.loads(block)
    assert Config.from_dict(data) == Config()
    assert {k: set(v) for k, v in data.items()} == {k: set(v) for k, v in Config().to_dict().items()}
