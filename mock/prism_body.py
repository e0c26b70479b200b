"""Request bodies made safe for Prism 5.16, or refused as DRF would word it.

`prism_body` gives back the content type and body the layer forwards (maybe rewritten),
or raises `Answer`:

- JSON nested deeper than `MAX_JSON_DEPTH`: Prism's validator recurses (no request of
  the API nests beyond a few levels);
- a broken `%` escape in an urlencoded body kills Prism (`URIError`): refused, and the
  body forwarded is re-encoded canonically;
- a multipart file part without its own Content-Type kills Prism (stoplightio/prism#2672):
  one guessed from the file name is added, as a browser would (`requests` sends such
  parts for `files={'f': open(...)}`);
- a broken `%` escape in a part's name also kills it, and so does a `;`, `=` or `"` in a
  name, a part with no name, or a file name that is not a plain JSON string
  (parse-multipart-data splits and JSON-parses the header): a name is answered with a
  400 naming it, a file name is made plain, as it does not matter here;
- a boundary that is legal (RFC 2046) but not a token, `a,b` or `a:b` unquoted, gets
  Prism's 500 (Django reads it): every multipart body is sent with a boundary of our own.
"""

from __future__ import annotations

import mimetypes
import re
import uuid
from urllib.parse import parse_qsl, unquote, urlencode

from creatify.testing._bodies import is_json, media_type_of, multipart_parts
from creatify.testing._state import Answer

BROKEN_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Prism's multipart parser (parse-multipart-data) splits Content-Disposition on `;` and
# `=` and JSON-parses the file name: any of these in a name or file name kills it.
UNSAFE_NAME = re.compile(r'[;="\\\x00-\x1f\x7f]')
UNSAFE_FILENAME = re.compile(r'[;="\\%\x00-\x1f\x7f]')
MAX_JSON_DEPTH = 64
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


def parse_form(body: bytes) -> list[tuple[str, str]]:
    """An urlencoded body as its pairs; a broken escape is a 400 (it kills Prism)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Answer(400, {"detail": "Form parse error - the body is not UTF-8."}) from None
    if BROKEN_ESCAPE.search(text):
        raise Answer(400, {"detail": "Form parse error - a malformed % escape."})
    try:
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise Answer(400, {"detail": "Form parse error - a % escape that is not UTF-8."}) from None


def prism_body(content_type: str, body: bytes) -> tuple[str, bytes]:
    """The content type and body to forward to Prism (see the module's docstring);
    an `Answer` if none."""
    media_type = media_type_of(content_type)
    if is_json(media_type):
        if json_depth(body) > MAX_JSON_DEPTH:
            detail = f"JSON parse error - nested deeper than {MAX_JSON_DEPTH} levels"
            raise Answer(400, {"detail": detail})
        return content_type, body
    if not body or media_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return content_type, body
    if media_type == "application/x-www-form-urlencoded":
        return content_type, urlencode(parse_form(body)).encode()
    boundary = b"creatify-mock-%s" % uuid.uuid4().hex.encode()  # random: in no part's data
    chunks = []
    for part in multipart_parts(content_type, body):
        disposition = part.disposition()
        name, filename = disposition.get("name"), disposition.get("filename")
        if name is None:
            raise Answer(400, {"detail": "Multipart form parse error - a part has no name."})
        if BROKEN_ESCAPE.search(name):
            raise Answer(400, {name: ["Malformed percent escape in the part's name."]})
        try:  # Prism decodes the name too, and dies on an escape that is not UTF-8
            unquote(name, errors="strict")
        except UnicodeDecodeError:
            rule = "A percent escape in the part's name is not UTF-8."
            raise Answer(400, {name: [rule]}) from None
        if UNSAFE_NAME.search(name):
            raise Answer(400, {name: ["The part's name holds a character the mock refuses."]})
        head = [f'Content-Disposition: form-data; name="{name}"']
        if filename is not None:
            head[0] += f'; filename="{UNSAFE_FILENAME.sub("_", filename) or "file"}"'
            guessed = mimetypes.guess_type(filename)[0] or "application/octet-stream"
            head.append(f"Content-Type: {part.headers.get('content-type', guessed)}")
        elif "content-type" in part.headers:
            head.append(f"Content-Type: {part.headers['content-type']}")
        chunks.append(
            b"--%s\r\n%s\r\n\r\n%s\r\n" % (boundary, "\r\n".join(head).encode(), part.data)
        )
    forwarded = f"multipart/form-data; boundary={boundary.decode()}"
    return forwarded, b"".join(chunks) + b"--%s--\r\n" % boundary
