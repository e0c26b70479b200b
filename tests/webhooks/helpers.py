"""Shared bits of the webhook tests: clients of the mock that count their requests and
send the mock's control headers (the SDK has no way to send them), and payloads."""

from __future__ import annotations

import socket
from typing import Any

import httpx
from creatify import AsyncCreatify, Creatify

CREATOR = "18fccce8-86e7-5f31-abc8-18915cb872be"
# The mock's jobs end this many seconds after the create (sent as X-Mock-Job-Seconds).
JOB_SECONDS = 0.6


class Counting(httpx.HTTPTransport):
    """The real transport, plus the mock's headers on every request; counts requests."""

    def __init__(self, headers: dict[str, str]) -> None:
        super().__init__()
        self.headers = headers
        self.requests: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.headers.update(self.headers)
        self.requests.append(f"{request.method} {request.url.path}")
        return super().handle_request(request)


class AsyncCounting(httpx.AsyncHTTPTransport):
    def __init__(self, headers: dict[str, str]) -> None:
        super().__init__()
        self.headers = headers
        self.requests: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.headers.update(self.headers)
        self.requests.append(f"{request.method} {request.url.path}")
        return await super().handle_async_request(request)


def mock_headers(outcome: str = "done", repeat: int = 1) -> dict[str, str]:
    return {
        "X-Mock-Job-Seconds": str(JOB_SECONDS),
        "X-Mock-Outcome": outcome,
        "X-Mock-Webhook-Repeat": str(repeat),
    }


def sync_client(
    base_url: str, auth: dict[str, str], headers: dict[str, str] | None = None
) -> tuple[Creatify, Counting]:
    transport = Counting(mock_headers() if headers is None else headers)
    client = Creatify(auth["X-API-ID"], auth["X-API-KEY"], base_url, transport=transport)
    return client, transport


def async_client(
    base_url: str, auth: dict[str, str], headers: dict[str, str] | None = None
) -> tuple[AsyncCreatify, AsyncCounting]:
    transport = AsyncCounting(mock_headers() if headers is None else headers)
    client = AsyncCreatify(auth["X-API-ID"], auth["X-API-KEY"], base_url, transport=transport)
    return client, transport


def closed_port_url() -> str:
    """A loopback URL nobody listens on (the port was free a moment ago)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/creatify-webhook/nobody-listens-here-0123"


def lipsync_payload(job_id: str, status: str = "done", **extra: Any) -> dict[str, Any]:
    return {"id": job_id, "status": status, "failed_reason": None, "output": None, **extra}
