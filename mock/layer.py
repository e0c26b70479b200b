"""The scenario layer: the HTTP side of the mock, a Starlette app in front of Prism.

The layer routes each request as the service (Django REST framework) would, from the
spec's paths (creatify/testing/_spec.py): an unknown URL or a path id that is not a UUID
is a 404, a wrong method a 405 with `Allow`. What would kill or hang Prism 5.16 is
answered here (mock/prism_body.py, creatify/testing/_faults.py, mock/guard.py) and never
reaches it. A body is checked as the fake checks it (`Service.checked_body`: DRF's 400)
before Prism sees it. Every other request goes through Prism, which checks credentials
and the request against the spec (its `sl-violations` header is passed on, its 400
rewritten as DRF's `{field: [msg]}`); the answer then comes from the state
(creatify/testing/_state.py and _service.py, shared with the in-process `FakeCreatify`):

- a create makes a record (fresh UUID, the request's fields) that `GET {id}/`, the lists
  and `PUT {id}/` answer from; a record walks through its area's statuses
  (creatify/testing/_resources.py) over `CREATIFY_MOCK_JOB_SECONDS`, then ends with
  output URLs that this app serves under /media/;
- `GET {id}/` of an id the account did not create is a 404 `{"detail": "Not found."}`;
  job lists show the account's own records only, persona lists the stock catalogue (the
  spec's example) after them; `/paginated/` pages as DRF's PageNumberPagination;
- webhooks are delivered by the layer alone (Prism is given the spec without its
  `callbacks`), to loopback receivers only;
- a request with a `Prefer` header gets Prism's answer unchanged (apart from media URLs),
  so that a test can ask for an example.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

import anyio
import httpx
from creatify.testing._bodies import (
    NON_FIELD_ERRORS,
    drf_message,
    is_json,
    media_type_of,
)
from creatify.testing._fake import post_webhook
from creatify.testing._faults import Faults, job_options
from creatify.testing._server import (
    HEALTH_PATH,
    WEBHOOK_TICK,
    WEBHOOKS_PATH,
    client_left,
    webhook_log_response,
)
from creatify.testing._service import (
    NOT_FOUND,
    PRINTABLE,
    SPEC_MEDIA_PREFIX,
    SSE_DONE,
    SSE_TEXT_PATH,
    Call,
    Service,
    media_answer,
    sse_error,
    template_root,
    text_events,
)
from creatify.testing._spec import METHODS
from creatify.testing._state import PAGING, Answer, Delivery, Record, State
from guard import Guard
from prism_body import prism_body
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import (
    JSONResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route
from starlette.types import ASGIApp

RECORDS_PATH = "/__mock__/records"
SERVICE_NAME = "creatify-mock"
DEFAULT_JOB_SECONDS = 4.0
PRISM_TIMEOUT = 15.0
# The request headers Prism is given; the rest (including the mock's own) stay here.
FORWARDED = ("x-api-id", "x-api-key", "content-type", "accept", "prefer")
HOP_HEADERS = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "content-encoding",
    "host",
    "date",
    "server",
}

log = logging.getLogger(SERVICE_NAME)


@dataclass
class Settings:
    prism_url: str
    job_seconds: float = field(
        default_factory=lambda: float(
            os.environ.get("CREATIFY_MOCK_JOB_SECONDS", DEFAULT_JOB_SECONDS)
        )
    )
    # Called when Prism stops answering: restart it (serve.py), then the request is retried.
    revive_prism: Callable[[], Awaitable[None]] | None = None
    # Called as the app shuts down: stop Prism before uvicorn re-raises SIGTERM/SIGINT.
    on_shutdown: Callable[[], None] | None = None
    # How long the streaming text generator takes to send all its chunks.
    stream_seconds: float = 1.0
    # Prism's process id, shown by the health route (a restart changes it).
    prism_pid: Callable[[], int | None] | None = None


def not_found() -> JSONResponse:
    return JSONResponse(NOT_FOUND, status_code=404)


class Layer:
    """The handlers; `app()` wraps them in Starlette, the faults and the guard."""

    def __init__(self, settings: Settings, clock: Callable[[], float] | None = None) -> None:
        self.settings = settings
        self.state = State(clock=clock or time.time, job_seconds=settings.job_seconds)
        self._tasks: set[asyncio.Task[None]] = set()
        self.client: httpx.AsyncClient | None = None
        self.prism_restarts = 0
        # The spec's tables and the answers from the state: the package's, shared with
        # `creatify.testing.FakeCreatify` (one copy).
        self.service = Service(self.state)

    # ------------------------------------------------------------ plumbing

    @property
    def records(self) -> dict[tuple[str, str], Record]:
        return self.state.records

    @property
    def webhooks(self) -> list[dict[str, Any]]:
        return self.state.webhooks

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
        async with httpx.AsyncClient(  # Prism on loopback: no `HTTP_PROXY`
            base_url=self.settings.prism_url, timeout=PRISM_TIMEOUT, limits=limits, trust_env=False
        ) as client:
            self.client = client
            ticker = asyncio.get_running_loop().create_task(self.deliver_webhooks())
            yield
            ticker.cancel()
            for task in self._tasks:
                task.cancel()
        if self.settings.on_shutdown is not None:
            self.settings.on_shutdown()

    async def prism(
        self, request: Request, body: bytes, content_type: str | None = None
    ) -> httpx.Response:
        """Ask Prism, with the canonical path and query and the forwarded headers only;
        `content_type` replaces the request's (None: no body, so none)."""
        assert self.client is not None
        headers = forwarded_headers(request)
        if content_type is None:
            headers.pop("content-type", None)
        else:  # also where the request had none: no body is sent to Prism as `{}`
            headers["content-type"] = content_type
        # DRF reads the last value of a repeated parameter (`?page=1&page=2` is page 2);
        # Prism would take the repeats for an array and refuse them (every one is scalar).
        # The page and its size are the state's to read as DRF's pagination does
        # (`page=last`, a bad `page_size` ignored), where Prism would refuse them.
        pairs = parse_qsl(request.url.query, keep_blank_values=True, errors="replace")
        query = urlencode({k: v for k, v in pairs if k not in PAGING})
        url = quote(request.url.path) + (f"?{query}" if query else "")
        # DRF answers HEAD as GET (uvicorn leaves the body out); Prism 5.16 has no HEAD.
        method = "GET" if request.method == "HEAD" else request.method
        for attempt in (1, 2):
            try:
                return await self.client.request(method, url, headers=headers, content=body)
            # A Prism killed while the request reaches it resets the connection (a read or
            # write error, seen on a fast machine), where a dead one refuses it.
            except (httpx.NetworkError, httpx.RemoteProtocolError):
                if attempt == 2 or self.settings.revive_prism is None:
                    raise
                log.warning("Prism did not answer %s %s; restarting it", request.method, url)
                self.prism_restarts += 1
                await self.settings.revive_prism()
        raise AssertionError("unreachable")

    @staticmethod
    def base_url(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    @staticmethod
    def account(request: Request) -> str:
        return request.headers.get("x-api-id", "")

    def answer(self, request: Request, upstream: httpx.Response, content: Any = None) -> Response:
        """Prism's answer (or `content` in its place), media URLs made this app's own."""
        headers = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_HEADERS}
        raw = upstream.content if content is None else json.dumps(content).encode()
        raw = raw.replace(SPEC_MEDIA_PREFIX.encode(), f"{self.base_url(request)}/media/".encode())
        if content is not None:
            headers["content-type"] = "application/json"
        return Response(raw, status_code=upstream.status_code, headers=headers)

    # ------------------------------------------------------------ the handlers

    async def health(self, request: Request) -> Response:
        return JSONResponse(
            {
                "service": SERVICE_NAME,
                "records": len(self.records),
                "prism": self.settings.prism_url,
                "prism_pid": self.settings.prism_pid() if self.settings.prism_pid else None,
                "prism_restarts": self.prism_restarts,
            }
        )

    async def webhook_log(self, request: Request) -> Response:
        return webhook_log_response(self.webhooks)

    async def record_counts(self, request: Request) -> Response:
        """The caller's (`X-API-ID`) records by area: how a test counts the creates of
        an area that has no list (a paid create must never be sent twice)."""
        account = self.account(request)
        counts = Counter(r.area.name for r in self.records.values() if r.account == account)
        return JSONResponse(dict(counts))

    async def media(self, request: Request) -> Response:
        """The fake's answer (`media_answer`: its files, `Range` as S3 answers it)."""
        wanted = request.headers.get("range", "")
        answer = media_answer(request.method, request.url.path, wanted)
        assert isinstance(answer.body, bytes)
        return Response(answer.body, answer.status, answer.headers)

    async def api(self, request: Request) -> Response:
        options = job_options(request.headers)
        match = self.service.route(request.method, request.url.path, request.url.query)
        assert match.operation is not None  # `route` answered a 405
        content_type = request.headers.get("content-type", "")
        raw = await request.body()  # the guard stops it past the limit
        # DRF reads no body where the operation takes none (render, GET): `{}` or anything
        # else is ignored, and Prism is not given it (it refuses any body there).
        has_body = match.operation.has_body
        prefer = "prefer" in request.headers
        sent: dict[str, Any] | None = None
        if has_body and self.has_credentials(request):
            # The body as DRF checks it, in its words (the package's `checked_body`, the
            # fake's one check), before Prism, which words each rule its own way, names
            # one field of a nested object as if it were the body's, or takes what DRF
            # refuses: a content type the operation does not take (DRF's 415), no body,
            # JSON that is no object, blank text, each field's errors. A `Prefer` request
            # gets Prism's answer as it is.
            if not prefer:
                sent = self.service.checked_body(match.operation, content_type, raw)
            data = self.service.body_data(match.operation, content_type, raw)
            read = self.service.drf_values(match.operation, content_type, data)
        else:
            data = read = {}
        forwarded_type, content = prism_body(content_type, raw) if has_body else (None, b"")
        if is_json(media_type_of(content_type)) and any(read[k] is not v for k, v in data.items()):
            # DRF's fields take `"true"` or `1` for a boolean, `"1.0"` for an integer: Prism
            # is given what they read (it would refuse JSON's own type by the spec's). Not
            # `"nan"` read as a float: Prism stalls on a bare NaN; it refuses the text.
            with contextlib.suppress(ValueError):
                content = json.dumps(read, allow_nan=False).encode()
        if has_body and not raw:
            forwarded_type, content = "application/json", b"{}"  # no data, as DRF reads it
        elif sent is not None and media_type_of(content_type) in match.operation.spec.get(
            "x-parsers", ()
        ):  # a form the view parses where the spec has JSON only: Prism is given JSON
            forwarded_type, content = "application/json", json.dumps(sent).encode()
        known = self.has_credentials(request) and not prefer
        if known:  # the query as the fake checks it, before Prism (which names all of `m,x`)
            self.service.query(match.operation, request.query_params)
        area = self.service.model.by_retrieve.get(template_root(match.template))
        record_id = match.params.get("id")
        if area is not None and record_id is not None and known:
            record = self.state.get(self.account(request), area, record_id)
            stock = area.catalogue and record_id.lower() in self.service.model.catalogue_by_id
            if record is None and not stock:
                return not_found()
        try:
            upstream = await self.prism(request, content, forwarded_type)
        except httpx.TimeoutException:
            return JSONResponse({"detail": "The mock's Prism did not answer in time."}, 504)
        except httpx.HTTPError as exc:
            return JSONResponse({"detail": f"The mock's Prism failed: {exc}"}, 502)
        if prefer:
            return self.answer(request, upstream)
        if match.template == SSE_TEXT_PATH:
            return text_stream(upstream, self.settings.stream_seconds)
        if upstream.status_code == 400 and "sl-violations" in upstream.headers:
            data = {**read, **dict(request.query_params)}  # the values DRF's words quote
            violations = json.loads(upstream.headers["sl-violations"])
            return self.answer(request, upstream, drf_errors(violations, data))
        if not 200 <= upstream.status_code < 300:
            return self.answer(request, upstream)
        try:
            prism_json = upstream.json() if upstream.content else None  # None: a 204
        except ValueError:
            return self.answer(request, upstream)
        # What Prism accepted, checked as the fake checks it (`Service.checked_body`: DRF's
        # blank text, the service's cross-field rules) and read as the service keeps it:
        # a repeated form field's last value, no field the schema lacks at any level.
        if sent is None:
            sent = self.service.checked_body(match.operation, content_type, raw) if has_body else {}
        # The answer from the state over Prism's (the package's `Service.answer`, shared
        # with `FakeCreatify`; an `Answer` it raises is `answer_as_is`'s); a started job's
        # webhook is sent by `deliver_webhooks`.
        pairs = request.query_params.multi_items()
        call = Call(match, self.account(request), sent, pairs, self.base_url(request), options)
        data = self.service.answer(call, prism_json)
        return self.answer(request, upstream, data)

    @staticmethod
    def has_credentials(request: Request) -> bool:
        # Credentials that are not printable ASCII are Prism's 401 (`forwarded_headers`).
        account, key = request.headers.get("x-api-id", ""), request.headers.get("x-api-key", "")
        return bool(account and key) and PRINTABLE.fullmatch(account + key) is not None

    # ------------------------------------------------------------ webhooks

    async def deliver_webhooks(self) -> None:
        """Send the webhooks that fell due, every `WEBHOOK_TICK` seconds (each in a task of
        its own, so that a slow receiver holds up no other). A failure costs one tick at
        most (`due` and `post_webhook` keep it to one delivery): this loop is the only one."""
        while True:
            await asyncio.sleep(WEBHOOK_TICK)
            try:
                deliveries = self.state.due()
            except Exception:
                log.warning("finding the webhooks due failed", exc_info=True)
                continue
            for delivery in deliveries:
                task = asyncio.get_running_loop().create_task(self._deliver(delivery))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def _deliver(self, delivery: Delivery) -> None:
        entries: list[dict[str, Any]] = []
        await anyio.to_thread.run_sync(post_webhook, delivery, entries)  # the fake's own
        self.webhooks.extend(entries)

    def app(self) -> ASGIApp:
        routes = [
            Route(HEALTH_PATH, self.health),
            Route(WEBHOOKS_PATH, self.webhook_log),
            Route(RECORDS_PATH, self.record_counts),
            Route("/media/{name}", self.media, methods=["GET", "HEAD"]),
            Route("/{path:path}", self.api, methods=METHODS),
        ]
        handlers = {
            ClientDisconnect: client_left,
            Answer: answer_as_is,
            HTTPException: http_error,
            Exception: server_error,
        }
        starlette = Starlette(routes=routes, lifespan=self.lifespan, exception_handlers=handlers)
        return Guard(Faults(starlette))


