"""Webhooks: read what the service POSTs, refuse forgeries, and end waits without polling.

When a job created with a `webhook_url` ends, the service POSTs
`{id, status, failed_reason, output}` to it (`video_output` instead of `output` on some
products; the whole object on others), may POST the same news more than once, and signs
nothing. So:

- `parse(body)` turns a body into a `WebhookEvent`, or raises `InvalidWebhookError`;
- every URL the SDK hands out carries an unguessable token (`new_token()`), and a delivery
  without it is refused with 403 before its body is read;
- an event is news, not proof: `client.webhooks.confirm(event)` reads the job from the API,
  and that object is the one to act on;
- a repeated delivery of the same news (`event_key`: id, status, reason, output) is
  recognised and not reported again; an event counts as handled only once its handler
  has succeeded.

For a web server: `asgi_app(handler, token=...)` (Starlette; runs under FastAPI, Starlette
or plain uvicorn). For a script: `client.webhooks.listen()`, a local receiver
(`WebhookListener`, or `AsyncWebhookListener` for `AsyncCreatify`) that `wait(id,
webhook=hook)` sleeps on.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import inspect
import json
import logging
import os
import re
import secrets
import socket
from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit
from weakref import WeakValueDictionary

from typing_extensions import Self

from ._exceptions import ConfigurationError, InvalidInputError, InvalidWebhookError
from ._jobs import JOB_KINDS
from ._redact import MARKER, webhook_url_text
from ._validation import check_url

if TYPE_CHECKING:
    import uvicorn
    from anyio.from_thread import BlockingPortal
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.types import Receive, Scope, Send

__all__ = [
    "AsyncWebhookListener",
    "InvalidWebhookError",
    "WebhookApp",
    "WebhookEvent",
    "WebhookListener",
    "asgi_app",
    "new_token",
    "parse",
    "webhook_url",
]

log = logging.getLogger("creatify.webhooks")

# Where each product puts what: the first key present wins.
STATUS_KEYS = ("status", "process_status")
OUTPUT_KEYS = ("output", "video_output")
# The listener's URL: http://HOST:PORT/creatify-webhook/<token>[/<kind>]. It routes
# `/<token>[/<kind>]` too: what a tunnel to it forwards for `<public_url>/<token>`.
LISTENER_PATH = "/creatify-webhook"
MIN_TOKEN_LENGTH = 16
TOKEN = re.compile(r"[A-Za-z0-9_-]+")
# A URL's kind (`webhook_url`): a job kind's noun ("lipsync", not the namespace "lipsyncs").
NOUNS = sorted(job.noun for job in JOB_KINDS.values())
# A payload is a few hundred bytes; the whole product-to-video object a few KiB.
MAX_BODY_BYTES = 1 << 20
# A request head or body not in within this many seconds closes its connection (an idle
# or slowloris one); past MAX_CONNECTIONS a new one closes the oldest not being answered:
# a flood of them cannot take the process's file descriptors nor keep a delivery out.
READ_TIMEOUT = 10.0
MAX_CONNECTIONS = 64
# How many handled events (`event_key`) an app remembers to recognise repeats.
REMEMBERED_EVENTS = 10_000
# With a webhook, polling is only a fallback for a listener the service cannot reach.
FALLBACK_POLL_INTERVAL = 60.0
FALLBACK_MAX_INTERVAL = 300.0

Handler = Callable[["WebhookEvent"], Any]
"""Called with each new event; a plain function or a coroutine function."""


@dataclass(frozen=True)
class WebhookEvent:
    """One webhook delivery, as the service sent it: news to confirm, not proof.

    `output` is read from `output` or `video_output`; `status` from `status` (or
    `process_status`, for custom avatars). `payload` is the whole body, unknown keys
    included. `kind` is the job kind ("lipsync", "avatar", ...) when the URL carried it.
    `repeat` is True when the same news (`event_key`) was handled before by this receiver.
    """

    id: str
    status: str
    failed_reason: str | None
    output: str | None
    payload: dict[str, Any]
    kind: str | None = None
    repeat: bool = False


def parse(body: bytes | str | Mapping[str, Any], *, kind: str | None = None) -> WebhookEvent:
    """A webhook body (bytes, text or a decoded dict) as a `WebhookEvent`.

    Raises `InvalidWebhookError` naming the field and the rule when it is not a webhook
    payload (not JSON, not an object, no `id` or status, a field of the wrong type). An
    unknown status or extra keys are fine. Parsing proves nothing: confirm the event.
    """
    if isinstance(body, (bytes, bytearray, memoryview)):
        try:
            body = bytes(body).decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidWebhookError("body", "is not UTF-8 text") from None
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError as exc:
            raise InvalidWebhookError("body", f"is not JSON ({exc})") from None
        except RecursionError:  # a few KiB of `[[[[...` exhaust the parser's stack
            raise InvalidWebhookError("body", "is nested too deeply to be a payload") from None
    if not isinstance(body, Mapping):
        raise InvalidWebhookError("body", f"must be a JSON object, got {_type_name(body)}")
    payload = dict(body)
    event_id = payload.get("id")
    if not isinstance(event_id, str) or not event_id.strip():
        raise InvalidWebhookError("id", _wanted("a non-empty string", event_id, "id" in payload))
    status_key = next((k for k in STATUS_KEYS if k in payload), "status")
    status = payload.get(status_key)
    if not isinstance(status, str) or not status:
        present = status_key in payload
        raise InvalidWebhookError(status_key, _wanted("a status string", status, present))
    reason = payload.get("failed_reason")
    if reason is not None and not isinstance(reason, str):
        raise InvalidWebhookError("failed_reason", _wanted("a string or null", reason, True))
    output = None
    for key in OUTPUT_KEYS:
        value = payload.get(key)
        if value is not None and not isinstance(value, str):
            raise InvalidWebhookError(key, _wanted("a URL string or null", value, True))
        output = output or value
    return WebhookEvent(event_id.strip(), status, reason, output, payload, kind)


def _type_name(value: object) -> str:
    names: dict[type, str] = {dict: "an object", list: "an array", str: "a string"}
    return names.get(type(value), "null" if value is None else type(value).__name__)


def _wanted(what: str, value: object, present: bool) -> str:
    return f"must be {what}, got {_type_name(value)}" if present else "is missing"


EventKey = bytes


def _digest(*fields: str | None) -> bytes:
    """What a receiver keeps to recognise `fields` again: 32 bytes, however long they are."""
    return hashlib.sha256(json.dumps(fields).encode()).digest()


def event_key(event: WebhookEvent) -> EventKey:
    """What makes two deliveries the same news: the job, its status, its failure reason
    and its output (their `_digest`).

    Not the id and status alone: then an early or forged `done` (no output yet) would
    make the real final event a "repeat", and it would be dropped. Not the whole payload
    either: products that send the whole job object may change fields (times, progress)
    between deliveries of the same news.
    """
    return _digest(event.id.lower(), event.status, event.failed_reason, event.output)


# ---------------------------------------------------------------- tokens and URLs


def new_token() -> str:
    """A fresh unguessable token (32 URL-safe characters) to put in webhook URLs."""
    return secrets.token_urlsafe(24)


def check_token(token: object) -> str:
    if not isinstance(token, str) or not TOKEN.fullmatch(token):
        raise InvalidInputError("token", "must be URL-safe text (letters, digits, - and _)")
    if len(token) < MIN_TOKEN_LENGTH:
        raise InvalidInputError(
            "token", f"must be at least {MIN_TOKEN_LENGTH} characters: use new_token()"
        )
    return token


def webhook_url(base: str, token: str, kind: str | None = None) -> str:
    """`base/<token>[/<kind>]`: the URL to pass as `webhook_url` to an app mounted at
    `base`. With `kind`, received events know their job kind and `confirm` needs no
    `kind=`."""
    url = f"{check_base('base', base)}/{check_token(token)}"
    return url if kind is None else f"{url}/{check_kind(kind)}"


def check_base(field: str, url: object) -> str:
    """An http(s) URL the token joins as a path segment, without its last `/`. A query or
    fragment would take the token (every delivery then misses the receiver): refused, as
    braces, which would be a route's parameter."""
    text = check_url(field, url)
    if any(c in unquote(text) for c in "?#{}"):
        rule = "must have no query (?) or fragment (#): the token goes in its path"
        raise InvalidInputError(field, f"{rule}, got {text[:80]!r}")
    return text.rstrip("/")


