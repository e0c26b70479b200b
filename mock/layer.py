"""The scenario layer: a Starlette app on the mock's public port, in front of Prism.

Every API request still goes through Prism, which validates it (its `sl-violations`
header is passed on) and answers from the spec's examples. The layer adds what a
stateless Prism cannot do:

- state: a create makes a record (fresh UUID, the request's fields) that `GET {id}/` and
  the lists answer from, merged over Prism's schema-valid answer;
- time: a record walks through its area's statuses (mock/resources.py) over
  `CREATIFY_MOCK_JOB_SECONDS`, then ends with an output URL that this app serves;
- outcomes and faults on demand (`X-Mock-Outcome`, `[mock:failed]` in the name,
  `X-Mock-Fault`), webhooks to loopback receivers;
- requests that kill or hang Prism 5.16 (stoplightio/prism#2664, #2672) are answered
  here with a Django REST framework style 400 and never reach it;
- GET without the trailing slash answers 301, as Django does; a 400 names the field.

A request with a `Prefer` header, or for an id the layer did not create, gets Prism's
answer unchanged (apart from media URLs), so tests that pick examples keep working.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import mimetypes
import os
import re
import socket
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import yaml
from resources import AREAS, MEDIA_FILES, Area, Stage
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HERE = Path(__file__).resolve().parent
MEDIA_DIR = HERE / "media"
SPEC = HERE.parent / "openapi" / "creatify.yaml"
# The spec's examples point output URLs here; every answer gets this app's own base URL.
SPEC_MEDIA_PREFIX = b"http://127.0.0.1:4011/media/"
HEALTH_PATH = "/__mock__/health"
WEBHOOKS_PATH = "/__mock__/webhooks"
SERVICE_NAME = "creatify-mock"
DEFAULT_JOB_SECONDS = 4.0
PRISM_TIMEOUT = 15.0
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
MARKER = re.compile(r"\[mock:(done|failed|rejected)\]")
BROKEN_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Prism's multipart parser (parse-multipart-data) splits Content-Disposition on `;` and
# `=` and JSON-parses the file name: any of these in a name or file name kills it.
UNSAFE_NAME = re.compile(r'[;="\\\x00-\x1f\x7f]')
UNSAFE_FILENAME = re.compile(r'[;="\\%\x00-\x1f\x7f]')
UUID_RE = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
DEFAULT_REASONS = {
    "failed": "The mock was asked to fail this job.",
    "rejected": "The mock was asked to reject this job.",
}

log = logging.getLogger(SERVICE_NAME)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


# ---------------------------------------------------------------- the spec's response fields


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _properties(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return {}
    props = {name: _resolve(spec, s) for name, s in schema.get("properties", {}).items()}
    for part in schema.get("allOf", []):
        props.update(_properties(spec, part))
    return props


def response_fields(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    """Property name -> schema of the 2xx JSON answer of an operation ({} if unknown)."""
    operation = spec.get("paths", {}).get(path, {}).get(method, {})
    for code, response in operation.get("responses", {}).items():
        if str(code).startswith("2"):
            content = _resolve(spec, response).get("content", {})
            schema = content.get("application/json", {}).get("schema")
            if schema is not None:
                return _properties(spec, schema)
    return {}


def request_fields_of(spec: dict[str, Any], path: str, method: str) -> set[str]:
    """The property names of an operation's request body, over all its content types."""
    operation = spec.get("paths", {}).get(path, {}).get(method, {})
    content = _resolve(spec, operation.get("requestBody", {})).get("content", {})
    return {name for media in content.values() for name in _properties(spec, media.get("schema"))}


def coerce(value: Any, schema: dict[str, Any]) -> Any:
    """A form value (always text) as the type the response schema gives the field."""
    kind = schema.get("type")
    if kind == "array":
        items = value if isinstance(value, list) else [value]
        return [coerce(item, schema.get("items", {})) for item in items]
    if isinstance(value, list):
        value = value[-1] if value else None
    if not isinstance(value, str):
        return value
    with contextlib.suppress(ValueError):
        if kind == "boolean":
            return value.lower() in ("true", "1", "yes", "on")
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    return value


# ---------------------------------------------------------------- request bodies


