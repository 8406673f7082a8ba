"""Staffing maths: how many agents the measured workload needs.

Live channels (phone, chat, walk-in) are queues: the agents needed for a
service level come from Erlang C. Channels that can wait (e-mail, web forms,
social, app messages) would be over-staffed by Erlang C, so they use a
workload model: hours of work a day over productive hours per agent.
Rostered headcount adds shrinkage (leave, training, breaks).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

LIVE_CHANNELS = frozenset({"phone", "chat", "walk_in", "onsite"})


def erlang_c(traffic: float, agents: int) -> float:
    """Probability that a contact waits (Erlang C), for ``traffic`` erlangs and ``agents`` agents.

    Computed with the numerically stable Erlang B recursion.

    Examples
    --------
    >>> round(erlang_c(10.0, 11), 4)
    0.6821
    """
    if agents <= traffic:
        return 1.0
    b = 1.0
    for k in range(1, agents + 1):
        b = traffic * b / (k + traffic * b)
    return agents * b / (agents - traffic * (1 - b))


def service_level(traffic: float, agents: int, aht_seconds: float, answer_seconds: float) -> float:
    """Share of contacts answered within ``answer_seconds``."""
    if agents <= traffic:
        return 0.0
    return 1 - erlang_c(traffic, agents) * math.exp(-(agents - traffic) * answer_seconds / aht_seconds)


def agents_for_service_level(contacts_per_hour: float, aht_seconds: float, target: float,
                             answer_seconds: float) -> int:
    """Fewest agents meeting the service level (before shrinkage).

    Examples
    --------
    The published example: 100 contacts per 30 minutes, 3-minute handle time,
    80 % answered within 20 seconds.

    >>> agents_for_service_level(200, 180, 0.8, 20)
    14
    """
    if contacts_per_hour <= 0:
        return 0
    traffic = contacts_per_hour * aht_seconds / 3600
    agents = max(1, math.floor(traffic) + 1)
    while service_level(traffic, agents, aht_seconds, answer_seconds) < target:
        agents += 1
    return agents


def rostered(agents: float, shrinkage: float) -> int:
    """Headcount to roster so that ``agents`` are on duty after shrinkage."""
    return math.ceil(agents / (1 - shrinkage)) if agents > 0 else 0


@dataclass
class StaffingLine:
    """Agents for one part of the work (remote or in person) and one kind of channel."""

    work: str
    channels: str
    model: str
    tickets_per_month: float
    peak_tickets_per_hour: float | None
    hours_of_work_per_day: float | None
    aht_minutes: float
    agents_on_duty: float
    headcount: int


@dataclass
class Staffing:
    """Agents needed, separately for remote and in-person work and for live and deferrable channels."""

    lines: list[StaffingLine]
    assumptions: dict[str, Any]
    totals: dict[str, int] | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_HANDLE_TIME = ("handle_time", "handling_time", "aht", "average_handle_time", "talk_time", "time_spent",
                "total_time_spent", "time_tracked", "agent_work_time", "work_time", "handle_time_seconds",
                "handle_time_minutes", "time_spent_minutes", "time_spent_seconds", "handling_time_minutes")


def handle_time_column(columns: "Any") -> str | None:
    """The export's handle-time column, if it has one."""
    from .mapping import normalize_header

    for col in columns:
        if normalize_header(col) in _HANDLE_TIME:
            return str(col)
    return None


def aht_from(values: "Any", column: str) -> tuple[float, int] | None:
    """Mean handle time in minutes from a column (unit from its name, else from its size), and how many
    tickets gave it; the top 1 % is trimmed (tickets left open on a screen)."""
    import numpy as np
    import pandas as pd

    x = pd.to_numeric(pd.Series(values).astype(str).str.replace(",", "."), errors="coerce")
    x = x[(x > 0) & np.isfinite(x)]
    if len(x) < 10:
        return None
    x = x[x <= x.quantile(0.99)]
    name = column.lower()
    if "sec" in name:
        factor = 1 / 60
    elif "hour" in name or "hrs" in name:
        factor = 60.0
    elif "min" in name:
        factor = 1.0
    else:
        factor = 1 / 60 if float(x.median()) >= 60 else 1.0  # a median of an hour or more means seconds
    return round(float(x.mean()) * factor, 2), int(len(x))


