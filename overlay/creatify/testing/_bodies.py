"""Request bodies as Django REST framework reads them, and its 400 bodies.

Pure Python, stdlib only. The layer answers here, before Prism, what DRF would refuse and
what kills or hangs Prism 5.16: `parse_body` raises `Refusal` (status + DRF body) or gives
back a body that is safe to forward (maybe rewritten) and its fields.
"""

from __future__ import annotations

import json
import mimetypes
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

BROKEN_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Prism's multipart parser (parse-multipart-data) splits Content-Disposition on `;` and
# `=` and JSON-parses the file name: any of these in a name or file name kills it.
UNSAFE_NAME = re.compile(r'[;="\\\x00-\x1f\x7f]')
UNSAFE_FILENAME = re.compile(r'[;="\\%\x00-\x1f\x7f]')
# Deeper JSON is refused: Python's parser stops near 1,000 levels with a RecursionError,
# and Prism's validator recurses as well. No request of the API nests beyond a few levels.
MAX_JSON_DEPTH = 64


class Refusal(Exception):
    """An answer the layer gives itself: `status` with the JSON `body` (DRF's shapes)."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body
        self.headers = headers or {}


def media_type_of(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


@dataclass
class Part:
    head: list[bytes]
    data: bytes

    def param(self, key: str) -> str | None:
        for line in self.head:
            if line.lower().startswith(b"content-disposition:"):
                text = line.decode("utf-8", "replace").split(":", 1)[1]
                match = re.search(rf'(?:;|^)\s*{key}=(?:"([^"]*)"|([^;\s]+))', text)
                return None if match is None else (match[1] if match[1] is not None else match[2])
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


def _refuse_constant(name: str) -> Any:
    # DRF's STRICT_JSON: NaN and Infinity are not JSON (Prism stalls on them).
    raise ValueError(f"Out of range float values are not JSON compliant: {name}")


STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
BRACKET = re.compile(rb"[\[\]{}]")


def json_depth(body: bytes) -> int:
    """How deep arrays and objects nest in a JSON text (strings skipped)."""
    if body.count(b"[") + body.count(b"{") <= MAX_JSON_DEPTH:
        return 0  # cannot be too deep
    depth = deepest = 0
    for bracket in BRACKET.findall(STRING.sub(b"", body)):
        if bracket in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def parse_json(body: bytes) -> Any:
    """A JSON body as DRF's JSONParser (strict) reads it, or a 400 `{"detail": ...}`."""
    if json_depth(body) > MAX_JSON_DEPTH:
        raise Refusal(
            400, {"detail": f"JSON parse error - nested deeper than {MAX_JSON_DEPTH} levels"}
        )
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise Refusal(400, {"detail": f"JSON parse error - {exc}"}) from None


def parse_form(body: bytes) -> list[tuple[str, str]]:
    """An urlencoded body as its pairs; a broken escape is a 400 (it kills Prism)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refusal(400, {"detail": "Form parse error - the body is not UTF-8."}) from None
    if BROKEN_ESCAPE.search(text):
        raise Refusal(400, {"detail": "Form parse error - a malformed % escape."})
    try:
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise Refusal(400, {"detail": "Form parse error - a % escape that is not UTF-8."}) from None


def add_field(fields: dict[str, Any], name: str, value: str) -> None:
    """A repeated form field becomes a list of its values."""
    if name not in fields:
        fields[name] = value
    elif isinstance(fields[name], list):
        fields[name].append(value)
    else:
        fields[name] = [fields[name], value]


@dataclass
class Body:
    """A request body that is safe to forward to Prism, and the fields it holds."""

    content: bytes
    fields: dict[str, Any]


def parse_body(content_type: str, body: bytes) -> Body:
    """Check a body as DRF would and make it one Prism 5.16 can take; `Refusal` if not.

    - Non-JSON under a JSON content type: Prism never answers (stoplightio/prism#2664);
      NaN/Infinity stall it; very deep nesting crashes parsers.
    - A broken `%` escape in an urlencoded body kills Prism (`URIError`): refused, and
      the body forwarded is re-encoded canonically.
    - A multipart file part without its own Content-Type kills Prism
      (stoplightio/prism#2672): the layer adds one guessed from the file name, as a
      browser would. `requests` sends such parts for `files={'f': open(...)}`.
    - A broken `%` escape in a part's name also kills it, and so does a `;`, `=` or `"`
      in a name, a part with no name, or a file name that is not a plain JSON string
      (parse-multipart-data splits and JSON-parses the header): a name is answered
      with a 400 naming it, a file name is made plain, as it does not matter here.
    """
    media_type = media_type_of(content_type)
    if not body:
        return Body(body, {})
    if media_type == "application/json" or media_type.endswith("+json"):
        data = parse_json(body)
        return Body(body, data if isinstance(data, dict) else {})
    if media_type == "application/x-www-form-urlencoded":
        pairs = parse_form(body)
        fields: dict[str, Any] = {}
        for name, value in pairs:
            add_field(fields, name, value)
        return Body(urlencode(pairs).encode(), fields)
    if media_type != "multipart/form-data":
        return Body(body, {})
    return _multipart(content_type, body)


def _multipart(content_type: str, body: bytes) -> Body:
    boundary = boundary_of(content_type)
    parts = split_multipart(body, boundary) if boundary else None
    if parts is None or boundary is None:
        detail = "Multipart form parse error - Invalid boundary in multipart."
        raise Refusal(400, {"detail": detail})
    changed = False
    fields: dict[str, Any] = {}
    for part in parts:
        name = part.param("name")
        filename = part.param("filename")
        if name is None:
            raise Refusal(400, {"detail": "Multipart form parse error - a part has no name."})
        if BROKEN_ESCAPE.search(name):
            raise Refusal(400, {name: ["Malformed percent escape in the part's name."]})
        if UNSAFE_NAME.search(name):
            raise Refusal(400, {name: ["The part's name holds a character the mock refuses."]})
        line = f'Content-Disposition: form-data; name="{name}"'
        if filename is not None:
            line += f'; filename="{UNSAFE_FILENAME.sub("_", filename) or "file"}"'
        changed |= part.set_disposition(line.encode())
        if filename is not None:
            if not part.has_content_type():
                guessed = mimetypes.guess_type(filename)[0] or "application/octet-stream"
                part.head.append(f"Content-Type: {guessed}".encode())
                changed = True
            continue
        add_field(fields, name, part.data.decode("utf-8", "replace"))
    return Body(join_multipart(parts, boundary) if changed else body, fields)
