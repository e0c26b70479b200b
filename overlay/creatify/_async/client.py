"""The client: `AsyncCreatify` in `_async/client.py`, `Creatify` in its generated twin."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from functools import partial

import httpx
from creatify_api import Client
from typing_extensions import Self

from .._base_client import ClientBase
from .._constants import DEFAULT_RETRY_BUDGET
from .._pools import AsyncHTTPPool, Pools, open_pools
from .._retry import build_policies
from .._types import AsyncSleep, async_sleep
from .namespaces import NAMESPACES, AsyncNamespaces
from .transport import AsyncClientTransport


class AsyncCreatify(AsyncNamespaces, ClientBase[httpx.AsyncBaseTransport]):
    """The Creatify API client (`AsyncCreatify` awaits the same methods as `Creatify`).

    >>> client = Creatify()  # CREATIFY_API_ID, CREATIFY_API_KEY, CREATIFY_BASE_URL
    >>> video = client.lipsyncs.create_and_wait(text="Hello", creator=avatar_id)
    >>> client.lipsyncs.download(video, "hello.mp4")

    Args:
        api_id: your API id; defaults to `CREATIFY_API_ID`.
        api_key: your API key; defaults to `CREATIFY_API_KEY`. It never appears in a
            message, a log record or a repr.
        base_url: defaults to `CREATIFY_BASE_URL`, else https://api.creatify.ai. Plain
            http is refused except to loopback, unless `allow_insecure_http=True`.
        timeout: seconds (or an `httpx.Timeout`) for one request; default 60 s, 10 s
            to connect.
        max_retries: retries of one request (see `creatify._retry`); default 2, or
            `CREATIFY_MAX_RETRIES`. 0 switches retries off.
        retry_backoff: the first retry's wait, in seconds (default 0.5); it doubles.
        max_retry_wait: the cap of any one retry's wait, `Retry-After` included
            (default 60 s).
        response_deadline: seconds an API answer's body may take once its headers came
            (default 120); bounds a server that trickles bytes just inside `timeout`.
        call_deadline: seconds all tries of one request may take until an answer, the
            waits between retries included (default 120; None for no bound). A call's
            own longer `timeout=` extends it for that call; an upload that keeps moving
            is not cut. While `info` is logged, a slow try says what it waits for every
            10 s.
        allow_insecure_http: allow plain http to a host other than loopback.
        transport: an httpx transport to send through (tests use `httpx.MockTransport`),
            as it is: no proxy of the environment applies to it.
        trust_env: as httpx's: read `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY`
            (and `SSL_CERT_FILE`, `SSL_CERT_DIR`) when the client is made; False reads
            none of them.

    `with_options(timeout=..., max_retries=...)` makes a client sharing this one's
    connections; `with_raw_response` gives each call's HTTP answer too; every API method
    takes `timeout=` for that one call. `CREATIFY_LOG=info|debug` logs each request.

    Creating a client is free: it sends no request.
    """

    def _setup(self, transport: httpx.AsyncBaseTransport | None, trust_env: bool) -> None:
        # A given transport serves both, as it is (httpx, too, reads no proxy for it);
        # else the API and storage hosts get pools of their own (see _pools.py).
        if transport is None:
            self._pools = open_pools(AsyncHTTPPool, trust_env)
        else:
            self._pools = (Pools(transport), Pools(transport))
        # Replaceable in tests, so that waits take no real time.
        self._sleep: AsyncSleep = async_sleep
        self._clock = time.monotonic
        self._rng = random.Random()  # noqa: S311 - poll jitter, not cryptography
        # Wiring bound to this client from outside (FakeCreatify's listeners), done again
        # on each client `with_options` makes, whose namespaces are new.
        self._wiring: tuple[Callable[[AsyncCreatify], None], ...] = ()

    def _connect(self) -> None:
        s, (api_pools, media_pools) = self._settings, self._pools
        layer = partial(
            AsyncClientTransport,
            policies=build_policies(
                max_retries=s.max_retries,
                backoff=s.retry_backoff,
                max_wait=s.max_retry_wait,
                budget=DEFAULT_RETRY_BUDGET,
            ),
            call_deadline=s.call_deadline,
            _sleep=self._sleep,  # a client from `with_options` keeps the fake's
        )
        self._api = Client(base_url=s.base_url).set_async_httpx_client(
            httpx.AsyncClient(
                base_url=s.base_url,
                **api_pools.transports(partial(layer, body_deadline=s.response_deadline)),
                **s.httpx_kwargs(credentials=True),
            )
        )
        # Outputs live on storage hosts: no credentials go there; redirects are fine.
        self._media = httpx.AsyncClient(
            **media_pools.transports(partial(layer, files=True)),
            follow_redirects=True,
            **s.httpx_kwargs(credentials=False),
        )
        # Namespaces are made on first use (their modules load then): drop those made for
        # the client this one was copied from (`with_options`).
        for name in NAMESPACES:
            vars(self).pop(name, None)
        for wire in self._wiring:
            wire(self)

    async def close(self) -> None:
        """Close the connection pools; this client and those `with_options` made from it
        then raise `ConfigurationError` ("the client is closed") instead of sending. A
        client from `with_options` leaves them open: they belong to the client it came from."""
        if self._owns_pools:
            for pools in self._pools:
                for pool in pools.all():
                    await pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
