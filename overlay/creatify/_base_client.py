"""What `Creatify` and `AsyncCreatify` share: settings, the transport layer, the repr,
`with_options` and `with_raw_response`.

The clients themselves are in `_async/client.py` (and its generated twin `_sync/client.py`).

Each client sends through its connection pools (`_pools.py`, which a client built by
`with_options` borrows) under a transport layer of its own (`_async/transport.py`).
"""

from __future__ import annotations

import copy
import importlib
import os
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Literal, TypeVar, overload

import httpx
from typing_extensions import Self

from ._auth import resolve_base_url, resolve_credentials
from ._constants import (
    DEFAULT_CALL_DEADLINE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_RESPONSE_DEADLINE,
    DEFAULT_RETRY_BACKOFF,
    DEFAULT_TIMEOUT,
    ENV_MAX_RETRIES,
    USER_AGENT,
)
from ._exceptions import ConfigurationError
from ._logging import configure_from_env
from ._pools import Pools, TransportT
from ._raw import WithRawResponse
from ._redact import MARKER, url_text
from ._timeouts import MAX_SECONDS, are_seconds, as_timeout


@dataclass(frozen=True)
class _Settings:
    """Strictly private: the resolved configuration shared by both clients."""

    base_url: str
    api_id: str
    api_key: str = field(repr=False)  # never shown: see `ClientBase.__repr__` too
    timeout: httpx.Timeout
    max_retries: int
    retry_backoff: float
    max_retry_wait: float
    response_deadline: float
    call_deadline: float | None

    def __post_init__(self) -> None:
        """Each number checked here, so that `with_options` (`dataclasses.replace`) checks
        what it changes too."""
        retries = self.max_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise ConfigurationError(f"max_retries must be a whole number from 0, got {retries!r}")
        # None: no limit, where a setting allows it (each part of an httpx.Timeout, the call's).
        optional = [("timeout", part) for part in self.timeout.as_dict().values()]
        for setting, value in [*optional, ("call_deadline", self.call_deadline)]:
            if value is not None:
                _check_seconds(setting, value)
        _check_seconds("max_retry_wait", self.max_retry_wait)
        _check_seconds("response_deadline", self.response_deadline)
        _check_seconds("retry_backoff", self.retry_backoff, zero_ok=True)

    def httpx_kwargs(self, *, credentials: bool) -> dict[str, Any]:
        """The httpx client settings; `credentials`: send the API id and key (the API's
        client only, never the storage hosts').

        They are default headers rather than an `httpx.Auth`, whose flow set both headers
        on each request: about 1.4 µs more per request, measured side by side. No
        exception, log line or raw response of the SDK carries an unredacted request.
        """
        headers = {"User-Agent": USER_AGENT}
        if credentials:
            headers |= {"X-API-ID": self.api_id, "X-API-KEY": self.api_key}
        else:
            # Outputs as stored: media gains nothing from gzip, and a gzip-encoded answer's
            # Content-Length counts encoded bytes, so a whole file read as cut short.
            headers["Accept-Encoding"] = "identity"
        return {"timeout": self.timeout, "headers": headers}


def _check_seconds(setting: str, value: object, *, zero_ok: bool = False) -> None:
    """A number of seconds as `are_seconds` takes one (or 0 where `zero_ok`)."""
    if not (are_seconds(value) or (zero_ok and value == 0 and not isinstance(value, bool))):
        least = "0 or more" if zero_ok else "more than 0"
        rule = f"must be a finite number of seconds, {least} and at most {MAX_SECONDS:,}"
        raise ConfigurationError(f"{setting} {rule}, got {value!r}", setting=setting, rule=rule)


def _default_max_retries() -> int:
    """`CREATIFY_MAX_RETRIES`, else the default."""
    env = os.environ.get(ENV_MAX_RETRIES)
    try:
        return int(env) if env else DEFAULT_MAX_RETRIES
    except ValueError:
        raise ConfigurationError(f"{ENV_MAX_RETRIES} must be a whole number") from None


