"""A deadline on reading each response body, and the one body wrapper it shares with the log.

httpx's read time-out bounds each wait for bytes, not the whole body: a server that
trickles one byte just inside the time-out would keep a script hanging for hours. The
SDK's transport (`_async/transport.py`) gives every API answer's body `deadline`
seconds from its headers; past it
the read fails with `httpx.ReadTimeout` (an `APITimeoutError` to the caller). The time
spent sending the request (a large upload) is not counted.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpx


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
