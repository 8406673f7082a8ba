"""Tracking results: a saved analysis applied to a new period, and what changed between them."""

from __future__ import annotations

import json
import random

import pandas as pd
import pytest

import topicscope
from topicscope.compare import holm, share_difference

SENTENCES = {
    "router": ["My router shows a red light and the internet is down", "The wifi keeps dropping every evening",
               "Broadband connection lost again, the modem lights are blinking", "Internet is very slow on the router",
               "I restarted the router twice but still no connection to the network",
               "The wifi signal does not reach the upstairs rooms", "Speed test shows a fraction of my broadband plan",
               "Router keeps rebooting by itself and the connection drops"],
    "billing": ["I was charged twice on my invoice this month", "Please refund the late payment fee on my bill",
                "Why is my bill higher than last month", "The direct debit took the wrong amount from my account",
                "I need a copy of my invoice for the charge", "There is a charge on my bill I do not recognise",
                "My discount was not applied to the monthly bill", "The payment failed but you still added a fee"],
    "password": ["I cannot log in, the password reset email never arrives", "My account is locked after failed logins",
                 "The verification code for login does not come by SMS", "Forgot my password and my username",
                 "Two factor login keeps rejecting my code", "The app logs me out and the password is not accepted",
                 "I changed my email and now I cannot sign in", "Please unlock my account so I can log in again"],
    "delivery": ["My parcel has not arrived and tracking shows no update", "The courier left the package at the wrong address",
                 "Order still not delivered after ten days", "Delivery date keeps moving for my order",
                 "The box arrived damaged and items are missing from the order", "Tracking says delivered but no parcel",
                 "Can the courier deliver my order to my workplace instead", "Only half of my order was in the delivery"],
    "cancel": ["Please cancel my subscription at the end of the contract", "I want to end my contract and close the account",
               "How do I cancel the service before renewal", "Cancel my plan, I am moving to another provider",
               "Stop my membership and confirm the cancellation in writing", "Is there a fee to cancel the contract early",
               "I asked to cancel last month and the subscription is still active", "Close my account and cancel everything"],
    "solar": ["The solar panel inverter shows error E21 after the storm", "Our rooftop solar array produces no power since Monday",
              "Battery storage for the solar system will not charge", "Solar inverter display is blank and the panels look dirty",
              "Feed in tariff meter for solar export stopped counting", "Solar panels generate half of what they did in spring",
              "The inverter fan is loud and the solar output dropped", "Solar battery shows a fault light after the update"],
}
GENERIC = ["I have been a customer for many years", "Please help as soon as possible", "This is the second time I write",
           "Thanks in advance for your help", "I tried calling but the line was busy", "Let me know what you need from me",
           "My neighbour has the same service", "I am quite frustrated with this", "Can someone get back to me today",
           "I attached a screenshot to this message"]


def _period(mix: dict[str, float], n: int, seed: int, start: str) -> pd.DataFrame:
    rng = random.Random(seed)
    topics = list(mix)
    rows = []
    # Exact counts per topic, in shuffled order: the shift is the one the test states, no sampling noise.
    order = [t for t in topics for _ in range(round(mix[t] * n))]
    rng.shuffle(order)
    for i, topic in enumerate(order):
        parts = rng.sample(SENTENCES[topic], 2) + [rng.choice(GENERIC)]
        rng.shuffle(parts)
        rows.append({"ticket_id": f"{start}-{i}", "text": ". ".join(parts) + f". Ref {rng.randint(1000, 99999)}.",
                     "created": (pd.Timestamp(start) + pd.Timedelta(hours=rng.randint(0, 24 * 150))).isoformat(),
                     "channel": rng.choice(["email", "chat", "phone"]), "true": topic})
    return pd.DataFrame(rows)


BEFORE = {"router": 0.10, "billing": 0.25, "password": 0.25, "delivery": 0.25, "cancel": 0.15}
AFTER = {"router": 0.20, "billing": 0.25, "password": 0.25, "delivery": 0.25, "solar": 0.05}


@pytest.fixture(scope="module")
def shifted():
    before, after = _period(BEFORE, 1000, 1, "2025-01-01"), _period(AFTER, 1000, 2, "2025-07-01")
    cmp, new = topicscope.compare_periods(before.drop(columns="true"), after.drop(columns="true"), n_topics=5)
    return cmp.to_dict(), before, after, new


def _topic_of(data, before, name):
    """The baseline topic most of a true topic's tickets went to."""
    return data["_majority"][name]


