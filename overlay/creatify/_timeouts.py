"""Per-call time-outs: `client.lipsyncs.get(id, timeout=5)`.

The generated request functions take no time-out, so a call's time-out travels beside
them: `_request` (and `download`) set the context variable `call_timeout` for the duration
of the call, and each client's transport (`_async/transport.py`) writes it into
`request.extensions["timeout"]`, httpx's own per-request time-out.
Like httpx's, it bounds each phase (connect, each read, each write, pool wait), not the
whole call: an upload may take longer than `timeout` as long as every chunk moves.
A context variable keeps concurrent calls (threads or tasks) apart.

A wait bounds its polls the same way: around each one it sets `call_ends_at`
(`ending_within`), and the transport ends every try of the request, and the retry waits
between them, by then (as it does by the client's `call_deadline`, whichever comes first).
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterator

import httpx

from ._exceptions import InvalidInputError

TimeoutArg = float | httpx.Timeout | None
"""Seconds, or an `httpx.Timeout`; None keeps the client's own time-out."""

# A poll request near the end of a wait still gets this long: the check at the deadline
# would otherwise fail at once and could never see the job finish.
MIN_POLL_TIMEOUT = 1.0

call_timeout: contextvars.ContextVar[httpx.Timeout | None] = contextvars.ContextVar(
    "creatify_call_timeout", default=None
)
# When every try of the calls made now must have ended, in `time.monotonic()` seconds
# (a wait's end); None: only the client's `call_deadline` bounds them.
call_ends_at: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "creatify_call_ends_at", default=None
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


@contextlib.contextmanager
def ending_within(seconds: float) -> Iterator[None]:
    """Calls made inside end within `seconds` from now, all their tries, the waits between
    them and the reading of the answer included (an earlier end set outside stays). A
    download's file is the exception: its answer must come by then, but its body is read
    as long as each read gets bytes within the read time-out."""
    ends_at = time.monotonic() + seconds
    outer = call_ends_at.get()
    token = call_ends_at.set(ends_at if outer is None else min(outer, ends_at))
    try:
        yield
    finally:
        call_ends_at.reset(token)
