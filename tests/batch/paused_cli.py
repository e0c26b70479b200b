"""`creatify` with pauses for the crash tests, which kill the process during one:
`CREATIFY_BATCH_TEST_PAUSE="create=S,download=S"` holds a batch S seconds right after a
create's answer (before its id is recorded), or in the middle of a download (its
temporary file written, not yet renamed); `unknown=S` shortens the time a create without
an answer is not sent again (`UNKNOWN_OUTCOME_SECONDS`). Run as `python paused_cli.py
batch run ...`.
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import Any

from creatify._cli_entry import main
from creatify.batch import _engine

PAUSES = {
    name: float(seconds)
    for name, _, seconds in (
        item.partition("=") for item in os.environ["CREATIFY_BATCH_TEST_PAUSE"].split(",")
    )
}


class Paused:
    """A job namespace whose `create` pauses after its answer and whose `download`
    pauses at each progress step (blocking the loop, as a stuck disk would)."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def create(self, **options: Any) -> Any:
        job = await self._inner.create(**options)
        await asyncio.sleep(PAUSES.get("create", 0))
        return job

    async def download(self, job: Any, target: Any, **options: Any) -> Any:
        pause = PAUSES.get("download", 0)
        options["on_progress"] = lambda done, total: time.sleep(pause)
        return await self._inner.download(job, target, **options)


engine_init = _engine.Engine.__init__


def paused_engine_init(self: _engine.Engine, *args: Any, **kwargs: Any) -> None:
    engine_init(self, *args, **kwargs)
    self.creates, self.resource = Paused(self.creates), Paused(self.resource)


_engine.UNKNOWN_OUTCOME_SECONDS = PAUSES.get("unknown", _engine.UNKNOWN_OUTCOME_SECONDS)
_engine.Engine.__init__ = paused_engine_init  # type: ignore[method-assign]
main()
