"""What changed between a baseline period and a new one, topic by topic.

The new tickets are assigned to the baseline's topics (the saved analysis), so a topic means the
same thing in both periods. Per topic: the change in its share of tickets with a 95 % interval
(Newcombe's hybrid score interval for a difference of two proportions) and a two-proportion
z-test (Fisher's exact test where an expected count is under 5), Holm-corrected for the number of topics; the change in its face-to-face share, its median
resolution time and its satisfaction where the export has them. Baseline topics whose share fell
to a small fraction of what it was have shrunk away. New tickets that fit no baseline topic well
and sit together form emerging topics, each with a label and redacted examples. The verdict's
reasons are recomputed on the new period, and the ones whose effect changed are listed.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .config import CompareConfig, TopicsConfig
from .stats import wilson_interval


@dataclass
class TopicChange:
    """One baseline topic in both periods. Shares are of all tickets in each period."""

    id: int
    label: str
    before_tickets: int
    after_tickets: int
    before_share: float
    after_share: float
    change: float
    change_ci: list[float]
    p_value: float
    p_adjusted: float
    significant: bool
    direction: str
    face_to_face_before: float | None = None
    face_to_face_after: float | None = None
    resolution_hours_before: float | None = None
    resolution_hours_after: float | None = None
    satisfaction_before: float | None = None
    satisfaction_after: float | None = None


@dataclass
class EmergingTopic:
    """New tickets that fit no baseline topic and cluster among themselves."""

    label: str
    terms: list[str]
    tickets: int
    share: float
    share_ci: list[float]
    cohesion: float
    examples: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Comparison:
    """The result of :func:`compare`; plain data for compare.json, compare.md and the report."""

    baseline: dict[str, Any]
    new: dict[str, Any]
    method: str
    topics: list[TopicChange]
    increased: list[int]
    decreased: list[int]
    vanished: list[int]
    emerging: list[EmergingTopic]
    face_to_face: dict[str, Any]
    verdict: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def share_difference(x1: int, n1: int, x0: int, n0: int) -> tuple[float, tuple[float, float], float]:
    """Difference of two proportions x1/n1 - x0/n0: value, 95 % Newcombe interval, z-test p-value
    (Fisher's exact test where an expected count is under 5: a period of a few tickets would
    otherwise make a 1-of-1 "100 %" look certain).

    Examples
    --------
    >>> d, (lo, hi), p = share_difference(200, 1000, 100, 1000)
    >>> round(d, 3), round(lo, 3), round(hi, 3), p < 1e-6
    (0.1, 0.069, 0.131, True)
    """
    p1, p0 = x1 / n1, x0 / n0
    l1, u1 = wilson_interval(x1, n1)
    l0, u0 = wilson_interval(x0, n0)
    d = p1 - p0
    lo = d - math.sqrt((p1 - l1) ** 2 + (u0 - p0) ** 2)
    hi = d + math.sqrt((u1 - p1) ** 2 + (p0 - l0) ** 2)
    pooled = (x1 + x0) / (n1 + n0)
    if min(pooled, 1 - pooled) * min(n1, n0) < 5:
        from scipy.stats import fisher_exact

        p = float(fisher_exact([[x1, n1 - x1], [x0, n0 - x0]])[1])
    else:
        se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0))
        p = 1.0 if se == 0 else math.erfc(abs(d) / se / math.sqrt(2))
    return d, (lo, hi), p


def holm(p_values: list[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values (same order as given).

    Examples
    --------
    >>> [round(p, 3) for p in holm([0.01, 0.04, 0.03])]
    [0.03, 0.06, 0.06]
    """
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


