"""What a resource needs from its client (strictly private)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

import httpx
from creatify_api import Client


class SyncHost(Protocol):
    _api: Client
    _media: httpx.Client
    _sleep: Callable[[float], None]
    _clock: Callable[[], float]


class AsyncHost(Protocol):
    _api: Client
    _media: httpx.AsyncClient
    _sleep: Callable[[float], Awaitable[None]]
    _clock: Callable[[], float]
