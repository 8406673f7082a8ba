"""The call-center suitability verdict: can a remote call center take this support, which part, and why.

Every reason names the factor, its measured value (with its interval where it
has one), the threshold from :class:`~topicscope.config.VerdictConfig` it was
held against, and what it did to the decision.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .config import VerdictConfig
from .language import language_name
from .stats import per_month

DECISIONS = ("suitable", "partially_suitable", "not_suitable")


@dataclass
class Reason:
    """One factor of the verdict."""

    factor: str
    value: float | None
    interval: list[float] | None
    threshold: float
    effect: str
    score_change: float
    explanation: str


@dataclass
class TopicPlan:
    """A topic proposed for the pilot or kept in house."""

    topic_id: int
    label: str
    tickets_per_month: float | None  # None: the export has no creation times
    face_to_face_share: float
    reason: str


@dataclass
class Verdict:
    """The decision and everything behind it.

    Attributes
    ----------
    decision : str
        ``suitable``, ``partially_suitable`` or ``not_suitable``.
    score : float
        0-100; 100 minus the weights of the factors past their thresholds.
    reasons : list of Reason
        Every factor, most decisive first.
    pilot : list of TopicPlan
        Topics to outsource first in a small pilot (empty when not_suitable).
    keep_in_house : list of TopicPlan
    exit_plan : dict
        What the company must keep able to do to take the work back:
        tickets per month by topic; headcount where the staffing step ran.
    """

    decision: str
    score: float
    reasons: list[Reason]
    pilot: list[TopicPlan] = field(default_factory=list)
    keep_in_house: list[TopicPlan] = field(default_factory=list)
    exit_plan: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def headline(self, n: int = 3) -> list[str]:
        """The top ``n`` reasons as plain sentences."""
        return [r.explanation for r in self.reasons[:n]]



def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def decide(face_to_face: dict[str, Any], signals: dict[str, Any], topics: list[dict[str, Any]],
           config: VerdictConfig | None = None) -> Verdict:
    """Weigh the measured factors into a verdict.

    Parameters
    ----------
    face_to_face : dict
        ``{"overall": ShareEstimate-as-dict, "by_topic": {topic_id: ShareEstimate-as-dict}}``.
    signals : dict
        :class:`~topicscope.signals.Signals` as a dict.
    topics : list of dict
        :class:`~topicscope.results.TopicSummary` dicts (id, label, tickets, monthly, categories).
    config : VerdictConfig, optional
    """
    c = config or VerdictConfig()
    f2f = face_to_face["overall"]
    share = float(f2f["share"])
    reasons: list[Reason] = []

    if share >= c.f2f_not_suitable:
        ceiling = "not_suitable"
        effect = "decides not_suitable"
        text = (f"{_pct(share)} of tickets need someone face to face (95 % interval {_pct(f2f['share_ci'][0])}"
                f" to {_pct(f2f['share_ci'][1])}), at or above {_pct(c.f2f_not_suitable)}: a remote call center "
                "cannot take this support.")
    elif share >= c.f2f_no_block:
        ceiling = "partially_suitable"
        effect = "caps the decision at partially_suitable"
        text = (f"{_pct(share)} of tickets need someone face to face (95 % interval {_pct(f2f['share_ci'][0])}"
                f" to {_pct(f2f['share_ci'][1])}), over {_pct(c.f2f_no_block)}: a call center alone will not do; "
                "keep the in-person work in house.")
    else:
        ceiling = "suitable"
        effect = "does not block"
        text = (f"Only {_pct(share)} of tickets need someone face to face (95 % interval "
                f"{_pct(f2f['share_ci'][0])} to {_pct(f2f['share_ci'][1])}), under {_pct(c.f2f_no_block)}.")
    reasons.append(Reason("face_to_face_share", share, list(f2f["share_ci"]), c.f2f_no_block if ceiling != "not_suitable"
                          else c.f2f_not_suitable, effect, 0.0, text))

    score = 100.0

    def factor(name: str, value: float | None, interval: list[float] | None, threshold: float, weight: float,
               past: bool, bad: str, good: str) -> None:
        nonlocal score
        if value is None:
            reasons.append(Reason(name, None, None, threshold, "not measured (the export lacks the data)", 0.0,
                                  f"{name.replace('_', ' ').capitalize()}: not measured, the export lacks the data."))
            return
        change = -float(weight) if past else 0.0
        score += change
        reasons.append(Reason(name, value, interval, threshold,
                              f"lowers the score by {weight:g}" if past else "no effect", change,
                              bad if past else good))

    s = signals
    pii = s["pii"]
    factor("personal_data_share", pii["share"], pii["ci"], c.pii_share, c.pii_weight, pii["share"] > c.pii_share,
           f"{_pct(pii['share'])} of tickets hold personal data (e-mails, phones, cards, ids, names) in the "
           f"customer's own words, over {_pct(c.pii_share)}: the contractor must meet your data-protection "
           "duties.",
           # Measured on the cleaned text: the signatures and quoted replies agents also see are not searched.
           f"{_pct(pii['share'])} of tickets hold personal data in the customer's own words, under "
           f"{_pct(c.pii_share)} (signatures and quoted replies, which agents see too, are not counted).")
    pay = s["payment_data"]
    factor("payment_data_share", pay["share"], pay["ci"], c.payment_share, c.payment_weight,
           pay["share"] > c.payment_share,
           f"{_pct(pay['share'])} of tickets carry card numbers or IBANs, over {_pct(c.payment_share)}: "
           "payment-card rules (PCI DSS) reach the call center.",
           f"{_pct(pay['share'])} of tickets carry card numbers or IBANs, under {_pct(c.payment_share)}.")
    lang = s["other_language_share"]
    factor("other_language_share", lang["share"], lang["ci"], c.other_language_share, c.language_weight,
           lang["share"] >= c.other_language_share,
           f"{_pct(lang['share'])} of tickets are not in {language_name(s['main_language'])}, at least "
           f"{_pct(c.other_language_share)}: agents need language coaching or a second-language team.",
           f"{_pct(lang['share'])} of tickets are not in {language_name(s['main_language'])}, "
           f"under {_pct(c.other_language_share)}.")
    tech = s["technical_share"]
    factor("technical_share", tech["share"], tech["ci"], c.technical_share, c.technical_weight,
           tech["share"] > c.technical_share,
           f"{_pct(tech['share'])} of tickets are technical issues, over {_pct(c.technical_share)}: the work is "
           "complex and needs deep product training.",
           f"{_pct(tech['share'])} of tickets are technical issues, under {_pct(c.technical_share)}.")
    p90 = s["resolution_hours"]["p90"]
    factor("resolution_p90_hours", p90, None, c.resolution_p90_hours, c.resolution_weight,
           p90 is not None and p90 > c.resolution_p90_hours,
           f"One ticket in ten takes over {p90} hours to resolve (threshold {c.resolution_p90_hours:g} h): "
           "long cases need follow-up a contractor may not own.",
           f"Nine tickets in ten are resolved within {p90} hours (threshold {c.resolution_p90_hours:g} h).")
    vol = s["monthly_mean"]  # None when no ticket has a creation time: not measured, not zero
    factor("monthly_volume", vol, None, c.min_monthly_volume, c.volume_weight,
           vol is not None and vol < c.min_monthly_volume,
           f"About {vol:,.0f} tickets a month, under {c.min_monthly_volume:,.0f}: too little for a contractor to "
           "staff efficiently." if vol is not None else "",
           f"About {vol:,.0f} tickets a month, enough to staff ({c.min_monthly_volume:,.0f} or more)."
           if vol is not None else "")
    cv = s["monthly_cv"]
    factor("monthly_volume_cv", cv, None, c.max_monthly_cv, c.stability_weight, cv is not None and cv > c.max_monthly_cv,
           f"Monthly volume varies by {cv:.0%} (coefficient of variation) around its mean, over "
           f"{c.max_monthly_cv:.0%}: hard to staff a fixed team; the peak was {s['peak_month']}." if cv is not None else "",
           f"Monthly volume is steady ({cv:.0%} coefficient of variation, limit {c.max_monthly_cv:.0%})."
           if cv is not None else "")
    channels = s["channels"]
    total = sum(channels.values()) or 1
    in_person = (channels.get("walk_in", 0) + channels.get("onsite", 0)) / total
    factor("in_person_channel_share", round(in_person, 4), None, c.in_person_channel_share, c.channel_weight,
           in_person > c.in_person_channel_share,
           f"{_pct(in_person)} of tickets arrive in person (walk-in or on site), over "
           f"{_pct(c.in_person_channel_share)}: those contacts cannot move to a phone line.",
           f"{_pct(in_person)} of tickets arrive in person, under {_pct(c.in_person_channel_share)}.")

    score = max(0.0, min(100.0, score))
    if ceiling == "not_suitable" or score < c.partial_min_score:
        decision = "not_suitable"
    elif ceiling == "partially_suitable" or score < c.suitable_min_score:
        decision = "partially_suitable"
    else:
        decision = "suitable"
    if ceiling != "not_suitable" and score < c.suitable_min_score:
        reasons.append(Reason("score", score, None, c.suitable_min_score if score >= c.partial_min_score
                              else c.partial_min_score, f"decides {decision}", 0.0,
                              f"The other factors leave a score of {score:.0f} of 100, under "
                              f"{c.suitable_min_score:g} for suitable" +
                              (f" and {c.partial_min_score:g} for partially suitable." if decision == "not_suitable"
                               else ".")))

    # Most decisive first: the face-to-face ceiling, then the score deductions, then the rest.
    reasons.sort(key=lambda r: (0 if r.factor == "face_to_face_share" and ceiling != "suitable" else
                                1 if r.factor == "score" else 2 if r.score_change < 0 else 3, r.score_change))

    pilot, keep = _plans(face_to_face, topics, c, decision)
    exit_plan = {
        "tickets_per_month_by_topic": {str(t["id"]): per_month(t["monthly"]) for t in topics},
        "headcount": None,
        "note": "Keep the in-house ability to handle this monthly volume per topic; the headcount comes from "
                "the staffing step once it runs.",
    }
    return Verdict(decision, round(score, 1), reasons, pilot, keep, exit_plan)


def _plans(face_to_face: dict[str, Any], topics: list[dict[str, Any]], c: VerdictConfig,
           decision: str) -> tuple[list[TopicPlan], list[TopicPlan]]:
    by_topic = face_to_face.get("by_topic", {})
    keep: list[TopicPlan] = []
    candidates = []
    for t in topics:
        rate = per_month(t["monthly"])
        f2f = float(by_topic.get(str(t["id"]), {}).get("share", 0.0))
        tech = t["categories"].get("technical_issue", 0) / max(t["tickets"], 1)
        if f2f >= c.keep_min_f2f:
            keep.append(TopicPlan(t["id"], t["label"], rate, round(f2f, 4),
                                  f"{_pct(f2f)} of its tickets need someone face to face"))
        elif f2f < c.pilot_max_f2f:
            volume = f"{rate:g} tickets a month" if rate is not None else f"{t['tickets']:,} tickets"
            # Every topic spans the same months, so its ticket count orders them when there are none.
            candidates.append((tech, -(rate if rate is not None else t["tickets"]), t["id"], TopicPlan(
                t["id"], t["label"], rate, round(f2f, 4),
                f"remote ({_pct(f2f)} face to face), {volume}, "
                f"{_pct(tech)} technical issues")))
    candidates.sort(key=lambda x: (x[0] > 0.5, x[1], x[2]))  # simple before complex, then by volume
    pilot = [plan for *_, plan in candidates[: c.pilot_topics]] if decision != "not_suitable" else []
    return pilot, keep
