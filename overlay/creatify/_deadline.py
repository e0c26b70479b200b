"""A deadline on reading each response body.

httpx's read time-out bounds each wait for bytes, not the whole body: a server that
trickles one byte just inside the time-out would keep a script hanging for hours. The
SDK's transport (`_async/transport.py`) gives every API answer's body `deadline`
seconds from its headers; past it
the read fails with `httpx.ReadTimeout` (an `APITimeoutError` to the caller). The time
spent sending the request (a large upload) is not counted.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx


class _DeadlineStream(httpx.SyncByteStream, httpx.AsyncByteStream):
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

    def close(self) -> None:
        if isinstance(self._inner, httpx.SyncByteStream):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncByteStream):
            await self._inner.aclose()


def with_body_deadline(
    response: httpx.Response, request: httpx.Request, deadline: float
) -> httpx.Response:
    """Give `response`'s body `deadline` seconds from now (its headers have come)."""
    # Swap the body stream in place: building a new Response costs more (bench/).
    response.stream = _DeadlineStream(response.stream, deadline, request)
    return response
