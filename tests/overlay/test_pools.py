"""The clients' connection pools (`_pools.py`): one TLS context per client, and sync
connections that send the rest of a partial send from a memoryview."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import threading
import time
from typing import Any

import httpcore
import httpx
import pytest
from creatify import AsyncCreatify, Creatify
from creatify._pools import HTTPPool, _ViewBackend, _ViewStream


def test_a_clients_pools_share_one_tls_context_and_sync_ones_send_from_a_view() -> None:
    client = Creatify("id", "key", "http://127.0.0.1:9")
    api, media = (pools.direct._pool for pools in client._pools)  # type: ignore[attr-defined]
    # httpcore keeps these where _pools.py sets and reads them: an upgrade that moves
    # them fails here, not silently.
    assert api._ssl_context is media._ssl_context
    assert isinstance(api._network_backend, _ViewBackend)
    client.close()
    aclient = AsyncCreatify("id", "key", "http://127.0.0.1:9")
    api, media = (pools.direct._pool for pools in aclient._pools)  # type: ignore[attr-defined]
    assert api._ssl_context is media._ssl_context


class SlowReader:
    """A loopback server that reads in small bites, so that the sender's sends come
    back partial; it keeps a hash of what it read."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.digest = hashlib.sha256()
        self.count = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 32 << 10)
        with conn:
            while chunk := conn.recv(16 << 10):
                self.digest.update(chunk)
                self.count += len(chunk)
                time.sleep(0.0002)


def connect(port: int) -> tuple[_ViewStream, list[Any]]:
    """A stream from the SDK's backend with a small send buffer; `sent` records each
    `send` argument's type and size."""
    options = [(socket.SOL_SOCKET, socket.SO_SNDBUF, 32 << 10)]
    stream = _ViewBackend().connect_tcp("127.0.0.1", port, timeout=10, socket_options=options)
    assert isinstance(stream, _ViewStream)
    sent: list[Any] = []
    real = stream._sock
    assert real is not None

    class Spy:
        def settimeout(self, value: float | None) -> None:
            real.settimeout(value)

        def send(self, data: Any) -> int:
            sent.append((type(data), len(data)))
            return real.send(data)

    stream._sock = Spy()  # type: ignore[assignment]
    return stream, sent


def test_a_partial_send_continues_from_a_memoryview_and_every_byte_arrives() -> None:
    server = SlowReader()
    stream, sent = connect(server.port)
    body = os.urandom(4 << 20)
    for start in range(0, len(body), 1 << 20):  # the upload's 1 MiB blocks
        stream.write(body[start : start + (1 << 20)], timeout=10)
    stream.close()
    server.thread.join(10)
    assert server.count == len(body)
    assert server.digest.digest() == hashlib.sha256(body).digest()
    assert len(sent) > 4, "no send came back partial: the test shows nothing"
    assert {kind for kind, _ in sent} == {memoryview}


def test_write_errors_are_httpcores() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    stream, _ = connect(listener.getsockname()[1])
    peer, _ = listener.accept()
    with pytest.raises(httpcore.WriteTimeout):  # the peer never reads
        stream.write(b"x" * (64 << 20), timeout=0.2)
    peer.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    peer.close()  # a reset
    listener.close()
    with pytest.raises(httpcore.WriteError):
        stream.write(b"x" * (64 << 20), timeout=1)  # more than the buffers hold
    stream.close()


def test_a_tls_stream_inside_a_tls_proxy_keeps_httpcores_write() -> None:
    """Such a stream encrypts above its socket: writing to the socket would send clear text."""
    calls: list[bytes] = []

    class TlsInTls(httpcore.NetworkStream):
        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            calls.append(buffer)

        def get_extra_info(self, info: str) -> Any:
            return {"ssl_object": object(), "socket": socket.socket()}.get(info)

    stream = _ViewStream(TlsInTls())
    stream.write(b"secret", timeout=1)
    assert calls == [b"secret"]
    assert stream._sock is None


def test_an_upload_through_the_sync_pool_arrives_whole() -> None:
    """End to end through httpx: a 3 MiB body, read by the server in small bites."""
    received = hashlib.sha256()
    body = os.urandom(3 << 20)
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(1 << 16)
            head, rest = data.split(b"\r\n\r\n", 1)
            length = int(
                next(
                    line
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                ).split(b":")[1]
            )
            received.update(rest)
            length -= len(rest)
            while length:
                chunk = conn.recv(min(length, 16 << 10))
                received.update(chunk)
                length -= len(chunk)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    with httpx.Client(transport=HTTPPool(httpx.create_ssl_context())) as http:
        response = http.post(f"http://127.0.0.1:{listener.getsockname()[1]}/", content=body)
    thread.join(10)
    assert response.status_code == 200
    assert received.digest() == hashlib.sha256(body).digest()


def test_the_first_connection_imports_no_idna_codec() -> None:
    """getaddrinfo gets the (ASCII) host as bytes: no `encodings.idna` and `stringprep`
    imports in the first request (they took 1 to 7 ms of it)."""
    listener = socket.create_server(("127.0.0.1", 0))
    code = (
        "import sys; from creatify._pools import _ViewBackend\n"
        f"s = _ViewBackend().connect_tcp('localhost', {listener.getsockname()[1]}, timeout=5)\n"
        "s.close(); print('encodings.idna' in sys.modules, 'stringprep' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    listener.close()
    assert out.stdout.split() == ["False", "False"]


def test_an_unknown_host_is_a_connect_error() -> None:
    with pytest.raises(httpcore.ConnectError):
        _ViewBackend().connect_tcp("no-such-host.invalid", 80, timeout=5)
