"""Builders for overlay tests that need exact answer sequences (httpx.MockTransport).

A mock server cannot script "pending, then running, then done" or count calls, so these
tests script the transport; the same flows run against Prism in test_against_mock.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

import httpx
from creatify import AsyncCreatify, Creatify

API_ID = "test-id"
API_KEY = "sk-test-NEVER-PRINT-THIS-0123456789"
BASE_URL = "http://127.0.0.1:9"  # never reached: the transport answers
LIPSYNC_ID = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"
PERSONA_ID = "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60"
CREATOR_ID = "18fccce8-86e7-5f31-abc8-18915cb872be"

Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def lipsync(status: str, **extra: Any) -> dict[str, Any]:
    return {"id": LIPSYNC_ID, "status": status, "creator": CREATOR_ID, **extra}


def persona(process_status: str, is_active: bool = False, **extra: Any) -> dict[str, Any]:
    body = {"id": PERSONA_ID, "process_status": process_status, "is_active": is_active}
    return {**body, **extra}


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


class Script:
    """Answers requests from a list of steps, in order; records every request."""

    def __init__(self, steps: Iterable[Step]) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.steps:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        if callable(step) and not isinstance(step, httpx.Response):
            return step(request)
        return step

    @property
    def count(self) -> int:
        return len(self.requests)


def sync_client(script: Script, **kwargs: Any) -> Creatify:
    kwargs.setdefault("retry_backoff", 0.0)
    client = Creatify(API_ID, API_KEY, BASE_URL, transport=httpx.MockTransport(script), **kwargs)
    client._sleep = lambda seconds: None
    return client


def async_client(script: Script, **kwargs: Any) -> AsyncCreatify:
    kwargs.setdefault("retry_backoff", 0.0)
    client = AsyncCreatify(
        API_ID, API_KEY, BASE_URL, transport=httpx.MockTransport(script), **kwargs
    )

    async def no_sleep(seconds: float) -> None:
        return None

    client._sleep = no_sleep
    return client
