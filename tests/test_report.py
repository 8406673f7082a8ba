"""report.html without a browser: self-contained, renders only what the summary holds."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import topicscope
from topicscope.report import PALETTE, render_html


@pytest.fixture(scope="module")
def analysis():
    rows = ([f"My router shows a red light since {d} and the internet is down" for d in range(1, 41)]
            + [f"Please refund the double charge of {d}.50 on my card 4111 1111 1111 1111" for d in range(41, 81)]
            + [f"The engineer must come to my house at {d} Elm Street to install the fibre box" for d in range(81, 121)])
    frame = pd.DataFrame({"text": rows, "created": [f"2026-{1 + i % 12:02d}-10" for i in range(len(rows))]})
    return topicscope.analyze(frame, n_topics=3)


def test_report_puts_the_verdict_first_with_its_reasons(analysis):
    page = render_html(analysis.to_dict())
    verdict = analysis.verdict
    first_section = page[page.index("<section"):page.index("</section>")]
    assert f'data-decision="{verdict["decision"]}"' in first_section
    for reason in verdict["reasons"]:
        assert reason["explanation"].replace("'", "&#x27;") in first_section


def test_report_is_self_contained_with_inline_charts_and_a_print_stylesheet(analysis):
    page = render_html(analysis.to_dict())
    assert page.count('<figure class="chart"') >= 5 and page.count("<svg") >= 5
    assert "@media print" in page
    # Nothing to fetch: no src/href pointing anywhere, no external scripts or stylesheets.
    assert not re.search(r"""(src|href)\s*=\s*["'](?!#|data:)""", page)
    assert "<link" not in page and "@import" not in page


def test_report_shows_only_redacted_examples(analysis):
    page = render_html(analysis.to_dict())
    assert "4111 1111 1111 1111" not in page and "[CARD]" in page


def test_report_uses_the_colour_blind_safe_palette(analysis):
    page = render_html(analysis.to_dict()).lower()
    assert sum(c.lower() in page for c in PALETTE[:4]) >= 3


def test_report_is_byte_identical_for_the_same_summary(analysis):
    data = analysis.to_dict()
    assert render_html(data) == render_html(data)


def test_an_export_without_creation_times_reports_volumes_staffing_and_costs_as_not_measured():
    rows = ([f"My router shows a red light since {d} and the internet is down" for d in range(1, 41)]
            + [f"Please refund the double charge of {d}.50 on my invoice" for d in range(41, 81)]
            + [f"The engineer must come to my house at {d} Elm Street to install the fibre box" for d in range(81, 121)])
    a = topicscope.analyze(pd.DataFrame({"text": rows}), n_topics=3, price_per_trainee=100.0,
                           agent_hourly_cost=20.0, outsource_price_per_contact=3.0)
    s = a.summary.to_dict()
    v = s["verdict"]
    plans = v["pilot"] + v["keep_in_house"]
    assert plans and all(p["tickets_per_month"] is None for p in plans)
    # 40 tickets a topic over no months was once shown as "40 tickets a month".
    assert not any("a month" in p["reason"] for p in plans)
    assert set(v["exit_plan"]["tickets_per_month_by_topic"].values()) == {None}
    assert v["exit_plan"]["headcount"] is None and "not measured" in v["exit_plan"]["note"]
    assert s["costs"] == {"training": None, "running": None}
    assert s["staffing"]["totals"] is None  # not computed is not zero agents
    modules = [m for m in s["curriculum"]["modules"] if m["topics"]]
    assert all(m["tickets_per_month"] is None and "a month" not in m["why"] for m in modules)
    html_text = re.sub(r"<[^>]+>", " ", render_html(s))
    assert "Headcount" not in html_text and "Rostered headcount" not in html_text
    assert html_text.count("Not computed: no ticket in the export has a creation time") == 1
    assert "Not measured: no ticket in the export has a creation time" in html_text


def test_rendering_leaves_the_callers_matplotlib_settings_alone(analysis):
    # A notebook's inline backend and style must survive Analysis.write().
    import matplotlib

    backend = matplotlib.get_backend()
    matplotlib.use("svg")  # not Agg, which the report once switched to
    try:
        with matplotlib.rc_context({"font.size": 13.0}):
            before = dict(matplotlib.rcParams)
            page = render_html(analysis.to_dict())
            assert dict(matplotlib.rcParams) == before
        assert matplotlib.get_backend() == "svg"
    finally:
        matplotlib.use(backend)
    assert PALETTE[0].lower() in page.lower()  # the report's own style still applied inside
