"""The one redaction rule: what of a request or URL may be shown, kept or logged.

Exceptions (`_exceptions.py`), raw responses (`_raw.py`), log lines (`_logging.py`) and
every repr go through this module, so all of them hide the same things the same way:

- the values of credential headers (`SECRET_HEADERS`) read `[redacted]`;
- a URL's password is removed (the user name stays);
- a URL whose query carries a signature or token (a signed storage URL:
  `X-Amz-Signature=...`, `X-Goog-Signature=...`, Azure's `sig=...`) is shown without its
  query: that query *is* a credential for the file. API queries (`page=2`) stay;
- a webhook URL is shown without its path (`webhook_url_text`): the path holds the
  token that lets deliveries into its receiver;
- a kept request has no body (it may be megabytes of upload, and holds the user's
  content) and no extensions (they hold the transport's objects);
- what a server answered (an error's message, parsed body and response) has the
  credentials its request carried (`secrets_of`: the client's own key) replaced by the
  marker, in case the server echoes them ("Invalid API key sk-..."), as sent,
  JSON-escaped or URL-encoded (`hide_secrets`, the one place that looks for them).
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Iterable
from typing import Any, AnyStr

import httpx

MARKER = "[redacted]"
# Headers that carry credentials, in either direction.
SECRET_HEADERS = frozenset(
    {"x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"}
)
# A query parameter whose name says it signs or authorises the URL (S3, GCS, Azure SAS,
# CloudFront, and the generic names): any such parameter hides the whole query.
SIGNING_PARAMETER = re.compile(
    r"signature|^sig$|token|credential|^key-pair-id$|^policy$|secret|^auth|^access_?key",
    re.IGNORECASE,
)
# A URL inside free text (an httpx message, say).
URL_IN_TEXT = re.compile(r"https?://[^\s'\"<>]+")
# What a response's copy keeps of its extensions (not the transport's objects).
ANSWER_EXTENSIONS = ("http_version", "reason_phrase")
# A credential shorter than this is not looked for in text: it would match plain words.
MIN_SECRET_LENGTH = 8
# Headers that describe the bytes on the wire, not the decoded body a response's copy holds.
WIRE_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


def redact_url(url: httpx.URL | str) -> httpx.URL:
    """`url` without its password and, when signed, without its query."""
    url = httpx.URL(url) if isinstance(url, str) else url
    if url.password:
        url = url.copy_with(userinfo=url.userinfo.split(b":")[0])
    if url.query and any(SIGNING_PARAMETER.search(name) for name in url.params):
        url = url.copy_with(query=None)
    return url


def url_text(url: httpx.URL | str) -> str:
    """`redact_url` as text, for messages."""
    try:
        return str(redact_url(url))
    except (httpx.InvalidURL, TypeError, ValueError):
        return f"<an invalid URL, {MARKER}>"


def webhook_url_text(url: str) -> str:
    """A webhook URL as scheme://host:port/[redacted], for messages."""
    with contextlib.suppress(httpx.InvalidURL, TypeError):
        parsed = httpx.URL(url)
        if parsed.scheme and parsed.host:
            return f"{parsed.scheme}://{parsed.netloc.decode('ascii')}/{MARKER}"
    return f"<not a URL, {MARKER}>"


def secrets_of(request: httpx.Request | None) -> tuple[str, ...]:
    """The credentials `request` carried (its credential headers' values; of
    `Bearer <token>`, the token): what an answer to it must not show."""
    if request is None:
        return ()
    found = {
        value.rsplit(" ", 1)[-1]
        for name, value in request.headers.items()
        if name.lower() in SECRET_HEADERS
    }
    return tuple(s for s in found if len(s) >= MIN_SECRET_LENGTH and s != MARKER)


