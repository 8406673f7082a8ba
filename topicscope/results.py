"""Result records: plain dataclasses that serialise to JSON. Renderers read them and compute nothing."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Example:
    """A representative ticket, redacted and clipped."""

    ticket_id: str
    text: str


@dataclass
class TopicSummary:
    """One topic.

    ``share_ci`` is the 95 % Wilson interval of ``share``; ``monthly`` maps
    ``YYYY-MM`` to tickets created that month (every month of the export's
    period, zeros included); ``trend`` is a :class:`~topicscope.stats.Trend`
    as a dict; the mixes map a channel / category / language to tickets;
    ``satisfaction_mean`` is over the tickets with a rating in the export's
    satisfaction column (good/bad count as 1/0), when it has one.
    """

    id: int
    label: str
    terms: list[str]
    tickets: int
    share: float
    share_ci: list[float]
    monthly: dict[str, int]
    trend: dict[str, Any]
    channels: dict[str, int]
    categories: dict[str, int]
    languages: dict[str, int]
    mean_confidence: float
    examples: list[Example] = field(default_factory=list)
    resolution_hours_median: float | None = None
    satisfaction_mean: float | None = None
    satisfaction_responses: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TopicsOverview:
    """How the topics were found."""

    n_topics: int
    requested: int | None
    selection: dict[str, Any]
    representation: str
    merged_small_topics: int
    framing_terms: list[str] = field(default_factory=list)
    fitted_on: int = 0
    assigned_nearest: int = 0


@dataclass
class CategorySummary:
    """Volume per category; tickets under ``min_confidence`` are counted as uncertain, not forced."""

    model: dict[str, Any]
    labels: list[str]
    counts: dict[str, int]
    shares: dict[str, float]
    share_ci: dict[str, list[float]]
    uncertain: int
    min_confidence: float
    evaluation: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
