"""Per-call time-outs: `client.lipsyncs.get(id, timeout=5)`.

The generated request functions take no time-out, so a call's time-out travels beside
them: `_request` (and `download`) set the context variable `call_timeout` for the duration
of the call, and each client's transport (`_async/transport.py`) writes it into
`request.extensions["timeout"]`, httpx's own per-request time-out.
Like httpx's, it bounds each phase (connect, each read, each write, pool wait), not the
whole call: an upload may take longer than `timeout` as long as every chunk moves.
A context variable keeps concurrent calls (threads or tasks) apart.
"""

from __future__ import annotations

import contextvars

import httpx

from ._exceptions import InvalidInputError

TimeoutArg = float | httpx.Timeout | None
"""Seconds, or an `httpx.Timeout`; None keeps the client's own time-out."""

# A poll request near the end of a wait still gets this long (see `capped`).
MIN_POLL_TIMEOUT = 1.0

call_timeout: contextvars.ContextVar[httpx.Timeout | None] = contextvars.ContextVar(
    "creatify_call_timeout", default=None
)


def as_timeout(timeout: TimeoutArg) -> httpx.Timeout | None:
    """The argument as an `httpx.Timeout`; a number must be positive seconds."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise InvalidInputError(
            "timeout", f"must be a positive number of seconds or an httpx.Timeout, got {timeout!r}"
        )
    return httpx.Timeout(timeout)


def capped(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout:
    """`timeout` with each phase cut to the `remaining` seconds of a wait.

    Never below `MIN_POLL_TIMEOUT`: the poll that a wait makes at its deadline would
    otherwise fail at once and could never see the job finish.
    """
    limit = max(remaining, MIN_POLL_TIMEOUT)
    phases = timeout.as_dict().items()  # connect, read, write, pool
    return httpx.Timeout(**{p: limit if t is None else min(t, limit) for p, t in phases})
