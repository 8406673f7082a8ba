"""Errors that reach the user as one line, and the exit codes they map to.

Exit codes (documented in the README):

* 0 -- success
* 1 -- internal error (a bug: the message asks to report it)
* 2 -- usage error (bad flags or option values)
* 3 -- unreadable or unusable input (missing, empty, binary, unknown format,
  no text column, every row rejected, ...)
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INPUT = 3


class TopicscopeError(Exception):
    """Base class for errors that are the user's to fix; ``str(err)`` is one line."""

    exit_code = EXIT_INTERNAL


class UsageError(TopicscopeError):
    """Options that cannot work together or name something that is not there."""

    exit_code = EXIT_USAGE


class InputError(TopicscopeError):
    """The export cannot be read or holds nothing that can be analysed."""

    exit_code = EXIT_INPUT


class TooFewTickets(InputError):
    """Fewer analysed tickets than topics can be found in."""
