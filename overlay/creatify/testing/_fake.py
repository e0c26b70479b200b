"""`FakeCreatify`: the service in your process, plugged into a client as its httpx transport.

The same state machine as the repository's mock (`_state.py`, `_resources.py`), on the
fake's own clock: `advance(seconds)` moves it, and a client from `client()` waits on it
(its sleep advances the clock), so a wait never sleeps for real.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

import anyio
import httpx

from .._exceptions import InvalidInputError
from .._jobs import JOB_KINDS
from .._redact import redact_headers
from .._timeouts import MAX_SECONDS
from ._faults import (
    RETRY_AFTER_RULE,
    STATUS_RULE,
    fault_detail,
    fault_status,
    parse_faults,
    retry_after_text,
    seconds_within,
)
from ._resources import area_named
from ._service import Service
from ._state import Answer, Delivery, State

if TYPE_CHECKING:
    from .._async.client import AsyncCreatify
    from .._sync.client import Creatify

DEFAULT_BASE_URL = "https://api.creatify.test"
FAKE_API_ID = "fake-api-id"
FAKE_API_KEY = "fake-api-key"
START = 1_700_000_000.0
LAST_TIMESTAMP = 253_402_300_799  # 9999-12-31 23:59:59 UTC: the last time a datetime holds
MAX_FAULTS = 10_000  # `fault_next(times=...)`: more than any retry loop makes
logger = logging.getLogger("creatify.testing")


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received: credentials in `headers` are redacted."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    content: bytes = field(repr=False)


class FakeCreatify:
    """An in-process fake of the Creatify API.

    >>> fake = FakeCreatify(job_seconds=5)
    >>> client = fake.client()
    >>> video = client.lipsyncs.create_and_wait(text="Hi", creator=avatar_id)  # no real wait
    >>> fake.fail_next("lipsyncs", reason="no credits")  # the next lipsync fails

    Records belong to the `api_id` a client sends (one account per id); jobs walk their
    statuses over `job_seconds` of the fake's clock, then end `done` with output URLs the
    fake serves (small real MP4, MP3 and JPEG files), or `failed`/`rejected` when asked
    (`fail_next`, `reject_next`, or `[mock:failed]` in the job's name).
    """

    def __init__(
        self,
        *,
        job_seconds: float = 4.0,
        base_url: str = DEFAULT_BASE_URL,
        start: float = START,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        # The time is `clock()` (default: none, it stands at `start`) plus what `advance`
        # added; `creatify mock` runs on `time.time`.
        self._clock = clock
        start = checked_seconds("start", start, LAST_TIMESTAMP)
        self._start = start if clock is None else 0.0
        self._now = self._start
        self._lock = threading.RLock()
        self.state = State(clock=self.now, job_seconds=checked_seconds("job_seconds", job_seconds))
        self._service = Service(self.state)
        self.requests: list[RecordedRequest] = []
        self._faults: deque[Answer] = deque()  # what the next API requests answer

    # ------------------------------------------------------------ time

    def now(self) -> float:
        """The fake's clock (seconds since the epoch)."""
        return self._now if self._clock is None else self._clock() + self._now

    def advance(self, seconds: float) -> None:
        """Move the clock on; webhooks that fall due are sent (a real POST to a loopback
        listener). In a running event loop they are sent by the next async request or
        `await fake.advance_async(...)`, so that a listener in that loop can answer."""
        self._tick(seconds)
        self._deliver_due_outside_a_loop()

    async def advance_async(self, seconds: float) -> None:
        """`advance` for async code: due webhooks are sent without blocking the loop."""
        self._tick(seconds)
        await self.deliver_due_async()

    def _tick(self, seconds: float) -> None:
        with self._lock:  # never past the last time a record's datetime can hold
            last = min(MAX_SECONDS, int(LAST_TIMESTAMP - self._now))
            self._now += checked_seconds("seconds", seconds, last)

    # ------------------------------------------------------------ outcomes and faults

    def fail_next(self, kind: str, reason: str | None = None) -> None:
        """The next job of `kind` (a client namespace: "lipsyncs", "avatars", ...) ends
        `failed`."""
        self._queue_outcome(kind, "failed", reason)

    def reject_next(self, kind: str, reason: str | None = None) -> None:
        """The next job of `kind` ends `rejected` (moderation)."""
        self._queue_outcome(kind, "rejected", reason)

    def _queue_outcome(self, kind: str, outcome: str, reason: str | None) -> None:
        job = JOB_KINDS.get(kind) if isinstance(kind, str) else None
        if job is None:
            names = ", ".join(JOB_KINDS)
            raise InvalidInputError("kind", f"must be a job namespace ({names}), got {kind!r}")
        if outcome == "rejected" and not job.rejected:
            raise InvalidInputError("kind", f"{kind} jobs are never rejected: use fail_next")
        if reason is not None and not isinstance(reason, str):
            raise InvalidInputError("reason", f"must be text or None, got {reason!r}")
        area = area_named(kind)
        with self._lock:
            self.state.queued.setdefault(area.name, deque()).append((outcome, reason))

    def fault_next(
        self,
        status: int = 429,
        *,
        retry_after: float | None = None,
        times: int = 1,
        body: Any = None,
    ) -> None:
        """The next `times` API requests answer `status` (a 429 with `Retry-After`, 1 s
        by default; another status with it if given), checked by the rules of the
        `X-Mock-Fault` header. `body` is JSON or bytes; by default DRF's `detail`."""
        code = fault_status(status)
        if code is None:
            raise InvalidInputError("status", f"must be {STATUS_RULE}, got {status!r}")
        wait = "1" if retry_after is None else retry_after_text(retry_after)
        if wait is None:
            raise InvalidInputError(
                "retry_after", f"must be {RETRY_AFTER_RULE}, got {retry_after!r}"
            )
        if type(times) is not int or not 0 <= times <= MAX_FAULTS:
            raise InvalidInputError(
                "times", f"must be a whole number from 0 to {MAX_FAULTS:,}, got {times!r}"
            )
        try:  # a body `_response` cannot send is refused here, not by the next request
            if not isinstance(body, bytes):
                json.dumps(body, allow_nan=False)
        except (TypeError, ValueError, RecursionError):
            raise InvalidInputError("body", "must be bytes or JSON (no NaN)") from None
        detail = body if body is not None else {"detail": fault_detail(code, wait)}
        timed = code == 429 or retry_after is not None
        fault = Answer(code, detail, {"retry-after": wait} if timed else {})
        with self._lock:
            self._faults.extend([fault] * times)

    # ------------------------------------------------------------ clients

    def transport(self) -> httpx.MockTransport:
        """An httpx transport that sends a `Creatify` client's requests to the fake."""
        return httpx.MockTransport(self._answer)

    def async_transport(self) -> httpx.MockTransport:
        """An httpx transport that sends an `AsyncCreatify` client's requests to the fake."""
        return httpx.MockTransport(self._answer_async)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        response = _unread(self.handle(request, request.content))
        self._deliver_due_outside_a_loop()
        return response

    async def _answer_async(self, request: httpx.Request) -> httpx.Response:
        response = _unread(self.handle(request, request.content))
        await self.deliver_due_async()
        return response

    def client(self, **kwargs: Any) -> Creatify:
        """A `Creatify` bound to this fake (any `Creatify` argument but `transport`: the
        fake is its transport)."""
        from .._sync.client import Creatify

        client = Creatify(transport=self.transport(), **self._client_kwargs(kwargs))
        self._bind(client, client._api.get_httpx_client(), self.advance)
        return client

    def async_client(self, **kwargs: Any) -> AsyncCreatify:
        """An `AsyncCreatify` bound to this fake (any argument but `transport`)."""
        from .._async.client import AsyncCreatify

        client = AsyncCreatify(transport=self.async_transport(), **self._client_kwargs(kwargs))
        self._bind(client, client._api.get_async_httpx_client(), self.advance_async)
        return client

    def _client_kwargs(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        if "transport" in kwargs:  # the fake is the transport: another would bypass it
            raise InvalidInputError(
                "transport",
                "the fake is the client's transport; for X-Mock-* headers send through "
                "httpx.Client(transport=fake.transport()) with an X-API-ID and X-API-KEY "
                "and read the job with fake.client(api_id=<that id>), or give your "
                "transport to a Creatify on creatify_mock_server.base_url",
            )
        return {"api_id": FAKE_API_ID, "api_key": FAKE_API_KEY, "base_url": self.base_url} | kwargs

    def _bind(self, client: Any, api: Any, sleep: Any) -> None:
        """The client's waits move the fake's clock: its polls' sleeps and the waits
        between retries (a 429's `Retry-After`) of its API and download clients."""
        client._clock = self.now
        client._sleep = sleep
        for http in (api, client._media):
            http._transport._sleep = sleep
        client._wiring = (partial(_bind_listeners, fake=self),)  # `with_options` too
        _bind_listeners(client, self)

    # ------------------------------------------------------------ what happened

    @property
    def webhooks(self) -> list[dict[str, Any]]:
        """Webhook deliveries: {"id", "url", "payload", "status" | "error"}, or
        {"id", "url", "refused": True} for a URL that is not loopback."""
        return self.state.webhooks

    def records(self) -> list[dict[str, Any]]:
        """Every record of every account as a GET would see it now."""
        with self._lock:  # as every request is handled: another thread may be creating
            now = self.now()
            return [record.snapshot(now) for record in self.state.records.values()]

    # ------------------------------------------------------------ one request

    def handle(self, request: httpx.Request, content: bytes) -> httpx.Response:
        """The answer to `request` (its body already read into `content`)."""
        url = request.url
        headers = {k.lower(): v for k, v in request.headers.items()}
        with self._lock:
            self.requests.append(_recorded(request, content))
            if self._faults and url.path.startswith(("/api/", "/sse/")):  # not `/media/`
                return _response(self._faults.popleft(), request)
            try:
                self._header_fault(headers.get("x-mock-fault", ""))
                query = url.query.decode("ascii")
                answer = self._service.handle(
                    request.method, url.path, query, headers, content, self.base_url
                )
            except Answer as raised:
                answer = raised
        return _response(answer, request)

    def _header_fault(self, text: str) -> None:
        """`X-Mock-Fault`, as the repository's mock applies it: `delay=S` moves the
        fake's clock, `reset` drops the connection, a status is raised as the answer."""
        for fault in parse_faults(text):
            if fault.kind == "delay":
                self._tick(fault.seconds)
            elif fault.kind == "reset":
                raise httpx.RemoteProtocolError("X-Mock-Fault: reset (the fake dropped it)")
            else:
                raise fault.answer()

    def _due(self) -> list[Delivery]:
        with self._lock:
            return self.state.due()

    def deliver_due(self) -> None:
        """Send the webhooks due by now (blocking)."""
        for delivery in self._due():
            post_webhook(delivery, self.state.webhooks)

    def _deliver_due_outside_a_loop(self) -> None:
        """`deliver_due` unless an event loop runs here: a blocking POST would freeze the
        loop a listener answers in; its next async request or `advance_async` sends them."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            self.deliver_due()

    async def deliver_due_async(self) -> None:
        """Send the webhooks due by now from a running event loop: from a worker thread,
        so that a listener in that loop can answer."""
        for delivery in self._due():
            await anyio.to_thread.run_sync(post_webhook, delivery, self.state.webhooks)

    def __repr__(self) -> str:
        return (
            f"FakeCreatify(records={len(self.state.records)}, requests={len(self.requests)}, "
            f"clock=+{self._now - self._start:g}s)"
        )


def checked_seconds(name: str, value: object, bound: int = MAX_SECONDS) -> float:
    """A length of the fake's time: the rule of `X-Mock-Fault: delay=S` with the SDK's
    bound (NaN would stop the clock for good, a negative one turn it back)."""
    seconds = seconds_within(value, bound)
    if seconds is None:
        raise InvalidInputError(name, f"must be a finite number from 0 to {bound:,}, got {value!r}")
    return seconds


def post_webhook(delivery: Delivery, log: list[dict[str, Any]]) -> None:
    """POST a delivery its `times`, following no redirect (a receiver cannot send the
    fake elsewhere); each POST goes into `log` with its status or error.

    Whatever fails (a receiver that hangs up, a URL httpx refuses, a payload it cannot
    encode) costs only this POST: it is logged, and the caller's ticker goes on."""
    sent = {"id": delivery.record_id, "url": delivery.url, "payload": delivery.payload}
    # Loopback by rule: never through the environment's proxy (`HTTP_PROXY`).
    with httpx.Client(timeout=5, follow_redirects=False, trust_env=False) as http:
        for _ in range(delivery.times):
            try:
                answer = http.post(delivery.url, json=delivery.payload)
            except Exception as exc:
                # The URL may hold a listener's token: the error says only what failed.
                error = f"{type(exc).__name__}: {exc}".replace(delivery.url, "<webhook_url>")
                log.append({**sent, "error": error})
                logger.warning("webhook for job %s failed: %s", delivery.record_id, error)
            else:
                log.append({**sent, "status": answer.status_code})


def _recorded(request: httpx.Request, content: bytes) -> RecordedRequest:
    body: Any = None
    if content and "json" in request.headers.get("content-type", ""):
        with contextlib.suppress(ValueError, RecursionError):  # `[[[...`: the service's 400
            body = json.loads(content)
    return RecordedRequest(
        method=request.method,
        path=request.url.path,
        query=dict(request.url.params.multi_items()),
        headers=dict(redact_headers(request.headers).items()),
        json=body,
        content=content,
    )


def _response(answer: Answer, request: httpx.Request) -> httpx.Response:
    headers = dict(answer.headers)
    if isinstance(answer.body, bytes):
        content = answer.body
    else:
        content = json.dumps(answer.body).encode()
        headers.setdefault("content-type", "application/json")
    if request.method == "HEAD":  # as a server sends it: the GET's head, no body
        headers["content-length"] = str(len(content))
        content = b""
    return httpx.Response(answer.status, headers=headers, content=content, request=request)


def _unread(response: httpx.Response) -> httpx.Response:
    """`response` as a server's answer comes to a client, unread: httpx sets its `elapsed`
    once the client has read it (`RawResponse.elapsed`)."""
    stream = httpx.ByteStream(response.content)
    return httpx.Response(
        response.status_code, headers=response.headers, stream=stream, request=response.request
    )


def _bind_listeners(client: Any, fake: FakeCreatify) -> None:
    """`client.webhooks.listen()` gives listeners whose wait moves the fake's clock: a
    `wait(id, webhook=hook)` then ends when the fake's webhook arrives, at once."""
    listen = client.webhooks.listen

    def bound_listen(*args: Any, **kwargs: Any) -> Any:
        listener = listen(*args, **kwargs)
        block = listener._wait_until

        async def wait_async(ready: Callable[[], bool], seconds: float) -> bool:
            if not ready():
                await fake.advance_async(seconds)
            return bool(await block(ready, 0))

        def wait(ready: Callable[[], bool], seconds: float) -> bool:
            if not ready():
                fake.advance(seconds)
            return bool(block(ready, 0))

        listener._wait_until = wait_async if asyncio.iscoroutinefunction(block) else wait
        return listener

    client.webhooks.listen = bound_listen
