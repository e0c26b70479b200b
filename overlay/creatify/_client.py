"""`Creatify` and `AsyncCreatify`: one configuration, two ways to drive it."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx
from creatify_api import Client
from typing_extensions import Self

from ._api_call import aremember_response, remember_response
from ._auth import CreatifyAuth, resolve_base_url, resolve_credentials
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_RESPONSE_DEADLINE,
    DEFAULT_RETRY_BACKOFF,
    DEFAULT_RETRY_BUDGET,
    DEFAULT_TIMEOUT,
    ENV_MAX_RETRIES,
    USER_AGENT,
)
from ._deadline import DeadlineTransport
from ._exceptions import ConfigurationError
from ._retry import RetryingTransport
from .resources.account import AsyncCredits, AsyncVoices, Credits, Voices
from .resources.avatars import AsyncAvatars, Avatars
from .resources.lipsyncs import AsyncLipsyncs, Lipsyncs


@dataclass(frozen=True)
class _Settings:
    """Strictly private: the resolved configuration shared by both clients."""

    base_url: str
    auth: CreatifyAuth
    timeout: httpx.Timeout
    max_retries: int
    retry_backoff: float
    max_retry_wait: float
    response_deadline: float

    @classmethod
    def resolve(
        cls,
        api_id: str | None,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int | None,
        retry_backoff: float,
        max_retry_wait: float,
        allow_insecure_http: bool,
        response_deadline: float = DEFAULT_RESPONSE_DEADLINE,
    ) -> _Settings:
        if max_retries is None:
            env = os.environ.get(ENV_MAX_RETRIES)
            try:
                max_retries = int(env) if env else DEFAULT_MAX_RETRIES
            except ValueError:
                raise ConfigurationError(f"{ENV_MAX_RETRIES} must be a whole number") from None
        if max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        if retry_backoff < 0 or max_retry_wait < 0:
            raise ConfigurationError("retry_backoff and max_retry_wait must be 0 or more")
        return cls(
            base_url=resolve_base_url(base_url, allow_insecure_http=allow_insecure_http),
            auth=CreatifyAuth(*resolve_credentials(api_id, api_key)),
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            max_retry_wait=max_retry_wait,
            response_deadline=response_deadline,
        )

    def retrying(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        *,
        body_deadline: float | None = None,
    ) -> RetryingTransport:
        """The stack under a client: retries, then a body deadline, then the network."""
        if body_deadline is not None:
            transport = DeadlineTransport(transport, body_deadline)
        return RetryingTransport(
            transport,
            max_retries=self.max_retries,
            backoff=self.retry_backoff,
            max_wait=self.max_retry_wait,
            budget=DEFAULT_RETRY_BUDGET,
        )

    def httpx_kwargs(self) -> dict[str, Any]:
        return {"timeout": self.timeout, "headers": {"User-Agent": USER_AGENT}}

    def describe(self, cls: type) -> str:
        name, url, api_id = cls.__name__, self.base_url, self.auth.api_id
        return f"{name}(base_url={url!r}, api_id={api_id!r}, api_key='***')"


TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _ClientBase(Generic[TransportT]):
    """Strictly private: the configuration both clients share (arguments: see `Creatify`).

    Each subclass connects its own httpx clients in `_connect`.
    """

    def __init__(
        self,
        api_id: str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        allow_insecure_http: bool = False,
        response_deadline: float = DEFAULT_RESPONSE_DEADLINE,
        transport: TransportT | None = None,
    ) -> None:
        self._settings = _Settings.resolve(
            api_id,
            api_key,
            base_url,
            timeout,
            max_retries,
            retry_backoff,
            max_retry_wait,
            allow_insecure_http,
            response_deadline,
        )
        self._connect(transport)

    def _connect(self, transport: TransportT | None) -> None:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def __repr__(self) -> str:
        return self._settings.describe(type(self))


class Creatify(_ClientBase[httpx.BaseTransport]):
    """The Creatify API client.

    >>> client = Creatify()  # CREATIFY_API_ID, CREATIFY_API_KEY, CREATIFY_BASE_URL
    >>> video = client.lipsyncs.create_and_wait(text="Hello", creator=avatar_id)
    >>> client.lipsyncs.download(video, "hello.mp4")

    Args:
        api_id, api_key: your credentials; default to `CREATIFY_API_ID` and
            `CREATIFY_API_KEY`.
        base_url: defaults to `CREATIFY_BASE_URL`, else https://api.creatify.ai. Plain
            http is refused except to loopback, unless `allow_insecure_http=True`.
        timeout: seconds (or an `httpx.Timeout`) for one request; default 60 s, 10 s
            to connect.
        max_retries: retries of one request (see `creatify._retry`); default 2, or
            `CREATIFY_MAX_RETRIES`. 0 switches retries off.
        retry_backoff, max_retry_wait: the first retry's wait, and the cap of any wait.
        response_deadline: seconds an API answer's body may take once its headers came
            (default 120); bounds a server that trickles bytes just inside `timeout`.
        transport: an httpx transport to send through (tests use `httpx.MockTransport`).
    """

    def _connect(self, transport: httpx.BaseTransport | None) -> None:
        s = self._settings
        self._api = Client(base_url=s.base_url).set_httpx_client(
            httpx.Client(
                base_url=s.base_url,
                auth=s.auth,
                transport=s.retrying(
                    transport or httpx.HTTPTransport(), body_deadline=s.response_deadline
                ),
                event_hooks={"response": [remember_response]},
                **s.httpx_kwargs(),
            )
        )
        # Videos live on storage hosts: no credentials go there; redirects are fine.
        self._media = httpx.Client(
            transport=s.retrying(transport or httpx.HTTPTransport()),
            follow_redirects=True,
            **s.httpx_kwargs(),
        )
        # Replaceable in tests, so that waits take no real time.
        self._sleep: Callable[[float], None] = time.sleep
        self._clock: Callable[[], float] = time.monotonic
        self.avatars = Avatars(self)
        self.lipsyncs = Lipsyncs(self)
        self.voices = Voices(self)
        self.credits = Credits(self)

    def close(self) -> None:
        self._api.get_httpx_client().close()
        self._media.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncCreatify(_ClientBase[httpx.AsyncBaseTransport]):
    """The async twin of `Creatify`: the same arguments, namespaces and methods, awaited.

    >>> async with AsyncCreatify() as client:
    ...     video = await client.lipsyncs.create_and_wait(text="Hi", creator=avatar_id)
    """

    def _connect(self, transport: httpx.AsyncBaseTransport | None) -> None:
        s = self._settings
        self._api = Client(base_url=s.base_url).set_async_httpx_client(
            httpx.AsyncClient(
                base_url=s.base_url,
                auth=s.auth,
                transport=s.retrying(
                    transport or httpx.AsyncHTTPTransport(), body_deadline=s.response_deadline
                ),
                event_hooks={"response": [aremember_response]},
                **s.httpx_kwargs(),
            )
        )
        self._media = httpx.AsyncClient(
            transport=s.retrying(transport or httpx.AsyncHTTPTransport()),
            follow_redirects=True,
            **s.httpx_kwargs(),
        )
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
        self._clock: Callable[[], float] = time.monotonic
        self.avatars = AsyncAvatars(self)
        self.lipsyncs = AsyncLipsyncs(self)
        self.voices = AsyncVoices(self)
        self.credits = AsyncCredits(self)

    async def close(self) -> None:
        await self._api.get_async_httpx_client().aclose()
        await self._media.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