def compare(baseline: dict[str, Any], new: Any, fitted: Any, config: CompareConfig | None = None,
            topics_config: TopicsConfig | None = None) -> Comparison:
    """Compare a new period with the baseline it was assigned to.

    Parameters
    ----------
    baseline : dict
        The baseline's summary (``baseline.json`` of a saved analysis).
    new : topicscope.Analysis
        The new period, analysed with ``baseline=`` the same saved analysis.
    fitted : FittedAnalysis
        The saved analysis (its vectorizer finds emerging topics).
    config : CompareConfig, optional
    topics_config : TopicsConfig, optional
        How emerging topics are clustered and labelled.

    Returns
    -------
    Comparison
    """
    c = config or CompareConfig()
    tc = topics_config or TopicsConfig()
    after = new.to_dict()
    tickets = new.tickets
    n0, n1 = int(baseline["tickets_analysed"]), int(after["tickets_analysed"])

    emerging, emerging_rows = _emerging(tickets, fitted, n1, c, tc)
    # Tickets of an emerging topic are counted there, not in the baseline topic they were nearest to.
    kept = np.ones(len(tickets), dtype=bool)
    kept[emerging_rows] = False
    counts = np.bincount(tickets["topic_id"].to_numpy()[kept].astype(int), minlength=fitted.n_topics)

    before_topics = {int(t["id"]): t for t in baseline["topics"]}
    after_topics = {int(t["id"]): t for t in after["topics"]}
    f2f_before = baseline["face_to_face"]["by_topic"]
    f2f_after = after["face_to_face"]["by_topic"]
    raw = []
    for t in range(fitted.n_topics):
        x0 = int(before_topics[t]["tickets"]) if t in before_topics else 0
        x1 = int(counts[t])
        raw.append((t, x0, x1) + share_difference(x1, n1, x0, n0))
    adjusted = holm([r[5] for r in raw])
    changes = []
    for (t, x0, x1, d, (lo, hi), p), q in zip(raw, adjusted):
        sig = q < c.alpha
        b, a = before_topics.get(t, {}), after_topics.get(t, {})
        changes.append(TopicChange(
            id=t, label=fitted.topic_labels[t], before_tickets=x0, after_tickets=x1,
            before_share=round(x0 / n0, 4), after_share=round(x1 / n1, 4), change=round(d, 4),
            change_ci=[round(lo, 4), round(hi, 4)], p_value=_round_p(p), p_adjusted=_round_p(q), significant=sig,
            direction=("up" if d > 0 else "down") if sig else "no significant change",
            face_to_face_before=_get(f2f_before, t), face_to_face_after=_get(f2f_after, t),
            resolution_hours_before=b.get("resolution_hours_median"), resolution_hours_after=a.get("resolution_hours_median"),
            satisfaction_before=b.get("satisfaction_mean"), satisfaction_after=a.get("satisfaction_mean"),
        ))
    vanished = [ch.id for ch in changes if ch.significant and ch.change < 0
                and ch.after_share <= c.vanished_max_ratio * ch.before_share]
    increased = [ch.id for ch in changes if ch.significant and ch.change > 0]
    decreased = [ch.id for ch in changes if ch.significant and ch.change < 0 and ch.id not in vanished]
    changes.sort(key=lambda ch: (not ch.significant, -abs(ch.change), ch.id))
    f0, f1 = baseline["face_to_face"]["overall"], after["face_to_face"]["overall"]
    return Comparison(
        baseline={k: baseline.get(k) for k in ("input", "period", "tickets_analysed")},
        new={k: after.get(k) for k in ("input", "period", "tickets_analysed")},
        method=("new tickets assigned to the baseline's topics; share changes with Newcombe 95 % intervals and "
                f"two-proportion z-tests (Fisher's exact test where an expected count is under 5), Holm-corrected over {fitted.n_topics} topics at {c.alpha}"),
        topics=changes, increased=increased, decreased=decreased, vanished=vanished, emerging=emerging,
        face_to_face={"before": f0["share"], "before_ci": f0["share_ci"], "after": f1["share"],
                      "after_ci": f1["share_ci"], "change": round(f1["share"] - f0["share"], 4)},
        verdict=_verdict_changes(baseline["verdict"], after["verdict"]),
    )