def _hex_escapes(data: bytes, prefix: str, width: int) -> str:
    """A pattern for `data` written as `prefix` and `width` hex digits a unit, either case
    (JSON's `\\uXXXX` of UTF-16, two for a character beyond the BMP; a URL's `%XX`)."""
    units = data.hex(" ", width // 2).split()
    return "".join(f"{re.escape(prefix)}(?i:{unit})" for unit in units)


@functools.lru_cache(maxsize=16)  # a client has one key: built once, not per string
def _secret_regex(secret: str, binary: bool) -> re.Pattern[Any]:
    """A pattern for `secret` with each character written as itself, JSON-escaped
    (`\\/`, `\\u002f`, `\\"`) or percent-encoded (`%2F`): how a server may echo it in a
    JSON body or a URL it quotes."""
    parts = []
    for char in secret:
        forms = {
            re.escape(char),
            re.escape(json.dumps(char)[1:-1]),
            _hex_escapes(char.encode("utf-16-be"), "\\u", 4),
            _hex_escapes(char.encode(), "%", 2),
        }
        if char == "/":
            forms.add(re.escape("\\/"))
        parts.append("(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")")
    pattern = "".join(parts)
    return re.compile(pattern.encode() if binary else pattern)


def hide_secrets(value: AnyStr, secrets: Iterable[str]) -> AnyStr:
    """`value` (text or bytes) with each of `secrets` replaced by the marker, in any form
    a server may echo it (`_secret_regex`)."""
    for secret in secrets:
        binary = isinstance(value, bytes)
        marker: Any = MARKER.encode() if binary else MARKER
        value = _secret_regex(secret, binary).sub(marker, value)
    return value


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every http(s) URL in it redacted (for messages that quote a URL) and
    each of `secrets` (`secrets_of` the request it answers) replaced by the marker."""
    text = hide_secrets(text, secrets)
    return URL_IN_TEXT.sub(lambda match: url_text(match.group(0)), text)


def redact_data(data: Any, secrets: Iterable[str]) -> Any:
    """A parsed answer (JSON: text, lists, objects) with each of `secrets` replaced by the
    marker in every string of it."""
    secrets = tuple(secrets)
    if not secrets:
        return data
    if isinstance(data, str):
        return hide_secrets(data, secrets)
    if isinstance(data, list):
        return [redact_data(item, secrets) for item in data]
    if isinstance(data, dict):
        return {redact_data(k, secrets): redact_data(v, secrets) for k, v in data.items()}
    return data


def redact_headers(headers: httpx.Headers, secrets: Iterable[str] = ()) -> httpx.Headers:
    """A copy of `headers` with each credential value replaced by the marker, and each of
    `secrets` in any other value (a server echoing the key in `X-Debug`, say)."""
    return httpx.Headers(
        [
            (name, MARKER if name.lower() in SECRET_HEADERS else hide_secrets(value, secrets))
            for name, value in headers.multi_items()
        ]
    )


def redact_exception(error: BaseException, secrets: Iterable[str]) -> None:
    """`error` (the parser's, chained to the error the SDK raises) with each of `secrets`
    replaced by the marker in its arguments and attributes (a `JSONDecodeError`'s `doc`
    is the whole answer), in place."""
    secrets = tuple(secrets)
    if secrets:
        error.args = tuple(redact_data(arg, secrets) for arg in error.args)
        for name, value in list(vars(error).items()):
            setattr(error, name, redact_data(value, secrets))


def redact_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` safe to keep, show or pickle: method, redacted URL and headers."""
    return httpx.Request(
        request.method, redact_url(request.url), headers=redact_headers(request.headers)
    )


def redact_response(response: httpx.Response, secrets: Iterable[str] = ()) -> httpx.Response:
    """`response`, its headers and its request (and those of its redirects) redacted in
    place, and no request for a redirect not followed (httpx builds it with every
    header); if its body holds one of `secrets`, a copy whose body has the marker there."""
    secrets = tuple(secrets)
    for hop in (*response.history, response):
        hop.headers = redact_headers(hop.headers, secrets)  # a Set-Cookie, an echoed key
        with contextlib.suppress(RuntimeError):  # a response built without a request
            hop.request = redact_request(hop.request)
        hop.next_request = None  # the redirect not followed: built with the key
        with contextlib.suppress(httpx.ResponseNotRead):
            # The transport's stream object holds the original request: keep the bytes only.
            hop.stream = httpx.ByteStream(hop.content)
    with contextlib.suppress(httpx.ResponseNotRead):
        content = hide_secrets(response.content, secrets)
        if content != response.content:  # the server echoed a credential
            # A new response: an httpx response's read body cannot be replaced. It holds
            # the decoded body, so not the headers that describe the wire's (a gzip
            # encoding, its length): httpx sets the length of the body it is given.
            headers = httpx.Headers(
                [(k, v) for k, v in response.headers.multi_items() if k.lower() not in WIRE_HEADERS]
            )
            copy = httpx.Response(
                response.status_code,
                headers=headers,
                content=content,
                history=response.history,
                extensions={k: v for k, v in response.extensions.items() if k in ANSWER_EXTENSIONS},
            )
            with contextlib.suppress(RuntimeError):
                copy.request = response.request
            return copy
    return response
