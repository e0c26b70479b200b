"""The one redaction rule: what of a request or URL may be shown, kept or logged.

Exceptions (`_exceptions.py`), raw responses (`_raw.py`), log lines (`_logging.py`) and
every repr go through this module, so all of them hide the same things the same way:

- the values of credential headers (`SECRET_HEADERS`) read `[redacted]`;
- a URL's password is removed (the user name stays);
- a URL whose query carries a signature or token (a signed storage URL:
  `X-Amz-Signature=...`, `X-Goog-Signature=...`, Azure's `sig=...`) is shown without its
  query: that query *is* a credential for the file. API queries (`page=2`) stay;
- a kept request has no body (it may be megabytes of upload, and holds the user's
  content) and no extensions (they hold the transport's objects).
"""

from __future__ import annotations

import contextlib
import re

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


def redact_text(text: str) -> str:
    """`text` with every http(s) URL in it redacted (for messages that quote a URL)."""
    return URL_IN_TEXT.sub(lambda match: url_text(match.group(0)), text)


def redact_headers(headers: httpx.Headers) -> httpx.Headers:
    """A copy of `headers` with each credential value replaced by the marker."""
    return httpx.Headers(
        [
            (name, MARKER if name.lower() in SECRET_HEADERS else value)
            for name, value in headers.multi_items()
        ]
    )


def redact_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` safe to keep, show or pickle: method, redacted URL and headers."""
    copy = httpx.Request(
        request.method, redact_url(request.url), headers=redact_headers(request.headers)
    )
    copy.extensions = {}
    return copy


def redact_response(response: httpx.Response) -> httpx.Response:
    """`response`, its headers and its request (and those of its redirects) redacted in
    place."""
    for hop in (*response.history, response):
        hop.headers = redact_headers(hop.headers)  # a Set-Cookie, say
        with contextlib.suppress(RuntimeError):  # a response built without a request
            hop.request = redact_request(hop.request)
        with contextlib.suppress(httpx.ResponseNotRead):
            # The transport's stream object holds the original request: keep the bytes only.
            hop.stream = httpx.ByteStream(hop.content)
    return response
