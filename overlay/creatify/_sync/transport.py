# Generated from overlay/creatify/_async/transport.py by scripts/gen_sync.py: do not edit.
"""The SDK's one httpx transport layer, between each httpx client and its connection pool.

For each request, in this order, it:

1. applies the call's own time-out, if the call has one (`_timeouts.py`);
2. sends it, retrying under the method's policy and within the call's deadline
   (`_retry.py`), and counts each attempt on the request, so that the log line can tell
   the retries; a retried GET's API answer is read whole inside the loop (within its
   deadline, step 3), so a body that breaks is tried again; and while `info` is logged
   (or the CLI asks), a try without an answer says so every 10 s (`_slow.py`);
3. gives the body of the answer it returns a deadline (`_timeouts.WatchedBody`), cut to
   an end set around the call (a wait's: `_timeouts.ending_within`); API answers only: each
   read of a file's body from a storage host is bounded by the call's own read time-out,
   not cut to that end, so a large download that keeps moving is not cut;
4. gives that answer to the call in progress (`_raw.record`: read by the call,
   `_api_call.py`, and by a `with_raw_response` call, `_raw.py`);
5. logs one line once the answer's body is read or the request failed (`_logging.py`).

These steps were six stacked transports (httpx-retries' `RetryTransport` among them) and
an httpx response hook. Every request runs them, so they are one layer now: that cut
the SDK's own time per request by about 5 µs (`bench/overhead_breakdown.py`). Which
requests are retried, and how long to wait, is still decided by httpx-retries' `Retry`
(methods, statuses, errors, back-off, the budget; `Retry-After` is read by `_retry.py`);
only the loop is here.
"""

from __future__ import annotations

import logging
import time
from dataclasses import KW_ONLY, dataclass

import httpx

from .._logging import line_when_read, log_line, logger, target
from .._raw import record
from .._retry import ATTEMPTS, IDEMPOTENT_METHODS, Policies, next_try, within
from .._slow import Waiting, slow_calls
from .._timeouts import WatchedBody, answer_ends_at, call_ends_at, call_timeout, cap_answer
from .._types import Sleep, sync_sleep


