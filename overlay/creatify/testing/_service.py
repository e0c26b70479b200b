"""The service as the fake answers it: the spec's routes, answers and catalogues, over the
state machine (`_state.py`). No HTTP: a request comes in as (method, path, query,
headers, body) and leaves as (status, headers, JSON).

What Prism does for the repository's mock (the spec's example as the answer's template,
the request checks) is done here from the spec, so `FakeCreatify` and `creatify mock`
need no Node.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml  # type: ignore[import-untyped]

from .._exceptions import InvalidInputError
from ._bodies import Refusal, parse_body
from ._faults import JobOptions, job_options
from ._resources import AREAS, MEDIA_FILES, Area, Stage
from ._spec import Routes, coerce, first_example, properties, request_fields_of, response_fields
from ._state import (
    ActionRefused,
    InvalidPage,
    Record,
    State,
    keep_matching,
    outcome_of,
    paginate,
    unique_by_id,
)

# The spec's examples point output URLs here; every answer gets the fake's own base URL.
SPEC_MEDIA_PREFIX = "http://127.0.0.1:4011/media/"
NOT_FOUND = {"detail": "Not found."}
DEFAULT_PAGE_SIZE = 10
MEDIA_TYPES = {".mp4": "video/mp4", ".mp3": "audio/mpeg", ".jpg": "image/jpeg"}


def spec_path() -> Path:
    """The spec shipped in the wheel (pyproject's force-include), else the repository's
    copy (an editable install)."""
    shipped = Path(str(resources.files(__package__))) / "creatify.yaml"
    if shipped.is_file():
        return shipped
    return Path(__file__).resolve().parents[3] / "openapi" / "creatify.yaml"


def media_bytes(name: str) -> bytes | None:
    """A media file the fake serves under /media/ (package data), or None."""
    if name not in MEDIA_FILES.values():
        return None
    return (resources.files(__package__) / "media" / name).read_bytes()


@dataclass
class Answer:
    status: int
    body: Any  # JSON, or bytes for media
    headers: dict[str, str]


@functools.lru_cache(maxsize=1)
def load_spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(spec_path().read_text(), Loader=loader)  # noqa: S506
    return spec


class ServiceModel:
    """The tables read from the spec once: routes, creates, lists, catalogues, examples."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.routes = Routes(spec)
        self.creates: dict[str, tuple[Area, Stage]] = {
            path: (area, stage) for area in AREAS for path, stage in area.creates.items()
        }
        self.lists = {path: area for area in AREAS for path in area.lists}
        self.by_retrieve = {area.retrieve + "{id}/": area for area in AREAS}
        self.fields = {path: response_fields(spec, path, "post") for path in self.creates}
        self.inputs = {path: request_fields_of(spec, path, "post") for path in self.creates}
        self.catalogue: dict[str, list[dict[str, Any]]] = {}
        for path, area in self.lists.items():
            if area.catalogue:
                example = first_example(spec, path)
                if isinstance(example, dict):
                    example = first_example(spec, area.retrieve)
                self.catalogue[path] = unique_by_id(example or [])
        self.catalogue_by_id = {
            str(item["id"]): item
            for items in self.catalogue.values()
            for item in items
            if isinstance(item, dict) and "id" in item
        }
        self._examples: dict[tuple[str, str], Any] = {}

    def example(self, template: str, method: str) -> Any:
        """The spec's first example of the operation's answer (Prism's default answer)."""
        key = (template, method)
        if key not in self._examples:
            self._examples[key] = json.dumps(first_example(self.spec, template, method))
        return json.loads(self._examples[key])

    def operation(self, template: str, method: str) -> dict[str, Any]:
        op: dict[str, Any] = self.spec["paths"][template][method]
        return op

    def body_schema_name(self, template: str, method: str) -> str | None:
        """The name of the JSON request body's schema (its `$ref`), if it has one."""
        body = self.operation(template, method).get("requestBody", {})
        schema = body.get("content", {}).get("application/json", {}).get("schema", {})
        ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
        return ref.rsplit("/", 1)[-1] or None


@functools.lru_cache(maxsize=1)
def service_model() -> ServiceModel:
    return ServiceModel(load_spec())


class Service:
    """One fake service: a `State` and the spec's model, answering parsed requests."""

    def __init__(self, state: State, model: ServiceModel | None = None) -> None:
        self.state = state
        self.model = model or service_model()

    def handle(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        content: bytes,
        base_url: str,
    ) -> Answer:
        """The answer to one request. `headers` keys are lower case. The mock's
        `X-Mock-Outcome`, `X-Mock-Failed-Reason`, `X-Mock-Job-Seconds` and
        `X-Mock-Webhook-Repeat` headers are taken as the repository's mock takes them."""
        method = method.upper()
        if path.startswith("/media/"):
            data = media_bytes(path.removeprefix("/media/"))
            if data is None or method not in ("GET", "HEAD"):
                return Answer(404, NOT_FOUND, {})
            kind = MEDIA_TYPES.get(Path(path).suffix, "application/octet-stream")
            return Answer(200, data, {"content-type": kind})
        routes = self.model.routes
        if method in ("GET", "HEAD") and not path.endswith("/"):
            if routes.match(path + "/", method) is None:
                return Answer(404, NOT_FOUND, {})
            where = path + "/" + (f"?{urlencode(dict(query))}" if query else "")
            return Answer(301, {}, {"location": where})
        match = routes.match(path, method)
        if match is None:
            return Answer(404, NOT_FOUND, {})
        if match.operation is None:
            return Answer(
                405,
                {"detail": f'Method "{method}" not allowed.'},
                {"allow": ", ".join(match.allowed)},
            )
        account = headers.get("x-api-id", "")
        if not account or not headers.get("x-api-key"):
            return Answer(401, {"detail": "Authentication credentials were not provided."}, {})
        try:
            options = job_options(dict(headers))
            sent = parse_body(headers.get("content-type", ""), content).fields
        except Refusal as refusal:
            return Answer(refusal.status, refusal.body, refusal.headers)
        if not match.operation.has_body:
            sent = {}
        template, op_method = match.template, match.operation.method
        errors = self.check(template, op_method, headers.get("content-type", ""), sent)
        if errors:
            return Answer(400, errors, {})
        example = self.model.example(template, op_method)
        data = self.answer(
            method, template, match.params, query, account, sent, base_url, options, example
        )
        if isinstance(data, Answer):
            return data
        text = json.dumps(data).replace(SPEC_MEDIA_PREFIX, f"{base_url}/media/")
        return Answer(201 if self._created(template, op_method) else 200, json.loads(text), {})

    def _created(self, template: str, method: str) -> bool:
        codes = self.model.operation(template, method).get("responses", {})
        return "201" in {str(c) for c in codes} and "200" not in {str(c) for c in codes}

    def check(
        self, template: str, method: str, content_type: str, sent: dict[str, Any]
    ) -> dict[str, list[str]] | None:
        """The SDK's spec-derived checks on a JSON body (the service's rules), as DRF's 400."""
        if "json" not in content_type:
            return None
        name = self.model.body_schema_name(template, method)
        # Imported here: the request rules import the generated client's models.
        from .._options import SCHEMA_FIELDS
        from .._requests import checked_body

        if name is None or name not in SCHEMA_FIELDS:
            return None
        try:
            checked_body(name, sent)
        except InvalidInputError as error:
            return {error.field: [error.rule]}  # DRF's 400 body
        return None

    def answer(
        self,
        method: str,
        template: str,
        params: Mapping[str, str],
        query: Mapping[str, str],
        account: str,
        sent: dict[str, Any],
        base_url: str,
        options: JobOptions,
        example: Any,
        pairs: list[tuple[str, str]] | None = None,
    ) -> Any:
        """The JSON answer from the state over `example` (the spec's first example in the
        fake, Prism's answer in the repository's mock), or an `Answer` (404, 400);
        `pairs`: the query's parameters in order, repeats kept."""
        model, state = self.model, self.state
        op_method = "get" if method == "HEAD" else method.lower()
        if method == "POST" and template in model.creates:
            return self.create(template, account, sent, example, base_url, options)
        if op_method == "get" and template in model.lists:
            try:
                return self.listing(template, account, query, example, base_url, pairs)
            except InvalidPage:
                return Answer(404, {"detail": "Invalid page."}, {})
        record_id = params.get("id")
        area = model.by_retrieve.get(template_root(template))
        if area is None or record_id is None:
            return unique_by_id(example) if isinstance(example, list) else example
        record = state.get(account, area, record_id)
        suffix = template.split("{id}/", 1)[1]
        if record is None:
            stock = model.catalogue_by_id.get(record_id.lower()) if area.catalogue else None
            if stock is not None and suffix == "" and op_method == "get":
                return {**(example if isinstance(example, dict) else {}), **stock}
            return Answer(404, NOT_FOUND, {})
        if op_method == "delete" and suffix == "":  # DRF's destroy: 204, no content
            del state.records[(record.account, record.id)]
            return Answer(204, b"", {})
        base = example if isinstance(example, dict) else {}
        now = state.now()
        if op_method == "get" and suffix == "":
            return {**base, **record.snapshot(now)}
        if op_method == "put" and suffix == "":
            return {**base, **state.update(record, self.sent_fields(template, "put", sent))}
        stage = area.actions.get(suffix)
        if method == "POST" and stage is not None:
            try:
                snap = state.start_action(
                    record,
                    stage,
                    seconds=options.seconds,
                    outcome=options.outcome,
                    failed_reason=options.failed_reason,
                    fields=sent,
                )
            except ActionRefused as refused:
                return Answer(400, refused.errors, {})
            self.on_started(record)
            return {**base, **snap}
        return example

    def on_started(self, record: Record) -> None:
        """A stage started on `record` (a create or an action): `FakeCreatify` schedules
        its webhook."""

    def new_job(self, area: Area, options: JobOptions) -> JobOptions:
        """What a create asks of its job: the request's `X-Mock-*` headers; `FakeCreatify`
        adds the outcomes queued by `fail_next` and `reject_next`."""
        return options

    def sent_fields(self, template: str, method: str, sent: dict[str, Any]) -> dict[str, Any]:
        """The request's fields, typed as the answer's (nested) schema types them."""
        spec = self.model.spec
        fields = response_fields(spec, template, method)
        area = self.model.by_retrieve.get(template_root(template))
        nested: dict[str, Any] = {}
        if area is not None and area.nest is not None:
            nested = properties(spec, fields.get(area.nest, {}))
        return {
            name: coerce(value, nested.get(name) or fields.get(name) or {})
            for name, value in sent.items()
        }

    def create(
        self,
        path: str,
        account: str,
        sent: dict[str, Any],
        example: Any,
        base_url: str,
        options: JobOptions,
    ) -> dict[str, Any]:
        """A new record from the request's fields over the example (Prism's answer in the
        repository's mock), as `options` (the mock's `X-Mock-*` headers) ask."""
        model = self.model
        area, stage = model.creates[path]
        fields = model.fields[path]
        data = dict(example) if isinstance(example, dict) else {}
        nested_fields = properties(model.spec, fields.get(area.nest, {})) if area.nest else {}
        nested = dict(data.get(area.nest) or {}) if area.nest else {}
        for name in model.inputs[path] - sent.keys():
            if fields.get(name, {}).get("nullable") and name in data:
                data[name] = None
            if nested_fields.get(name, {}).get("nullable") and name in nested:
                nested[name] = None
        for name, value in sent.items():
            target = area.renames.get(name, name)
            if target in fields:
                data[target] = coerce(value, fields[target])
            if target in nested_fields:
                nested[target] = coerce(value, nested_fields[target])
        if area.nest:
            if "url" not in model.inputs[path]:
                data["url"] = nested["url"] = None
            data[area.nest] = nested
        if isinstance(data.get("aspect_ratio"), str):
            data["aspect_ratio"] = data["aspect_ratio"].replace(":", "x")
        webhook_url = sent.get("webhook_url") if isinstance(sent.get("webhook_url"), str) else None
        options = self.new_job(area, options)
        record = self.state.create(
            area=area,
            stage=stage,
            account=account,
            data=data,
            media_base=base_url,
            outcome=outcome_of(options.outcome, sent.get(area.name_field)),
            failed_reason=options.failed_reason,
            webhook_url=webhook_url,
            seconds=options.seconds,
            webhook_repeat=options.webhook_repeat,
        )
        self.on_started(record)
        return record.snapshot(self.state.now())

    def listing(
        self,
        path: str,
        account: str,
        query: Mapping[str, str],
        example: Any,
        base_url: str,
        pairs: list[tuple[str, str]] | None = None,
    ) -> Any:
        """A list's answer; `pairs`: the query's parameters in order, repeats kept."""
        area = self.model.lists[path]
        now = self.state.now()
        mine = [r.snapshot(now) for r in self.state.records_of(account, area)]
        items = unique_by_id([*mine, *self.model.catalogue.get(path, [])])
        items = keep_matching(items, query, area.list_filters)
        if not (isinstance(example, dict) and "results" in example):
            return items
        page = int(query.get("page") or 1)
        page_size = int(query.get("page_size") or DEFAULT_PAGE_SIZE)

        def page_url(number: int) -> str:
            # DRF keeps the other query parameters and drops `page` for page 1.
            kept = [(k, v) for k, v in (pairs or list(query.items())) if k != "page"]
            if number > 1:
                kept.append(("page", str(number)))
            return f"{base_url}{path}" + ("?" + urlencode(kept) if kept else "")

        return {**example, **paginate(items, page, page_size, page_url)}


def template_root(template: str) -> str:
    """`/api/lipsyncs/{id}/render/` -> `/api/lipsyncs/{id}/` (a record's own path)."""
    head, sep, _ = template.partition("{id}/")
    return head + sep
