"""The one retry policy of every request, the generated functions' included.

The SDK's transport layer (`_async/transport.py`) applies it under each httpx client, so
nothing reaches the network around it; the decisions are httpx-retries' `Retry`. Which
failures are retried depends on the method:

- GET (and HEAD, OPTIONS): connection errors, time-outs, broken responses (their
  bodies too: the transport reads an API answer's body inside the loop), and the
  statuses 408, 429, 500, 502, 503 and 504.
- POST: creating an avatar or a video costs an avatar slot or credits, and the API has
  no idempotency key, so a POST is retried only when the service provably did not act
  on it: the connection was never made (connect error or connect/pool time-out, or a
  proxy refused the tunnel), or it answered 429. Never after a read time-out, a reset,
  or a 5xx: the body was sent.
- PUT and DELETE (`links.update`, `dyoa.delete`): as POST, since a DELETE that acted
  and is sent again answers 404 where it succeeded.

Wait before retry n (n = 1, 2, ...)::

    wait = min(max_wait, Retry-After)                      when the answer has one, else
    wait = min(max_wait, backoff * 2 ** (n - 1) * uniform(0.5, 1))

in seconds, with all waits of one request together capped at `budget`. After the last
retry the last answer is returned (and becomes an `APIStatusError`) or the last error is
raised (and becomes an `APIConnectionError`). `max_retries=0` switches retries off;
`CREATIFY_MAX_RETRIES` sets the default for every client.

All tries of one request and the waits between them end by the client's `call_deadline`
(default 120 s; a call's own longer `timeout=` extends it for that call), or by an end
set around the call if sooner (a wait's; how both are kept: `_timeouts.py`): each try's
connect, read and pool time-outs are cut to what is left (writes are not: an upload that
keeps moving goes on), and no retry starts with less than half a second left. Without it
a server that accepts connections and never answers held a GET for 182 s (60 s per try).

Each attempt is counted on the request (`ATTEMPTS`), so the log line of a request
(`_logging.py`) can say how many retries it took, whether it ended in an answer or an error.
"""

from __future__ import annotations

import datetime
import email.utils
import math
import time
from collections.abc import Mapping

import httpx
from httpx_retries import Retry

GET_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
POST_STATUSES = frozenset({429})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
WRITES = frozenset({"POST", "PUT", "DELETE"})
# Raised before a byte of the request left for the API (a ProxyError: while setting up
# the proxy's tunnel, which the proxy refused).
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ProxyError)
TRANSIENT = (*NEVER_SENT, httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
JITTER = 0.5
ATTEMPTS = "creatify_attempts"  # a request extension: how many times it was sent
# A retry is not started with less time than this left before the call's deadline.
MIN_TRY_TIME = 0.5
# The policy of each method that is retried (reads share one, writes another).
Policies = dict[str, Retry]


def next_try(
    retry: Retry | None, outcome: httpx.Response | Exception, ends_at: float | None
) -> tuple[Retry, float] | None:
    """The policy of the next try after `outcome` (an answer or an error) and the seconds
    to wait before it (back-off, `Retry-After`), or None when there is none: the answer
    is returned, the error raised. None too when the call's deadline (`ends_at`, in
    `time.monotonic()` seconds) would leave that try less than `MIN_TRY_TIME`."""
    if retry is None:
        return None
    headers: Mapping[str, str] = {}
    if isinstance(outcome, Exception):
        retryable = retry.is_retryable_exception(outcome)
    else:
        retryable, headers = retry.is_retryable_status_code(outcome.status_code), outcome.headers
    # Exhaustion is checked last: most answers are not retryable, and it costs more.
    if not retryable or retry.is_exhausted():
        return None
    retry = retry.increment()
    # As httpx-retries' own `sleep` waits, but with the SDK's reading of Retry-After:
    # its own logs a warning (through its logger) for each one it cannot read.
    wait = min(retry_after(headers) or retry.backoff_strategy(), retry.max_backoff_wait)
    if retry.total_timeout is not None:
        wait = min(wait, max(0.0, retry.total_timeout - retry.elapsed_sleep))
    if ends_at is not None and time.monotonic() + wait > ends_at - MIN_TRY_TIME:
        return None
    retry.elapsed_sleep += wait
    return retry, wait


def retry_after(headers: Mapping[str, str]) -> float | None:
    """The seconds a `Retry-After` header asks to wait (whole or decimal seconds, or an
    HTTP date; a negative or past one is 0), or None when there is none or it is neither."""
    text = headers.get("Retry-After", "").strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    if when.tzinfo is None:  # the RFC's dates are GMT
        when = when.replace(tzinfo=datetime.timezone.utc)
    return max(0.0, when.timestamp() - time.time())


def build_policies(*, max_retries: int, backoff: float, max_wait: float, budget: float) -> Policies:
    """The policies of a client with these settings."""
    reads = Retry(
        total=max_retries,
        # httpx-retries waits factor * 2 ** n at retry n; n starts at 1.
        backoff_factor=backoff / 2,
        backoff_jitter=JITTER,
        max_backoff_wait=max_wait,
        respect_retry_after_header=True,
        total_timeout=budget,
        allowed_methods=IDEMPOTENT_METHODS,
        status_forcelist=GET_STATUSES,
        retry_on_exceptions=TRANSIENT,
    )
    # The same waits; what may be retried differs.
    creates = reads.copy_with(
        allowed_methods=WRITES, status_forcelist=POST_STATUSES, retry_on_exceptions=NEVER_SENT
    )
    return {**dict.fromkeys(IDEMPOTENT_METHODS, reads), **dict.fromkeys(WRITES, creates)}


def within(request: httpx.Request, remaining: float) -> None:
    """Cut the try's connect, read and pool time-outs to the `remaining` seconds of its
    call; its write time-out stays (an upload that keeps moving is not cut)."""
    timeout = request.extensions.get("timeout")
    if not timeout:
        return
    phases = ("connect", "read", "pool")
    if all(timeout.get(p) is not None and timeout[p] <= remaining for p in phases):
        return  # the usual case: the first try of a call
    remaining = max(remaining, 0.001)
    request.extensions["timeout"] = {
        **timeout,
        **{p: remaining if timeout.get(p) is None else min(timeout[p], remaining) for p in phases},
    }
