"""What the mock reads from the spec: routes, request and response fields, catalog examples.

Pure Python over the parsed spec (a dict); no HTTP.
"""

from __future__ import annotations

import contextlib
import copy
import re
from dataclasses import dataclass
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def properties(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return {}
    props = {name: resolve(spec, s) for name, s in schema.get("properties", {}).items()}
    for part in schema.get("allOf", []):
        props.update(properties(spec, part))
    return props


def required_of(spec: dict[str, Any], schema: Any) -> list[str]:
    """The names a schema requires, its `allOf` parts' too."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    parts = (required_of(spec, part) for part in schema.get("allOf", []))
    return [*schema.get("required", []), *(name for part in parts for name in part)]


def success_media(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    """The JSON content of an operation's first 2xx answer ({} if none)."""
    operation = spec.get("paths", {}).get(path, {}).get(method, {})
    for code, response in operation.get("responses", {}).items():
        if str(code).startswith("2"):
            content = resolve(spec, response).get("content", {})
            return dict(content.get("application/json", {}))
    return {}


def request_fields_of(spec: dict[str, Any], path: str, method: str) -> set[str]:
    """The property names of an operation's request body, over all its content types."""
    operation = spec.get("paths", {}).get(path, {}).get(method, {})
    content = resolve(spec, operation.get("requestBody", {})).get("content", {})
    return {name for media in content.values() for name in properties(spec, media.get("schema"))}


def query_parameters(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """Name -> schema of an operation's query parameters."""
    found = (resolve(spec, node) for node in operation.get("parameters", []))
    return {p["name"]: resolve(spec, p.get("schema", {})) for p in found if p.get("in") == "query"}


def first_example(spec: dict[str, Any], path: str, method: str = "get") -> Any:
    """The first example of an operation's 2xx JSON answer (what Prism answers by default)."""
    media = success_media(spec, path, method)
    for example in media.get("examples", {}).values():
        return copy.deepcopy(resolve(spec, example).get("value"))
    return copy.deepcopy(media.get("example"))


DECIMAL_ZEROS = re.compile(r"\.0*\s*$")
TRUE_WORDS = {"true", "t", "yes", "y", "on", "1"}
FALSE_WORDS = {"false", "f", "no", "n", "off", "0"}


def coerce(value: Any, schema: dict[str, Any]) -> Any:
    """A form or query value (text; a repeated one a list) as DRF reads it for the type
    the schema gives it: a list for an array, else the last value; text that is no value
    of the type stays text."""
    kind = schema.get("type")
    if kind == "array":
        items = value if isinstance(value, list) else [value]
        return [coerce(item, schema.get("items", {})) for item in items]
    if isinstance(value, list):
        value = value[-1] if value else None
    if not isinstance(value, str):
        return value
    with contextlib.suppress(ValueError):
        if kind == "boolean":  # DRF's BooleanField; other text is left for the check
            word = value.lower()
            return True if word in TRUE_WORDS else False if word in FALSE_WORDS else value
        if kind == "integer":  # DRF's IntegerField drops a decimal point's zeros ("1.0")
            return int(DECIMAL_ZEROS.sub("", value))
        if kind == "number":
            return float(value)
    return value


def json_as_drf(value: Any, schema: dict[str, Any]) -> Any:
    """A JSON field's value as DRF's field of the schema's type reads it where JSON's own
    type is another: text as a form's (`coerce`: `"true"`, `"1"`, `"1.0"`), 1 or 0 for a
    boolean, an integral float for an integer (`1.0`), a number for text (`5` is `"5"`; not
    for a UUID). Any other value is itself, left for the check to refuse (or take)."""
    kind = schema.get("type")
    if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        # CharField: "We're lenient with allowing basic numerics to be coerced into strings".
        return value if schema.get("format") == "uuid" else str(value)
    if isinstance(value, bool) or kind not in ("boolean", "integer", "number"):
        return value
    if kind == "boolean" and isinstance(value, (int, float)) and value in (0, 1):
        return value == 1
    if isinstance(value, str) or (kind == "integer" and isinstance(value, float)):
        read = coerce(str(value), schema)
        return value if isinstance(read, str) else read
    return value


# ---------------------------------------------------------------- routing


@dataclass(frozen=True)
class Operation:
    template: str  # the spec's path, e.g. /api/lipsyncs/{id}/
    method: str  # lower case
    spec: dict[str, Any]  # the spec's operation object

    @property
    def has_body(self) -> bool:
        return "requestBody" in self.spec


@dataclass(frozen=True)
class Match:
    template: str
    params: dict[str, str]
    # Allowed methods (upper case) of the template, for a 405's `Allow`.
    allowed: tuple[str, ...]
    operation: Operation | None  # None: the method is not allowed


# Every path parameter of the spec is a UUID (tests/testing/test_fake.py checks it), and
# matches only a UUID, as Django's `<uuid:id>` does.
UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


class Routes:
    """The spec's paths as Django would route them: literal segments first, then `{id}`,
    which matches only a UUID: `/api/links/paginated/` is a 404, not a 400 on `id`."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._routes: list[tuple[re.Pattern[str], str, dict[str, Operation]]] = []
        # A literal path (/api/lipsyncs/preview/) wins over a template (/api/lipsyncs/{id}/).
        for template, item in sorted(spec.get("paths", {}).items(), key=lambda p: p[0].count("{")):
            operations = {
                method: Operation(template, method, item[method])
                for method in METHODS
                if isinstance(item.get(method), dict)
            }
            pattern = re.sub(r"\\\{(\w+)\\\}", rf"(?P<\1>{UUID})", re.escape(template))
            self._routes.append((re.compile(pattern), template, operations))

    def match(self, path: str, method: str) -> Match | None:
        """The operation for `path`, or None when the service has no such URL (a 404)."""
        for pattern, template, operations in self._routes:
            found = pattern.fullmatch(path)
            if found is not None:
                allowed = tuple(m.upper() for m in operations)
                allowed += ("HEAD", "OPTIONS") if "GET" in allowed else ("OPTIONS",)
                want = "get" if method.lower() == "head" else method.lower()
                return Match(template, found.groupdict(), allowed, operations.get(want))
        return None