def _emerging(tickets: Any, fitted: Any, n_new: int, c: CompareConfig,
              tc: TopicsConfig) -> tuple[list[EmergingTopic], np.ndarray]:
    from .pii import example, without_pii
    from .topics import TopicModel, topic_terms

    floors = np.asarray(getattr(fitted, "similarity_floors", np.full(fitted.n_topics, fitted.similarity_floor)))
    far = np.flatnonzero(tickets["topic_similarity"].to_numpy(dtype=float)
                         < floors[tickets["topic_id"].to_numpy().astype(int)])
    floor = max(c.emerging_min_tickets, int(math.ceil(c.emerging_min_share * n_new)))
    if len(far) < floor:
        return [], np.array([], dtype=int)
    raw = tickets["text"].to_numpy()[far].tolist()
    texts = [without_pii(text) for text in raw]
    X = fitted.vectorizer.transform(texts, tickets["language"].to_numpy()[far].tolist(),
                                    tickets["channel"].to_numpy()[far].tolist())
    if len(far) >= max(tc.min_tickets, 2 * floor):
        model = TopicModel(config=tc).fit(X)
        labels, centers = model.labels_, model.cluster_centers_
    else:
        labels = np.zeros(len(far), dtype=int)
        centers = X.mean(axis=0, keepdims=True)
        centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    terms = topic_terms(texts, labels, len(centers), tc)
    baseline_cohesion = float(fitted.info.get("mean_similarity", fitted.similarity_floor))
    # Even an unchanged period has stragglers: about a quantile q of each topic's tickets fall under
    # its floor. Only far tickets beyond that (over q*n_t + 3 sd per topic) can make a new topic;
    # they go first to the groups farthest from every baseline topic, so the stragglers of an old
    # topic, which sit near its centre, are left with none.
    q = c.emerging_similarity_quantile
    assigned = tickets["topic_id"].to_numpy().astype(int)
    n_t = np.bincount(assigned, minlength=fitted.n_topics)
    far_t = np.bincount(assigned[far], minlength=fitted.n_topics)
    excess = np.maximum(0.0, far_t - (q * n_t + 3 * np.sqrt(n_t * q * (1 - q))))
    nearest_old = (centers @ fitted.centers.T).max(axis=1)
    out, rows = [], []
    for t in np.argsort(nearest_old, kind="stable"):
        members = np.flatnonzero(labels == t)
        sims = X[members] @ centers[t]
        cohesion = float(sims.mean()) if len(members) else 0.0
        per_topic = np.bincount(assigned[far[members]], minlength=fitted.n_topics)
        taken = np.minimum(per_topic, excess)
        excess = excess - taken
        if taken.sum() < floor or cohesion < c.emerging_min_cohesion_ratio * baseline_cohesion:
            continue
        lo, hi = wilson_interval(len(members), n_new)
        central = members[np.lexsort((members, -sims))][: tc.n_examples]
        out.append(EmergingTopic(
            label=terms.labels[t], terms=[term for term, _ in terms.terms[t]], tickets=int(len(members)),
            share=round(len(members) / n_new, 4), share_ci=[round(lo, 4), round(hi, 4)], cohesion=round(cohesion, 4),
            examples=[{"ticket_id": str(tickets["ticket_id"].iloc[far[i]]),
                       "text": example(raw[i], tc.example_chars)} for i in central],
        ))
        rows.extend(far[members].tolist())
    out.sort(key=lambda e: (-e.tickets, e.label))
    return out, np.array(sorted(rows), dtype=int)


def _verdict_changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    old = {r["factor"]: r for r in before["reasons"]}
    reasons, changed = [], []
    for r in after["reasons"]:
        o = old.get(r["factor"], {})
        moved = (o.get("effect") != r["effect"]) or (o.get("score_change") != r["score_change"])
        reasons.append({"factor": r["factor"], "before": o.get("value"), "after": r["value"],
                        "effect_before": o.get("effect"), "effect_after": r["effect"], "changed": moved,
                        "explanation": r["explanation"]})
        if moved:
            changed.append(r["factor"])
    return {"decision_before": before["decision"], "decision_after": after["decision"],
            "score_before": before["score"], "score_after": after["score"], "changed_reasons": changed,
            "reasons": reasons}


