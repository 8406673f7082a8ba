"""The training curriculum: what agents must learn, weighted by what the tickets show.

One module per group of related topics (same main category, and whether the
work is done in person; groups too small for a module of their own form a
last "other requests" module), ordered by training priority = volume share x
difficulty. Difficulty comes from the topic's category mix (technical issues
are harder than product questions), how long its tickets take to resolve
against the export's median, and its face-to-face need. A total budget of
hours is split over the modules in proportion to priority, with a minimum per
module, in half-hours that add up exactly to the budget.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any, Callable

from .config import CurriculumConfig
from .language import language_name
from .stats import per_month

_NOUNS = {
    "technical_issue": "Troubleshooting", "product_question": "Product knowledge", "billing_payment": "Billing",
    "account_access": "Account access", "order_delivery": "Orders and appointments",
    "returns_cancellation": "Returns and cancellations", "complaint_feedback": "Complaints",
    "other": "General requests",
}
# A module's title names what it teaches in words a trainer would use: the category's kind of work
# around the two key phrases that set the module apart ("Wifi password and red light problems").
_TITLES = {
    "technical_issue": "{A} and {b} problems", "product_question": "Questions about {a} and {b}",
    "billing_payment": "Billing: {a} and {b}", "account_access": "Account access: {a} and {b}",
    "order_delivery": "Orders and appointments: {a} and {b}",
    "returns_cancellation": "Returns and cancellations: {a} and {b}",
    "complaint_feedback": "Complaints about {a} and {b}", "other": "General requests: {a} and {b}",
}
_OBJECTIVES = {
    "technical_issue": ["Diagnose the fault from the customer's description and the account's history",
                        "Walk the customer through the troubleshooting steps in order",
                        "Know when to escalate, and to whom, with what information"],
    "product_question": ["Explain the features, plans and prices involved, and how they compare",
                         "Recommend the option that fits the customer's use",
                         "Answer availability and compatibility questions correctly"],
    "billing_payment": ["Read an invoice line by line with the customer",
                        "Apply the policies on refunds, credits and fees",
                        "Handle disputes and failed payments, and know the limits of your authority"],
    "account_access": ["Verify identity before changing anything", "Reset access and explain two-factor login",
                       "Spot and handle account-takeover attempts"],
    "order_delivery": ["Find an order or appointment and explain its status", "Rebook, change or cancel it",
                       "Set expectations on dates and what the customer must prepare"],
    "returns_cancellation": ["Apply the return, exchange and cancellation policies",
                             "Offer retention options where the policy allows",
                             "Close the loop: equipment returns, final bills, confirmations"],
    "complaint_feedback": ["De-escalate: acknowledge, apologise, take ownership",
                           "Recover the service and agree a concrete next step",
                           "Record the complaint so it reaches the team that can fix the cause"],
    "other": ["Route the request to the right place", "Answer general questions about the company",
              "Recognise requests that belong in another module"],
}

@dataclass
class Module:
    """One training module."""

    title: str
    topics: list[int]
    category: str
    why: str
    share: float
    tickets_per_month: float | None  # None: the export has no creation times
    trend: str
    difficulty: float
    priority: float
    hours: float
    audience: list[str]
    objectives: list[str]
    customer_phrases: list[str] = field(default_factory=list)
    key_terms: list[str] = field(default_factory=list)
    scenarios: list[str] = field(default_factory=list)


@dataclass
class Curriculum:
    """The curriculum as data; ``curriculum.md`` renders it."""

    total_hours: float
    modules: list[Module]
    audiences: dict[str, list[str]]
    method: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def split_hours(priorities: list[float], budget: float, minimum: float, unit: float = 0.5) -> list[float]:
    """Hours per module in ``unit`` steps: ``minimum`` each, the rest by priority (largest remainder).

    Examples
    --------
    >>> split_hours([0.5, 0.3, 0.2], 10, 1)
    [4.5, 3.0, 2.5]
    >>> sum(split_hours([0.7, 0.1, 0.1, 0.1], 40, 2))
    40.0
    """
    k = len(priorities)
    if k == 0:
        return []
    units = int(round(budget / unit))
    base = int(round(minimum / unit))
    spare = units - base * k
    if spare < 0:
        raise ValueError("budget below the minimum hours per module")
    total = sum(priorities) or 1.0
    quotas = [spare * p / total for p in priorities]
    whole = [math.floor(q) for q in quotas]
    left = spare - sum(whole)
    order = sorted(range(k), key=lambda i: (-(quotas[i] - whole[i]), i))
    for i in order[:left]:
        whole[i] += 1
    return [(base + w) * unit for w in whole]


PhraseNamer = Callable[[list[list[int]]], list[list[str]]]


def build(topics: list[dict[str, Any]], face_to_face: dict[str, Any], signals: dict[str, Any],
          resolution_by_topic: dict[str, float | None], config: CurriculumConfig | None = None,
          namer: PhraseNamer | None = None) -> Curriculum:
    """Modules from the analysis results (plain dicts as in ``summary.json``).

    Parameters
    ----------
    namer : callable, optional
        Given the topic ids of every module-sized group, returns each group's key phrases, best
        first (the pipeline measures them on the groups' own tickets). Without it, titles come from
        the topics' labels and terms.
    """
    c = config or CurriculumConfig()
    overall_median = signals["resolution_hours"].get("median")
    by_topic_f2f = face_to_face.get("by_topic", {})
    def difficulty(t: dict[str, Any]) -> float:
        mix = t["categories"]
        n = max(sum(mix.values()), 1)
        d = sum(c.category_difficulty.get(k, 0.5) * v for k, v in mix.items()) / n
        med = resolution_by_topic.get(str(t["id"]))
        if med is not None and overall_median:
            d *= min(c.max_resolution_factor, max(1 / c.max_resolution_factor, (med / overall_median) ** 0.5))
        f2f = float(by_topic_f2f.get(str(t["id"]), {}).get("share", 0.0))
        return round(d * (1 + c.face_to_face_weight * f2f), 4)

    # Topics group into modules by what they teach: their main category, and whether the work is
    # done in person. Fine-grained topics then still make a handful of modules a trainer can teach.
    groups: dict[tuple[str, bool], list[dict[str, Any]]] = {}
    # Topics written mostly in another language than the main one belong to that language's
    # coaching module: they mix every kind of request, and their words would blur the titles.
    main = signals.get("main_language")
    foreign: dict[str, list[dict[str, Any]]] = {}
    for t in topics:
        langs = t.get("languages") or {}
        top = max(sorted(langs), key=lambda k: langs[k]) if langs else main
        if main and top not in (main, "und"):
            foreign.setdefault(top, []).append(t)
            continue
        cat = max(sorted(t["categories"]), key=lambda k: t["categories"][k])
        f2f = float(by_topic_f2f.get(str(t["id"]), {}).get("share", 0.0))
        groups.setdefault((cat, f2f >= c.in_person_only_share), []).append(t)
    # How many groups name each word among their terms: titles prefer words that set a module apart.
    word_groups: dict[str, int] = {}
    for members in groups.values():
        for w in {w for t in members for term in t["terms"] for w in term.split()}:
            word_groups[w] = word_groups.get(w, 0) + 1
    kept = [key for key in sorted(groups) if sum(t["share"] for t in groups[key]) >= c.min_module_share]
    phrases = namer([[t["id"] for t in groups[key]] for key in kept]) if namer else None
    modules: list[Module] = []
    small: list[dict[str, Any]] = []
    for (cat, in_person), members in sorted(groups.items()):
        share = sum(t["share"] for t in members)
        if (cat, in_person) not in kept:
            small += members
            continue
        members.sort(key=lambda t: (-t["tickets"], t["id"]))
        tickets = sum(t["tickets"] for t in members)
        rate = per_month(_sum_monthly(members))
        d = sum(difficulty(t) * t["share"] for t in members) / share
        f2f = sum(float(by_topic_f2f.get(str(t["id"]), {}).get("share", 0.0)) * t["tickets"] for t in members) / tickets
        words = (_usable(phrases[kept.index((cat, in_person))]) if phrases is not None else
                 _title_words(members, word_groups, signals.get("main_language")))
        title = _title(cat, in_person, words)
        # Examples and key terms from the topics most purely of the module's kind, biggest first.
        typical = sorted(members, key=lambda t: (-t["categories"].get(cat, 0), t["id"]))
        examples = _examples(typical, 3)
        rising = [t for t in members if t["trend"]["direction"] == "rising"]
        modules.append(Module(
            title=title, topics=[t["id"] for t in members], category=cat,
            why=(f"{share:.1%} of tickets ({_volume(tickets, rate)}) in {_n(len(members), 'topic')}, mostly "
                 f"{_CATEGORY_WORDS.get(cat, cat.replace('_', ' '))}"
                 + (f"; {f2f:.0%} need someone on site" if f2f >= 0.05 else "")
                 + (f"; {_n(len(rising), 'topic')} rising" if rising else "")),
            share=round(share, 4), tickets_per_month=rate,
            trend="rising" if len(rising) * 2 > len(members) else "mixed" if rising else "stable",
            difficulty=round(d, 4), priority=round(share * d, 5), hours=0.0,
            audience=_audience(f2f, c), objectives=list(_OBJECTIVES.get(cat, _OBJECTIVES["other"])),
            customer_phrases=examples, key_terms=_distinct_terms(t["terms"] for t in typical[:4]),
            scenarios=[f"A customer writes: \u201c{x}\u201d Handle the contact from greeting to resolution."
                       for x in examples[:c.scenarios]],
        ))
    if small:
        share = sum(t["share"] for t in small)
        tickets = sum(t["tickets"] for t in small)
        rate = per_month(_sum_monthly(small))
        d = sum(difficulty(t) * t["share"] for t in small) / max(share, 1e-9)
        modules.append(Module(
            title="Other requests", topics=[t["id"] for t in small], category="other",
            why=f"{_n(len(small), 'smaller topic')}, together {share:.1%} of tickets ({_volume(tickets, rate)})",
            share=round(share, 4), tickets_per_month=rate, trend="mixed",
            difficulty=round(d, 4), priority=round(share * d, 5), hours=0.0, audience=["remote agents"],
            objectives=list(_OBJECTIVES["other"]), key_terms=[t["label"] for t in small][:8],
        ))
    modules.sort(key=lambda m: (-m.priority, m.title))
    cross = _cross_cutting(face_to_face, signals, topics, c, foreign)
    # Keep at least the minimum for every module: the least important topic modules go into "other".
    while modules and (len(modules) + len(cross)) * c.min_module_hours > c.total_hours:
        victim = next((m for m in reversed(modules) if m.title != "Other requests"), None)
        if victim is None:
            break
        modules.remove(victim)
        other = next((m for m in modules if m.title == "Other requests"), None)
        if other is None:
            other = Module("Other requests", [], "other", "", 0.0,
                           0.0 if victim.tickets_per_month is not None else None, "mixed", victim.difficulty, 0.0, 0.0,
                           ["remote agents"], list(_OBJECTIVES["other"]))
            modules.append(other)
        other.topics += victim.topics
        other.share = round(other.share + victim.share, 4)
        if other.tickets_per_month is not None and victim.tickets_per_month is not None:
            other.tickets_per_month = round(other.tickets_per_month + victim.tickets_per_month, 1)
        other.priority = round(other.priority + victim.priority, 5)
        other.why = f"{_n(len(other.topics), 'smaller topic')}, together {other.share:.1%} of tickets"
    everything = sorted(modules + cross, key=lambda m: (-m.priority, m.title))
    hours = split_hours([m.priority for m in everything], c.total_hours, c.min_module_hours)
    for m, h in zip(everything, hours):
        m.hours = h
    audiences: dict[str, list[str]] = {}
    for m in everything:
        for a in m.audience:
            audiences.setdefault(a, []).append(m.title)
    return Curriculum(c.total_hours, everything, audiences,
                      "priority = share of tickets x difficulty (category mix, resolution time against the "
                      "median, face-to-face need); hours split by priority with a minimum per module")


def _title(cat: str, in_person: bool, phrases: list[str]) -> str:
    noun = _NOUNS.get(cat, "Requests")
    if len(phrases) < 2:
        title = f"{noun}: {phrases[0]}" if phrases else noun
    else:
        a, b = phrases[:2]
        title = _TITLES.get(cat, _TITLES["other"]).format(A=a[0].upper() + a[1:], a=a, b=b)
    return f"{title} (on site)" if in_person else title


def _frame() -> set[str]:
    return {w[:5] for text in list(_TITLES.values()) + list(_NOUNS.values())
            for w in text.lower().replace(":", " ").split() if len(w) > 3}


_PARTICIPLES = {"given", "taken", "done", "gone", "seen", "written", "sent", "made", "paid", "told", "left"}


def _eventish(word: str) -> bool:
    """Past participles and adverbs ("given", "promised", "normally") say what happened, not what about."""
    return word in _PARTICIPLES or word.endswith("ly") or (word.endswith("ed") and len(word) > 4)


def _usable(phrases: list[str], n: int = 2) -> list[str]:
    """The first ``n`` phrases that add a word stem the title's frame and earlier phrases lack."""
    frame, stems, out = _frame(), set(), []
    for p in phrases:
        p_stems = {w[:5] for w in p.split()}
        if p_stems & (stems | frame) or any(_eventish(w) for w in p.split()[-1:]) or _eventish(p.split()[0]):
            continue
        out.append(p)
        stems |= p_stems
        if len(out) == n:
            break
    return out


def _title_words(members: list[dict[str, Any]], word_groups: dict[str, int], main_language: str | None,
                 n: int = 2) -> list[str]:
    """Key phrases that best name a group of topics.

    Taken from the label phrases and top terms of the group's topics written mostly in the main
    language (a title in two languages reads as noise), weighted by each topic's tickets, favouring
    words rare in other groups and two-word phrases, with no phrase repeating another's word stem.
    """
    # Words the title's frame already says ("Complaints about complaint ...") name nothing new.
    frame = _frame()
    score: dict[str, float] = {}
    for t in members:
        langs = t.get("languages") or {}
        if main_language and langs and max(sorted(langs), key=lambda k: langs[k]) != main_language:
            continue
        label = [p for p in t["label"].split(" / ") if not p.startswith("topic ")]
        ranked = label + [term for term in t["terms"][:6] if term not in label]
        for rank, term in enumerate(ranked):
            parts = term.split()
            if any(w[:5] in frame for w in parts):
                continue
            rarity = sum(1 / word_groups.get(w, 1) for w in parts) / len(parts)
            # A lone past participle ("promised", "booked") is an event, not a subject.
            form = 2.0 if len(parts) > 1 else 0.5 if term.endswith("ed") else 1.0
            score[term] = score.get(term, 0.0) + t["tickets"] / (rank + 1) * rarity * form
    chosen: list[str] = []
    stems: set[str] = set()
    for term, _ in sorted(score.items(), key=lambda kv: (-kv[1], kv[0])):
        term_stems = {w[:5] for w in term.split()}
        if term_stems & stems:
            continue
        chosen.append(term)
        stems |= term_stems
        if len(chosen) == n:
            break
    return chosen


def _distinct_terms(term_lists: Any, limit: int = 8) -> list[str]:
    """Top terms across topics, without words already inside a kept phrase."""
    kept: list[str] = []
    words: set[str] = set()
    for terms in term_lists:
        for term in terms[:4]:
            parts = set(term.split())
            if parts <= words:
                continue
            kept.append(term)
            words |= parts
            if len(kept) == limit:
                return kept
    return kept


def _audience(f2f: float, c: CurriculumConfig) -> list[str]:
    if f2f >= c.in_person_only_share:
        return ["in-person staff"]
    if f2f >= 0.05:
        return ["remote agents", "in-person staff"]
    return ["remote agents"]


def _examples(topics: list[dict[str, Any]], k: int, min_words: int = 4) -> list[str]:
    """One redacted example from each of the first topics that has one long enough to act out."""
    out = []
    for t in topics:
        text = next((e["text"] for e in t["examples"] if len(e["text"].split()) >= min_words), None)
        if text:
            out.append(text)
            if len(out) == k:
                break
    return out


def _sum_monthly(topics: list[dict[str, Any]]) -> dict[str, int]:
    """The topics' monthly counts added month by month (every topic spans the same months)."""
    total: dict[str, int] = {}
    for t in topics:
        for month, n in t["monthly"].items():
            total[month] = total.get(month, 0) + n
    return total


def _volume(tickets: int, rate: float | None) -> str:
    """"12 a month" (the module's ``tickets_per_month``, so text and JSON agree), or the count
    itself when the export has no creation times."""
    return f"{rate:.0f} a month" if rate is not None else f"{tickets:,} in the export"


def _n(k: int, noun: str) -> str:
    return f"{k} {noun}" if k == 1 else f"{k} {noun}s"


_CATEGORY_WORDS = {
    "technical_issue": "technical issues", "product_question": "product questions",
    "billing_payment": "billing and payments", "account_access": "account access",
    "order_delivery": "orders and appointments", "returns_cancellation": "returns and cancellations",
    "complaint_feedback": "complaints", "other": "other requests",
}


def _cross_cutting(face_to_face: dict[str, Any], signals: dict[str, Any], topics: list[dict[str, Any]],
                   c: CurriculumConfig, foreign: dict[str, list[dict[str, Any]]] | None = None) -> list[Module]:
    out = []
    weight = c.cross_cutting_priority

    def module(title: str, why: str, objectives: list[str], audience: list[str]) -> Module:
        return Module(title, [], "cross_cutting", why, 0.0, 0.0, "", 0.0, weight, 0.0, audience, objectives)

    for lang, n in signals["languages"].items():
        share = n / max(sum(signals["languages"].values()), 1)
        if lang not in (signals["main_language"], "und") and share >= c.language_module_share:
            name = language_name(lang)
            m = module(f"Language coaching: {name}", f"{share:.1%} of tickets are in {name}",
                       [f"Handle the common requests in {name}, with the regional diction customers use",
                        "Know when to hand over to a native speaker"], ["remote agents"])
            own = sorted((foreign or {}).get(lang, []), key=lambda t: (-t["tickets"], t["id"]))
            if own:
                # The language's own topics are taught here: their share drives the module's hours.
                m.topics = [t["id"] for t in own]
                m.share = round(sum(t["share"] for t in own), 4)
                m.priority = round(max(weight, m.share * c.category_difficulty.get("other", 0.5)), 5)
                m.why += f"; {_n(len(own), 'topic')} ({m.share:.1%} of tickets) are written mostly in {name}"
                m.customer_phrases = _examples(own, 3)
                m.key_terms = _distinct_terms(t["terms"] for t in own[:4])
                m.scenarios = [f"A customer writes: \u201c{x}\u201d Handle the contact in {name}, from greeting "
                               "to resolution." for x in m.customer_phrases[:c.scenarios]]
            out.append(m)
    pii = signals["pii"]["share"]
    pay = signals["payment_data"]["share"]
    if pii >= c.data_protection_share or pay >= c.payment_data_share:
        out.append(module("Data protection and payment data",
                          f"{pii:.1%} of tickets carry personal data, {pay:.1%} card numbers or IBANs",
                          ["Verify identity before disclosing anything", "Never take or repeat full card numbers "
                           "in writing; use the secure payment route", "Redact personal data in notes and tickets"],
                          ["remote agents", "in-person staff"]))
    f2f = float(face_to_face["overall"]["share"])
    if f2f >= 0.05:
        out.append(module("On-site conduct and safety",
                          f"{f2f:.1%} of tickets need someone at the customer's home, site or a store",
                          ["Arrive prepared: the ticket's history, parts and the customer's constraints",
                           "Work safely in customers' homes; identification and lone-working rules",
                           "Leave the customer with a clear outcome and the next step"], ["in-person staff"]))
    complaints = [t for t in topics if t["categories"].get("complaint_feedback", 0) / max(t["tickets"], 1)
                  >= c.complaint_topic_share]
    if complaints:
        share = sum(t["share"] for t in complaints)
        out.append(module("De-escalation",
                          f"{len(complaints)} topics ({share:.1%} of tickets) are mostly complaints",
                          _OBJECTIVES["complaint_feedback"], ["remote agents", "in-person staff"]))
    return out


def render_markdown(cur: dict[str, Any]) -> str:
    """curriculum.md from the curriculum's dict (as in curriculum.json)."""
    lines = ["# Training curriculum", "",
             f"{cur['total_hours']:g} hours in {len(cur['modules'])} modules, most important first. "
             f"Method: {cur['method']}.", ""]
    for aud, titles in cur["audiences"].items():
        lines.append(f"- **{aud.capitalize()}**: {len(titles)} modules, "
                     f"{sum(m['hours'] for m in cur['modules'] if aud in m['audience']):g} hours")
    lines.append("")
    for i, m in enumerate(cur["modules"], 1):
        lines += [f"## {i}. {m['title']} ({m['hours']:g} h)", "", f"*Why:* {m['why']}.",
                  f"*For:* {', '.join(m['audience'])}.", "", "Learning objectives:"]
        lines += [f"- {o}" for o in m["objectives"]]
        if m["key_terms"]:
            lines += ["", "Key terms: " + ", ".join(m["key_terms"])]
        if m["customer_phrases"]:
            lines += ["", "What customers write (redacted):"]
            lines += [f"> {p}" for p in m["customer_phrases"]]
        if m["scenarios"]:
            lines += ["", "Practice scenarios:"]
            lines += [f"{k}. {s}" for k, s in enumerate(m["scenarios"], 1)]
        lines.append("")
    return "\n".join(lines)
