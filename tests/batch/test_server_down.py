"""A batch whose server goes away after its creates: each row's wait ends at once with the
connection error (noted on the row, its job kept in the journal), where it waited in
silence for the whole wait time-out; the next run, with the server back, waits for the
same jobs and creates nothing again. The mock behind a proxy that is stopped once the
row's job is created (a real refused connection)."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from creatify import AsyncCreatify
from creatify.batch import BatchRow, arun

from tests.batch.helpers import API_KEY, CREATOR, creates_per_key, new_account
from tests.cli.prefer_proxy import header_proxy

WAIT_TIMEOUT = 20.0


async def test_a_rows_wait_ends_when_the_server_is_gone_and_the_next_run_resumes(
    mock_base_url: str, tmp_path: Path
) -> None:
    account = new_account()
    rows = [BatchRow("r1", {"creator": CREATOR, "text": "Hello r1"})]
    options = {
        "out_dir": tmp_path / "out",
        "journal": tmp_path / "j.sqlite",
        "poll_interval": 0.1,
        "max_interval": 0.2,
        "timeout": WAIT_TIMEOUT,
    }
    proxy = contextlib.ExitStack()
    url = proxy.enter_context(header_proxy(mock_base_url, {}))

    def server_goes_away(key: str, state: str, progress: float | None) -> None:
        if state == "rendering":  # created: its wait is next
            proxy.close()

    async with AsyncCreatify(account, API_KEY, url) as client:
        started = time.monotonic()
        report = await arun(client, rows, on_change=server_goes_away, **options)
        took = time.monotonic() - started
    (row,) = report.rows
    assert not report.finished
    assert row.state == "created" and row.job_id, row
    assert row.error is not None and "ConnectError" in row.error, row
    assert took < WAIT_TIMEOUT / 2, took  # the create, then the check's retries
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        again = await arun(client, rows, **options)
    assert again.finished, again.rows
    assert again.rows[0].job_id == row.job_id
    assert creates_per_key(mock_base_url, account) == {"r1": 1}
