"""The verdict's decision rules, reasons and config overrides, on measured inputs built here."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from topicscope.config import Config, VerdictConfig
from topicscope.face_to_face import ErrorRates, adjusted_share
from topicscope.signals import measure, pii_flags
from topicscope.verdict import decide


def _signals(n=3000, pii=0.1, payment=0.01, other_lang=0.02, technical=0.3, p90=24.0, monthly=300, cv=0.1,
             in_person=0.0):
    def share(x):
        return {"count": int(x * n), "total": n, "share": x, "ci": [max(0, x - 0.01), min(1, x + 0.01)]}
    return {
        "pii": share(pii), "payment_data": share(payment), "other_language_share": share(other_lang),
        "main_language": "en", "technical_share": share(technical),
        "resolution_hours": {"median": 4.0, "p90": p90, "tickets": n},
        "monthly_mean": monthly, "monthly_cv": cv, "peak_month": "2026-07",
        "channels": {"email": int(n * (1 - in_person)), "walk_in": int(n * in_person)},
    }


def _f2f(share, by_topic=None):
    return {"overall": {"share": share, "share_ci": [max(0, share - 0.02), share + 0.02], "raw_share": share},
            "by_topic": by_topic or {}}


TOPICS = [
    {"id": 0, "label": "billing / invoice", "tickets": 1200, "monthly": {f"2026-{m:02d}": 100 for m in range(1, 13)},
     "categories": {"billing_payment": 1100, "technical_issue": 100}},
    {"id": 1, "label": "router / wifi", "tickets": 900, "monthly": {f"2026-{m:02d}": 75 for m in range(1, 13)},
     "categories": {"technical_issue": 800, "product_question": 100}},
    {"id": 2, "label": "installation / engineer", "tickets": 600, "monthly": {f"2026-{m:02d}": 50 for m in range(1, 13)},
     "categories": {"order_delivery": 600}},
]


def test_fully_remote_support_is_suitable_with_a_pilot_of_remote_topics():
    v = decide(_f2f(0.01, {"0": {"share": 0.0}, "1": {"share": 0.02}, "2": {"share": 0.03}}), _signals(), TOPICS)
    assert v.decision == "suitable" and v.score == 100
    assert [p.topic_id for p in v.pilot][:2] == [0, 2]  # simple before technical, then by volume
    assert v.keep_in_house == []
    f2f = v.reasons[[r.factor for r in v.reasons].index("face_to_face_share")]
    assert f2f.value == 0.01 and f2f.threshold == 0.05 and f2f.effect == "does not block"


def test_forty_percent_on_site_work_is_not_suitable():
    v = decide(_f2f(0.40, {"2": {"share": 0.9}}), _signals(), TOPICS)
    assert v.decision == "not_suitable"
    assert v.reasons[0].factor == "face_to_face_share" and v.reasons[0].effect == "decides not_suitable"
    assert v.pilot == [] and [k.topic_id for k in v.keep_in_house] == [2]


def test_some_in_branch_work_and_much_payment_data_is_partially_suitable():
    v = decide(_f2f(0.12, {"2": {"share": 0.6}}), _signals(payment=0.2), TOPICS)
    assert v.decision == "partially_suitable"
    pay = next(r for r in v.reasons if r.factor == "payment_data_share")
    assert pay.value == 0.2 and pay.threshold == 0.05 and pay.score_change == -10
    assert v.score == 90
    assert [k.topic_id for k in v.keep_in_house] == [2]
    assert "face to face" in v.headline()[0]


def test_many_weak_factors_lower_the_score_to_partial_then_not_suitable():
    weak = _signals(pii=0.5, payment=0.2, other_lang=0.2, technical=0.6, p90=200, monthly=50, cv=0.8,
                    in_person=0.2)
    v = decide(_f2f(0.0), weak, TOPICS)
    assert v.score == 25 and v.decision == "not_suitable"
    assert v.reasons[0].factor == "score"


def test_an_export_without_creation_times_leaves_volume_unmeasured_instead_of_penalised():
    v = decide(_f2f(0.01), _signals(monthly=None, cv=None), TOPICS)
    volume = next(r for r in v.reasons if r.factor == "monthly_volume")
    assert volume.value is None and volume.score_change == 0 and "not measured" in volume.effect
    assert v.score == 100 and v.decision == "suitable"
    none = pd.to_datetime([None, None], utc=True)
    tickets = pd.DataFrame({"created_at": none, "resolved_at": none,
                            "channel": ["email", "phone"], "language": "en", "category": "billing_payment"})
    assert measure(tickets, np.zeros(2, dtype=int), [{}, {}]).monthly_mean is None


def test_thresholds_come_from_the_config():
    strict = VerdictConfig(f2f_no_block=0.005)
    assert decide(_f2f(0.01), _signals(), TOPICS, strict).decision == "partially_suitable"
    assert decide(_f2f(0.01), _signals(), TOPICS).decision == "suitable"
    cfg = Config.from_dict({"verdict": {"f2f_not_suitable": 0.5}})
    assert decide(_f2f(0.40), _signals(), TOPICS, cfg.verdict).decision == "partially_suitable"


def test_corrected_share_differs_from_the_raw_count_when_the_classifier_errs():
    # A classifier that flags 10 % of true negatives: 25 % flagged means fewer true cases.
    rates = ErrorRates(tp=180, fp=40, tn=360, fn=20)  # TPR 0.9, FPR 0.1
    est = adjusted_share(250, 1000, rates)
    assert est.raw_share == 0.25
    assert est.share == pytest.approx((0.25 - 0.1) / (0.9 - 0.1), abs=1e-3)
    lo, hi = est.share_ci
    assert lo < est.share < hi and hi < est.raw_share


def test_signals_count_personal_data_kinds_languages_and_resolution_times():
    texts = ["mail me at a@example.com", "card 4111 1111 1111 1111 please", "nothing here", "hola, mi correo b@x.es"]
    flags, kinds = pii_flags(texts)
    assert flags.tolist() == [1, 1, 0, 1]
    created = pd.to_datetime(["2026-01-01 10:00", "2026-02-01 10:00", "2026-03-01 10:00", "2026-04-01 10:00"], utc=True)
    tickets = pd.DataFrame({
        "language": ["en", "en", "en", "es"], "channel": ["email", "phone", "walk_in", "email"],
        "category": ["other", "billing_payment", "technical_issue", "other"],
        "created_at": created, "resolved_at": created + pd.to_timedelta([1, 2, 3, np.nan], unit="h"),
        "Escalated": ["yes", "no", "", "no"],
    })
    s = measure(tickets, flags, kinds)
    assert s.pii.count == 3 and s.pii_kinds["EMAIL"] == 2 and s.pii_kinds["CARD"] == 1
    assert s.payment_data.count == 1
    assert s.main_language == "en" and s.other_language_share.count == 1
    assert s.resolution_hours["median"] == 2.0 and s.resolution_hours["tickets"] == 3
    assert s.escalated.count == 1 and s.escalated.total == 3
    assert s.technical_share.count == 1
    # Kinds read once per distinct dict: the same counts from a generator of fresh dicts.
    again = measure(tickets, flags, (dict(k) for k in kinds))
    assert again.pii_kinds == s.pii_kinds and again.payment_data == s.payment_data


def test_a_topics_tickets_a_month_counts_only_tickets_with_a_creation_time():
    # 1,200 tickets of which 600 are dated over 12 months: 50 a month, as the export's own monthly
    # volume counts them, not 1,200 / 12.
    half = [dict(TOPICS[0], monthly={k: v // 2 for k, v in TOPICS[0]["monthly"].items()})] + TOPICS[1:]
    v = decide(_f2f(0.01), _signals(), half)
    assert v.exit_plan["tickets_per_month_by_topic"]["0"] == 50.0
    assert next(p for p in v.pilot if p.topic_id == 0).tickets_per_month == 50.0
