"""Raw responses: `client.with_raw_response.lipsyncs.get(id)` -> `RawResponse`. Why a
mirror of the namespaces, and which answer a method of several requests gives: the guide
docs/guides/client.md, "Raw responses".

Nothing is sent twice: each client's transport (`_async/transport.py`) gives every answer
to the call in progress (`Answers`, in a context variable), and a raw call returns its
method's last when the method is done, with a redacted copy of its request (`_redact.py`:
the API key reads `[redacted]`, and the body is not kept).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from ._redact import redact_request

T = TypeVar("T")
# Where a service puts the id of a request, if it sends one (first found wins).
REQUEST_ID_HEADERS = ("x-request-id", "request-id")


@dataclass(slots=True, eq=False, repr=False)
class RawResponse(Generic[T]):
    """A call's result (`parsed`) with the HTTP answer it came from.

    `status_code`, `headers`, `request_id` (from an `X-Request-ID` or `Request-ID`
    header; None when the service sends none) and `elapsed` (from sending the request
    to reading the whole answer) read `http_response`, the `httpx.Response` itself,
    whose `.request` has the API key redacted.
    """

    parsed: T
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        headers = self.http_response.headers
        return next((headers[name] for name in REQUEST_ID_HEADERS if name in headers), None)

    @property
    def elapsed(self) -> dt.timedelta:
        return self.http_response.elapsed

    def __repr__(self) -> str:
        response = self.http_response
        return (
            f"RawResponse(status_code={response.status_code}, "
            f"{response.request.method} {response.request.url.path}, "
            f"parsed={type(self.parsed).__name__})"
        )


@dataclass(slots=True, eq=False)
class Answers:
    """The last answer of one call in progress: a `_request` (`_async/api_call.py`) or a
    raw method (which may send several); `outer`, the call it runs in (a raw method),
    gets each answer too."""

    outer: Answers | None = None
    response: httpx.Response | None = None


# The call in progress in this context (thread or task), whose answers each client's
# transport records (`record`). It is set only while the call runs, so no answer (nor
# its request, with the API key) outlives its call; contexts keep concurrent calls apart.
current: contextvars.ContextVar[Answers | None] = contextvars.ContextVar(
    "creatify_answers", default=None
)


def record(response: httpx.Response) -> None:
    """Give `response` to the call in progress, if any, and the calls it runs in."""
    answers = current.get()
    while answers is not None:
        answers.response = response
        answers = answers.outer


def collecting() -> tuple[Answers, contextvars.Token[Answers | None]]:
    """Start collecting a call's answers: its `Answers`, and the token that stops it
    (`current.reset`)."""
    answers = Answers(current.get())
    return answers, current.set(answers)


@contextlib.contextmanager
def outside_calls() -> Iterator[None]:
    """Run a user's callback (`on_update`, `on_progress`), and await what an async one
    returns, with no call in progress: the requests it sends are not answers of the call
    that runs it (a raw `wait` gives its last poll, not a GET its callback made)."""
    token = current.set(None)
    try:
        yield
    finally:
        current.reset(token)


def _raw_result(parsed: T, response: httpx.Response | None, what: str) -> RawResponse[T]:
    if response is None:  # `asset_generator.estimate_credits`: worked out locally
        raise TypeError(f"{what} sends no request, so it has no HTTP answer: call it plainly")
    response.request = redact_request(response.request)
    return RawResponse(parsed, response)


@dataclass(frozen=True, slots=True, eq=False)
class WithRawResponse:
    """`client.with_raw_response`: the client's namespaces, returning `RawResponse`s.

    Attribute access is dynamic, so type checkers see `Any`; annotate the result
    (`raw: RawResponse[Lipsync] = ...`) to get the parsed type back.
    """

    _client: object

    def __getattr__(self, name: str) -> Any:
        namespace = getattr(self._client, name)
        if name.startswith("_") or getattr(namespace, "_host", None) is not self._client:
            raise AttributeError(f"with_raw_response has no namespace {name!r}")
        return _RawNamespace(namespace, name)

    def __repr__(self) -> str:
        return f"<with_raw_response of {self._client!r}>"


@dataclass(frozen=True, slots=True, eq=False)
class _RawNamespace:
    _namespace: object
    _name: str

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._namespace, name)
        what = f"with_raw_response.{self._name}.{name}"
        if name.startswith("_") or not callable(method):
            raise AttributeError(f"{what}: not a method")
        if inspect.iscoroutinefunction(method):

            @functools.wraps(method)
            async def raw_async(*args: Any, **kwargs: Any) -> RawResponse[Any]:
                answers, token = collecting()
                try:
                    parsed = await method(*args, **kwargs)
                finally:
                    current.reset(token)
                return _raw_result(parsed, answers.response, what)

            return raw_async

        @functools.wraps(method)
        def raw_sync(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            answers, token = collecting()
            try:
                parsed = method(*args, **kwargs)
            finally:
                current.reset(token)
            if isinstance(parsed, (Iterator, AsyncIterator)):  # not started yet: nothing sent
                pages = " (list_page gives one page's answer)" if name == "iter_all" else ""
                raise TypeError(
                    f"{what} gives an iterator, not one answer: call it on the plain client{pages}"
                )
            return _raw_result(parsed, answers.response, what)

        return raw_sync
