"""The base of the SDK's own httpx transport layers (retry counting, logging, sharing).

A layer wraps the transport under it and serves sync and async clients alike: it forwards
each request, and `close` / `aclose`, to whichever of them the wrapped transport has.
"""

from __future__ import annotations

import httpx

AnyTransport = httpx.BaseTransport | httpx.AsyncBaseTransport


class Layer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Forwards everything to `inner`; subclasses override what they add."""

    def __init__(self, inner: AnyTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        return await self._inner.handle_async_request(request)

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


class Borrowed(Layer):
    """A transport owned by another client: sends through it, never closes it."""

    def close(self) -> None:
        return None

    async def aclose(self) -> None:
        return None