def text_stream(upstream: httpx.Response, seconds: float) -> Response:
    """The text generator's events; Prism's 400 becomes the page's `{error}` body."""
    if upstream.status_code == 400:
        violations = json.loads(upstream.headers.get("sl-violations") or "[]")
        return JSONResponse(sse_error(drf_errors(violations, {})), status_code=400)
    if not 200 <= upstream.status_code < 300:
        return Response(upstream.content, upstream.status_code, media_type="application/json")
    chunks = text_events()

    async def events() -> AsyncIterator[bytes]:
        for number, chunk in enumerate(chunks):
            if number:  # the first chunk at once, the last `seconds` after it
                await asyncio.sleep(seconds / (len(chunks) - 1))
            yield chunk
        yield SSE_DONE

    return StreamingResponse(events(), media_type="text/event-stream")


def drf_errors(violations: list[dict[str, Any]], data: dict[str, Any]) -> dict[str, list[str]]:
    """Prism's `sl-violations` as Django REST framework's `{field: [message]}` body, in
    DRF's words where `DRF_MESSAGES` has the rule (the fake's table: one set of words)."""
    errors: dict[str, list[str]] = {}
    for violation in violations:
        location = [str(p) for p in violation.get("location", [])]
        message = str(violation.get("message", "Invalid value."))
        rule = str(violation.get("code"))
        name = location[2] if len(location) > 2 else None
        if rule == "required":
            match = re.search(r"required property '([^']+)'", message)
            name = match.group(1) if match else name
        elif rule in ("format", "type"):  # a format or a single type is the rule's name
            match = re.search(r'must (?:match format "(\w+)"|be (\w+)(?:,null)?)$', message)
            rule = next(filter(None, match.groups()), rule) if match else rule
        limit = re.search(r"(-?[0-9.]+)\D*$", message)
        if rule == "minLength" and limit and limit.group(1) == "1":
            rule = "blank"  # DRF's CharField words it so
        params = {"value": data.get(name or "", ""), "limit": limit.group(1) if limit else ""}
        text = re.sub(r"^Request (body|query|path|header) (property|parameter) \S+ ", "", message)
        fallback = text[:1].upper() + text[1:]
        errors.setdefault(name or NON_FIELD_ERRORS, []).append(drf_message(rule, fallback, params))
    return errors


