"""A deadline on reading each response body.

httpx's read time-out bounds each wait for bytes, not the whole body: a server that
trickles one byte just inside the time-out would keep a script hanging for hours. This
transport layer gives every response body `deadline` seconds from its headers; past it
the read fails with `httpx.ReadTimeout` (an `APITimeoutError` to the caller). The time
spent sending the request (a large upload) is not counted.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx


class _ClosesInner:
    """Forwards `close` / `aclose` to the wrapped stream or transport, whichever it has."""

    _inner: object

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()

    async def aclose(self) -> None:
        aclose = getattr(self._inner, "aclose", None)
        if aclose is not None:
            await aclose()


class _DeadlineStream(_ClosesInner, httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(
        self,
        inner: httpx.SyncByteStream | httpx.AsyncByteStream,
        deadline: float,
        request: httpx.Request,
    ) -> None:
        self._inner = inner
        self._ends_at = time.monotonic() + deadline
        self._deadline = deadline
        self._request = request

    def _check(self) -> None:
        if time.monotonic() > self._ends_at:
            raise httpx.ReadTimeout(
                f"the response body took longer than {self._deadline:g} s", request=self._request
            )

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._inner, httpx.SyncByteStream)
        for chunk in self._inner:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        async for chunk in self._inner:
            self._check()
            yield chunk


class DeadlineTransport(_ClosesInner, httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a transport so that each response body must arrive within `deadline` s."""

    def __init__(
        self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport, deadline: float
    ) -> None:
        self._inner = transport
        self._deadline = deadline

    def _wrap(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        # Swap the body stream in place: building a new Response costs more (bench/).
        response.stream = _DeadlineStream(response.stream, self._deadline, request)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        return self._wrap(request, self._inner.handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        return self._wrap(request, await self._inner.handle_async_request(request))
