"""The connection pools under each client: httpx's transports, with three changes for speed.

1. A client's two pools (the API's and the storage hosts') share one TLS context: each
   context loads the CA bundle, which took tens of milliseconds of `Creatify()` (issue 28).
2. A sync connection writes a memoryview. httpcore's socket stream answers a partial
   send with `buffer = buffer[n:]`, of bytes a copy of the rest of the chunk; an upload's
   1 MiB blocks (`_video.py`) are sent in several parts whenever the socket's send buffer is
   smaller than a block (a new connection, a slower receiver, other kernel settings), and
   those copies took up to half the upload's speed on loopback (bench/RESULTS.md). The
   async pools need no change: asyncio sends the rest of a partial send from a memoryview.
3. A sync connection looks its (ASCII) host up as bytes, which spares the first request
   of each process the idna codec's imports.

And one thing httpx does only for a transport of its own making: the environment's proxies
(`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`) apply, each through a pool of its own
that the httpx client mounts (`Pools`).

Both pools also belong to one process and, async, to one event loop: a forked child, or a
later `asyncio.run`, gets fresh connections (`_Owned`); and once closed, a pool refuses to
send (httpcore's would open new connections that nothing closes).
"""

from __future__ import annotations

import asyncio
import os
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpcore
import httpx

# httpx's own reading of the environment (what `httpx.Client(trust_env=True)` mounts): no
# public function gives it, and a copy of its rules (NO_PROXY's hosts, IPs, `*`) could
# drift from the httpx users know. An upgrade that moves it fails at import;
# tests/overlay/test_proxies.py checks the rules through a real proxy.
from httpx._utils import get_environment_proxies

from ._exceptions import ConfigurationError
from ._timeouts import not_counted, read_within


class _Owned:
    """A pool that belongs to its process (async: to its event loop) and, once closed,
    refuses to send."""

    _pool: Any  # httpx's: its httpcore pool

    def __init__(self, verify: ssl.SSLContext, proxy: str | None = None) -> None:
        self._made: dict[str, Any] = {"verify": verify, "proxy": proxy}
        self._closed = False
        self._open()
        self._owned_by = self._owner()

    def _open(self) -> None:
        raise NotImplementedError

    @staticmethod
    def _owner() -> object:
        return os.getpid()

    def _let_go(self, connections: list[Any]) -> None:
        """The former owner's connections: let go here (async), as one of another loop
        can be neither used nor closed (its loop would have to run it)."""

    def _ready(self) -> None:
        """Refuse to send once closed; fresh connections for another owner (a forked
        child's copies of the parent's would read answers meant for the parent)."""
        if self._closed:
            raise ConfigurationError(
                "the client is closed (and the clients with_options made from it): make a new one"
            )
        if (owner := self._owner()) != self._owned_by:
            # Not the old pool's close, which takes its lock: a thread the fork left
            # behind may hold it.
            self._let_go(self._pool.connections)
            self._open()
            self._owned_by = owner


class AsyncHTTPPool(_Owned, httpx.AsyncHTTPTransport):
    """httpx's async pool, owned by the event loop that sends: a script calling
    `asyncio.run` twice would otherwise get "Event loop is closed" from the first loop's
    connections; each read of its sockets is cut to the try's end (`read_within`)."""

    def _open(self) -> None:
        httpx.AsyncHTTPTransport.__init__(self, **self._made)
        self._pool._network_backend = _AsyncCutBackend(self._pool._network_backend)

    @staticmethod
    def _owner() -> object:
        try:
            return asyncio.get_running_loop()
        except RuntimeError:  # no asyncio loop (trio): not told apart
            return None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._ready()
        return await super().handle_async_request(request)

    async def aclose(self) -> None:
        if not self._closed:
            self._ready()
            self._closed = True
            await super().aclose()


class HTTPPool(_Owned, httpx.HTTPTransport):
    """httpx's sync pool, owned by its process, whose connections send from a memoryview
    and cut each read to the try's end (`read_within`)."""

    def _open(self) -> None:
        httpx.HTTPTransport.__init__(self, **self._made)
        # httpx does not take a network backend; its pool keeps the one it uses here.
        # tests/overlay/test_pools.py fails if an httpcore upgrade moves it.
        self._pool._network_backend = _ViewBackend()

    def _let_go(self, connections: list[Any]) -> None:
        for connection in connections:
            connection.close()  # the child's copy of the socket: the parent's stays open

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._ready()
        return super().handle_request(request)

    def close(self) -> None:
        if not self._closed:
            self._ready()
            self._closed = True
            super().close()


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

    def all(self) -> list[TransportT]:
        return [self.direct] + [pool for pool in self.proxied.values() if pool is not None]


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
            pattern: None if proxy is None else proxied_pool(pool, tls, pattern, proxy)
            for pattern, proxy in proxies.items()
        }
        return Pools(pool(verify=tls), proxied)

    return pools(), pools()


def proxied_pool(
    pool: Callable[..., TransportT], tls: ssl.SSLContext, pattern: str, proxy: str
) -> TransportT:
    """A pool through `proxy`, the environment's for `pattern` ("all://": ALL_PROXY); a
    proxy it cannot use is a `ConfigurationError` naming the variable, not httpx's bare
    ImportError (SOCKS without socksio), InvalidURL (a bad port or no usable host) or
    ValueError (a scheme it lacks)."""
    try:
        # httpx takes `http://`, and %-encodes `[` or a space; an IPv6 host may have a
        # zone (`fe80::1%eth0`).
        host = httpx.URL(proxy).host
        if not host or ("%" in host and ":" not in host):
            raise httpx.InvalidURL(f"Invalid host: {host!r}")
        return pool(verify=tls, proxy=proxy)
    except (ImportError, ValueError, httpx.InvalidURL) as exc:
        variable = f"{pattern.partition(':')[0].upper()}_PROXY"
        why = "SOCKS needs `pip install 'httpx[socks]'`" if isinstance(exc, ImportError) else exc
        rule = f"its proxy cannot be used ({why}): fix or unset it"
        message = f"{variable}: {rule}, or pass trust_env=False"
        raise ConfigurationError(message, setting=variable, rule=rule) from exc


class _ViewBackend(httpcore.SyncBackend):
    def connect_tcp(self, host: str, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        # getaddrinfo encodes a str host with the idna codec, whose first use imports
        # encodings.idna and stringprep (1 to 7 ms of the first request); the host is
        # ASCII already (httpx writes IDNA hosts as xn-- labels): hand it over as bytes.
        name: Any = host.encode("ascii") if host.isascii() else host
        return _ViewStream(super().connect_tcp(name, *args, **kwargs))


class _ViewStream(httpcore.NetworkStream):
    """httpcore's stream, but `write` hands it a memoryview: httpcore goes on after a
    partial send with `buffer[n:]`, a view of the rest instead of a copy of it."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        with not_counted():
            self._inner.write(memoryview(buffer), timeout)  # type: ignore[arg-type]

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, read_within(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return _ViewStream(self._inner.start_tls(*args, **kwargs))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncCutBackend(httpcore.AsyncNetworkBackend):
    """httpcore's async backend, whose streams cut each read to the try's end. The pools
    connect by TCP only (no `uds`), without httpcore's connect retries (its `sleep`)."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        return _AsyncCutStream(await self._inner.connect_tcp(*args, **kwargs))


class _AsyncCutStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, read_within(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        with not_counted():
            await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        return _AsyncCutStream(await self._inner.start_tls(*args, **kwargs))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)