@dataclass
class Part:
    head: list[bytes]
    data: bytes

    def param(self, key: str) -> str | None:
        for line in self.head:
            if line.lower().startswith(b"content-disposition:"):
                text = line.decode("utf-8", "replace")
                match = re.search(rf'(?:;|^)\s*{key}="([^"]*)"', text.split(":", 1)[1])
                if match is None:
                    match = re.search(rf"(?:;|^)\s*{key}=([^;\s]+)", text.split(":", 1)[1])
                return match.group(1) if match else None
        return None

    def set_disposition(self, line: bytes) -> bool:
        """Replace the Content-Disposition line; True if that changed it."""
        for i, old in enumerate(self.head):
            if old.lower().startswith(b"content-disposition:"):
                self.head[i] = line
                return old != line
        self.head.append(line)
        return True

    def has_content_type(self) -> bool:
        return any(line.lower().startswith(b"content-type:") for line in self.head)


def boundary_of(content_type: str) -> bytes | None:
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    return match.group(1).encode("latin-1") if match else None


def split_multipart(body: bytes, boundary: bytes) -> list[Part] | None:
    """The parts of a multipart body, or None when it is not one."""
    delimiter = b"--" + boundary
    pieces = body.split(delimiter)
    if len(pieces) < 2 or not pieces[-1].startswith(b"--"):
        return None
    parts = []
    for piece in pieces[1:-1]:
        head, sep, data = piece.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not sep:
            return None
        parts.append(Part(head.split(b"\r\n") if head else [], data.removesuffix(b"\r\n")))
    return parts


def join_multipart(parts: list[Part], boundary: bytes) -> bytes:
    delimiter = b"--" + boundary
    chunks = [
        delimiter + b"\r\n" + b"\r\n".join(p.head) + b"\r\n\r\n" + p.data + b"\r\n" for p in parts
    ]
    return b"".join(chunks) + delimiter + b"--\r\n"


def drf_400(errors: dict[str, Any] | list[str]) -> JSONResponse:
    return JSONResponse(errors, status_code=400)


def normalise_body(content_type: str, body: bytes) -> tuple[bytes, Response | None]:
    """Answer here what Prism 5.16 cannot take, or fix it so that it can.

    - Non-JSON under a JSON content type: Prism never answers (stoplightio/prism#2664).
    - A multipart file part without its own Content-Type kills Prism
      (stoplightio/prism#2672): the layer adds one guessed from the file name, as a
      browser would. `requests` sends such parts for `files={'f': open(...)}`.
    - A broken `%` escape in a part's name also kills it, and so does a `;`, `=` or `"`
      in a name, a part with no name, or a file name that is not a plain JSON string
      (parse-multipart-data splits and JSON-parses the header): a name is answered
      with a 400 naming it, a file name is made plain, as it does not matter here.
    """
    media_type = content_type.split(";", 1)[0].strip().lower()
    if body and (media_type == "application/json" or media_type.endswith("+json")):
        try:
            json.loads(body)
        except ValueError as exc:
            return body, drf_400({"detail": f"JSON parse error - {exc}"})
    if media_type != "multipart/form-data":
        return body, None
    boundary = boundary_of(content_type)
    parts = split_multipart(body, boundary) if boundary else None
    if parts is None:
        return body, drf_400(
            {"detail": "Multipart form parse error - Invalid boundary in multipart."}
        )
    changed = False
    for part in parts:
        name = part.param("name")
        filename = part.param("filename")
        if name is None:
            return body, drf_400({"detail": "Multipart form parse error - a part has no name."})
        if BROKEN_ESCAPE.search(name):
            return body, drf_400({name: ["Malformed percent escape in the part's name."]})
        if UNSAFE_NAME.search(name):
            return body, drf_400({name: ["The part's name holds a character the mock refuses."]})
        line = f'Content-Disposition: form-data; name="{name}"'
        if filename is not None:
            line += f'; filename="{UNSAFE_FILENAME.sub("_", filename) or "file"}"'
        changed |= part.set_disposition(line.encode())
        if filename is not None and not part.has_content_type():
            guessed = mimetypes.guess_type(filename)[0] or "application/octet-stream"
            part.head.append(f"Content-Type: {guessed}".encode())
            changed = True
    return (join_multipart(parts, boundary) if changed and boundary else body), None