def plan(tickets: "Any", aht_minutes: float = 6.0, service_target: float = 0.8, answer_seconds: float = 20,
         shrinkage: float = 0.3, productive_hours: float = 6.5, working_days: float = 21.0,
         aht_source: str = "default") -> Staffing:
    """Staffing for a ticket table with ``created_at``, ``channel`` and ``face_to_face`` columns.

    The busiest hour of a typical week is the largest mean count over the
    weeks in the export of tickets created in that weekday-and-hour.
    """
    import pandas as pd

    t = tickets.dropna(subset=["created_at"])
    weeks = max(1.0, (t["created_at"].max() - t["created_at"].min()).days / 7) if len(t) else 1.0
    months = max(1.0, weeks * 7 / 30.44)
    lines: list[StaffingLine] = []
    for work, mask in (("remote", t["face_to_face"] == 0), ("in_person", t["face_to_face"] == 1)):
        part = t[mask]
        for kind, is_live in (("live", True), ("deferrable", False)):
            sel = part[part["channel"].isin(LIVE_CHANNELS) == is_live]
            if sel.empty:
                continue
            per_month = len(sel) / months
            if is_live:
                slots = sel["created_at"].dt.day_of_week * 24 + sel["created_at"].dt.hour
                peak = float(pd.Series(slots).value_counts().max()) / weeks
                agents = agents_for_service_level(peak, aht_minutes * 60, service_target, answer_seconds)
                lines.append(StaffingLine(work, kind, "Erlang C at the busiest hour of a typical week",
                                          round(per_month, 1), round(peak, 2), None, aht_minutes, agents,
                                          rostered(agents, shrinkage)))
            else:
                hours = per_month / working_days * aht_minutes / 60
                agents = hours / productive_hours
                lines.append(StaffingLine(work, kind, "workload: hours of work a day / productive hours per agent",
                                          round(per_month, 1), None, round(hours, 2), aht_minutes,
                                          round(agents, 2), rostered(agents, shrinkage)))
    # No creation times, no lines: the headcount is not computed (None), which is not zero agents.
    totals = ({w: sum(line.headcount for line in lines if line.work == w) for w in ("remote", "in_person")}
              if lines else None)
    return Staffing(lines, {"aht_minutes": aht_minutes, "aht_source": aht_source, "service_level": service_target,
                            "answer_seconds": answer_seconds, "shrinkage": shrinkage,
                            "productive_hours_per_agent_day": productive_hours, "working_days_per_month": working_days,
                            "live_channels": sorted(LIVE_CHANNELS)}, totals)


@dataclass
class Costs:
    """Training and running costs, where the user gave prices (all in the user's currency).

    Attributes
    ----------
    training : dict or None
        Trainees per audience, the cost, and notes on negotiating and on-site training.
    running : dict or None
        Monthly in-house cost of the remote work, the outsourced cost, and the break-even volume.

    Each is None without its prices, or without staffing lines (no creation times, so no monthly
    volume and no headcount).
    """

    training: dict[str, Any] | None
    running: dict[str, Any] | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def costs(staffing: Staffing, curriculum: dict[str, Any], *, price_per_trainee: float | None = None,
          price_per_hour: float | None = None, agent_hourly_cost: float | None = None,
          outsource_price_per_contact: float | None = None, paid_hours_per_month: float = 168.0,
          negotiate_from: int = 10, onsite_from: int = 8) -> Costs:
    """Costs from the staffing totals and the curriculum's hours per audience.

    Examples
    --------
    >>> st = Staffing([StaffingLine("remote", "live", "m", 2000, 5, None, 6, 4, 6)], {}, {"remote": 6, "in_person": 0})
    >>> cur = {"modules": [{"hours": 40, "audience": ["remote agents"]}]}
    >>> c = costs(st, cur, price_per_trainee=500, agent_hourly_cost=20, outsource_price_per_contact=4)
    >>> c.training["cost"], c.running["in_house_monthly"], c.running["outsourced_monthly"], c.running["break_even_contacts_per_month"]
    (3000.0, 20160.0, 8000.0, 5040.0)
    """
    heads = staffing.totals or {}
    trainees = {"remote agents": heads.get("remote", 0), "in-person staff": heads.get("in_person", 0)}
    training = None
    # Trainees are the staffing step's headcount: without staffing lines there is none to price.
    if (price_per_trainee is not None or price_per_hour is not None) and staffing.lines:
        hours = {a: sum(m["hours"] for m in curriculum["modules"] if a in m["audience"]) for a in trainees}
        if price_per_trainee is not None:
            cost = float(sum(trainees.values()) * price_per_trainee)
            basis = f"{sum(trainees.values())} trainees x {price_per_trainee:g} per trainee"
        else:
            cost = float(sum(trainees[a] * hours[a] for a in trainees) * price_per_hour)
            basis = "trainees x their curriculum hours x " + f"{price_per_hour:g} per hour"
        notes = []
        total = sum(trainees.values())
        if total >= negotiate_from:
            notes.append(f"{total} trainees: a cohort large enough to negotiate a group price")
        for audience, n in trainees.items():
            if n >= onsite_from:
                notes.append(f"{n} {audience} in one place: an on-site trainer may cost less than sending them out")
        training = {"trainees": trainees, "hours_per_trainee": hours, "cost": round(cost, 2), "basis": basis,
                    "notes": notes}
    running = None
    # Without staffing lines (no creation times) there is no monthly volume to price.
    if agent_hourly_cost is not None and outsource_price_per_contact is not None and staffing.lines:
        remote = [line for line in staffing.lines if line.work == "remote"]
        contacts = sum(line.tickets_per_month for line in remote)
        in_house = heads.get("remote", 0) * paid_hours_per_month * agent_hourly_cost
        outsourced = contacts * outsource_price_per_contact
        running = {
            "remote_contacts_per_month": round(contacts, 1),
            "in_house_monthly": round(float(in_house), 2),
            "outsourced_monthly": round(float(outsourced), 2),
            "cheaper": "outsourcing" if outsourced < in_house else "in house",
            # In-house cost is mostly fixed for the headcount: past this volume the per-contact price costs more.
            "break_even_contacts_per_month": round(in_house / outsource_price_per_contact, 1),
            "basis": (f"in house: {heads.get('remote', 0)} rostered remote agents x {paid_hours_per_month:g} "
                      f"paid hours x {agent_hourly_cost:g} an hour; outsourced: remote contacts x "
                      f"{outsource_price_per_contact:g} per contact"),
        }
    return Costs(training, running)