async def answer_as_is(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Answer)
    if isinstance(exc.body, bytes):  # no content (a DELETE's 204)
        return Response(exc.body, exc.status, exc.headers)
    return JSONResponse(exc.body, status_code=exc.status, headers=exc.headers)


async def http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 and 405 (e.g. `POST /media/x`), as JSON."""
    assert isinstance(exc, HTTPException)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


async def server_error(request: Request, exc: Exception) -> Response:
    log.error("the mock failed on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"detail": "A server error occurred."}, status_code=500)


def forwarded_headers(request: Request) -> dict[str, str]:
    """The headers Prism needs, checked: a value that is not printable ASCII never
    reaches it (DRF's answers: 401 for credentials, 415 for a content type)."""
    headers: dict[str, str] = {}
    for name in FORWARDED:
        value = request.headers.get(name)
        if value is None:
            continue
        if not PRINTABLE.fullmatch(value):
            if name in ("x-api-id", "x-api-key"):
                raise Answer(401, {"detail": "Incorrect authentication credentials."})
            if name == "content-type":
                raise Answer(415, {"detail": "Unsupported media type in request."})
            raise Answer(400, {name.title(): ["Only printable ASCII is accepted here."]})
        headers[name] = value
    if media_type_of(headers.get("content-type", "")) == "":
        headers.pop("content-type", None)
    return headers