def request_fields(content_type: str, body: bytes) -> dict[str, Any]:
    """The fields of a JSON, form or multipart body (file parts left out)."""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return {}
    if media_type == "application/json":
        data = json.loads(body)
        return data if isinstance(data, dict) else {}
    if media_type == "application/x-www-form-urlencoded":
        parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        return {k: v if len(v) > 1 else v[0] for k, v in parsed.items()}
    boundary = boundary_of(content_type)
    parts = split_multipart(body, boundary) if boundary else None
    fields: dict[str, Any] = {}
    for part in parts or []:
        name = part.param("name")
        if name is None or part.param("filename") is not None:
            continue
        value = part.data.decode("utf-8", "replace")
        if name in fields:
            previous = fields[name]
            fields[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            fields[name] = value
    return fields


# ---------------------------------------------------------------- Prism's 400 -> DRF's 400


def drf_errors(violations: list[dict[str, Any]], data: dict[str, Any]) -> dict[str, list[str]]:
    """Prism's `sl-violations` as Django REST framework's `{field: [message]}` body."""
    errors: dict[str, list[str]] = {}
    for violation in violations:
        location = [str(p) for p in violation.get("location", [])]
        message = str(violation.get("message", "Invalid value."))
        code = violation.get("code")
        name = location[2] if len(location) > 2 else None
        if code == "required":
            match = re.search(r"required property '([^']+)'", message)
            name = match.group(1) if match else name
            text = "This field is required."
        elif code == "enum" and name:
            text = f'"{data.get(name, "")}" is not a valid choice.'
        elif code == "format" and "uuid" in message:
            text = "Must be a valid UUID."
        elif code == "minimum":
            match = re.search(r">=\s*(\S+)", message)
            bound = match.group(1) if match else "the minimum"
            text = f"Ensure this value is greater than or equal to {bound}."
        elif code == "maxLength":
            match = re.search(r"NOT have more than (\d+)", message)
            bound = match.group(1) if match else "the maximum"
            text = f"Ensure this field has no more than {bound} characters."
        else:
            text = re.sub(
                r"^Request (body|query|path|header) (property|parameter) \S+ ", "", message
            )
            text = text[:1].upper() + text[1:]
        errors.setdefault(name or "non_field_errors", []).append(text)
    return errors


# ---------------------------------------------------------------- records


@dataclass
class Record:
    area: Area
    id: str
    account: str
    body: dict[str, Any]
    stage: Stage
    started: float
    seconds: float
    outcome: str
    failed_reason: str | None
    webhook_url: str | None
    webhook_repeat: int
    base_url: str
    generation: int = 0

    def fraction(self, now: float) -> float:
        return 1.0 if self.seconds <= 0 else min(1.0, (now - self.started) / self.seconds)

    def snapshot(self, now: float) -> dict[str, Any]:
        """The record as a GET at `now` sees it."""
        area, stage = self.area, self.stage
        data = dict(self.body)
        f = self.fraction(now)
        ended = f >= 1.0 or not stage.steps
        ok = not stage.final or self.outcome == "done"
        if not ended:
            # The last step (`running`) takes most of the time; progress rises through it.
            n = len(stage.steps)
            last_start = 0.3 if n > 1 else 0.0
            if f >= last_start:
                status, progress = stage.steps[-1], (f - last_start) / (1 - last_start)
            else:
                status, progress = stage.steps[int(f / last_start * (n - 1))], 0.0
        elif ok:
            status, progress = stage.done, 1.0 if stage.final else 0.0
        else:
            status, progress = getattr(area, self.outcome), 0.0
        if area.status_field:
            data[area.status_field] = status
        if area.progress_field:
            data[area.progress_field] = round(progress, 2)
        done_well = ended and ok and stage.final
        for name, kind in stage.outputs.items():
            data[name] = f"{self.base_url}/media/{MEDIA_FILES[kind]}" if ended and ok else None
        data.update(area.when_done if done_well else area.while_running)
        if ended and not ok:
            data["failed_reason"] = self.failed_reason
        data["updated_at"] = now_iso()
        return data

    def webhook_payload(self, now: float) -> dict[str, Any]:
        snap = self.snapshot(now)
        key = self.area.webhook_output_key
        if key is None:
            return snap
        return {
            "id": self.id,
            "status": snap.get(self.area.status_field),
            "failed_reason": snap.get("failed_reason"),
            key: snap.get(self.area.webhook_output_field),
        }


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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


class Layer:
    """The state and the handlers; `app()` wraps them in Starlette."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.spec: dict[str, Any] = yaml.safe_load(SPEC.read_text())
        self.records: dict[tuple[str, str], Record] = {}
        self.webhooks: list[dict[str, Any]] = []
        self.jobs_ended = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self.client: httpx.AsyncClient | None = None
        self.creates = {
            path: (area, stage) for area in AREAS for path, stage in area.creates.items()
        }
        self.lists = {path: area for area in AREAS for path in area.lists}
        self.fields = {path: response_fields(self.spec, path, "post") for path in self.creates}
        self.inputs = {path: request_fields_of(self.spec, path, "post") for path in self.creates}

    # ------------------------------------------------------------ plumbing

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
        async with httpx.AsyncClient(
            base_url=self.settings.prism_url, timeout=PRISM_TIMEOUT, limits=limits
        ) as client:
            self.client = client
            yield
            for task in self._tasks:
                task.cancel()
        if self.settings.on_shutdown is not None:
            self.settings.on_shutdown()

    async def prism(self, request: Request, body: bytes) -> httpx.Response:
        assert self.client is not None
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in HOP_HEADERS]
        url = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        for attempt in (1, 2):
            try:
                return await self.client.request(request.method, url, headers=headers, content=body)
            # A Prism killed while the request reaches it resets the connection (a read or
            # write error, seen on a fast machine), where a dead one refuses it.
            except (httpx.NetworkError, httpx.RemoteProtocolError):
                if attempt == 2 or self.settings.revive_prism is None:
                    raise
                log.warning("Prism did not answer %s %s; restarting it", request.method, url)
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
        raw = raw.replace(SPEC_MEDIA_PREFIX, f"{self.base_url(request)}/media/".encode())
        return Response(raw, status_code=upstream.status_code, headers=headers)

    # ------------------------------------------------------------ the handlers

    async def health(self, request: Request) -> Response:
        return JSONResponse(
            {
                "service": SERVICE_NAME,
                "records": len(self.records),
                "prism": self.settings.prism_url,
            }
        )

    async def webhook_log(self, request: Request) -> Response:
        return JSONResponse(self.webhooks)

    async def media(self, request: Request) -> Response:
        name = request.path_params["name"]
        path = MEDIA_DIR / name
        if "/" in name or name.startswith(".") or not path.is_file():
            return JSONResponse({"detail": "Not found."}, status_code=404)
        return FileResponse(path)

    async def api(self, request: Request) -> Response:
        path = request.url.path
        if (
            request.method in ("GET", "HEAD")
            and path.startswith("/api/")
            and not path.endswith("/")
        ):
            # Django's APPEND_SLASH: the real service redirects to the slash URL.
            query = f"?{request.url.query}" if request.url.query else ""
            return RedirectResponse(path + "/" + query, status_code=301)
        body = await request.body()
        content_type = request.headers.get("content-type", "")
        body, refusal = normalise_body(content_type, body)
        if refusal is not None:
            return refusal
        try:
            upstream = await self.prism(request, body)
        except httpx.TimeoutException:
            return JSONResponse({"detail": "The mock's Prism did not answer in time."}, 504)
        except httpx.HTTPError as exc:
            return JSONResponse({"detail": f"The mock's Prism failed: {exc}"}, 502)
        if "prefer" in request.headers:
            return self.answer(request, upstream)
        if upstream.status_code == 400 and "sl-violations" in upstream.headers:
            data = request_fields(content_type, body) if body else {}
            data.update({k: v for k, v in request.query_params.items()})
            violations = json.loads(upstream.headers["sl-violations"])
            return self.answer(request, upstream, drf_errors(violations, data))
        if not 200 <= upstream.status_code < 300:
            return self.answer(request, upstream)
        try:
            prism_json = upstream.json()
        except ValueError:
            return self.answer(request, upstream)
        if request.method == "POST" and path in self.creates and isinstance(prism_json, dict):
            return self.answer(request, upstream, self.create(request, path, body, prism_json))
        if request.method == "GET" and path in self.lists:
            return self.answer(request, upstream, self.listing(request, path, prism_json))
        record, suffix = self.find(request, path)
        if record is not None and isinstance(prism_json, dict):
            if request.method == "GET" and suffix == "":
                return self.answer(
                    request, upstream, {**prism_json, **record.snapshot(time.monotonic())}
                )
            stage = record.area.actions.get(suffix)
            if request.method == "POST" and stage is not None:
                self.start_stage(record, stage, request)
                return self.answer(
                    request, upstream, {**prism_json, **record.snapshot(time.monotonic())}
                )
        return self.answer(request, upstream)

    def find(self, request: Request, path: str) -> tuple[Record | None, str]:
        for area in AREAS:
            match = re.fullmatch(rf"{re.escape(area.retrieve)}({UUID_RE})/(.*)", path)
            if match:
                record = self.records.get((self.account(request), match.group(1).lower()))
                if record is not None and record.area is area:
                    return record, match.group(2)
        return None, ""

    def create(
        self, request: Request, path: str, body: bytes, prism_json: dict[str, Any]
    ) -> dict[str, Any]:
        area, stage = self.creates[path]
        fields = self.fields[path]
        sent = request_fields(request.headers.get("content-type", ""), body)
        data = dict(prism_json)
        # What the request could have sent but did not is not the example's value.
        for name in self.inputs[path] - sent.keys():
            if fields.get(name, {}).get("nullable") and name in data:
                data[name] = None
        for name, value in sent.items():
            target = area.renames.get(name, name)
            if target in fields:
                data[target] = coerce(value, fields[target])
        if isinstance(data.get("aspect_ratio"), str):
            data["aspect_ratio"] = data["aspect_ratio"].replace(":", "x")
        record_id = str(uuid.uuid4())
        data["id"] = record_id
        data["created_at"] = data["updated_at"] = now_iso()
        data.update(stage.on_start)
        marker = MARKER.search(str(sent.get(area.name_field) or ""))
        outcome = request.headers.get("x-mock-outcome") or (marker.group(1) if marker else "done")
        outcome = outcome if outcome in ("done", "failed", "rejected") else "done"
        webhook_url = sent.get("webhook_url") if isinstance(sent.get("webhook_url"), str) else None
        repeat_header = request.headers.get("x-mock-webhook-repeat")
        record = Record(
            area=area,
            id=record_id,
            account=self.account(request),
            body=data,
            stage=stage,
            started=time.monotonic(),
            seconds=self.job_seconds(request),
            outcome=outcome,
            failed_reason=request.headers.get("x-mock-failed-reason")
            or DEFAULT_REASONS.get(outcome),
            webhook_url=webhook_url or None,
            # Sometimes twice, as the vendor warns: every second job that ends, by default.
            webhook_repeat=min(int(repeat_header), 10) if (repeat_header or "").isdigit() else -1,
            base_url=self.base_url(request),
        )
        self.records[(record.account, record_id)] = record
        self.schedule_webhook(record)
        return record.snapshot(time.monotonic())

    def job_seconds(self, request: Request) -> float:
        with contextlib.suppress(ValueError):
            return max(0.0, float(request.headers.get("x-mock-job-seconds", "")))
        return self.settings.job_seconds

    def start_stage(self, record: Record, stage: Stage, request: Request) -> None:
        now = time.monotonic()
        record.body = record.snapshot(now)
        record.stage, record.started, record.generation = stage, now, record.generation + 1
        record.seconds = self.job_seconds(request)
        if request.headers.get("x-mock-outcome") in ("done", "failed", "rejected"):
            record.outcome = request.headers["x-mock-outcome"]
            record.failed_reason = request.headers.get(
                "x-mock-failed-reason"
            ) or DEFAULT_REASONS.get(record.outcome)
        self.schedule_webhook(record)

    def listing(self, request: Request, path: str, prism_json: Any) -> Any:
        area = self.lists[path]
        now = time.monotonic()
        mine = [
            r.snapshot(now)
            for r in reversed(list(self.records.values()))
            if r.area is area and r.account == self.account(request)
        ]
        query = request.query_params
        wanted = {
            name: set(query[name].split(","))
            for name in area.list_filters
            if query.get(name) and name != "ids"
        }
        ids = set(query["ids"].lower().split(",")) if query.get("ids") else None

        def keep(item: Any) -> bool:
            if not isinstance(item, dict):
                return True
            if ids is not None and str(item.get("id", "")).lower() not in ids:
                return False
            return all(item.get(name) in values for name, values in wanted.items())

        if isinstance(prism_json, list):
            return [item for item in [*mine, *prism_json] if keep(item)]
        if isinstance(prism_json, dict) and isinstance(prism_json.get("results"), list):
            # Paginated: the catalogue is Prism's example; your records join page 1.
            page = int(query.get("page", "1") or 1)
            extra = [item for item in mine if keep(item)] if page == 1 else []
            results = [*extra, *(item for item in prism_json["results"] if keep(item))]
            count = prism_json.get("count", 0) if not wanted else len(results)
            return {
                **prism_json,
                "count": count + (len(extra) if not wanted else 0),
                "results": results,
            }
        return prism_json

    # ------------------------------------------------------------ webhooks

    def schedule_webhook(self, record: Record) -> None:
        if not record.stage.final or not record.webhook_url:
            return
        task = asyncio.get_running_loop().create_task(self._deliver(record, record.generation))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _deliver(self, record: Record, generation: int) -> None:
        await asyncio.sleep(max(0.0, record.started + record.seconds - time.monotonic()))
        if record.generation != generation or record.webhook_url is None:
            return
        self.jobs_ended += 1
        url = record.webhook_url
        repeat = (
            record.webhook_repeat if record.webhook_repeat >= 0 else 1 + (self.jobs_ended % 2 == 0)
        )
        if not is_loopback(url):
            log.warning(
                "refused webhook for %s to %s: the mock calls loopback addresses only",
                record.id,
                url,
            )
            self.webhooks.append({"id": record.id, "url": url, "refused": True})
            return
        payload = record.webhook_payload(time.monotonic())
        async with httpx.AsyncClient(timeout=5) as client:
            for _ in range(repeat):
                entry: dict[str, Any] = {"id": record.id, "url": url, "payload": payload}
                try:
                    entry["status"] = (await client.post(url, json=payload)).status_code
                except httpx.HTTPError as exc:
                    entry["error"] = str(exc)
                    log.warning("webhook for %s to %s failed: %s", record.id, url, exc)
                self.webhooks.append(entry)

    def app(self) -> ASGIApp:
        routes = [
            Route(HEALTH_PATH, self.health),
            Route(WEBHOOKS_PATH, self.webhook_log),
            Route("/media/{name}", self.media, methods=["GET", "HEAD"]),
            Route(
                "/{path:path}", self.api, methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
            ),
        ]
        return Faults(Starlette(routes=routes, lifespan=self.lifespan))


# ---------------------------------------------------------------- faults on demand


class Faults:
    """`X-Mock-Fault: 429[=SECONDS] | 500 | 502 | 503 | 504 | delay=SECONDS | reset`.

    Comma-separated faults apply in order (`delay=2,503`). A fault answer never reaches
    Prism and creates nothing. Outermost, so that `reset` can reach the connection.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        faults = headers.get(b"x-mock-fault", b"").decode("latin-1")
        for fault in filter(None, (f.strip() for f in faults.split(","))):
            name, _, value = fault.partition("=")
            if name == "delay":
                with contextlib.suppress(ValueError):
                    await asyncio.sleep(min(float(value), 120.0))
            elif name == "reset":
                await self._reset(send)
                return
            elif name.isdigit():
                await self._status(int(name), value, send)
                return
        await self.app(scope, receive, send)

    @staticmethod
    async def _status(code: int, value: str, send: Send) -> None:
        headers = [(b"content-type", b"application/json")]
        if code == 429:
            wait = value if value.isdigit() else "1"
            headers.append((b"retry-after", wait.encode()))
            detail = f"Request was throttled. Expected available in {wait} seconds."
        elif code == 503:
            detail = "Service temporarily unavailable, try again later."
        else:
            detail = "A server error occurred."
        body = json.dumps({"detail": detail}).encode()
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": code, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    async def _reset(send: Send) -> None:
        """Drop the connection with a TCP reset (uvicorn's transport, SO_LINGER 0)."""
        transport = getattr(getattr(send, "__self__", None), "transport", None)
        sock = transport.get_extra_info("socket") if transport is not None else None
        if sock is not None:
            sock.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
            transport.abort()
            return
        # No transport to reach: an answer cut short after its head has the same effect.
        start: Message = {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-length", b"100")],
        }
        await send(start)
        raise ConnectionResetError("X-Mock-Fault: reset")
