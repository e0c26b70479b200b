"""`FakeCreatify` over HTTP: an ASGI app, and a uvicorn server on loopback for it.

`creatify mock` and the `creatify_mock_server` fixture run it: code in any language (and
curl) can then talk to the fake. Time is real there (`time.time`): jobs take
`job_seconds` of wall time, and webhooks are sent as jobs end.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import uvicorn

from ._fake import FakeCreatify
from ._faults import Faults

HEALTH_PATH = "/__mock__/health"
WEBHOOKS_PATH = "/__mock__/webhooks"
# How often due webhooks are looked for, in seconds.
WEBHOOK_TICK = 0.1


class FakeApp:
    """The ASGI app: each HTTP request goes to `fake.handle`."""

    def __init__(self, fake: FakeCreatify) -> None:
        self.fake = fake
        self._ticker: asyncio.Task[None] | None = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        path = scope["path"]
        if path == HEALTH_PATH:
            payload = {"service": "creatify-fake", "records": len(self.fake.state.records)}
            await _send_json(send, 200, payload)
            return
        if path == WEBHOOKS_PATH:
            await _send_json(send, 200, self.fake.webhooks)
            return
        query = scope.get("query_string", b"").decode("latin-1")
        url = httpx.URL(self.fake.base_url + scope.get("raw_path", path.encode()).decode("latin-1"))
        if query:
            url = url.copy_with(query=query.encode("latin-1"))
        # `X-Mock-Fault` was applied by the `Faults` middleware in front (real delays,
        # real connection resets).
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in scope["headers"]
            if k.lower() != b"x-mock-fault"
        ]
        request = httpx.Request(scope["method"], url, headers=headers, content=bytes(body))
        response = self.fake.handle(request, bytes(body))
        await send(
            {
                "type": "http.response.start",
                "status": response.status_code,
                # With its length: not chunked (no extra write for the last chunk).
                "headers": [
                    *[
                        (k.encode(), v.encode())
                        for k, v in response.headers.items()
                        if k.lower() != "content-length"
                    ],
                    (b"content-length", str(len(response.content)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": response.content})

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._ticker = asyncio.get_running_loop().create_task(self._tick())
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._ticker is not None:
                    self._ticker.cancel()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(WEBHOOK_TICK)
            await self.fake.deliver_due_async()


async def _send_json(send: Any, status: int, payload: Any) -> None:
    import json

    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def serving_fake(
    job_seconds: float, port: int
) -> tuple[FakeCreatify, uvicorn.Server, socket.socket]:
    """A fake on real time whose base URL is `http://127.0.0.1:{port}` and its server."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: uvicorn writes an answer's head and body apart,
    # and Nagle's algorithm with delayed ACKs would hold the body back ~40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    bound = sock.getsockname()[1]
    fake = FakeCreatify(
        job_seconds=job_seconds, base_url=f"http://127.0.0.1:{bound}", clock=time.time
    )
    config = uvicorn.Config(Faults(FakeApp(fake)), log_level="warning", lifespan="on")
    return fake, uvicorn.Server(config), sock


def serve(job_seconds: float, port: int) -> None:
    """Serve a fake until interrupted (`creatify mock`)."""
    fake, server, sock = serving_fake(job_seconds, port)
    print(
        f"creatify mock: {fake.base_url} (jobs take {job_seconds:g} s; Ctrl-C stops it)", flush=True
    )
    server.run(sockets=[sock])


@contextlib.contextmanager
def running_fake(job_seconds: float = 1.0, port: int = 0) -> Iterator[FakeCreatify]:
    """A fake served on loopback in a background thread for the `with` block."""
    fake, server, sock = serving_fake(job_seconds, port)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the fake's server failed to start")
        thread.join(0.005)
    try:
        yield fake
    finally:
        server.should_exit = True
        thread.join()
        sock.close()
