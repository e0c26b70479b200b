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
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

import yaml  # type: ignore[import-untyped]

from .._exceptions import InvalidInputError
from .._options import QUERY_FIELDS, SCHEMA_FIELDS
from .._requests import HOOKS
from .._validation import check_choices, check_object, check_value
from ._bodies import (
    DRF_MESSAGES,
    NON_FIELD_ERRORS,
    field_errors,
    is_json,
    media_type_of,
    read_body,
)
from ._faults import job_options
from ._resources import AREAS, MEDIA_FILES, OWN_ONLY, TEXT_ANSWER, Area, Stage
from ._spec import (
    METHODS,
    Match,
    Operation,
    Routes,
    coerce,
    first_example,
    json_as_drf,
    properties,
    query_parameters,
    request_fields_of,
    required_of,
    resolve,
    success_media,
)
from ._state import (
    PAGING,
    Answer,
    JobOptions,
    State,
    keep_matching,
    ordered,
    outcome_of,
    page_size_of,
    paginate,
    unique_by_id,
)

# The spec's examples point output URLs here; every answer gets the fake's own base URL.
SPEC_MEDIA_PREFIX = "http://127.0.0.1:4011/media/"
NOT_FOUND = {"detail": "Not found."}
# The streaming text generator: TEXT_ANSWER in server-sent events, then `done`.
SSE_TEXT_PATH = "/sse/text_generator/"
SSE_DONE = b"event: done\ndata: {}\n\n"
# The text generator takes "A Gemini model, e.g. `gemini-2.5-flash`" (the spec, from the
# vendor's page, which lists none): another name is its documented 400, streamed or not.
TEXT_PATHS = (SSE_TEXT_PATH, "/api/text_generator/")
GEMINI = re.compile(r"gemini-[a-z0-9.-]+")