@dataclass(eq=False, repr=False)
class ClientTransport(httpx.BaseTransport):
    """`pool`: the connection pool (`httpx.AsyncHTTPTransport`) or a test's transport.

    The client that made `pool` closes it (`close`), not this layer: a `with_options`
    client's layer borrows its parent's pool. `body_deadline`: seconds an answer's body
    may take once its headers came; None for none. `files`: the answers are files
    (downloads): the log shows their scheme and host too, and an end set around the call
    bounds the wait for the answer, not the reading of its body (each read is bounded by
    the read time-out: the time without progress).
    `call_deadline`: seconds all tries of one request may take, retry waits included
    (None: no bound; a call's own longer `timeout` extends it).
    """

    pool: httpx.BaseTransport
    _: KW_ONLY
    policies: Policies
    body_deadline: float | None = None
    files: bool = False
    call_deadline: float | None = None
    # The wait between tries: the client's, which `creatify.testing.FakeCreatify` sets to
    # move its clock instead.
    _sleep: Sleep = sync_sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeout = call_timeout.get()
        if timeout is not None:
            request.extensions["timeout"] = timeout.as_dict()
        if not logger.isEnabledFor(logging.INFO):
            return self._answer(request, self._send(request))
        started = time.perf_counter()
        try:
            return self._answer(request, self._send(request), started)
        except BaseException as exc:  # cancelled, Ctrl-C too: the request may have gone
            log_line(request, f"{type(exc).__name__} after", started, self.files)
            raise

    def _send(self, request: httpx.Request) -> httpx.Response:
        retry = self.policies.get(request.method)  # None: never retried
        started = time.monotonic()
        ends_at = self._ends_at(started)
        # The time-outs the call asked for, before `within` cuts them to its end.
        asked = request.extensions.get("timeout")
        # A retried read's (small) API answer is read here, so that one whose body breaks
        # (a reset, past its deadline) is tried again like one whose headers never came.
        read_here = bool(retry and retry.total) and not self.files
        read_here = read_here and request.method in IDEMPOTENT_METHODS
        attempts = 0
        while True:
            attempts += 1
            request.extensions[ATTEMPTS] = attempts
            if ends_at is not None:
                within(request, ends_at - time.monotonic())
            waiting = None
            if slow_calls.watching():
                what = f"{request.method} {target(request, self.files)}"
                # `retry` counts the attempts made; its `total` is the policy's retries. A
                # write is tried again only if it never left (X1-4): no "of 3" for it.
                of = 1 + retry.total if retry and request.method in IDEMPOTENT_METHODS else None
                waiting = Waiting(what, started, attempts, of)
                slow_calls.add(waiting)
            # Each read of the socket is cut to the end, not only each wait for a byte:
            # the headers', and the body's where it is read here.
            answer_by = answer_ends_at.set(ends_at)
            try:
                try:
                    response = self.pool.handle_request(request)
                    if read_here:
                        response.stream = httpx.ByteStream(self._read(request, response))
                finally:
                    answer_ends_at.reset(answer_by)
                    if waiting is not None:
                        slow_calls.remove(waiting)
            except Exception as exc:
                if (after := next_try(retry, exc, ends_at)) is None:
                    raise
                retry, wait = after
            else:
                if (after := next_try(retry, response, ends_at)) is None:
                    cut = request.extensions.get("timeout") is not asked  # by `within`
                    if cut and asked is not None and self._streamed(response):
                        # httpcore reads the body with the request's read time-out,
                        # looked up at the first read: a file's (or stream's) answer
                        # has come in time, and each read of its body waits as long as
                        # the call asked (the stall bound), not what is left of the end.
                        request.extensions["timeout"] = asked
                    return response
                retry, wait = after
                response.close()
            self._sleep(wait)

    def _ends_at(self, started: float) -> float | None:
        """When the call's tries must end: its deadline, or its own longer time-out; or
        the end set around it (a wait's), if sooner."""
        set_end = call_ends_at.get()
        if self.call_deadline is None:
            return set_end
        timeout = call_timeout.get()
        longest = max((t for t in timeout.as_dict().values() if t), default=0.0) if timeout else 0.0
        ends_at = started + max(self.call_deadline, longest)
        return ends_at if set_end is None else min(ends_at, set_end)

    def _read(self, request: httpx.Request, response: httpx.Response) -> bytes:
        """The body of `response`, read within its deadline."""
        body = WatchedBody(response.stream, request, deadline=self._body_deadline(response))
        try:
            return b"".join([chunk for chunk in body])
        finally:
            body.close()

    def _streamed(self, response: httpx.Response) -> bool:
        """Whether the body of `response` is read as long as it keeps moving: a file's,
        or an event stream's (the text generator's, answering as long as it writes)."""
        media = response.headers.get("Content-Type", "")
        return self.files or media.partition(";")[0].strip().lower() == "text/event-stream"

    def _body_deadline(self, response: httpx.Response) -> float | None:
        """The seconds the body of `response` may take from now: `body_deadline`, cut to
        the end set around the call; None for a streamed one's."""
        if self._streamed(response):
            return None
        deadline, set_end = self.body_deadline, call_ends_at.get()
        if set_end is not None:
            left = max(set_end - time.monotonic(), 0.001)
            deadline = left if deadline is None else min(deadline, left)
        return deadline

    def _answer(
        self, request: httpx.Request, response: httpx.Response, logged: float | None = None
    ) -> httpx.Response:
        """`response`, its body watched by one wrapper for both its deadline and, where
        the request is `logged` (the time it started), the log line written once read."""
        # A body read already (`_send`'s) is in memory: no deadline to keep.
        read = isinstance(response.stream, httpx.ByteStream)
        deadline = None if read else self._body_deadline(response)
        if not self.files or response.is_error:  # an API answer, or one quoted in an error
            cap_answer(response)
        on_close = None if logged is None else line_when_read(request, response, logged, self.files)
        if deadline is not None or on_close is not None:
            # Swap the body stream in place: building a new Response costs more (bench/).
            response.stream = WatchedBody(
                response.stream, request, deadline=deadline, on_close=on_close
            )
        record(response)
        return response
