"""The one retry policy of every request, the generated functions' included.

It is an httpx transport (httpx-retries' `RetryTransport`) under the client, so nothing
reaches the network around it. Which failures are retried depends on the method:

- GET (and HEAD, OPTIONS): connection errors, time-outs, broken responses, and the
  statuses 408, 429, 500, 502, 503 and 504.
- POST: creating an avatar or a video costs an avatar slot or credits, and the API has
  no idempotency key, so a POST is retried only when the service provably did not act
  on it: the connection was never made (connect error or connect/pool time-out), or it
  answered 429. Never after a read time-out, a reset, or a 5xx: the body was sent.

Wait before retry n (n = 1, 2, ...)::

    wait = min(max_wait, Retry-After)                      when the answer has one, else
    wait = min(max_wait, backoff * 2 ** (n - 1) * uniform(0.5, 1))

in seconds, with all waits of one request together capped at `budget`. After the last
retry the last answer is returned (and becomes an `APIStatusError`) or the last error is
raised (and becomes an `APIConnectionError`). `max_retries=0` switches retries off;
`CREATIFY_MAX_RETRIES` sets the default for every client.

Each attempt is counted on the request (`attempts_of`), so the log line of a request
(`_logging.py`) can say how many retries it took, whether it ended in an answer or an error.
"""

from __future__ import annotations

import httpx
from httpx_retries import Retry, RetryTransport

from ._layers import Layer

GET_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
POST_STATUSES = frozenset({429})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Raised before a byte of the request left this machine.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
JITTER = 0.5
ATTEMPTS = "creatify_attempts"  # a request extension: how many times it was sent


def build_policies(
    *, max_retries: int, backoff: float, max_wait: float, budget: float
) -> tuple[Retry, Retry]:
    """(the policy of GETs, the policy of POSTs)."""
    common = {
        "total": max_retries,
        # httpx-retries waits factor * 2 ** n at retry n; n starts at 1.
        "backoff_factor": backoff / 2,
        "backoff_jitter": JITTER,
        "max_backoff_wait": max_wait,
        "respect_retry_after_header": True,
        "total_timeout": budget,
    }
    reads = Retry(
        allowed_methods=IDEMPOTENT_METHODS,
        status_forcelist=GET_STATUSES,
        retry_on_exceptions=TRANSIENT,
        **common,  # type: ignore[arg-type]
    )
    creates = Retry(
        allowed_methods=["POST"],
        status_forcelist=POST_STATUSES,
        retry_on_exceptions=NEVER_SENT,
        **common,  # type: ignore[arg-type]
    )
    return reads, creates


def attempts_of(request: httpx.Request) -> int:
    """How many times the retry layer has sent `request` so far (0 before the first)."""
    return int(request.extensions.get(ATTEMPTS, 0))


class _CountsAttempts(Layer):
    """Under httpx-retries: counts each attempt on the request before passing it on."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions[ATTEMPTS] = attempts_of(request) + 1
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions[ATTEMPTS] = attempts_of(request) + 1
        return await super().handle_async_request(request)


class RetryingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Picks the policy by method, then lets httpx-retries apply it."""

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        *,
        max_retries: int,
        backoff: float,
        max_wait: float,
        budget: float,
    ) -> None:
        self._reads, self._creates = build_policies(
            max_retries=max_retries, backoff=backoff, max_wait=max_wait, budget=budget
        )
        self._inner = RetryTransport(transport=_CountsAttempts(transport), retry=self._reads)

    def _choose(self, request: httpx.Request) -> None:
        if "retry" not in request.extensions:
            policy = self._reads if request.method in IDEMPOTENT_METHODS else self._creates
            request.extensions["retry"] = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return await self._inner.handle_async_request(request)

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()