def text_events(chunks: int = 8) -> list[bytes]:
    """The stream's `data` events: TEXT_ANSWER in `chunks` pieces of whole words."""
    words = TEXT_ANSWER.split(" ")
    size = -(-len(words) // chunks)
    texts = [" ".join(words[i : i + size]) for i in range(0, len(words), size)]
    texts[1:] = [" " + text for text in texts[1:]]  # the chunks add up to the text
    return [f"data: {json.dumps({'text': text})}\n\n".encode() for text in texts]


def sse_error(errors: Any) -> dict[str, str]:
    """DRF's 400 body as the text generator's documented `{"error": <text>}`, naming
    each field; a `detail` string (a body that did not parse) is about no field."""
    named = (
        words if isinstance(words, str) else f"{name}: {' '.join(map(str, words))}"
        for name, words in errors.items()
    )
    return {"error": "Invalid request body: " + "; ".join(named)}


def _audio_or_text(path: str, body: dict[str, Any]) -> dict[str, Any]:
    # "Either audio or text is required. If both are provided, audio will be used"
    # (docs.creatify.ai/api-reference/lipsyncs/post-apilipsyncs): the service refuses
    # neither and takes both; refusing both is the SDK's own rule (`_requests.py`).
    if body.get("text") is None and body.get("audio") is None:
        raise InvalidInputError(NON_FIELD_ERRORS, "Either audio or text is required.")
    return body


# The SDK's checks of a body as the service applies them: a field the schema lacks is
# ignored (DRF drops it), and the rules the vendor's pages give the service in place of
# the SDK's stricter ones (mock/README.md, "Cross-field rules").
SERVICE_HOOKS = replace(
    HOOKS,
    refuse_unknown=False,
    after={**HOOKS.after, "LipsyncCreateRequest": _audio_or_text},
)
# An update (`PUT /api/links/{id}/`) changes the fields it gives and keeps the others: the
# link's media rule (a video or three images) is the create's, checked there.
UPDATE_HOOKS = replace(
    SERVICE_HOOKS,
    after={k: v for k, v in SERVICE_HOOKS.after.items() if k != "LinkParamsRequest"},
)
RANGE = re.compile(r"bytes=(\d*)-(\d*)")
# Header text the service's credentials can be: any other never matches a key.
PRINTABLE = re.compile(r"[\x20-\x7e]*")
# What the service gives a job for an input not sent, where the spec's words say it
# (ModelVersion: "`standard` is the default"), not its example (`aurora_v1_fast`).
SERVICE_DEFAULTS = {"model_version": "standard"}
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


@functools.lru_cache(maxsize=1)
def load_spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(spec_path().read_text(), Loader=loader)  # noqa: S506
    return spec


class ServiceModel:
    """The tables read from the spec once: routes, creates, lists, catalogues."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.routes = Routes(spec)
        self.creates: dict[str, tuple[Area, Stage]] = {
            path: (area, stage) for area in AREAS for path, stage in area.creates.items()
        }
        self.lists = {path: area for area in AREAS for path in area.lists}
        self.counts = {path: area for area in AREAS for path in area.counts}
        self.by_retrieve = {area.retrieve + "{id}/": area for area in AREAS}
        self.inputs = {path: request_fields_of(spec, path, "post") for path in self.creates}
        self.catalogue: dict[str, list[dict[str, Any]]] = {}
        for path, area in self.lists.items():
            if area.catalogue and path != OWN_ONLY:
                example = first_example(spec, path)
                if isinstance(example, dict):
                    example = first_example(spec, area.retrieve)
                self.catalogue[path] = unique_by_id(example or [])
        # The asset generator's models: name -> `generation_type` (`text_to_video`, ...).
        self.generation_types = {
            str(item.get("model_name")): str(item.get("generation_type") or "")
            for item in self.catalogue.get("/api/asset_generator/schemas/", [])
        }
        self.catalogue_by_id = {
            str(item["id"]): item
            for items in self.catalogue.values()
            for item in items
            if isinstance(item, dict) and "id" in item
        }

    def answer_fields(
        self, template: str, method: str, nest: str | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The fields of an operation's answer (name -> schema), and those under `nest`."""
        fields = properties(self.spec, success_media(self.spec, template, method).get("schema"))
        return fields, properties(self.spec, fields.get(nest, {})) if nest else {}


@functools.lru_cache(maxsize=1)
def service_model() -> ServiceModel:
    return ServiceModel(load_spec())


@dataclass
class Call:
    """One API request as the state answers it."""

    match: Match
    account: str  # the `X-API-ID`
    sent: dict[str, Any]  # the body's fields
    pairs: list[tuple[str, str]]  # the query's parameters in order, repeats kept
    base_url: str
    options: JobOptions  # the mock's `X-Mock-*` job headers

    @property
    def query(self) -> dict[str, str]:
        return dict(self.pairs)


class Service:
    """One fake service: a `State` and the spec's model, answering parsed requests."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.model = service_model()

    def route(self, method: str, path: str, query: str) -> Match:
        """The operation a request asks for, or Django's own answer raised: a 301 to the URL
        with a slash where there is one (APPEND_SLASH's CommonMiddleware, for every method
        when DEBUG is off), a 404, or a 405 with `Allow`. `query`: the raw query string."""
        routes = self.model.routes
        if not path.endswith("/"):
            if routes.match(path + "/", method) is None:
                raise Answer(404, NOT_FOUND)
            raise Answer(301, {}, {"location": quote(path) + "/" + (f"?{query}" if query else "")})
        match = routes.match(path, method)
        if match is None:
            raise Answer(404, NOT_FOUND)
        allow = {"allow": ", ".join(match.allowed)}
        if method == "OPTIONS":  # DRF's SimpleMetadata
            raise Answer(200, self.metadata(match.template), allow)
        if match.operation is None:
            raise Answer(405, {"detail": f'Method "{method}" not allowed.'}, allow)
        return match

    def metadata(self, template: str) -> dict[str, Any]:
        """DRF's answer to OPTIONS: the view's name (the spec's summary of its first
        operation here), renderers and parsers."""
        item = self.model.spec["paths"][template]
        operations = [Operation(template, m, item[m]) for m in METHODS if m in item]
        parses = [kind for op in operations if op.has_body for kind in self.accepted(op)]
        return {
            "name": operations[0].spec.get("summary", ""),
            "description": "",
            "renders": ["application/json", "text/html"],
            "parses": list(dict.fromkeys(parses)) or ["application/json"],
        }

    def handle(
        self,
        method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        content: bytes,
        base_url: str,
    ) -> Answer:
        """The answer to one request, returned, or raised where it is known before the
        state's (`Answer`). `headers` keys are lower case; `query` is the raw query
        string. The mock's `X-Mock-*` job headers are taken as the repository's mock
        takes them (`job_options`)."""
        method = method.upper()
        if path.startswith("/media/"):
            return media_answer(method, path, headers.get("range", ""))
        match = self.route(method, path, query)
        account = headers.get("x-api-id", "")
        if not account or not headers.get("x-api-key"):
            raise Answer(401, {"detail": "Authentication credentials were not provided."})
        if not PRINTABLE.fullmatch(account + headers["x-api-key"]):  # no key matches it
            raise Answer(401, {"detail": "Incorrect authentication credentials."})
        assert match.operation is not None  # `route` answered a 405
        content_type = headers.get("content-type", "")
        options = job_options(headers)
        # DRF reads no body where the operation takes none.
        has_body = match.operation.has_body
        sent = self.checked_body(match.operation, content_type, content) if has_body else {}
        if match.template == SSE_TEXT_PATH:  # streamed as the repository's mock streams it
            return Answer(
                200, b"".join([*text_events(), SSE_DONE]), {"content-type": "text/event-stream"}
            )
        pairs = parse_qsl(query, keep_blank_values=True)
        call = Call(match, account, sent, pairs, base_url, options)
        # The spec's first example of the operation's answer is Prism's default answer.
        example = first_example(self.model.spec, match.template, match.operation.method)
        data = self.answer(call, example)
        text = json.dumps(data).replace(SPEC_MEDIA_PREFIX, f"{base_url}/media/")
        codes = {str(c) for c in match.operation.spec.get("responses", {})}
        return Answer(201 if "201" in codes and "200" not in codes else 200, json.loads(text))

    def checked_body(
        self, operation: Operation, content_type: str, content: bytes
    ) -> dict[str, Any]:
        """The request's fields as the service takes them, or an `Answer` with DRF's
        answer (in its words where they are known): the body's data (`body_data`), then
        every field by the spec's rules for that content type (each field's errors, as
        a serializer collects them; JSON's null where the schema has no `nullable` is
        "This field may not be null."), then the service's own rules (`SERVICE_HOOKS`,
        a serializer's `validate`: once the fields pass). A form's text is read first as
        DRF's parsers read it; a field the schema lacks is dropped at every level, as DRF
        drops it. The fake checks a request with this alone; the repository's mock before
        its Prism sees it, so that both answer alike. The streamed text generator words a
        400 as its page does (`{"error": ...}`)."""
        try:
            data = self._checked_body(operation, content_type, content)
        except Answer as refused:
            if operation.template != SSE_TEXT_PATH or refused.status != 400:
                raise
            raise Answer(400, sse_error(refused.body)) from None
        if operation.template in TEXT_PATHS and not GEMINI.fullmatch(str(data["model_name"])):
            raise Answer(400, {"error": "Model not found."})
        return data

    def _checked_body(
        self, operation: Operation, content_type: str, content: bytes
    ) -> dict[str, Any]:
        spec = self.model.spec
        data = self.body_data(operation, content_type, content)
        schema = self.request_schema(operation, content_type)
        data = self.drf_values(operation, content_type, data)
        props = properties(spec, schema)
        # A file has no FieldSpec: its part must be there where the schema requires it.
        errors: dict[str, Any] = {
            name: [DRF_MESSAGES["required"]]
            for name in required_of(spec, schema)
            if props.get(name, {}).get("format") == "binary" and name not in data
        }
        name = schema.get("$ref", "").rsplit("/", 1)[-1]
        hooks = UPDATE_HOOKS if operation.method == "put" else SERVICE_HOOKS
        fields_only = replace(hooks, after={})
        for field in SCHEMA_FIELDS[name]:
            value = data.get(field.name)
            nullable = props.get(field.name, {}).get("nullable")
            try:
                if value is None and field.name in data and not nullable:
                    raise InvalidInputError(field.name, "may not be null", code="null")
                check_object((field,), {field.name: value}, schema=name, hooks=fields_only)
            except InvalidInputError as error:
                errors.update(field_errors(error, data))
        try:
            if errors:
                raise Answer(400, errors)
            return check_object(SCHEMA_FIELDS[name], data, schema=name, hooks=hooks)
        except InvalidInputError as error:
            raise Answer(400, field_errors(error, data)) from None

    def body_data(self, operation: Operation, content_type: str, content: bytes) -> dict[str, Any]:
        """The body as DRF's `request.data` gives it to a serializer, before any field is
        checked, or an `Answer` with DRF's answer: a 415 for a body of a content type no
        parser of the operation takes (the spec's types; DRF quotes the header as sent);
        DRF's JSON parse error; no body is no data (each required field's "This field is
        required.", also where the spec marks the body optional, openapi-python-client
        #1451); JSON's null is "No data provided" and any other value that is no object
        "Invalid data. Expected a dictionary, but got list." (a Serializer's words). The
        repository's mock asks this before Prism, which words each of these its own way."""
        if content and media_type_of(content_type) not in self.accepted(operation):
            detail = f'Unsupported media type "{content_type}" in request.'
            raise Answer(415, {"detail": detail})
        if not content:
            required = required_of(self.model.spec, self.request_schema(operation, content_type))
            if required:
                raise Answer(400, {name: [DRF_MESSAGES["required"]] for name in required})
            return {}
        data = read_body(content_type, content)
        if data is None:  # JSON's null
            raise Answer(400, {NON_FIELD_ERRORS: ["No data provided"]})
        if not isinstance(data, dict):
            expected = f"Invalid data. Expected a dictionary, but got {type(data).__name__}."
            raise Answer(400, {NON_FIELD_ERRORS: [expected]})
        return data

    def accepted(self, operation: Operation) -> dict[str, Any]:
        """The types the operation's view parses (media type -> its content object): the
        spec's, and its `x-parsers` read by the first one's schema (openapi/README.md)."""
        body = resolve(self.model.spec, operation.spec["requestBody"])
        content: dict[str, Any] = body.get("content", {})
        first = next(iter(content.values()))
        return {**dict.fromkeys(operation.spec.get("x-parsers", []), first), **content}

    def request_schema(self, operation: Operation, content_type: str) -> dict[str, Any]:
        """The schema of the operation's body of `content_type` (of its first content
        type where the request has none it takes: no body)."""
        accepted = self.accepted(operation)
        media = accepted.get(media_type_of(content_type)) or next(iter(accepted.values()))
        schema: dict[str, Any] = media.get("schema", {})
        return schema

    def drf_values(
        self, operation: Operation, content_type: str, data: dict[str, Any]
    ) -> dict[str, Any]:
        """The body's fields as DRF's fields read them, by the schema's types: a form's
        text (a list for an array, else a repeated field's last value: `gender=f&gender=zz`
        is "zz"); in JSON, a top-level value of another type that DRF's boolean or number
        fields read (`"true"`, `1`, `"1.0"`: `json_as_drf`)."""
        props = properties(self.model.spec, self.request_schema(operation, content_type))
        read = json_as_drf if is_json(media_type_of(content_type)) else coerce
        return {name: read(value, props.get(name, {})) for name, value in data.items()}

    def answer(self, call: Call, example: Any) -> Any:
        """The JSON answer from the state over `example` (the spec's first example in the
        fake, Prism's answer in the repository's mock); an `Answer` raised where the state
        answers otherwise (404, 400, a DELETE's 204)."""
        model, state = self.model, self.state
        template, params = call.match.template, call.match.params
        method = call.match.operation.method if call.match.operation else ""
        query = self.query(call.match.operation, call.query)
        if method == "post" and template in model.creates:
            return self.create(call, example)
        if method == "get" and template in model.lists:
            return self.listing(call, example, query)
        if method == "get" and template in model.counts:
            mine = state.records_of(call.account, model.counts[template])
            # Never more used than there are: the slots grow instead of refusing a create
            # (the vendor words no refusal; one mock serves a whole suite's account).
            slots = max(len(mine), int(example.get("max_count") or 0))
            return {**example, "current_count": len(mine), "max_count": slots}
        record_id = params.get("id")
        area = model.by_retrieve.get(template_root(template))
        if area is None or record_id is None:
            return unique_by_id(example) if isinstance(example, list) else example
        record = state.get(call.account, area, record_id)
        suffix = template.split("{id}/", 1)[1]
        if record is None:
            stock = model.catalogue_by_id.get(record_id.lower()) if area.catalogue else None
            if stock is not None and suffix == "" and method == "get":
                return {**(example if isinstance(example, dict) else {}), **stock}
            raise Answer(404, NOT_FOUND)
        if method == "delete" and suffix == "":  # DRF's destroy: 204, no content
            del state.records[(record.account, record.id)]
            raise Answer(204, b"")
        base = example if isinstance(example, dict) else {}
        if method == "get" and suffix == "":
            return {**base, **record.snapshot(state.clock())}
        if method == "put" and suffix == "":
            return {**base, **state.update(record, self.sent_fields(template, area, call.sent))}
        stage = area.actions.get(suffix)
        if method == "post" and stage is not None:
            outcome_of(area, call.options.outcome)  # a 400 for an end its jobs never have
            return {**base, **state.start_action(record, stage, call.options, call.sent)}
        return example

    def query(self, operation: Operation | None, given: Mapping[str, str]) -> dict[str, Any]:
        """The operation's query parameters `given` (name -> text), each read from its text
        as DRF reads it and checked by the spec's rule (the SDK's `QUERY_FIELDS`); a blank
        one is not given, as DRF and Prism take it. One that breaks its rule (`ids=abc`, the
        first bad part of `gender=m,x`) is a 400 naming each such parameter, as a filter
        set collects them: the fake's answer, and the repository mock's before Prism's. The
        page and its size are read by `paginate` as DRF's pagination reads them, not by the
        spec's rule (`page=last`)."""
        schemas = query_parameters(self.model.spec, operation.spec) if operation else {}
        checked, errors = {}, {}
        for name, text in given.items():
            if name not in schemas or text == "" or name in PAGING:
                continue
            # An enum filter takes several values, comma-separated (openapi/README.md, 20).
            check = check_choices if QUERY_FIELDS[name].choices else check_value
            try:
                checked[name] = check(QUERY_FIELDS[name], name, coerce(text, schemas[name]))
            except InvalidInputError as error:
                errors.update(field_errors(error))
        if errors:
            raise Answer(400, errors)
        return checked

    def sent_fields(self, template: str, area: Area, sent: dict[str, Any]) -> dict[str, Any]:
        """The request's fields, typed as the PUT answer's (nested) schema types them."""
        fields, nested = self.model.answer_fields(template, "put", area.nest)
        return {
            name: coerce(value, nested.get(name) or fields.get(name) or {})
            for name, value in sent.items()
        }

    def create(self, call: Call, example: Any) -> dict[str, Any]:
        """A new record from the request's fields over the example (Prism's answer in the
        repository's mock), as `call.options` (the mock's `X-Mock-*` headers) ask."""
        model, path, sent = self.model, call.match.template, call.sent
        area, stage = model.creates[path]
        fields, nested_fields = model.answer_fields(path, "post", area.nest)
        data = dict(example) if isinstance(example, dict) else {}
        nested = dict(data.get(area.nest) or {}) if area.nest else {}
        # The answer (and its nested object) over the request: an input not sent is the
        # service's default or, if nullable, null; a sent one typed as the answer's schema
        # types it. A field the request does not take is ignored, as DRF ignores it (an
        # `output_nums` of "abc" or 10**8 sent to the asset generator would break or bloat
        # every read of the job).
        inputs = {name: value for name, value in sent.items() if name in model.inputs[path]}
        for answer, schema in ((data, fields), (nested, nested_fields)):
            for name in model.inputs[path] - sent.keys():
                if name in SERVICE_DEFAULTS and name in schema:
                    answer[name] = SERVICE_DEFAULTS[name]
                elif schema.get(name, {}).get("nullable") and name in answer:
                    answer[name] = None
            for name, value in inputs.items():
                target = area.renames.get(name, name)
                if target in schema:
                    answer[target] = coerce(value, schema[target])
        if area.nest:
            if "url" not in model.inputs[path]:
                data["url"] = nested["url"] = None
            data[area.nest] = nested
        if isinstance(data.get("aspect_ratio"), str):
            data["aspect_ratio"] = data["aspect_ratio"].replace(":", "x")
        # A job of one of the asset generator's models: its type, and files of its media.
        if gen_type := model.generation_types.get(str(sent.get("model_name"))):
            data["gen_type"] = gen_type
            media = {"video": "mp4", "audio": "mp3"}.get(gen_type.rsplit("_", 1)[-1], "jpg")
            outputs = {name: kind.replace("jpg", media) for name, kind in stage.outputs.items()}
            stage = replace(stage, outputs=outputs)
        webhook_url = sent.get("webhook_url") if isinstance(sent.get("webhook_url"), str) else None
        options = self.state.options_for(area, call.options)
        record = self.state.create(
            area=area,
            stage=stage,
            account=call.account,
            data=data,
            media_base=call.base_url,
            options=replace(
                options, outcome=outcome_of(area, options.outcome, sent.get(area.name_field))
            ),
            webhook_url=webhook_url,
        )
        return record.snapshot(self.state.clock())

    def listing(self, call: Call, example: Any, query: Mapping[str, Any]) -> Any:
        """A list's answer: the account's records, then the catalogue, filtered; paged as
        DRF's PageNumberPagination where the spec's answer is a page. `query`: the
        checked query parameters (`query`)."""
        path = call.match.template
        area = self.model.lists[path]
        now = self.state.clock()
        mine = [r.snapshot(now) for r in self.state.records_of(call.account, area)]
        items = unique_by_id([*mine, *self.model.catalogue.get(path, [])])
        items = ordered(keep_matching(items, query), query.get("ordering"))
        if not (isinstance(example, dict) and "results" in example):
            return items
        page_size = page_size_of(call.query.get("page_size"), QUERY_FIELDS["page_size"].default)

        def page_url(number: int) -> str:
            # DRF keeps the other query parameters and drops `page` for page 1; its
            # replace_query_param sorts them by name.
            kept = [(k, v) for k, v in call.pairs if k != "page"]
            if number > 1:
                kept.append(("page", str(number)))
            kept.sort(key=lambda pair: pair[0])
            return f"{call.base_url}{path}" + ("?" + urlencode(kept) if kept else "")

        return {**example, **paginate(items, call.query.get("page"), page_size, page_url)}


def media_answer(method: str, path: str, wanted: str) -> Answer:
    """An output URL's answer (`/media/NAME`) as its host (S3, CloudFront) gives it: the
    file, or the span a `Range` of one asks (`bytes=0-9`, `bytes=5-`, `bytes=-5`) in a 206
    with `Content-Range`, a 416 for one past the end; any other `Range` is ignored (RFC
    9110). Both mocks answer with this."""
    data = media_bytes(path.removeprefix("/media/"))
    if data is None or method not in ("GET", "HEAD"):
        raise Answer(404, NOT_FOUND)
    ranges = {"accept-ranges": "bytes"}
    headers = {"content-type": MEDIA_TYPES.get(Path(path).suffix, "application/octet-stream")}
    found = RANGE.fullmatch(wanted.strip())
    if found is None or found.groups() == ("", ""):
        return Answer(200, data, {**headers, **ranges})
    first, last, size = found.group(1), found.group(2), len(data)
    start = int(first) if first else max(size - int(last), 0)
    end = min(int(last), size - 1) if first and last else size - 1
    if start >= size or start > end:
        raise Answer(416, b"", {**ranges, "content-range": f"bytes */{size}"})
    headers["content-range"] = f"bytes {start}-{end}/{size}"
    return Answer(206, data[start : end + 1], {**headers, **ranges})


def template_root(template: str) -> str:
    """`/api/lipsyncs/{id}/render/` -> `/api/lipsyncs/{id}/` (a record's own path)."""
    head, sep, _ = template.partition("{id}/")
    return head + sep
