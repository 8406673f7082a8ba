"""topicscope: what customers contact support about, and whether a remote call center can take it.

The library never prints; the ``topicscope`` command is a thin layer over it.

Example (``topicscope.analyze`` has one that runs as a doctest)::

    import topicscope
    result = topicscope.analyze("export.csv")   # a path, a DataFrame, or None for the bundled sample
    result.verdict["decision"]                  # 'partially_suitable'
    result.write("topicscope-out")              # tickets.csv, summary.json, report.html, ...
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .analysis import Analysis, analyze, compare_periods
from .config import Config
from .errors import InputError, TopicscopeError, UsageError
from .ingest import TicketTable, read_tickets

try:
    __version__ = version("topicscope")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

__all__ = ["Analysis", "analyze", "compare_periods", "Config", "InputError", "TicketTable", "TopicscopeError", "UsageError", "__version__", "read_tickets"]
