# Generated from overlay/creatify/_async/transport.py by scripts/gen_sync.py: do not edit.
"""The SDK's one httpx transport layer, between each httpx client and its connection pool.

For each request, in this order, it:

1. applies the call's own time-out, if the call has one (`_timeouts.py`);
2. sends it, retrying under the method's policy (`_retry.py`), and counts each attempt on
   the request, so that the log line can tell the retries;
3. gives the body of the answer it returns a deadline (`_deadline.py`; API answers only);
4. hands that answer to the client's `on_response` (the last answer of a call, and of a
   `with_raw_response` call: `_api_call.py`, `_raw.py`);
5. logs one line once the answer's body is read or the request failed (`_logging.py`).

These steps were six stacked transports (httpx-retries' `RetryTransport` among them) and
an httpx response hook. Every request runs them, so they are one layer now: that cut
the SDK's own time per request by about 5 µs (`bench/overhead_breakdown.py`). Which
requests are retried, and how long to wait, is still decided by httpx-retries' `Retry`
(methods, statuses, errors, back-off, `Retry-After`, the budget); only the loop is here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import httpx
from httpx_retries import Retry

from .._deadline import with_body_deadline
from .._logging import log_failure, log_when_read, logger
from .._retry import ATTEMPTS, Policies, next_attempt
from .._timeouts import call_timeout

OnResponse = Callable[[httpx.Response], None]


class ClientTransport(httpx.BaseTransport):
    """`pool`: the connection pool (`httpx.AsyncHTTPTransport`) or a test's transport.

    `owned`: closing this layer closes `pool` (False for a `with_options` client, which
    borrows its parent's pool). `body_deadline`: seconds an answer's body may take once
    its headers came; None for none. `show_host`: log scheme and host too (downloads).
    """

    def __init__(
        self,
        pool: httpx.BaseTransport,
        *,
        policies: Policies,
        owned: bool,
        on_response: OnResponse,
        body_deadline: float | None = None,
        show_host: bool = False,
    ) -> None:
        self._pool = pool
        self._policies = policies
        self._owned = owned
        self._on_response = on_response
        self._body_deadline = body_deadline
        self._show_host = show_host

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeout = call_timeout.get()
        if timeout is not None:
            request.extensions["timeout"] = timeout.as_dict()
        if not logger.isEnabledFor(logging.INFO):
            return self._answer(request, self._send(request))
        started = time.perf_counter()
        try:
            response = self._answer(request, self._send(request))
        except Exception as exc:
            log_failure(request, exc, started, self._show_host)
            raise
        return log_when_read(request, response, started, self._show_host)

    def _send(self, request: httpx.Request) -> httpx.Response:
        retry: Retry | None = self._policies.of(request.method)
        attempts = 0
        while True:
            attempts += 1
            request.extensions[ATTEMPTS] = attempts
            try:
                response = self._pool.handle_request(request)
            except Exception as exc:
                retry = next_attempt(retry, exc)
                if retry is None:
                    raise
                retry.sleep(exc)
            else:
                retry = next_attempt(retry, response)
                if retry is None:
                    return response
                response.close()
                retry.sleep(response)

    def _answer(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if self._body_deadline is not None:
            with_body_deadline(response, request, self._body_deadline)
        self._on_response(response)
        return response

    def close(self) -> None:
        if self._owned:
            self._pool.close()
