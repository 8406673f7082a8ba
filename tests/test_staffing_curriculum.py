"""Staffing maths and the training curriculum."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pandas as pd
import pytest

from topicscope.curriculum import split_hours
from topicscope.staffing import agents_for_service_level, erlang_c, plan, rostered, service_level


def test_erlang_c_reproduces_the_published_example():
    # 100 contacts per 30 minutes, 3-minute handle time, 80 % answered within 20 s -> 14 agents.
    assert agents_for_service_level(200, 180, 0.8, 20) == 14
    assert service_level(10.0, 13, 180, 20) < 0.8 <= service_level(10.0, 14, 180, 20)
    assert erlang_c(10.0, 10) == 1.0 and 0 < erlang_c(10.0, 14) < 1


def test_shrinkage_rounds_headcount_up():
    assert rostered(14, 0.3) == 20 and rostered(0, 0.3) == 0


def test_live_channels_use_erlang_c_and_email_the_workload_model():
    created = pd.date_range("2026-01-05 09:00", periods=8 * 7 * 24, freq="h", tz="UTC")
    tickets = pd.DataFrame({"created_at": created.repeat(2), "channel": ["phone", "email"] * len(created),
                            "face_to_face": [0] * (2 * len(created))})
    staffing = plan(tickets, aht_minutes=6)
    models = {line.channels: line.model for line in staffing.lines}
    assert models["live"].startswith("Erlang C") and models["deferrable"].startswith("workload")
    email = next(line for line in staffing.lines if line.channels == "deferrable")
    # ~1 e-mail an hour, 24 h a day: 24 x 6 min = 2.4 h of work a day over 6.5 productive hours.
    assert email.hours_of_work_per_day == pytest.approx(24 * 30.44 / 21 * 0.1, rel=0.05)


@pytest.mark.parametrize("budget, minimum, priorities", [
    (40, 1, [0.3, 0.2, 0.1, 0.05, 0.01]), (10, 2, [0.9, 0.05, 0.05]), (7.5, 0.5, [1, 1, 1, 1, 1, 1, 1]),
])
def test_hours_add_up_exactly_to_the_budget_with_a_minimum_per_module(budget, minimum, priorities):
    hours = split_hours(priorities, budget, minimum)
    assert sum(hours) == budget and min(hours) >= minimum
    assert hours == sorted(hours, reverse=True) or len(set(priorities)) == 1


def test_analyze_writes_a_curriculum_that_spends_the_budget(cli, tmp_path):
    out = tmp_path / "out"
    assert cli("analyze", "-o", out, "-q", "--hours", "30").exit_code == 0
    cur = json.loads((out / "curriculum.json").read_text())
    assert cur["total_hours"] == 30 and sum(m["hours"] for m in cur["modules"]) == 30
    titles = [m["title"] for m in cur["modules"]]
    assert "On-site conduct and safety" in titles and any(t.startswith("Language coaching") for t in titles)
    assert [m["priority"] for m in cur["modules"]] == sorted((m["priority"] for m in cur["modules"]), reverse=True)
    md = (out / "curriculum.md").read_text()
    assert md.startswith("# Training curriculum") and "Learning objectives" in md
    # Examples are redacted: no e-mail address survives (a tweet's "@Brightwave" handle may).
    assert not re.search(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", md.split("(redacted)")[1][:2000])
    summary = json.loads((out / "summary.json").read_text())
    assert summary["verdict"]["exit_plan"]["headcount"] == summary["staffing"]["totals"]


def test_curriculum_command_writes_just_the_curriculum(cli, tmp_path):
    out = tmp_path / "cur"
    result = cli("curriculum", "-o", out, "--hours", "12")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["curriculum.json", "curriculum.md"]


def test_costs_appear_when_prices_are_given(cli, tmp_path):
    out = tmp_path / "out"
    result = cli("analyze", "-o", out, "--price-per-trainee", "450", "--agent-hourly-cost", "22",
                 "--outsource-price-per-contact", "3.5")
    assert result.exit_code == 0, result.stderr
    summary = json.loads((out / "summary.json").read_text())
    heads = summary["staffing"]["totals"]
    training, running = summary["costs"]["training"], summary["costs"]["running"]
    assert training["cost"] == (heads["remote"] + heads["in_person"]) * 450
    assert running["in_house_monthly"] == heads["remote"] * 168 * 22
    assert running["break_even_contacts_per_month"] == pytest.approx(running["in_house_monthly"] / 3.5, abs=0.1)
    assert "training cost" in result.stdout and "break-even" in result.stdout


def test_costs_are_absent_without_prices_and_prices_must_not_conflict(cli, tmp_path):
    out = tmp_path / "out"
    assert cli("analyze", "-o", out, "-q").exit_code == 0
    assert json.loads((out / "summary.json").read_text())["costs"] == {"training": None, "running": None}
    result = cli("analyze", "-o", out, "--price-per-trainee", "1", "--price-per-hour", "1")
    assert result.exit_code == 2 and "exclude each other" in result.stderr


@pytest.mark.parametrize("traffic, agents, expected", [
    # Textbook Erlang C waiting probabilities.
    (2.0, 3, 0.4444), (1.0, 2, 0.3333), (10.0, 11, 0.6821), (10.0, 14, 0.1741),
])
def test_erlang_c_matches_textbook_values(traffic, agents, expected):
    assert erlang_c(traffic, agents) == pytest.approx(expected, abs=1e-4)


def test_curriculum_quotes_only_redacted_text(cli, tmp_path):
    import re

    from topicscope.pii import luhn_ok

    out = tmp_path / "out"
    assert cli("curriculum", "-o", out, "-q").exit_code == 0
    text = (out / "curriculum.md").read_text() + (out / "curriculum.json").read_text()
    assert "[PHONE]" in text or "[EMAIL]" in text or "[CARD]" in text
    assert not re.search(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", text)
    assert not re.search(r"\(\d{3}\) \d{3}-\d{4}|\+\d{1,2} \d{3} \d{3} \d{3,4}", text)
    for m in re.finditer(r"(?:\d[ -]?){12,18}\d", text):
        assert not luhn_ok(re.sub(r"\D", "", m.group()))


def test_handle_time_comes_from_the_export_unless_the_flag_sets_it(cli, tmp_path):
    from conftest import ROOT

    tickets = pd.read_csv(ROOT / "sample_tickets" / "tickets.csv", keep_default_na=False)
    tickets["Handle Time (seconds)"] = [300 + (i % 7) * 60 for i in range(len(tickets))]
    path = tmp_path / "with_aht.csv"
    tickets.to_csv(path, index=False)
    out = tmp_path / "out"
    assert cli("analyze", path, "-o", out, "-q", "--topics", "10").exit_code == 0
    staffing = json.loads((out / "summary.json").read_text())["staffing"]
    expected = sum(300 + (i % 7) * 60 for i in range(len(tickets))) / len(tickets) / 60
    assert staffing["assumptions"]["aht_minutes"] == pytest.approx(expected, abs=0.1)
    assert "Handle Time (seconds)" in staffing["assumptions"]["aht_source"]
    assert cli("analyze", path, "-o", out, "-q", "--topics", "10", "--aht-minutes", "4").exit_code == 0
    staffing = json.loads((out / "summary.json").read_text())["staffing"]
    assert staffing["assumptions"]["aht_minutes"] == 4 and staffing["assumptions"]["aht_source"] == "--aht-minutes"


GOLDEN = Path(__file__).resolve().parent / "golden" / "sample_curriculum.md"


def test_sample_curriculum_matches_the_reviewed_golden_file(cli, tmp_path):
    """The bundled sample's curriculum was read as a support lead would; any change to it must be
    reviewed again. Regenerate with TOPICSCOPE_UPDATE_GOLDEN=1 after reading the diff."""
    out = tmp_path / "cur"
    assert cli("curriculum", "-o", out, "-q").exit_code == 0
    made = (out / "curriculum.md").read_text(encoding="utf-8")
    if os.environ.get("TOPICSCOPE_UPDATE_GOLDEN"):
        GOLDEN.write_text(made, encoding="utf-8")
    assert made == GOLDEN.read_text(encoding="utf-8"), "curriculum.md changed: review it, then update the golden file"


def test_module_titles_read_as_titles_not_term_lists():
    titles = re.findall(r"^## \d+\. (.+) \([\d.]+ h\)$", GOLDEN.read_text(encoding="utf-8"), flags=re.M)
    assert len(titles) >= 8
    main_language_only = re.compile(r"^[A-Za-z][A-Za-z \-:()']+$")
    for title in titles:
        assert ", " not in title and " / " not in title, title
        assert len(title.split()) <= 9, title
        assert main_language_only.match(title), title
        # No word twice ("Complaints about complaint"), by stem.
        stems = [w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", title)]
        assert len(stems) == len(set(stems)), title