def _get(by_topic: dict[str, Any], t: int) -> float | None:
    entry = by_topic.get(str(t))
    return None if entry is None else entry.get("share")


def _round_p(p: float) -> float:
    return float(f"{p:.3g}")


def render_markdown(cmp: dict[str, Any]) -> str:
    """compare.md from a comparison's dict (as in compare.json)."""
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{100 * x:.1f}%"

    b, a = cmp["baseline"], cmp["new"]
    lines = ["# What changed", "",
             f"Baseline: {b['tickets_analysed']:,} tickets ({_period(b)}). New: {a['tickets_analysed']:,} tickets "
             f"({_period(a)}).", "", f"Method: {cmp['method']}.", ""]
    v = cmp["verdict"]
    lines += ["## Verdict", "",
              f"- Decision: {v['decision_before'].replace('_', ' ')} (score {v['score_before']:g}) → "
              f"{v['decision_after'].replace('_', ' ')} (score {v['score_after']:g}).",
              "- Reasons that changed: " + (", ".join(f.replace("_", " ") for f in v["changed_reasons"]) or "none") + "."]
    for r in v["reasons"]:
        if r["changed"]:
            lines.append(f"  - {r['factor'].replace('_', ' ')}: {r['effect_before']} → {r['effect_after']}. "
                         f"{r['explanation']}")
    f = cmp["face_to_face"]
    lines += ["", "## Face to face", "",
              f"{pct(f['before'])} → {pct(f['after'])} of tickets ({100 * f['change']:+.1f} points).", ""]
    by_id = {t["id"]: t for t in cmp["topics"]}
    for title, ids in (("Topics that grew", cmp["increased"]), ("Topics that shrank", cmp["decreased"]),
                       ("Topics that shrank away", cmp["vanished"])):
        lines += [f"## {title}", ""]
        if not ids:
            lines += ["None.", ""]
            continue
        for t in ids:
            ch = by_id[t]
            lines.append(f"- **{ch['label']}**: {pct(ch['before_share'])} → {pct(ch['after_share'])} "
                         f"({100 * ch['change']:+.1f} points, 95 % interval {100 * ch['change_ci'][0]:+.1f} to "
                         f"{100 * ch['change_ci'][1]:+.1f}; adjusted p = {ch['p_adjusted']:.3g})")
        lines.append("")
    lines += ["## Emerging topics", ""]
    if not cmp["emerging"]:
        lines += ["None: every new ticket fits a baseline topic.", ""]
    for e in cmp["emerging"]:
        lines += [f"### {e['label']}", "",
                  f"{e['tickets']:,} tickets, {pct(e['share'])} of the new period (95 % interval "
                  f"{pct(e['share_ci'][0])} to {pct(e['share_ci'][1])}). Key terms: {', '.join(e['terms'][:8])}.", ""]
        lines += [f"> {x['text']}" for x in e["examples"]] + [""]
    lines += ["## Every topic", "", "| topic | before | after | change | adjusted p | face to face | "
              "resolution h | satisfaction |", "|---|---|---|---|---|---|---|---|"]
    for ch in sorted(cmp["topics"], key=lambda t: t["id"]):
        lines.append(f"| {ch['label']} | {pct(ch['before_share'])} | {pct(ch['after_share'])} | "
                     f"{100 * ch['change']:+.1f} | {ch['p_adjusted']:.3g} | {pct(ch['face_to_face_before'])} → "
                     f"{pct(ch['face_to_face_after'])} | {_num(ch['resolution_hours_before'])} → "
                     f"{_num(ch['resolution_hours_after'])} | {_num(ch['satisfaction_before'])} → "
                     f"{_num(ch['satisfaction_after'])} |")
    return "\n".join(lines) + "\n"


def _period(part: dict[str, Any]) -> str:
    p = part.get("period") or {}
    if not p.get("first"):
        return "no creation times"
    return f"{p['first'][:10]} to {(p.get('last') or p['first'])[:10]}"


def _num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:g}"


__all__ = ["Comparison", "EmergingTopic", "TopicChange", "compare", "holm", "render_markdown", "share_difference"]
