"""Many jobs from rows (a spreadsheet, or rows built in code), each created exactly once.

    from creatify.batch import BatchRow, run
    rows = [BatchRow(f"v{i}", {"creator": avatar_id, "text": script}) for i, script in ...]
    report = run(rows, out_dir="videos", journal="videos.journal.sqlite")

`arun` is the async core (it takes an `AsyncCreatify`); `run` wraps it for plain code.
The journal (SQLite) records every row's state, so running the same batch again after a
crash, a kill or Ctrl-C resumes it and never pays for a row twice. `creatify batch` is
the command-line front end (`creatify batch run jobs.csv --out videos`).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence

from .._client import AsyncCreatify
from ._engine import BatchReport, ChangeCallback, RateGate, RowReport, arun
from ._journal import STATES, Journal, JournalBusy, JournalRow, default_journal, read_journal
from ._rows import KINDS, BatchInputError, BatchKind, BatchRow, RowError, read_rows

__all__ = [
    "KINDS",
    "STATES",
    "BatchInputError",
    "BatchKind",
    "BatchReport",
    "BatchRow",
    "ChangeCallback",
    "Journal",
    "JournalBusy",
    "JournalRow",
    "RateGate",
    "RowError",
    "RowReport",
    "arun",
    "default_journal",
    "read_journal",
    "read_rows",
    "run",
]


def run(
    rows: Sequence[BatchRow],
    *,
    out_dir: str | os.PathLike[str],
    journal: str | os.PathLike[str],
    kind: str = "lipsync",
    concurrency: int = 4,
    retry_failed: bool = False,
    timeout: float | None = None,
    poll_interval: float | None = None,
    max_interval: float | None = None,
    on_change: ChangeCallback | None = None,
    api_id: str | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
) -> BatchReport:
    """`arun` with its own `AsyncCreatify` (credentials as `Creatify` takes them)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # none runs here: `run` starts one
        pass
    else:
        raise RuntimeError(
            "creatify.batch.run cannot run inside a running event loop (a notebook, an "
            "async function): use `await creatify.batch.arun(AsyncCreatify(...), rows, ...)`"
        )
    options = dict(locals())  # `arun`'s arguments, and the client's credentials
    credentials = [options.pop(name) for name in ("api_id", "api_key", "base_url")]

    async def main() -> BatchReport:
        async with AsyncCreatify(*credentials) as client:
            return await arun(client, **options)

    return asyncio.run(main())
