"""`FakeCreatify` over HTTP: an ASGI app, and a uvicorn server on loopback for it.

`creatify mock` and the `creatify_mock_server` fixture run it: code in any language (and
curl) can then talk to the fake. Time is real there (`time.time`): jobs take
`job_seconds` of wall time, and webhooks are sent as jobs end.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._fake import FakeCreatify
from ._faults import Faults
from ._spec import METHODS

HEALTH_PATH = "/__mock__/health"
WEBHOOKS_PATH = "/__mock__/webhooks"
NOT_ASCII = re.compile(rb"[\x80-\xff]")
# How often due webhooks are looked for, in seconds.
WEBHOOK_TICK = 0.1
# How long a stopping server lets a request still being answered (a `delay=` fault's
# sleep, up to 120 s) go on before it cancels it.
SHUTDOWN_SECONDS = 1


def webhook_log_response(entries: list[dict[str, Any]]) -> Response:
    """The webhook log (`WEBHOOKS_PATH`) as JSON escaped to ASCII: a payload may hold a
    lone surrogate (`"\\ud800"` is valid JSON) that UTF-8, so `JSONResponse`, cannot encode."""
    return Response(json.dumps(entries), media_type="application/json")


async def client_left(request: Request, exc: Exception) -> Response:
    """A client that left before its request was read (it gave up on a `delay=` fault,
    or cancelled an upload): dropped quietly, as nobody is there to answer."""
    return Response(status_code=499)  # "client closed request", for no one to read


def fake_app(fake: FakeCreatify) -> Starlette:
    """The ASGI app: each HTTP request goes to `fake.handle`; due webhooks are sent every
    `WEBHOOK_TICK` seconds."""

    async def health(request: Request) -> Response:
        return JSONResponse({"service": "creatify-fake", "records": len(fake.state.records)})

    async def webhooks(request: Request) -> Response:
        return webhook_log_response(fake.webhooks)

    async def api(request: Request) -> Response:
        body = await request.body()
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        url = httpx.URL(fake.base_url + raw_path.decode("latin-1"))
        if request.url.query:
            url = url.copy_with(query=request.url.query.encode("latin-1"))
        # `X-Mock-Fault` was applied by the `Faults` middleware in front (real delays,
        # real connection resets).
        # httpx takes header text in ASCII only (Starlette's latin-1 text was a 500): each
        # other byte becomes DEL, which no credential (a 401), type or option matches either.
        headers = [
            (k, NOT_ASCII.sub(b"\x7f", v)) for k, v in request.headers.raw if k != b"x-mock-fault"
        ]
        answer = fake.handle(httpx.Request(request.method, url, headers=headers), body)
        return Response(answer.content, answer.status_code, dict(answer.headers))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async def tick() -> None:
            while True:
                await asyncio.sleep(WEBHOOK_TICK)
                await fake.deliver_due_async()

        ticker = asyncio.get_running_loop().create_task(tick())
        yield
        ticker.cancel()

    routes = [
        Route(HEALTH_PATH, health),
        Route(WEBHOOKS_PATH, webhooks),
        # Every method of the spec's paths: the fake answers 405 where it has none.
        Route("/{path:path}", api, methods=METHODS),
    ]
    return Starlette(
        routes=routes, lifespan=lifespan, exception_handlers={ClientDisconnect: client_left}
    )


class PortUnavailable(OSError):
    """The fake cannot listen on the port asked for (another server has it, say)."""


class _Server(uvicorn.Server):
    banner = ""
    """`creatify mock`'s line, said once it serves: a Ctrl-C from then on is uvicorn's,
    which stops it quietly; one before `run` awaited `serve` left a coroutine never
    awaited, and Python's warning of it (W2-5)."""

    gone: OSError | None = None  # stdout's reader left before the banner: `serve` raises it

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        try:
            if self.banner:
                print(self.banner, flush=True)
        except OSError as exc:  # raised by `serve`, not logged by uvicorn as a crash (V11-1)
            self.gone, self.should_exit = exc, True


def serving_fake(job_seconds: float, port: int) -> tuple[FakeCreatify, _Server, socket.socket]:
    """A fake on real time whose base URL is `http://127.0.0.1:{port}` and its server;
    `PortUnavailable` if that port cannot be had."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: uvicorn writes an answer's head and body apart,
    # and Nagle's algorithm with delayed ACKs would hold the body back ~40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as exc:
        sock.close()
        reason = f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}"
        raise PortUnavailable(exc.errno, reason) from None
    bound = sock.getsockname()[1]
    fake = FakeCreatify(
        job_seconds=job_seconds, base_url=f"http://127.0.0.1:{bound}", clock=time.time
    )
    config = uvicorn.Config(
        Faults(fake_app(fake)),
        log_level="warning",
        lifespan="on",
        timeout_graceful_shutdown=SHUTDOWN_SECONDS,
    )
    return fake, _Server(config), sock


def serve(job_seconds: float, port: int) -> None:
    """Serve a fake until interrupted (`creatify mock`)."""
    fake, server, sock = serving_fake(job_seconds, port)
    server.banner = f"creatify mock: {fake.base_url} (jobs take {job_seconds:g} s; Ctrl-C stops it)"
    server.run(sockets=[sock])
    if server.gone:
        raise server.gone


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
