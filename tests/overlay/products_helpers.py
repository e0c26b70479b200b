"""Run one SDK call with `Creatify` or `AsyncCreatify` against the mock, the same way.

A `Both` fixture value calls `"namespace.method"` on a fresh sync or async client, so each
product-area test runs twice with one body. Headers (`X-Mock-Outcome: failed`,
`Prefer: example=...`) go on every request through the transport, as the mock's
controls need.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from creatify import AsyncCreatify, Creatify

from tests.overlay.helpers import Script, async_client, sync_client

# Fast waits: the mock's jobs end within CREATIFY_MOCK_JOB_SECONDS (0.3 s in tests).
FAST = {"poll_interval": 0.05, "max_interval": 0.2, "timeout": 60.0}
LINK_ID = "1d28aebc-3c23-43f7-8ce1-f5e522387ab4"
TASK_ID = "20b5d452-89f4-4245-9480-10defaa8fb4d"
MP4_BRAND = b"ftyp"


class Headers(httpx.HTTPTransport):
    def __init__(self, headers: dict[str, str]) -> None:
        super().__init__()
        self.headers = headers

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.headers.update(self.headers)
        return super().handle_request(request)


class AsyncHeaders(httpx.AsyncHTTPTransport):
    def __init__(self, headers: dict[str, str]) -> None:
        super().__init__()
        self.headers = headers

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.headers.update(self.headers)
        return await super().handle_async_request(request)


def method(client: object, dotted: str) -> Callable[..., Any]:
    namespace, name = dotted.split(".")
    return getattr(getattr(client, namespace), name)  # type: ignore[no-any-return]


class Both:
    """Calls SDK methods with a new sync or async client each time."""

    def __init__(self, mode: str, base_url: str, auth: dict[str, str]) -> None:
        self.mode = mode
        self.base_url = base_url
        self.auth = auth

    def __call__(
        self, dotted: str, *args: Any, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> Any:
        extra = headers or {}
        credentials = (self.auth["X-API-ID"], self.auth["X-API-KEY"], self.base_url)
        if self.mode == "sync":
            with Creatify(*credentials, transport=Headers(extra), max_retries=0) as client:
                return method(client, dotted)(*args, **kwargs)

        async def run() -> Any:
            async with AsyncCreatify(
                *credentials, transport=AsyncHeaders(extra), max_retries=0
            ) as client:
                return await method(client, dotted)(*args, **kwargs)

        return asyncio.run(run())


class Offline:
    """Calls SDK methods on a client whose transport fails any request: for checks that
    must end before a request exists."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.script = Script([])

    def __call__(self, dotted: str, *args: Any, **kwargs: Any) -> Any:
        if self.mode == "sync":
            return method(sync_client(self.script), dotted)(*args, **kwargs)

        async def run() -> Any:
            result = method(async_client(self.script), dotted)(*args, **kwargs)
            return await result if inspect.isawaitable(result) else result

        return asyncio.run(run())


def assert_mp4(path: Path) -> None:
    assert path.read_bytes()[4:8] == MP4_BRAND
