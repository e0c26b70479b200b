"""A create without an answer may still make its job later: the service may be working on
it after the client timed out, was interrupted or got a gateway's 5xx. Through a real
proxy in front of the mock that holds the create before forwarding it (`SlowService`),
with `UNKNOWN_OUTCOME_SECONDS` shortened: such a row is not sent again before that time
has passed since its send (in the same run, or by a re-run), and its job is adopted when
it appears. Also: the journal's lock by the file a link names, a row `sending` only once
its schema read is done, and `run`'s keywords."""

from __future__ import annotations

import asyncio
import inspect
import time
from pathlib import Path
from typing import Any

import pytest
from creatify import AsyncCreatify
from creatify.batch import BatchRow, JournalBusy, _engine, arun, run
from creatify.batch._journal import Journal

from tests.batch.helpers import API_KEY, CREATOR, SlowService, creates_per_key, new_account, states
from tests.batch.test_unfindable_kinds import ROWS, records

FAST: dict[str, Any] = {"poll_interval": 0.1, "max_interval": 0.2}
LIPSYNC_CREATE = "POST /api/lipsyncs/"


def only_row() -> list[BatchRow]:
    return [BatchRow("only", {"creator": CREATOR, "text": "Hello"})]


def unknown_for(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    monkeypatch.setattr(_engine, "UNKNOWN_OUTCOME_SECONDS", seconds)
    monkeypatch.setattr(_engine, "LOOK_AGAIN_SECONDS", 0.2)


async def reached(check: Any, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not await asyncio.to_thread(check):
        assert time.monotonic() < deadline, "not reached in time"
        await asyncio.sleep(0.05)


async def test_a_create_that_timed_out_is_adopted_when_its_job_appears_not_sent_again(
    mock_base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The service takes 2 s, the client waits 1 s: the job appears after the time-out
    and is adopted. It was looked up at once, found nothing and sent again: two jobs."""
    unknown_for(monkeypatch, 15)
    account = new_account()
    service = SlowService(mock_base_url, LIPSYNC_CREATE, 2)
    with service.running() as url:
        async with AsyncCreatify(account, API_KEY, url, timeout=1) as client:
            report = await arun(
                client, only_row(), out_dir=tmp_path / "o", journal=tmp_path / "j", **FAST
            )
        assert report.finished, report.rows
        assert (report.unanswered, report.maybe_sent, service.seen) == (1, 1, 1)
        await asyncio.sleep(2.5)  # a second create, had one been sent, has landed by now
    assert creates_per_key(mock_base_url, account) == {"only": 1}


async def test_a_create_a_gateway_gave_up_on_is_sent_again_only_after_the_window(
    mock_base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 502 to the create (the service never saw it): looked up until 3 s after it was
    sent, then, no job having appeared, sent again once: one job."""
    unknown_for(monkeypatch, 3)
    account = new_account()
    sent: list[float] = []
    service = SlowService(mock_base_url, LIPSYNC_CREATE, 0.1, drop_first=True)
    with service.running() as url:
        async with AsyncCreatify(account, API_KEY, url) as client:
            report = await arun(
                client,
                only_row(),
                out_dir=tmp_path / "o",
                journal=tmp_path / "j",
                on_change=lambda key, state, _: state == "sending" and sent.append(time.time()),
                **FAST,
            )
    assert report.finished, report.rows
    assert service.seen == 2 and len(sent) == 2
    assert sent[1] - sent[0] >= 3
    assert creates_per_key(mock_base_url, account) == {"only": 1}


async def test_an_interrupted_create_is_left_sending_by_a_rerun_until_its_job_appears(
    mock_base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C (the run cancelled: a kill leaves the same journal) while the service still
    holds the create, then a re-run at once: its job is not there yet, so the row is
    left `sending`, saying when it may be sent, and nothing is sent. Once the job
    appears, the next re-run adopts it. The re-run sent it again: two jobs."""
    unknown_for(monkeypatch, 60)
    account = new_account()
    # Held 5 s: the re-run must read the journal and the list before the job appears.
    service = SlowService(mock_base_url, LIPSYNC_CREATE, 5)
    journal = tmp_path / "j"
    with service.running() as url:
        async with AsyncCreatify(account, API_KEY, url) as client:
            first = asyncio.create_task(
                arun(client, only_row(), out_dir=tmp_path / "o", journal=journal, **FAST)
            )
            await reached(lambda: service.seen > 0)
            first.cancel()
            with pytest.raises(asyncio.CancelledError):
                await first
            again = await arun(client, only_row(), out_dir=tmp_path / "o", journal=journal)
            assert again.rows[0].state == "sending" and service.seen == 1
            assert "may still make a job: not sent again before" in str(again.rows[0].error)
            await reached(lambda: creates_per_key(mock_base_url, account) == {"only": 1})
            last = await arun(client, only_row(), out_dir=tmp_path / "o", journal=journal, **FAST)
    assert last.finished, last.rows
    assert service.seen == 1
    assert creates_per_key(mock_base_url, account) == {"only": 1}


async def test_a_row_is_sending_only_after_its_schema_read(
    mock_base_url: str, tmp_path: Path
) -> None:
    """An asset generator row interrupted during the free model read before its create:
    the row is still `queued` (nothing was sent), and the re-run sends it. It was
    `sending`, and never sent again ("cannot be looked up")."""
    account = new_account()
    journal = tmp_path / "j"
    rows = [BatchRow("a", ROWS["asset_generator"]("a"))]
    options: dict[str, Any] = dict(kind="asset_generator", out_dir=tmp_path / "o", **FAST)
    service = SlowService(mock_base_url, "GET /api/asset_generator/schemas/", 3)
    with service.running() as url:
        async with AsyncCreatify(account, API_KEY, url) as client:
            first = asyncio.create_task(arun(client, rows, journal=journal, **options))
            await reached(lambda: service.seen > 0)
            await asyncio.sleep(0.2)
            assert states(journal) == {"a": "queued"}
            first.cancel()
            with pytest.raises(asyncio.CancelledError):
                await first
    assert states(journal) == {"a": "queued"}
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        again = await arun(client, rows, journal=journal, **options)
    assert again.finished, again.rows
    assert records(mock_base_url, account, "asset_generator") == 1


def test_a_journal_named_through_a_link_is_locked_as_the_file_it_names(
    tmp_path: Path,
) -> None:
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "j.sqlite"
    link = tmp_path / "link.sqlite"
    link.symlink_to(real)
    held = Journal(real, "lipsync")
    try:
        with pytest.raises(JournalBusy):
            Journal(link, "lipsync")
    finally:
        held.close()


def test_run_takes_every_keyword_of_arun() -> None:
    """Declared, not `**options`: a type checker refuses a misspelt one (`concurency`)."""
    taken = inspect.signature(run).parameters
    for name, parameter in inspect.signature(arun).parameters.items():
        if name not in ("client", "rows"):
            assert taken[name].default == parameter.default, name
    assert not any(p.kind is p.VAR_KEYWORD for p in taken.values())
