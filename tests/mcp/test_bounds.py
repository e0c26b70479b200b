"""The job tools end within their bounds when the API does not answer: against a real
server on 127.0.0.1 that reads each request and never answers (tests/faults/server.py).

In-process (each tool run with a client of that server, as the MCP server runs it), with
the bounds made small. The client's `call_deadline` is 10 s (120 s by default): before,
each get ran to it, retries included, whatever the tool's bound."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from creatify import APITimeoutError, AsyncCreatify
from creatify.mcp import tools
from creatify.mcp.journal import Journal
from creatify.mcp.server import Services

from tests.faults.server import Fault, FaultServer, serving

JOB_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
BOUND = 2.0
FINAL = 1.0
# Room for a loaded machine; before, these calls took 10 s and more.
MARGIN = 2.0


@pytest.fixture
def hanging() -> AsyncIterator[FaultServer]:
    with serving(Fault(hang=True)) as server:
        yield server


@pytest.fixture
async def services(hanging: FaultServer, tmp_path: Path) -> AsyncIterator[Services]:
    client = AsyncCreatify("id", "key", hanging.url, call_deadline=10)
    found = Services(tmp_path, Journal(tmp_path / "journal.sqlite3"), _client=client)
    yield found
    await found.close()


async def no_progress(value: float, total: float | None, message: str | None) -> None:
    pass


async def timed(services: Services, tool: str, args: dict[str, Any]) -> float:
    """How long the tool took to give up (an `APITimeoutError`: the MCP server makes it a
    tool error)."""
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await tools.catalogue()[tool].call(services, args, no_progress)
    return time.monotonic() - started


@pytest.mark.parametrize(
    ("tool", "args"),
    [("lipsyncs_get", {"id": JOB_ID}), ("lipsyncs_wait", {"id": JOB_ID, "seconds": 0})],
    ids=["get", "wait-0"],
)
async def test_a_check_ends_within_the_tools_bound(
    services: Services, tool: str, args: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tools, "MAX_WAIT_SECONDS", BOUND)
    took = await timed(services, tool, args)
    assert BOUND - 0.1 < took < BOUND + MARGIN, took


async def test_a_wait_ends_within_its_seconds_and_its_last_check(
    services: Services, hanging: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`seconds` for the polls, `FINAL_GET_SECONDS` for the check after them."""
    monkeypatch.setattr(tools, "FINAL_GET_SECONDS", FINAL)
    took = await timed(services, "lipsyncs_wait", {"id": JOB_ID, "seconds": BOUND})
    assert BOUND + FINAL - 0.1 < took < BOUND + FINAL + MARGIN, took
    assert hanging.count("GET") == 2, "one poll, one last check: no retry past their ends"
