"""Request bodies as Django REST framework reads them, and its 400 bodies.

`read_body` gives the data of a JSON, urlencoded or multipart body, or raises `Answer`
(status + DRF body); `DRF_MESSAGES` are DRF's words for the spec's rules. No HTTP. What
else would kill or hang Prism 5.16 (deep JSON, a broken `%` escape, names in a multipart
body, a file part with no type) is the repository mock's concern, answered in
mock/prism_body.py before Prism sees the body.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from .._exceptions import InvalidInputError
from ._state import Answer

BAD_MULTIPART = {"detail": "Multipart form parse error - Invalid boundary in multipart."}
# Django REST framework's words for a broken rule of the spec (rest_framework/fields.py),
# by the rule (`InvalidInputError.code`): what the fake answers, and what the repository
# mock answers in place of Prism's words for the same rule (mock/layer.py).
DRF_MESSAGES = {
    "required": "This field is required.",
    "enum": '"{value}" is not a valid choice.',
    "uuid": "Must be a valid UUID.",
    "uri": "Enter a valid URL.",
    "string": "Not a valid string.",
    "integer": "A valid integer is required.",
    "number": "A valid number is required.",
    "boolean": "Must be a valid boolean.",
    "minimum": "Ensure this value is greater than or equal to {limit}.",
    "maximum": "Ensure this value is less than or equal to {limit}.",
    "blank": "This field may not be blank.",  # a minLength of 1
    "null": "This field may not be null.",
    "minLength": "Ensure this field has at least {limit} characters.",
    "maxLength": "Ensure this field has no more than {limit} characters.",
    "pattern": "This value does not match the required pattern.",
    # ListField's and a nested Serializer's (`value`: the JSON value's Python type).
    "array": 'Expected a list of items but got type "{value}".',
    "minItems": "Ensure this field has at least {limit} elements.",
    "maxItems": "Ensure this field has no more than {limit} elements.",
    "object": "Invalid data. Expected a dictionary, but got {value}.",
    # CharField's validators (ProhibitNullCharactersValidator, ...SurrogateCharacters...).
    "null_characters": "Null characters are not allowed.",
    "surrogate": "Surrogate characters are not allowed: U+{code_point}.",
}


NON_FIELD_ERRORS = "non_field_errors"  # DRF's key for an error of no one field


# A field's path as the SDK names it: `video_inputs[0].character.avatar_id`.
PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def field_errors(error: InvalidInputError, data: Any = None) -> dict[str, Any]:
    """The SDK's finding (the error and its `others`) as DRF's 400 body, in DRF's words
    where `DRF_MESSAGES` has them: each error inside the body's `data` nested as DRF nests
    it, and one of several fields (a serializer's `validate`) under `non_field_errors`."""
    found: dict[str, Any] = {}
    for each in (error, *error.others):
        messages = [drf_message(each.code, each.rule, each.params)]
        if ", " in each.field:
            found = merged(found, {NON_FIELD_ERRORS: messages})
            continue
        parts = [name or int(index) for name, index in PATH_PART.findall(each.field)]
        if each.code == "object":  # a nested Serializer's own error
            parts.append(NON_FIELD_ERRORS)
        found = merged(found, nested_errors(parts, messages, data))
    return found


def merged(errors: Any, more: Any) -> Any:
    """Two of `nested_errors`' answers for one body as one: a nested serializer's errors
    by field, a list's by item; a field's messages stay the first's."""
    if isinstance(errors, dict) and isinstance(more, dict):
        return errors | {k: merged(errors[k], v) if k in errors else v for k, v in more.items()}
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return [merged(a, b) for a, b in zip(errors, more, strict=False)]
    return errors


def nested_errors(parts: list[str | int], messages: list[str], value: Any) -> Any:
    """`messages` at `parts` of `value`: a nested serializer's errors are a dict, a list of
    them one entry per item (`{}` for a valid one), a list of values keyed by position."""
    if not parts:
        return messages
    head, rest = parts[0], parts[1:]
    if isinstance(head, str):
        inner = value.get(head) if isinstance(value, dict) else None
        return {head: nested_errors(rest, messages, inner)}
    if not rest:
        return {str(head): messages}
    items = value if isinstance(value, list) else []
    errors: list[Any] = [{} for _ in range(max(len(items), head + 1))]
    errors[head] = nested_errors(rest, messages, items[head] if head < len(items) else None)
    return errors


def drf_message(code: str, fallback: str, params: Mapping[str, Any]) -> str:
    """DRF's message for the rule `code` broken (`params`: its `limit`, the `value`
    given), or `fallback` where DRF's words are not in `DRF_MESSAGES`."""
    if code not in DRF_MESSAGES:
        return fallback
    shown = {k: f"{v:g}" if isinstance(v, float) else v for k, v in params.items()}
    return DRF_MESSAGES[code].format_map({"limit": "", "value": "", **shown})


def media_type_of(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


@dataclass
class Part:
    """One part of a multipart body: its headers (lower-case names) and its data."""

    headers: dict[str, str] = field(default_factory=dict)
    data: bytearray = field(default_factory=bytearray)

    def disposition(self) -> dict[str, str]:
        """The parameters of its Content-Disposition (`name`, `filename`)."""
        params = parse_options_header(self.headers.get("content-disposition", ""))[1]
        return {k.decode("latin-1"): v.decode("utf-8", "replace") for k, v in params.items()}


def multipart_parts(content_type: str, body: bytes) -> list[Part]:
    """The parts of a multipart body, read by python-multipart; a 400 if it is not one
    (no boundary, or no closing delimiter: python-multipart would read none)."""
    boundary = parse_options_header(content_type)[1].get(b"boundary", b"")
    if not boundary or b"--" + boundary + b"--" not in body:
        raise Answer(400, BAD_MULTIPART)
    parts: list[Part] = []
    name, value = bytearray(), bytearray()

    def header_end() -> None:
        parts[-1].headers[name.decode("latin-1").lower()] = value.decode("latin-1").strip()
        del name[:], value[:]

    callbacks: Any = {
        "on_part_begin": lambda: parts.append(Part()),
        "on_header_field": lambda data, start, end: name.extend(data[start:end]),
        "on_header_value": lambda data, start, end: value.extend(data[start:end]),
        "on_header_end": header_end,
        "on_part_data": lambda data, start, end: parts[-1].data.extend(data[start:end]),
    }
    try:
        parser = MultipartParser(boundary, callbacks)
        parser.write(body)
        parser.finalize()
    except MultipartParseError:
        raise Answer(400, BAD_MULTIPART) from None
    return parts


def _refuse_constant(name: str) -> Any:
    # DRF's STRICT_JSON: NaN and Infinity are not JSON (Prism stalls on them).
    raise ValueError(f"Out of range float values are not JSON compliant: {name!r}")


def _finite(text: str) -> float:
    # A number too large for a float (`1e400`) would be echoed back as `Infinity`, which
    # is no JSON: refused as the literal is.
    value = float(text)
    return value if math.isfinite(value) else _refuse_constant(text)


class Upload:
    """A file part of a multipart body: in DRF's `request.data`, but no field's value."""

    def __repr__(self) -> str:
        return "<file>"


UPLOAD = Upload()


def is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def read_body(content_type: str, body: bytes) -> Any:
    """A body's data as DRF's parsers read it: any JSON value, or the fields of a form
    (text; a repeated one a list, a file part `UPLOAD`); None for no body and for a type
    no parser reads. an `Answer` where DRF would refuse it (a body without a content type
    is a 415). Non-JSON under a JSON content type: Prism never answers it
    (stoplightio/prism#2664); NaN/Infinity stall it."""
    media_type = media_type_of(content_type)
    if not body:
        return None
    if not media_type:
        # DRF picks a parser by the content type, and none takes "" (it reads no data
        # only where there is no body).
        raise Answer(415, {"detail": 'Unsupported media type "" in request.'})
    if is_json(media_type):
        try:  # DRF's JSONParser (strict); nesting too deep for Python's is a RecursionError
            text = body.decode("utf-8")
            return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)
        except (ValueError, RecursionError) as exc:
            raise Answer(400, {"detail": f"JSON parse error - {exc}"}) from None
    pairs: list[tuple[str, Any]]
    if media_type == "application/x-www-form-urlencoded":
        # As Django's QueryDict: undecodable bytes are replaced, not refused.
        pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    elif media_type == "multipart/form-data":
        named = ((part, part.disposition()) for part in multipart_parts(content_type, body))
        pairs = [
            (found["name"], UPLOAD if "filename" in found else part.data.decode("utf-8", "replace"))
            for part, found in named
            if "name" in found
        ]
    else:
        return None
    fields: dict[str, list[Any]] = {}
    for name, value in pairs:  # a repeated field becomes a list of its values
        fields.setdefault(name, []).append(value)
    return {name: values if len(values) > 1 else values[0] for name, values in fields.items()}