def check_kind(kind: object) -> str:
    """`kind` if it is one of `NOUNS`: checked before a URL is handed out, not when its
    events arrive."""
    if not isinstance(kind, str) or kind not in NOUNS:
        raise InvalidInputError("kind", f"must be one of {', '.join(NOUNS)}; got {kind!r}")
    return kind


# ---------------------------------------------------------------- the ASGI app


async def _call(handler: Handler, event: WebhookEvent) -> None:
    """Call `handler` in a worker thread (a plain one may block); a coroutine function's
    coroutine, made there at once, is awaited here."""
    from starlette.concurrency import run_in_threadpool

    result = await run_in_threadpool(handler, event)
    if inspect.isawaitable(result):
        await result


class WebhookApp:
    """An ASGI app that receives webhooks: `POST /<token>` or `POST /<token>/<kind>`.

    Any other POST (a wrong token, compared in constant time, or none) gets 403 and its
    body is never read; a body that is not a payload gets 400 (413 over 1 MiB); a new
    event calls `handler(event)` and gets 200; a repeat of an event already handled
    (`event_key`) gets 200 without calling it again (unless `repeats=True`, which passes
    it with `event.repeat` set). If the handler raises, the answer is 500 and the event
    is not remembered, so a redelivery is handled again. A repeat that comes while the
    handler still runs waits for it: then it is a repeat, or, if the handler failed, it
    is handled. Repeats are remembered per process, for the last 10,000 events: handlers
    should still be idempotent.
    """

    def __init__(
        self, handler: Handler, *, token: str, repeats: bool = False, path: str = ""
    ) -> None:
        """`path`: where the token's routes start, besides the root (the local listener's
        `/creatify-webhook`)."""
        from starlette.applications import Starlette
        from starlette.routing import Route

        self._token = check_token(token).encode()
        self._handler = handler
        self._pass_repeats = repeats
        self._seen: OrderedDict[EventKey, None] = OrderedDict()  # handled events
        # One lock per event being handled, gone once no delivery of it holds or awaits it.
        self._handling: WeakValueDictionary[EventKey, asyncio.Lock] = WeakValueDictionary()
        self.received = 0
        """New events: deliveries whose handler succeeded."""
        self.repeated = 0
        """Deliveries of an event already handled: recognised, not reported again."""
        self.refused = 0
        """Deliveries refused (403, 400 or 413: see above)."""
        self._app = Starlette(
            routes=[
                *(
                    Route(prefix + route, self._receive, methods=["POST"])
                    for prefix in dict.fromkeys((path, ""))  # `path` first: a longer match
                    for route in ("/{token}", "/{token}/{kind}")
                ),
                Route("/{path:path}", self._forbidden, methods=["POST"]),
            ]
        )
        self._app.router.redirect_slashes = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._app(scope, receive, send)

    def __repr__(self) -> str:
        return f"WebhookApp(received={self.received}, repeated={self.repeated}, token={MARKER!r})"

    async def _forbidden(self, request: Request) -> Response:
        from starlette.responses import JSONResponse

        self.refused += 1
        return JSONResponse({"detail": "Forbidden."}, status_code=403)

    async def _receive(self, request: Request) -> Response:
        from starlette.requests import ClientDisconnect
        from starlette.responses import JSONResponse

        given = str(request.path_params["token"]).encode()
        kind = request.path_params.get("kind")
        if not hmac.compare_digest(given, self._token) or (kind is not None and kind not in NOUNS):
            return await self._forbidden(request)
        try:
            body = await asyncio.wait_for(_read_body(request), READ_TIMEOUT)
        except (asyncio.TimeoutError, ClientDisconnect):  # the sender hung up: none reads it
            self.refused += 1
            detail = f"The body did not arrive within {READ_TIMEOUT:g} s."
            return JSONResponse({"detail": detail}, status_code=408)
        try:
            if body is None:
                raise InvalidWebhookError("body", f"is larger than {MAX_BODY_BYTES} bytes")
            event = parse(body, kind=kind)
        except InvalidWebhookError as exc:
            self.refused += 1
            return JSONResponse({"detail": str(exc)}, status_code=413 if body is None else 400)
        key = event_key(event)
        # A repeat while the first delivery's handler runs waits for its outcome: if it
        # failed, the event is not in `_seen` yet and this delivery handles it.
        async with self._handling.setdefault(key, asyncio.Lock()):
            repeat = key in self._seen
            if not repeat:
                try:
                    await _call(self._handler, event)
                except Exception:
                    log.exception("the webhook handler failed on %s (%s)", event.id, event.status)
                    return JSONResponse({"detail": "The handler failed."}, status_code=500)
                # Remembered only once handled: a failed attempt leaves it to a redelivery.
                self._seen[key] = None
                self.received += 1
                if len(self._seen) > REMEMBERED_EVENTS:
                    self._seen.popitem(last=False)
        if repeat:
            self.repeated += 1
            if self._pass_repeats:
                await _call(self._handler, replace(event, repeat=True))
        return JSONResponse({"received": True, "repeat": repeat})


