# Generated from overlay/creatify/_async/polling.py by scripts/gen_sync.py: do not edit.
"""The wait loop: fetch, ask the poller, sleep; `_polling.Poller` decides."""

from __future__ import annotations

from typing import TypeVar

from .._polling import Poller
from .._types import Fetch, Sleep

J = TypeVar("J")


def wait_for(fetch: Fetch[J], poller: Poller[J], sleep: Sleep) -> J:
    """Poll `fetch` until the poller says the job finished; it raises on failure or time-out."""
    while True:
        try:
            job = fetch()
        except Exception as exc:
            delay = poller.after_error(exc)
        else:
            maybe = poller.after_result(job)
            if maybe is None:
                return job
            delay = maybe
        sleep(delay)