def test_compare_finds_exactly_the_topic_that_doubled_the_one_that_vanished_and_the_new_one(shifted):
    data, before, after, new = shifted
    labels = {t["id"]: t["label"] for t in data["topics"]}
    increased = [labels[t] for t in data["increased"]]
    vanished = [labels[t] for t in data["vanished"]]
    assert len(increased) == 1 and any(w in increased[0] for w in ("router", "wifi", "internet", "connection"))
    assert len(vanished) == 1 and "cancel" in vanished[0] or "subscription" in vanished[0] or "contract" in vanished[0]
    assert data["decreased"] == []
    assert len(data["emerging"]) == 1 and "solar" in data["emerging"][0]["label"] + " ".join(data["emerging"][0]["terms"])
    grew = next(t for t in data["topics"] if t["id"] == data["increased"][0])
    assert grew["change"] > 0 and grew["change_ci"][0] > 0 and grew["p_adjusted"] < 0.05
    gone = next(t for t in data["topics"] if t["id"] == data["vanished"][0])
    assert gone["change"] < 0 and gone["after_share"] == 0.0
    assert 0.03 < data["emerging"][0]["share"] < 0.07
    assert all("Ref" in e["text"] for e in data["emerging"][0]["examples"])


def test_an_unchanged_period_reports_no_significant_change():
    before, again = _period(BEFORE, 1000, 1, "2025-01-01"), _period(BEFORE, 1000, 3, "2025-07-01")
    cmp, _ = topicscope.compare_periods(before.drop(columns="true"), again.drop(columns="true"), n_topics=5)
    data = cmp.to_dict()
    assert data["increased"] == data["decreased"] == data["vanished"] == []
    assert data["emerging"] == []
    assert all(not t["significant"] for t in data["topics"])


def test_since_splits_one_export_into_before_and_after(tmp_path, cli):
    both = pd.concat([_period(BEFORE, 600, 1, "2025-01-01"), _period(AFTER, 600, 2, "2025-07-01")])
    path = tmp_path / "all.csv"
    both.drop(columns="true").to_csv(path, index=False)
    res = cli("compare", path, "--since", "2025-07-01", "--topics", "5", "-o", tmp_path / "cmp", "--format", "json")
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["baseline"]["tickets_analysed"] == 600 and data["new"]["tickets_analysed"] == 600
    assert len(data["increased"]) == 1 and len(data["vanished"]) == 1 and len(data["emerging"]) == 1
    for name in ("compare.md", "compare.json", "report.html"):
        assert (tmp_path / "cmp" / name).is_file()
    assert 'id="compare"' in (tmp_path / "cmp" / "report.html").read_text()
    assert "## Emerging topics" in (tmp_path / "cmp" / "compare.md").read_text()


def test_save_model_then_baseline_assigns_new_tickets_to_the_same_topics(tmp_path, cli):
    before, after = _period(BEFORE, 600, 1, "2025-01-01"), _period(BEFORE, 300, 4, "2025-07-01")
    before.drop(columns="true").to_csv(tmp_path / "before.csv", index=False)
    after.drop(columns="true").to_csv(tmp_path / "after.csv", index=False)
    assert cli("analyze", tmp_path / "before.csv", "--topics", "5", "-o", tmp_path / "b", "-q",
               "--save-model", tmp_path / "model").exit_code == 0
    assert (tmp_path / "model" / "analysis.joblib").is_file()
    assert (tmp_path / "model" / "analysis.joblib.manifest.json").is_file()
    res = cli("analyze", tmp_path / "after.csv", "--baseline", tmp_path / "model", "-o", tmp_path / "a", "-q")
    assert res.exit_code == 0, res.stderr
    b = json.loads((tmp_path / "b" / "summary.json").read_text())
    a = json.loads((tmp_path / "a" / "summary.json").read_text())
    assert [t["label"] for t in a["topics"]] == [t["label"] for t in b["topics"]]
    # Each true topic's new tickets land in one baseline topic.
    tickets = pd.read_csv(tmp_path / "a" / "tickets.csv").merge(after[["ticket_id", "true"]], on="ticket_id")
    purity = tickets.groupby("true")["topic_id"].agg(lambda s: s.value_counts().iloc[0] / len(s))
    assert (purity > 0.95).all()
    # A saved analysis as the baseline of compare.
    res = cli("compare", tmp_path / "model", tmp_path / "after.csv", "-o", tmp_path / "c", "-q")
    assert res.exit_code == 0, res.stderr
    assert json.loads((tmp_path / "c" / "compare.json").read_text())["increased"] == []
    # A new period too small to find topics in is still assigned to the saved ones.
    after.head(5).drop(columns="true").to_csv(tmp_path / "five.csv", index=False)
    for command in (("analyze", tmp_path / "five.csv", "--baseline", tmp_path / "model"),
                    ("compare", tmp_path / "model", tmp_path / "five.csv")):
        res = cli(*command, "-o", tmp_path / "five")
        assert res.exit_code == 0, res.stderr
        assert "(only 5: every share's interval is wide" in res.stdout
    assert len(pd.read_csv(tmp_path / "five" / "tickets.csv")) == 5


