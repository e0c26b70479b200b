"""Turn every way a generated operation can go wrong into a typed error.

The call itself is `_async/api_call.py` (and its generated sync twin); this module holds
what both share.

The generated `sync_detailed` / `asyncio_detailed` functions build and send the request
and parse the answer. Two things they do not do are done here:
- an error status (or a redirect, which the key must not follow) becomes the matching
  `APIStatusError`;
- a body that is not JSON, or breaks the schema, makes the generated parser raise a bare
  `ValueError`/`KeyError`/`TypeError`: that becomes `APIStatusError` (error statuses) or
  `APIResponseValidationError` (success statuses), with the response attached.
The response is the one the transport gave the call in progress (`_raw.record`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    make_status_error,
    maybe_created_note,
)
from ._redact import redact_exception, redact_request, redact_text, secrets_of
from ._retry import NEVER_SENT

T = TypeVar("T")
PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


def transport_error(exc: httpx.RequestError, what: str) -> APIConnectionError:
    """httpx's exception as ours; `what` names the operation for the message.

    httpx's exception stays reachable as `__cause__`: its request is swapped for a
    redacted copy, so no credential is reachable from the error either.
    """
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # raised without a request
        request = None
    else:
        exc.request = redact_request(exc.request)
    maybe_created = what.startswith("POST ") and not isinstance(exc, NEVER_SENT)
    note = maybe_created_note(maybe_created, what)
    what = redact_text(what)  # a download's signed storage URL
    name = type(exc).__name__
    error: type[APIConnectionError]
    if isinstance(exc, httpx.TimeoutException):
        error, detail = APITimeoutError, f"timed out ({name})"
    else:
        error, detail = APIConnectionError, f"{name}: {redact_text(str(exc))}"
    return error(f"{what}: {detail}{note}", request=request, maybe_created=maybe_created)


@contextlib.contextmanager
def translate_transport_errors(what: str) -> Iterator[None]:
    """`transport_error` as a context manager (for streamed downloads)."""
    try:
        yield
    except httpx.RequestError as exc:
        raise transport_error(exc, what) from exc


def route(operation: object) -> str:
    """A generated operation's method and path ("GET /api/personas/{id}/"), read from
    the spec's table, for messages."""
    from ._options import OPERATION_ROUTES  # only for an error: the module is large

    return " ".join(OPERATION_ROUTES[getattr(operation, "__name__", "").rpartition(".")[2]])


def answer(
    response: httpx.Response | None,
    result: Any,
    expected: type[T],
    operation: object,
    exc: Exception | None = None,
) -> T:
    """The model parsed from `response`, the answer to `operation` (`result`, what the
    generated function returned; None when its parser raised `exc`), or the error that
    answer is."""
    if response is None:  # the generated function raised before sending anything
        raise exc or RuntimeError(f"{route(operation)}: no response was recorded")
    if exc is not None:  # chained to ours: it may quote an answer that echoes the key
        redact_exception(exc, secrets_of(response.request))
    if response.status_code >= 300:  # a redirect too: the API client follows none
        raise make_status_error(response) from exc
    parsed = result.parsed if result is not None else None
    if exc is None and isinstance(parsed, expected):
        return parsed
    why = f": {type(exc).__name__}: {exc}" if exc else f" as {expected.__name__}"
    raise APIResponseValidationError(
        f"{route(operation)}: {response.status_code} answer did not parse{why}"[:600],
        response=response,
    ) from exc
