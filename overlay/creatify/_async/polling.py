"""The wait loop: fetch, ask the poller, sleep; `_polling.Poller` decides."""

from __future__ import annotations

from typing import TypeVar

from .._polling import Poller
from .._types import AsyncFetch, AsyncSleep

J = TypeVar("J")


async def wait_for(fetch: AsyncFetch[J], poller: Poller[J], sleep: AsyncSleep) -> J:
    """Poll `fetch` until the poller says the job finished; it raises on failure or time-out."""
    while True:
        try:
            job = await fetch()
        except Exception as exc:
            delay = poller.after_error(exc)
        else:
            maybe = poller.after_result(job)
            if maybe is None:
                return job
            delay = maybe
        await sleep(delay)
