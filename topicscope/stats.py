"""Small statistics shared by the summaries: intervals for shares, trends of monthly counts."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

_Z95 = 1.959963984540054


def wilson_interval(successes: int, n: int, z: float = _Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion (95 % by default).

    Examples
    --------
    >>> [round(x, 3) for x in wilson_interval(20, 100)]
    [0.133, 0.289]
    """
    if n <= 0:
        return (0.0, 1.0)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def per_month(monthly: dict[str, Any]) -> float | None:
    """Mean of ``monthly`` (a topic's month -> tickets created that month), rounded to 0.1; None
    when the export gave no creation time. Tickets without one are in no month, so they are left
    out here as they are from the export's own monthly volume.

    >>> per_month({"2024-01": 50, "2024-02": 70}), per_month({})
    (60.0, None)
    """
    return round(sum(monthly.values()) / len(monthly), 1) if monthly else None


@dataclass
class Trend:
    """Direction of a monthly series.

    Attributes
    ----------
    direction : str
        ``rising``, ``falling``, ``stable`` or ``insufficient_data``.
    slope_per_month : float
        Least-squares slope, tickets per month.
    relative_slope : float
        Slope divided by the mean monthly count (0.05 = +5 % of a typical month, each month).
    p_value : float or None
        Two-sided p-value of the slope (None with fewer than 3 months).
    """

    direction: str
    slope_per_month: float
    relative_slope: float
    p_value: float | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def monthly_trend(counts: list[int], min_relative_slope: float, max_p_value: float) -> Trend:
    """Classify a series of monthly counts (oldest first, every month present).

    A trend is ``rising`` or ``falling`` when the slope is significant at
    ``max_p_value`` and at least ``min_relative_slope`` of the mean month.

    Examples
    --------
    >>> monthly_trend([10, 12, 15, 17, 20, 22], 0.02, 0.05).direction
    'rising'
    >>> monthly_trend([10, 11, 9, 10, 11, 10], 0.02, 0.05).direction
    'stable'
    """
    y = np.asarray(counts, dtype=float)
    if len(y) < 3 or y.sum() == 0:
        return Trend("insufficient_data", 0.0, 0.0, None)
    from scipy.stats import linregress

    x = np.arange(len(y), dtype=float)
    fit = linregress(x, y)
    mean = float(y.mean())
    slope = float(fit.slope)
    rel = slope / mean if mean else 0.0
    p = float(fit.pvalue) if np.isfinite(fit.pvalue) else 1.0
    if p <= max_p_value and rel >= min_relative_slope:
        direction = "rising"
    elif p <= max_p_value and rel <= -min_relative_slope:
        direction = "falling"
    else:
        direction = "stable"
    return Trend(direction, round(slope, 4), round(rel, 4), round(p, 6))
