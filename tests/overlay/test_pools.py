"""The clients' connection pools (`_pools.py`): one TLS context per client, and sync
connections that send the rest of a partial send from a memoryview."""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
from typing import Any

import httpcore
import httpx
import pytest
import trustme
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
    real: socket.socket = stream._inner._sock  # type: ignore[attr-defined]  # httpcore's
    assert real is not None

    class Spy:
        def settimeout(self, value: float | None) -> None:
            real.settimeout(value)

        def send(self, data: Any) -> int:
            sent.append((type(data), len(data)))
            return real.send(data)

        def close(self) -> None:
            real.close()

    stream._inner._sock = Spy()  # type: ignore[attr-defined]
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


def _relay(source: socket.socket, sink: socket.socket, seen: list[bytes]) -> None:
    with contextlib.suppress(OSError):
        while chunk := source.recv(1 << 16):
            seen.append(chunk)
            sink.sendall(chunk)
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)


def test_https_through_an_https_proxy_sends_only_tls_inside_the_tunnel() -> None:
    """TLS inside the proxy's TLS: httpcore encrypts above the proxy's TLS socket, so a
    send straight on that socket (the pool's memoryview write) would hand the proxy the
    request, API key and all, in clear. A real TLS proxy and a real TLS server; the
    proxy records what the client sends into the tunnel."""
    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    target = socket.create_server(("127.0.0.1", 0))
    proxy = socket.create_server(("127.0.0.1", 0))
    tunnelled: list[bytes] = []
    got: list[bytes] = []

    def serve_target() -> None:
        conn, _ = target.accept()
        with server_ctx.wrap_socket(conn, server_side=True) as tls:
            while b"\r\n\r\n" not in b"".join(got):
                got.append(tls.recv(1 << 16))
            tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")

    def serve_proxy() -> None:
        conn, _ = proxy.accept()
        with server_ctx.wrap_socket(conn, server_side=True) as tls:
            head = b""
            while b"\r\n\r\n" not in head:
                head += tls.recv(1)
            upstream = socket.create_connection(target.getsockname())
            tls.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            back = threading.Thread(target=_relay, args=(upstream, tls, []), daemon=True)
            back.start()
            _relay(tls, upstream, tunnelled)
            back.join(5)

    for serve in (serve_target, serve_proxy):
        threading.Thread(target=serve, daemon=True).start()
    proxy_url = httpx.Proxy(f"https://localhost:{proxy.getsockname()[1]}", ssl_context=client_ctx)
    pool = HTTPPool(verify=client_ctx, proxy=proxy_url)  # type: ignore[arg-type]
    url = f"https://localhost:{target.getsockname()[1]}/api/lipsyncs/"
    with httpx.Client(transport=pool) as client:
        answer = client.get(url, headers={"X-API-KEY": "sk-in-the-tunnel"})
    assert answer.text == "ok"
    assert b"sk-in-the-tunnel" in b"".join(got)  # the server read it, decrypted
    assert tunnelled, "the proxy relayed nothing"
    assert b"sk-in-the-tunnel" not in b"".join(tunnelled)
    assert tunnelled[0][:1] == b"\x16"  # a TLS handshake record, not "GET ..."
    target.close()
    proxy.close()


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
