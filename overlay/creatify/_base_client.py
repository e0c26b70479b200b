"""What `Creatify` and `AsyncCreatify` share: settings, the transport stack, the repr.

The clients themselves are in `_async/client.py` (and its generated twin `_sync/client.py`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

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


class ClientBase(Generic[TransportT]):
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