class ClientBase(Generic[TransportT]):
    """Strictly private: the configuration both clients share (arguments: see `Creatify`).

    Each subclass opens its connection pools in `_setup` (once) and builds its httpx
    clients and namespaces on them in `_connect` (again for each `with_options`).
    """

    _pools: tuple[Pools[TransportT], Pools[TransportT]]  # (API, downloads)
    _owns_pools: bool

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
        call_deadline: float | None = DEFAULT_CALL_DEADLINE,
        transport: TransportT | None = None,
        trust_env: bool = True,
    ) -> None:
        self._settings = _Settings(
            base_url=resolve_base_url(base_url, allow_insecure_http=allow_insecure_http),
            **resolve_credentials(api_id, api_key),
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            max_retries=_default_max_retries() if max_retries is None else max_retries,
            retry_backoff=retry_backoff,
            max_retry_wait=max_retry_wait,
            response_deadline=response_deadline,
            call_deadline=call_deadline,
        )
        configure_from_env()
        self._owns_pools = True
        self._setup(transport, trust_env)
        self._connect()

    def _setup(self, transport: TransportT | None, trust_env: bool) -> None:
        raise NotImplementedError

    def _connect(self) -> None:
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        call_deadline: float | Literal["keep"] | None = "keep",
    ) -> Self:
        """A client like this one with another default `timeout`, `max_retries` and/or
        `call_deadline`.

        It shares this client's connection pools (no new connections) and has its own
        retry layer and time-out. An argument left out keeps this client's value (`timeout`
        or `max_retries` None, `call_deadline` "keep" do too); `call_deadline=None` means
        no bound, as in `Creatify(...)`. Closing it releases nothing shared, so this
        client goes on working; closing this client closes the pools the derived clients
        send through (they then raise `ConfigurationError`), so close it last.

        >>> patient = client.with_options(timeout=300, max_retries=5)
        """
        given: dict[str, Any] = {"timeout": as_timeout(timeout), "max_retries": max_retries}
        changes = {name: value for name, value in given.items() if value is not None}
        if call_deadline != "keep":
            changes["call_deadline"] = call_deadline
        derived = copy.copy(self)
        derived._settings = replace(self._settings, **changes)
        derived._owns_pools = False
        derived._connect()
        return derived

    @property
    def with_raw_response(self) -> WithRawResponse:
        """The same namespaces and methods, each returning a `RawResponse` (the parsed
        result with its HTTP answer: status, headers, request id, elapsed time).

        >>> raw = client.with_raw_response.lipsyncs.get(video_id)
        >>> raw.status_code, raw.request_id, raw.parsed.status
        """
        return WithRawResponse(self)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def __repr__(self) -> str:
        name, url, api_id = type(self).__name__, url_text(self.base_url), self._settings.api_id
        return f"{name}(base_url={url!r}, api_id={api_id!r}, api_key={MARKER!r})"


NamespaceT = TypeVar("NamespaceT")


class Namespace(Generic[NamespaceT]):
    """A client attribute, `client.{name}`, made on first use (its module loads then, see
    issue 28) and kept on the client. Its class is `{prefix}{Name}` of the module `{name}`
    beside its owner's (`_async/namespaces.py`, generated): `AsyncAvatars` of
    `_async/avatars.py` for `AsyncCreatify`, `Avatars` of `_sync/avatars.py` for `Creatify`."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        prefix = "Async" if owner.__name__.startswith("Async") else ""
        self.class_name = prefix + "".join(word.capitalize() for word in name.split("_"))
        self.module = f"{owner.__module__.rpartition('.')[0]}.{name}"

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: object, owner: type) -> NamespaceT: ...
    def __get__(self, client: object | None, owner: type) -> NamespaceT | Self:
        if client is None:
            return self
        made: NamespaceT = getattr(importlib.import_module(self.module), self.class_name)(client)
        vars(client)[self.name] = made  # a non-data descriptor: later lookups find this
        return made
