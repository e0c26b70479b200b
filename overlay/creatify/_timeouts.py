"""Per-call time-outs: `client.lipsyncs.get(id, timeout=5)`.

The generated request functions take no time-out, so a call's time-out travels beside
them: `_request` (and `download`) set the context variable `call_timeout` for the duration
of the call, and each client's transport (`_async/transport.py`) writes it into
`request.extensions["timeout"]`, httpx's own per-request time-out.
Like httpx's, it bounds each phase (connect, each read, each write, pool wait), not the
whole call: an upload may take longer than `timeout` as long as every chunk moves.
A context variable keeps concurrent calls (threads or tasks) apart.

A wait bounds its polls the same way: around each one it sets `call_ends_at`
(`ending_within`), and the transport ends every try of the request, and the retry waits
between them, by then (as it does by the client's `call_deadline`, whichever comes first).
Each try's wait for its answer ends then as a whole: the transport sets `answer_ends_at`
around it, and the connection pools (`_pools.py`) cut every read of the socket to it
(`read_within`), so a server that trickles its status line and headers a byte at a time,
each inside the read time-out, is cut too. The time spent sending the request (a large
upload that keeps moving, `not_counted`) moves that end.

And every API answer's body gets a deadline (`WatchedBody`): httpx's read time-out bounds
each wait for bytes, not the whole body, so a server that trickles one byte just inside
the time-out would keep a script hanging for hours. The transport gives the body
`deadline` seconds from its headers; past it the read fails with `httpx.ReadTimeout` (an
`APITimeoutError` to the caller). Nor may it grow past `MAX_ANSWER_BYTES` decoded
(`cap_answer`): a small gzip answer that inflates to gigabytes is refused as it is read.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpcore
import httpx
from httpx._decoders import ContentDecoder

from ._exceptions import InvalidInputError

TimeoutArg = float | httpx.Timeout | None
"""Seconds, or an `httpx.Timeout`; None keeps the client's own time-out."""

# A poll request near the end of a wait still gets this long: the check at the deadline
# would otherwise fail at once and could never see the job finish.
MIN_POLL_TIMEOUT = 1.0

call_timeout: contextvars.ContextVar[httpx.Timeout | None] = contextvars.ContextVar(
    "creatify_call_timeout", default=None
)
# When every try of the calls made now must have ended, in `time.monotonic()` seconds
# (a wait's end); None: only the client's `call_deadline` bounds them.
call_ends_at: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "creatify_call_ends_at", default=None
)

# When the answer to the try being sent must have begun (its headers), in
# `time.monotonic()` seconds; None: each read gets its read time-out.
answer_ends_at: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "creatify_answer_ends_at", default=None
)


# The most seconds any time-out, deadline or wait takes (about 31 years): no real wait
# needs more, and a sleep far longer overflows (threading's TIMEOUT_MAX, a socket's).
MAX_SECONDS = 10**9
SECONDS_RULE = f"a number of seconds more than 0 and at most {MAX_SECONDS:,}"


def are_seconds(value: object) -> bool:
    """Whether `value` is a usable number of seconds (`SECONDS_RULE`; NaN fails the
    comparison; a bool is no number)."""
    number = not isinstance(value, bool) and isinstance(value, (int, float))
    return number and 0 < value <= MAX_SECONDS  # type: ignore[operator]


def as_timeout(timeout: TimeoutArg) -> httpx.Timeout | None:
    """The argument as an `httpx.Timeout`; a number, and each part of an `httpx.Timeout`
    but None (no limit), must follow `SECONDS_RULE`, as the client's own `timeout` must."""
    if timeout is None:
        return None
    parts = timeout.as_dict().values() if isinstance(timeout, httpx.Timeout) else [timeout]
    if not all(part is None or are_seconds(part) for part in parts):
        raise InvalidInputError(
            "timeout",
            f"must be {SECONDS_RULE} (so must each part of an httpx.Timeout, or be None),"
            f" got {timeout!r}",
        )
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


@contextlib.contextmanager
def ending_within(seconds: float) -> Iterator[None]:
    """Calls made inside end within `seconds` from now, all their tries, the waits between
    them and the reading of the answer included (an earlier end set outside stays). A
    download's file is the exception: its answer must come by then, but its body is read
    as long as each read gets bytes within the read time-out."""
    ends_at = time.monotonic() + seconds
    outer = call_ends_at.get()
    token = call_ends_at.set(ends_at if outer is None else min(outer, ends_at))
    try:
        yield
    finally:
        call_ends_at.reset(token)


