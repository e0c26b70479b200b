"""`creatify.batch.arun` on a client of `FakeCreatify` waits on the fake's clock, as the
testing guide promises: a create answered 5xx (held `UNKNOWN_OUTCOME_SECONDS`, its tag
looked up meanwhile) and a 429's Retry-After take no real time."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from creatify.batch import BatchRow, arun
from creatify.batch._engine import UNKNOWN_OUTCOME_SECONDS
from creatify.testing import FakeCreatify

from tests.batch.helpers import CREATOR


async def run_one(fake: FakeCreatify, tmp_path: Path) -> tuple[list[str], float, float]:
    """The row's state, then the real and the fake seconds the batch took."""
    started, fake_started = time.monotonic(), fake.now()
    async with fake.async_client() as client:
        batch = arun(
            client,
            [BatchRow("a", {"creator": CREATOR, "text": "Hello"})],
            out_dir=tmp_path / "out",
            journal=tmp_path / "j.sqlite",
        )
        report = await asyncio.wait_for(batch, 10)  # else a hold in real time: 10 minutes
    return [row.state for row in report.rows], time.monotonic() - started, fake.now() - fake_started


async def test_a_create_answered_5xx_is_held_on_the_fakes_clock(tmp_path: Path) -> None:
    """The fake made no job of the 503: the row is sent again once the hold has passed."""
    fake = FakeCreatify()
    fake.fault_next(status=503)
    states, real, on_fake = await run_one(fake, tmp_path)
    assert states == ["downloaded"]
    assert real < 5
    assert on_fake >= UNKNOWN_OUTCOME_SECONDS - 5
    assert [r.method for r in fake.requests if r.path == "/api/lipsyncs/"].count("POST") == 2
    assert len(fake.records()) == 1


async def test_a_429s_retry_after_passes_on_the_fakes_clock(tmp_path: Path) -> None:
    fake = FakeCreatify()
    fake.fault_next(status=429, retry_after=8)
    states, real, on_fake = await run_one(fake, tmp_path)
    assert states == ["downloaded"]
    assert real < 2
    assert on_fake >= 8
    assert len(fake.records()) == 1