async def _read_body(request: Request) -> bytes | None:
    """The body, or None (read no further) when it is over `MAX_BODY_BYTES`. Not Starlette's
    `max_body_size`: it answers 413 in plain text, even to a wrong token's large POST."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            return None
    return bytes(body)


def asgi_app(handler: Handler, *, token: str, repeats: bool = False) -> WebhookApp:
    """An ASGI app for your web server that passes each new webhook event to `handler`.

    Mount it (`app.mount("/creatify", asgi_app(on_event, token=TOKEN))` in FastAPI or
    Starlette, or run it alone under uvicorn) and create jobs with
    `webhook_url=webhook_url("https://your.host/creatify", TOKEN, "lipsync")`. Keep
    `TOKEN` (from `new_token()`) secret. `handler(event)` may be a coroutine function;
    act on `await client.webhooks.confirm(event)`, not on the event. See `WebhookApp`.
    """
    return WebhookApp(handler, token=token, repeats=repeats)


# ---------------------------------------------------------------- local listeners


def _server(app: Any) -> uvicorn.Server:
    """A uvicorn server for `app` that leaves signals (Ctrl-C) and logging to the caller,
    and closes connections over `MAX_CONNECTIONS` or without a request head in time."""
    import uvicorn
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class QuietServer(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

    class TimedH11(H11Protocol):
        idle_since = 0.0  # when it opened, or last answered: since then, no request head

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._expect_head()
            if len(self.connections) > MAX_CONNECTIONS:  # the longest idle goes: idle a
                # second or more (not one of a burst of deliveries whose heads are still
                # arriving, nor one a client is about to reuse: Z1-1), or past 4x, any.
                flood = len(self.connections) > 4 * MAX_CONNECTIONS
                idle = [
                    c
                    for c in self.connections
                    if isinstance(c, TimedH11)
                    and c is not self
                    and not c.transport.is_closing()
                    and (c.cycle is None or c.cycle.response_complete)
                    and (flood or self.idle_since - c.idle_since >= 1.0)
                ]
                if idle:
                    min(idle, key=lambda c: c.idle_since).transport.close()

        def on_response_complete(self) -> None:
            self._expect_head()
            super().on_response_complete()

        def _expect_head(self) -> None:
            """Close the connection unless a (next) request's head is in by READ_TIMEOUT:
            one idle, sending it slowly, or sending the body of one answered unread."""
            self.idle_since = self.loop.time()
            self.loop.call_later(READ_TIMEOUT, self._head_due, self.cycle)

        def _head_due(self, cycle: object) -> None:
            if self.cycle is cycle:
                self.transport.close()

    config = uvicorn.Config(
        app,
        http=TimedH11,  # not `limit_concurrency`: it answers 503 but keeps the connection
        # The kernel's queue of connections, and how many asyncio accepts at a time (before
        # the closes above run): a burst of deliveries fits, a flood cannot take every fd.
        backlog=4 * MAX_CONNECTIONS,
        lifespan="off",
        log_config=None,
        log_level="warning",
        access_log=False,  # the path holds the token
        server_header=False,
        timeout_graceful_shutdown=2,
    )
    return QuietServer(config)


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket (with SO_REUSEADDR); an IPv6 address is written with colons."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)
    except OSError as exc:
        # create_server appends "(while attempting to bind on ...)" to strerror.
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise InvalidInputError("port", f"cannot listen on {host}:{port}: {reason}") from None


class _Listener(WebhookApp):
    """What both listeners share: the receiving app itself (with its counters), the token,
    the URLs, the events, and the uvicorn server that runs it as a task of an event loop
    (the caller's, or the sync listener's own, in its thread)."""

    def __init__(
        self,
        port: int = 0,
        *,
        host: str = "127.0.0.1",
        public_url: str | None = None,
        on_event: Handler | None = None,
        token: str | None = None,
    ) -> None:
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise InvalidInputError("port", f"must be 0 (any free port) to 65535, got {port!r}")
        self.token = check_token(token) if token is not None else new_token()
        self._public_url = None if public_url is None else check_base("public_url", public_url)
        # A tunnel forwards `<its path>/<token>` as it is, or only `/<token>` (routed too).
        path = unquote(urlsplit(self._public_url).path) if self._public_url else ""
        super().__init__(self._record, token=self.token, repeats=True, path=path or LISTENER_PATH)
        self._host, self._port = host, port
        self._on_event = on_event
        self.events: list[WebhookEvent] = []
        """Each event once, in the order they were handled (`on_event` returned), the
        last 10,000; repeats are only counted."""
        # Every delivery by (job id, status) `_digest`, repeats included: what wakes a wait.
        self._delivered: Counter[bytes] = Counter()
        self._bound_port: int | None = None
        self._changed: asyncio.Condition | None = None  # notified on each delivery; while it runs
        self._delivering: set[asyncio.Task[Any]] = set()  # the requests being answered

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A delivery still in `on_event` when the listener closes gets 503 at once, quietly
        (uvicorn would cancel it 2 s later and print a traceback)."""
        from starlette.responses import JSONResponse

        task = asyncio.current_task()
        assert task is not None  # uvicorn runs each request as a task
        self._delivering.add(task)
        try:
            await super().__call__(scope, receive, send)
        except asyncio.CancelledError:
            if self._changed is not None:  # not cancelled by `close()`
                raise
            closing = JSONResponse({"detail": "The receiver is closing."}, status_code=503)
            await closing(scope, receive, send)
        finally:
            self._delivering.discard(task)

    @property
    def port(self) -> int:
        """The port it listens on (the free one chosen for `port=0`)."""
        if self._bound_port is None:
            raise RuntimeError("the listener has not started: use it in a `with` block")
        return self._bound_port

    @property
    def url(self) -> str:
        """The URL to pass as `webhook_url` (with the token; keep it private)."""
        return webhook_url(self._base_url, self.token)

    def url_for(self, kind: str) -> str:
        """`url` for jobs of one kind ("lipsync", "avatar", ...): events from it carry the
        kind, so `client.webhooks.confirm(event)` needs no `kind=`."""
        return webhook_url(self._base_url, self.token, kind)

    @property
    def _base_url(self) -> str:
        if self._public_url is not None:
            return self._public_url
        host = "127.0.0.1" if self._host in ("0.0.0.0", "") else self._host  # noqa: S104
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}{LISTENER_PATH}"

    @contextlib.asynccontextmanager
    async def _serving(self) -> AsyncIterator[None]:
        """Bind, and serve on the running loop until the block ends; enters once it listens."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # uvicorn serves on asyncio alone
            raise ConfigurationError(
                "the webhook listener runs on asyncio only, and this event loop is not "
                "asyncio's (trio?): run it under asyncio (anyio_backend = 'asyncio')"
            ) from None
        with _bind(self._host, self._port) as sock:
            self._bound_port = int(sock.getsockname()[1])
            server = _server(self)
            task = loop.create_task(server.serve([sock]))
            self._changed = asyncio.Condition()
            try:
                while not server.started:
                    if task.done():
                        task.result()
                        raise RuntimeError("the webhook listener failed to start")
                    await asyncio.sleep(0.005)
                yield
            finally:
                server.should_exit = True
                changed, self._changed = self._changed, None
                async with changed:  # a wait in `_until` wakes now, not at its time-out (Y1-7)
                    changed.notify_all()
                for delivery in self._delivering:
                    delivery.cancel()
                await task

    async def _record(self, event: WebhookEvent) -> None:
        """Count the delivery and wake the waits; then a new event goes to `on_event`, and
        is listed once it returned (if it raises, the answer is 500 and a redelivery tries
        again)."""
        self._delivered[_digest(event.id.lower(), event.status)] += 1
        if self._changed is not None:
            async with self._changed:
                self._changed.notify_all()
        if event.repeat:
            return
        if self._on_event is not None:
            await _call(self._on_event, event)
        self.events.append(event)
        del self.events[:-REMEMBERED_EVENTS]

    async def _until(self, ready: Callable[[], bool], seconds: float) -> bool:
        changed = self._changed
        if changed is None:
            raise RuntimeError(
                "the listener is not running: use it in a `with` (or `async with`) block"
            )
        async with changed:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(
                    changed.wait_for(lambda: ready() or self._changed is None), seconds
                )
            if not ready() and self._changed is None:
                raise RuntimeError("the listener was closed during the wait")
            return ready()

    def _ended(self, job_id: str, terminal: frozenset[str]) -> int:
        """How many final deliveries for `job_id` came so far, repeats included: a wait
        checks the API after each one, so a delivery that looks like an earlier one (a
        premature or forged `done` came first) still wakes it."""
        return sum(self._delivered[_digest(job_id.lower(), status)] for status in terminal)

    def __repr__(self) -> str:
        where = "not running" if self._changed is None else webhook_url_text(self.url)
        return f"{type(self).__name__}({where}, events={len(self.events)})"


class WebhookListener(_Listener):
    """A local webhook receiver in a background thread: `with client.webhooks.listen() as
    hook:`; pass `hook.url` as `webhook_url`, then `wait(id, webhook=hook)`.

    `host`/`port` are where it listens (default 127.0.0.1, any free port). If the service
    reaches it through a tunnel or proxy, `public_url` is that address (the token is
    appended; the tunnel forwards the path as it is, to `/<token>`). `on_event(event)` is
    called for each new event (in the receiver's thread).
    """

    # The receiver's event loop, run in a thread of its own by anyio's blocking portal.
    _portal: BlockingPortal | None = None
    _running: contextlib.ExitStack  # stops the server, then the portal

    def start(self) -> Self:
        """Start receiving; on a running listener, nothing (it would leak a server)."""
        from anyio.from_thread import start_blocking_portal

        if self._portal is None:
            with contextlib.ExitStack() as stack:  # unwound at once if the server fails to start
                portal = stack.enter_context(start_blocking_portal())
                stack.enter_context(portal.wrap_async_context_manager(self._serving()))
                self._portal, self._running = portal, stack.pop_all()
        return self

    def close(self) -> None:
        """Stop receiving. It does not wait for `on_event` calls still running: their
        deliveries get 503 (the service sends them again), and each call goes on in its
        thread until it returns."""
        if self._portal is not None:
            self._running.close()
            self._portal = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _wait_until(self, ready: Callable[[], bool], seconds: float) -> bool:
        """`_until` on the receiver's loop. Replaceable in tests and benchmarks (virtual
        clocks), like `client._sleep`."""
        if self._portal is None:
            raise RuntimeError("the listener is not running: use it in a `with` block")
        waiting = self._portal.start_task_soon(self._until, ready, seconds)
        try:
            return waiting.result()
        finally:  # Ctrl-C: the loop's wait must end too, or `close()` waits it out (X1-1)
            waiting.cancel()


class AsyncWebhookListener(_Listener):
    """`WebhookListener` for `AsyncCreatify`: the receiver runs as a task in your event
    loop, which must be asyncio's (`ConfigurationError` under trio).
    `async with client.webhooks.listen() as hook:`; `on_event` may be async."""

    # Replaceable in tests and benchmarks (virtual clocks), like `client._sleep`.
    _wait_until = _Listener._until
    _running: contextlib.AsyncExitStack | None = None  # stops the server

    async def start(self) -> Self:
        """Start receiving; on a running listener, nothing (it would leak a server)."""
        if self._running is None:
            running = contextlib.AsyncExitStack()
            await running.enter_async_context(self._serving())
            self._running = running
        return self

    async def close(self) -> None:
        """Stop receiving. It does not wait for `on_event` calls still running: their
        deliveries get 503 (the service sends them again); a coroutine's is cancelled, a
        plain function's goes on in its thread until it returns."""
        if self._running is not None:
            running, self._running = self._running, None
            await running.aclose()

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
