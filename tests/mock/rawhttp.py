"""Raw HTTP/1.1 over a socket: requests no HTTP client would send (bad bytes, trickles)."""

from __future__ import annotations

import json
import re
import socket
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

CREDENTIALS = b"X-API-ID: hostile\r\nX-API-KEY: hostile-key\r\n"


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    def json(self) -> Any:
        assert self.headers.get("content-type", "").startswith("application/json"), self.headers
        return json.loads(self.body)


def address(base_url: str) -> tuple[str, int]:
    parts = urlsplit(base_url)
    return parts.hostname or "127.0.0.1", parts.port or 80


def read_answer(sock: socket.socket, started: float) -> Answer:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed without an answer after {data!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return Answer(status, headers, body[:length], time.monotonic() - started)


def send(base_url: str, request: bytes, timeout: float = 30.0) -> Answer:
    started = time.monotonic()
    with socket.create_connection(address(base_url), timeout=timeout) as sock:
        sock.sendall(request)
        return read_answer(sock, started)


def get(path: bytes, *headers: bytes) -> bytes:
    extra = b"".join(h + b"\r\n" for h in headers)
    return b"GET " + path + b" HTTP/1.1\r\nHost: mock\r\n" + CREDENTIALS + extra + b"\r\n"


def post(path: bytes, content_type: bytes, body: bytes, *headers: bytes) -> bytes:
    extra = b"".join(h + b"\r\n" for h in headers)
    return (
        b"POST " + path + b" HTTP/1.1\r\nHost: mock\r\n" + CREDENTIALS + extra
        + b"Content-Type: " + content_type + b"\r\n"
        + b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )  # fmt: skip


def content_length_of(head: bytes) -> int | None:
    match = re.search(rb"content-length:\s*(\d+)", head, re.IGNORECASE)
    return int(match.group(1)) if match else None
