"""Types that differ between the async sources and their generated sync twins.

`scripts/unasync.py` rewrites each `Async...` name to its twin without the prefix.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]
Fetch = Callable[[], T]
AsyncFetch = Callable[[], Awaitable[T]]
PageRead = Callable[[int], T]
AsyncPageRead = Callable[[int], Awaitable[T]]

sync_sleep: Sleep = time.sleep
async_sleep: AsyncSleep = asyncio.sleep
