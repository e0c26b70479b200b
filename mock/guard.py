"""What keeps the mock up under hostile input: limits, time-outs, JSON for every error.

- `Guard` (outermost ASGI middleware; the app's own handlers answer an `Answer` raised
  inside it, the Guard one raised outside, e.g. for a bad `X-Mock-Fault`): a request
  target over `MAX_TARGET` bytes is a 414; a body over the limit is a 413 as soon as the
  limit is passed (by its Content-Length, or counted while it streams in: never held
  whole); a body that trickles in slower than the read time-out is a 408; any other
  exception is a JSON 500. These answers close the connection.
- `GuardedH11Protocol` (uvicorn's h11 protocol): a request head not complete within the
  read time-out (a slowloris) gets a 408 and the connection is closed; a request h11
  cannot parse gets a JSON 400 instead of uvicorn's text/plain one.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from http import HTTPStatus
from typing import Any

import h11
from creatify.testing._state import Answer
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("creatify-mock")

MAX_BODY_BYTES = int(os.environ.get("CREATIFY_MOCK_MAX_BODY_BYTES", 16 * 1024 * 1024))
# The request line and headers together may be this large before h11 refuses them; the
# request target alone is limited to MAX_TARGET, answered as a 414 by the Guard.
MAX_HEAD_BYTES = 256 * 1024
MAX_TARGET = 8 * 1024
READ_TIMEOUT = float(os.environ.get("CREATIFY_MOCK_READ_TIMEOUT", "10"))


def json_answer(status: int, body: Any) -> bytes:
    """A whole HTTP/1.1 response that closes the connection (for the protocol level)."""
    data = json.dumps(body).encode()
    head = [
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
        "content-type: application/json",
        f"content-length: {len(data)}",
        "connection: close",
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + data


def body_too_large(limit: int) -> Answer:
    detail = f"Request body too large: the limit is {limit} bytes."
    return Answer(413, {"detail": detail}, {"connection": "close"})


def body_timeout() -> Answer:
    detail = "The request body did not arrive in time."
    return Answer(408, {"detail": detail}, {"connection": "close"})


class Guard:
    def __init__(
        self, app: ASGIApp, max_body: int = MAX_BODY_BYTES, read_timeout: float = READ_TIMEOUT
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.read_timeout = read_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        async def answer(status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            if started:
                return  # too late to answer: uvicorn closes the connection
            data = json.dumps(body).encode()
            extra = {**(headers or {}), "connection": "close"}
            raw = [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
                *((k.encode("latin-1"), v.encode("latin-1")) for k, v in extra.items()),
            ]
            await send({"type": "http.response.start", "status": status, "headers": raw})
            await send({"type": "http.response.body", "body": data})

        target = len(scope.get("raw_path", b"")) + len(scope.get("query_string", b""))
        if target > MAX_TARGET:
            await answer(414, {"detail": f"Request-URI too long (over {MAX_TARGET} bytes)."})
            return
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length")
        if length is not None:
            if not length.isdigit():
                await answer(400, {"detail": "Content-Length is not a number of bytes."})
                return
            if int(length) > self.max_body:
                refusal = body_too_large(self.max_body)
                await answer(refusal.status, refusal.body)
                return
        try:
            await self.app(scope, self._limited(receive), tracking_send)
        except Answer as refusal:
            await answer(refusal.status, refusal.body, refusal.headers)
        except Exception:
            log.exception("the mock failed on %s %s", scope.get("method"), scope.get("path"))
            await answer(500, {"detail": "A server error occurred."})

    def _limited(self, receive: Receive) -> Receive:
        """`receive` that stops a body past the limit or slower than the read time-out."""
        received = 0
        deadline = time.monotonic() + self.read_timeout
        body_done = False

        async def limited() -> Message:
            nonlocal received, body_done
            if body_done:
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                raise body_timeout() from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise body_too_large(self.max_body)
                body_done = not message.get("more_body", False)
            return message

        return limited


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a time limit on the request head and JSON errors."""

    head_timeout = READ_TIMEOUT
    _head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        try:
            super().data_received(data)
        except UnicodeDecodeError:
            # uvicorn decodes the request target as ASCII; h11 lets other bytes through.
            self._refuse(400, {"detail": "The request target is not ASCII."})
            return
        if self.conn.their_state is not h11.IDLE:
            self._disarm_head_timer()  # the head is complete

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_head_timer()

    def send_400_response(self, msg: str) -> None:
        self._refuse(400, {"detail": f"Bad request: {msg}"})

    def _refuse(self, status: int, body: Any) -> None:
        if not self.transport.is_closing():
            self.transport.write(json_answer(status, body))
            self.transport.close()

    def _arm_head_timer(self) -> None:
        self._disarm_head_timer()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _disarm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        if self.conn.trailing_data[0]:
            self._refuse(408, {"detail": "The request head did not arrive in time."})
        else:
            self.transport.close()  # an idle connection: close it quietly