def read_within(timeout: float | None) -> float | None:
    """A socket read's time-out (`timeout`), cut to `answer_ends_at`; past it, the read
    fails at once, as if it had timed out."""
    ends_at = answer_ends_at.get()
    if ends_at is None:
        return timeout
    left = ends_at - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("no answer by the end of the call")
    return left if timeout is None else min(timeout, left)


@contextlib.contextmanager
def not_counted() -> Iterator[None]:
    """The time spent inside (sending the request) moves `answer_ends_at` by as much."""
    started = time.monotonic()
    try:
        yield
    finally:
        if (ends_at := answer_ends_at.get()) is not None:
            answer_ends_at.set(ends_at + time.monotonic() - started)


# An API answer is a few KiB: one past this, decoded (a gzip bomb from a broken or
# hostile gateway), is refused as it is read, before it fills the memory.
MAX_ANSWER_BYTES = 32 * 2**20
# Encoded bytes are decoded this many at a time: deflate makes at most 16 MiB of them.
DECODE_SLICE = 16 * 2**10


class CappedDecoder(ContentDecoder):
    """httpx's decoder of an answer's `Content-Encoding` (`inner`), failing with
    `httpx.DecodingError` once it has made more than `MAX_ANSWER_BYTES`."""

    def __init__(self, inner: ContentDecoder) -> None:
        self._inner = inner
        self._made = 0

    def decode(self, data: bytes) -> bytes:
        return b"".join(
            self._count(self._inner.decode(data[i : i + DECODE_SLICE]))
            for i in range(0, len(data), DECODE_SLICE)
        )

    def flush(self) -> bytes:
        return self._count(self._inner.flush())

    def _count(self, part: bytes) -> bytes:
        self._made += len(part)
        if self._made > MAX_ANSWER_BYTES:
            # httpx gives it the response's request (redacted by then, where quoted).
            raise httpx.DecodingError(f"the answer is over {MAX_ANSWER_BYTES // 2**20} MiB decoded")
        return part


def cap_answer(response: httpx.Response) -> None:
    """Refuse the body of `response` past `MAX_ANSWER_BYTES` decoded, as it is read."""
    # httpx decodes in `Response.iter_bytes` with the decoder it keeps as `_decoder` (no
    # public hook); tests/faults/test_hostile_answers.py fails if an upgrade moves it.
    response._decoder = CappedDecoder(response._get_content_decoder())


class WatchedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body handed on unchanged, sync or async, and watched: past `deadline`
    seconds from now a read fails; `on_close` is called once, as it is closed, with the
    name of the error that broke the reading ("" if none did). The transport wraps a body
    once for both (`_async/transport.py`): each wrapper would read the clock per chunk."""

    def __init__(
        self,
        inner: httpx.SyncByteStream | httpx.AsyncByteStream,
        request: httpx.Request,
        *,
        deadline: float | None = None,
        on_close: Callable[[str], None] | None = None,
    ) -> None:
        self._inner = inner
        self._request = request
        self._deadline = deadline
        # No deadline: each chunk's check is one comparison, without reading the clock.
        self._ends_at = None if deadline is None else time.monotonic() + deadline
        self._on_close = on_close
        self._error = ""

    def _check(self) -> None:
        if self._ends_at is not None and time.monotonic() > self._ends_at:
            raise httpx.ReadTimeout(
                f"the response body took longer than {self._deadline:g} s", request=self._request
            )

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._inner, httpx.SyncByteStream)
        try:
            for chunk in self._inner:
                self._check()
                yield chunk
        except Exception as exc:
            self._error = type(exc).__name__
            raise

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        try:
            async for chunk in self._inner:
                self._check()
                yield chunk
        except Exception as exc:
            self._error = type(exc).__name__
            raise

    def _closed(self) -> None:
        on_close, self._on_close = self._on_close, None
        if on_close is not None:
            on_close(self._error)

    def close(self) -> None:
        try:
            if isinstance(self._inner, httpx.SyncByteStream):
                self._inner.close()
        finally:
            self._closed()

    async def aclose(self) -> None:
        try:
            if isinstance(self._inner, httpx.AsyncByteStream):
                await self._inner.aclose()
        finally:
            self._closed()
