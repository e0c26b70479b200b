"""The connection pools under each client: httpx's transports, with three changes for speed.

1. A client's two pools (the API's and the storage hosts') share one TLS context: each
   context loads the CA bundle, which took tens of milliseconds of `Creatify()` (issue 28).
2. A sync connection sends from a memoryview. httpcore's socket stream answers a partial
   send with `buffer = buffer[n:]`, a copy of the rest of the chunk; an upload's 1 MiB
   blocks (`_video.py`) are sent in several parts whenever the socket's send buffer is
   smaller than a block (a new connection, a slower receiver, other kernel settings), and
   those copies took up to half the upload's speed on loopback (bench/RESULTS.md). The
   async pools need no change: asyncio sends the rest of a partial send from a memoryview.
3. A sync connection looks its (ASCII) host up as bytes, which spares the first request
   of each process the idna codec's imports.

And one thing httpx does only for a transport of its own making: the environment's proxies
(`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`) apply, each through a pool of its own
that the httpx client mounts (`Pools`).
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpcore
import httpx

# httpx's own reading of the environment (what `httpx.Client(trust_env=True)` mounts): no
# public function gives it, and a copy of its rules (NO_PROXY's hosts, IPs, `*`) could
# drift from the httpx users know. An upgrade that moves it fails at import;
# tests/overlay/test_proxies.py checks the rules through a real proxy.
from httpx._utils import get_environment_proxies

# httpx's async pool as it is (the sync twin of the client uses `HTTPPool`).
AsyncHTTPPool = httpx.AsyncHTTPTransport


class HTTPPool(httpx.HTTPTransport):
    """httpx's sync pool, whose connections send from a memoryview."""

    def __init__(self, verify: ssl.SSLContext, proxy: str | None = None) -> None:
        super().__init__(verify=verify, proxy=proxy)
        # httpx does not take a network backend; its pool keeps the one it uses here.
        # tests/overlay/test_pools.py fails if an httpcore upgrade moves it.
        self._pool._network_backend = _ViewBackend()


TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


@dataclass(frozen=True)
class Pools(Generic[TransportT]):
    """The connection pools under one httpx client: `direct`, and by httpx URL pattern
    (`http://`, `all://*.corp.example`) a pool through that proxy, or None where NO_PROXY
    sends the host direct."""

    direct: TransportT
    proxied: dict[str, TransportT | None] = field(default_factory=dict)

    def transports(self, layer: Callable[[TransportT], TransportT]) -> dict[str, Any]:
        """The httpx client's `transport` and `mounts`: each pool under a transport layer
        of its own (`layer`; a NO_PROXY host's pattern takes the direct one)."""
        mounts = {
            pattern: None if pool is None else layer(pool) for pattern, pool in self.proxied.items()
        }
        return {"transport": layer(self.direct), "mounts": mounts}


def open_pools(
    pool: Callable[..., TransportT], trust_env: bool
) -> tuple[Pools[TransportT], Pools[TransportT]]:
    """A client's pools, the API's and the storage hosts' (`pool`s), on one TLS context:
    the one httpx would make for each (certifi's CA bundle or, with `trust_env`,
    SSL_CERT_FILE). With `trust_env`, through the environment's proxies as httpx routes
    them, read now (a proxy URL's own credentials go to it as `Proxy-Authorization`)."""
    tls = httpx.create_ssl_context(trust_env=trust_env)
    proxies = get_environment_proxies() if trust_env else {}

    def pools() -> Pools[TransportT]:
        proxied = {
            pattern: None if proxy is None else pool(verify=tls, proxy=proxy)
            for pattern, proxy in proxies.items()
        }
        return Pools(pool(verify=tls), proxied)

    return pools(), pools()


class _ViewBackend(httpcore.SyncBackend):
    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        # getaddrinfo encodes a str host with the idna codec, whose first use imports
        # encodings.idna and stringprep (1 to 7 ms of the first request); the host is
        # ASCII already (httpx writes IDNA hosts as xn-- labels): hand it over as bytes.
        name: Any = host.encode("ascii") if host.isascii() else host
        return _ViewStream(super().connect_tcp(name, port, timeout, local_address, socket_options))


class _ViewStream(httpcore.NetworkStream):
    """httpcore's stream, but for `write`: the rest of a partial send is a memoryview."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner
        sock = inner.get_extra_info("socket")
        tls = inner.get_extra_info("ssl_object")
        # Plain TCP, or TLS done by the socket itself. A TLS stream inside an https proxy's
        # TLS encrypts in memory (an `SSLObject`) above the proxy's TLS socket: it keeps
        # httpcore's own write (a send on that socket would skip the inner TLS).
        own_tls = isinstance(sock, ssl.SSLSocket) and not isinstance(tls, ssl.SSLObject)
        self._sock: socket.socket | None = sock if tls is None or own_tls else None

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        sock = self._sock
        if sock is None:
            self._inner.write(buffer, timeout)
            return
        view = memoryview(buffer)
        try:
            while view:
                sock.settimeout(timeout)
                view = view[sock.send(view) :]
        except TimeoutError as exc:  # socket.timeout; the errors httpcore's own write raises
            raise httpcore.WriteTimeout(exc) from exc
        except OSError as exc:
            raise httpcore.WriteError(exc) from exc

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _ViewStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)