def test_compare_names_the_period_and_the_flag_an_error_is_about(tmp_path, cli):
    both = pd.concat([_period(BEFORE, 40, 1, "2025-01-01"), _period(AFTER, 40, 2, "2025-07-01")])
    both.drop(columns="true").to_csv(tmp_path / "all.csv", index=False)
    both.drop(columns=["true", "created"]).to_csv(tmp_path / "undated.csv", index=False)

    def error(*args):
        res = cli("compare", *args, "-o", tmp_path / "o")
        assert res.exit_code in (2, 3) and res.stdout == ""
        return res.exit_code, res.stderr

    assert error(tmp_path / "all.csv", "--since", "yesterday") == (
        2, "topicscope: error: --since 'yesterday': not a date (use YYYY-MM-DD or an ISO 8601 time)\n")
    code, msg = error(tmp_path / "all.csv", "--since", "2025-06-01", "--until", "2025-03-01")
    assert code == 2 and "--since 2025-06-01 is not before --until 2025-03-01" in msg
    code, msg = error(tmp_path / "all.csv", "--since", "2025-01-20")
    assert code == 3 and "the baseline period (before --since 2025-01-20): too few tickets to find topics" in msg
    code, msg = error(tmp_path / "undated.csv", "--since", "2025-07-01")
    assert code == 3 and "no ticket has a creation time we could read" in msg and "--until" not in msg
    code, msg = error(tmp_path / "all.csv", tmp_path / "all.csv", "--since", "2029-01-01")
    assert code == 3 and "the new export (from --since 2029-01-01): no ticket was created in the period" in msg


def test_baseline_refuses_options_that_would_refit(tmp_path, cli):
    _period(BEFORE, 200, 1, "2025-01-01").drop(columns="true").to_csv(tmp_path / "x.csv", index=False)
    res = cli("analyze", tmp_path / "x.csv", "--baseline", tmp_path, "--topics", "3", "-o", tmp_path / "o")
    assert res.exit_code == 2 and "--baseline and --topics" in res.stderr


def test_a_period_of_one_ticket_is_no_evidence_of_a_change():
    # 1 of 1 against 24 of 1,000: the z-test called this p = 3e-9; Fisher's exact test, 0.025.
    assert share_difference(1, 1, 24, 1000)[2] > 0.02
    assert share_difference(200, 1000, 100, 1000)[2] < 1e-6  # large counts: the z-test as before


def test_holm_and_the_difference_interval():
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    d, (lo, hi), p = share_difference(50, 1000, 50, 1000)
    assert d == 0 and lo < 0 < hi and p == pytest.approx(1.0)


def test_satisfaction_and_resolution_time_are_compared_where_the_export_has_them():
    before, after = _period(BEFORE, 600, 1, "2025-01-01"), _period(BEFORE, 600, 5, "2025-07-01")
    for frame, bad_share in ((before, 0.1), (after, 0.5)):
        rng = random.Random(len(frame) + int(bad_share * 10))
        frame["Satisfaction"] = ["bad" if rng.random() < bad_share else "good" for _ in range(len(frame))]
        frame["Solved"] = (pd.to_datetime(frame["created"]) + pd.Timedelta(hours=5 if frame is before else 20)).astype(str)
    cmp, _ = topicscope.compare_periods(before.drop(columns="true"), after.drop(columns="true"), n_topics=5,
                                        time_col="created")
    for t in cmp.to_dict()["topics"]:
        assert t["satisfaction_before"] > 0.8 and t["satisfaction_after"] < 0.65
        assert t["resolution_hours_before"] == pytest.approx(5) and t["resolution_hours_after"] == pytest.approx(20)
