"""Every tool ends within its bound when the API does not answer: against a real server
on 127.0.0.1 that reads each request and never answers (tests/faults/server.py).

In-process (each tool run with a client of that server, as the MCP server runs it), with
the bounds made small. The client's `call_deadline` is 10 s (120 s by default): before,
each request ran to it, retries included, whatever the tool's bound; a download's file
had no bound at all."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from creatify import APITimeoutError, AsyncCreatify, CreatifyError
from creatify.mcp import bounds, server, tools
from creatify.mcp.journal import Journal
from creatify.mcp.server import Services

from tests.faults.server import Fault, FaultServer, serving
from tests.mcp.helpers import PERSONA

JOB_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
BOUND = 2.0
FINAL = 1.0
STALL = 0.5
# Room for a loaded machine; before, these calls took 10 s and more.
MARGIN = 2.0
VIDEO = (Path(tools.__file__).parents[1] / "testing" / "media" / "lipsync-output.mp4").read_bytes()


@pytest.fixture
def hanging() -> Iterator[FaultServer]:
    with serving(Fault(hang=True)) as found:
        yield found


@pytest.fixture(autouse=True)
def small_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tools, "CALL_SECONDS", BOUND)
    monkeypatch.setattr(tools, "FINAL_GET_SECONDS", FINAL)
    monkeypatch.setattr(tools, "STALL_SECONDS", STALL)


async def services_of(url: str, folder: Path) -> Services:
    client = AsyncCreatify("id", "key", url, call_deadline=10)
    return Services(folder, Journal(folder / "journal.sqlite3"), _client=client)


@pytest.fixture
async def services(hanging: FaultServer, tmp_path: Path) -> AsyncIterator[Services]:
    found = await services_of(hanging.url, tmp_path)
    yield found
    await found.close()


async def no_progress(value: float, total: float | None, message: str | None) -> None:
    pass


async def timed(
    services: Services, tool: str, args: dict[str, Any], error: type[Exception] = APITimeoutError
) -> tuple[float, str]:
    """How long the tool took to give up, and its error's message (the MCP server makes
    it a tool error). Cut at 15 s: before, some ran for minutes."""
    started = time.monotonic()
    with anyio.fail_after(15), pytest.raises(error) as raised:
        await tools.catalogue()[tool].call(services, args, no_progress)
    return time.monotonic() - started, str(raised.value)


@pytest.mark.parametrize(
    ("tool", "args"),
    [
        ("lipsyncs_get", {"id": JOB_ID}),
        ("lipsyncs_wait", {"id": JOB_ID, "seconds": 0}),
        ("lipsyncs_list", {}),
        ("lipsyncs_download", {"id": JOB_ID}),
        ("credits_remaining", {}),
        ("voices_list", {}),
        ("voices_find_accent", {"voice": "Ava"}),
        ("avatars_list", {"gender": "f"}),
        ("links_create", {"url": "https://example.com/product"}),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
async def test_a_call_ends_within_the_tools_bound(
    services: Services, tool: str, args: dict[str, Any]
) -> None:
    took, _ = await timed(services, tool, args)
    assert BOUND - 0.1 < took < BOUND + MARGIN, took


async def test_a_wait_ends_within_its_seconds_and_its_last_check(
    services: Services, hanging: FaultServer
) -> None:
    """`seconds` for the polls, `FINAL_GET_SECONDS` for the check after them."""
    took, _ = await timed(services, "lipsyncs_wait", {"id": JOB_ID, "seconds": BOUND})
    assert BOUND + FINAL - 0.1 < took < BOUND + FINAL + MARGIN, took
    assert hanging.count("GET") == 2, "one poll, one last check: no retry past their ends"


async def test_a_create_cut_by_the_bound_says_so_and_is_not_sent_again(
    services: Services, hanging: FaultServer
) -> None:
    """The POST may have made a job: the error says how to find it, and an identical
    call (written otherwise) is refused from the journal, not sent."""
    args = {"creator": PERSONA, "text": "Bounded", "aspect_ratio": "9x16"}
    took, message = await timed(services, "lipsyncs_create", args, CreatifyError)
    assert BOUND - 0.1 < took < BOUND + MARGIN, took
    assert "may have made a job" in message and "lipsyncs_list" in message, message
    again, refused = await timed(
        services, "lipsyncs_create", {**args, "creator": PERSONA.upper()}, CreatifyError
    )
    assert "outcome is not known" in refused and "lipsyncs_list" in refused, refused
    assert again < 0.5, "answered from the journal"
    assert hanging.count("POST") == 1
    assert [row["state"] for row in services.journal.entries()] == ["sending"]


@pytest.fixture
def done_job() -> Iterator[Any]:
    """An API that answers at once with a done lipsync whose output is on `storage`
    (a server given the fault to serve it with)."""
    with contextlib.ExitStack() as stack:

        def serve(fault: Fault) -> str:
            storage = stack.enter_context(serving(fault))
            job = {"id": JOB_ID, "status": "done", "output": f"{storage.url}/v.mp4"}
            return stack.enter_context(serving(Fault(body=json.dumps(job).encode()))).url

        yield serve


async def test_a_download_whose_file_does_not_answer_ends_within_the_bound(
    done_job: Any, tmp_path: Path
) -> None:
    services = await services_of(done_job(Fault(hang=True)), tmp_path)
    try:
        took, _ = await timed(services, "lipsyncs_download", {"id": JOB_ID})
    finally:
        await services.close()
    # Each try waits `STALL_SECONDS` for the answer; the tries end by the bound.
    assert STALL - 0.1 < took < BOUND + MARGIN, took


async def test_a_download_whose_file_stops_coming_ends_after_its_stall_bound(
    done_job: Any, tmp_path: Path
) -> None:
    """A byte, then none for longer than `STALL_SECONDS`: cut then, not at the bound."""
    fault = Fault(body=VIDEO[:64], headers={"Content-Type": "video/mp4"}, trickle_delay=2.5)
    services = await services_of(done_job(fault), tmp_path)
    try:
        took, _ = await timed(services, "lipsyncs_download", {"id": JOB_ID})
    finally:
        await services.close()
    assert STALL - 0.1 < took < BOUND - 0.5, took
    assert [p async for p in anyio.Path(tmp_path).glob("lipsyncs-*")] == [], "no partial file"


async def test_a_download_that_keeps_coming_is_not_cut_by_the_bound(
    done_job: Any, tmp_path: Path
) -> None:
    """A byte every 10 ms (each well within `STALL_SECONDS`) for longer than the bound."""
    body = VIDEO[:300]
    fault = Fault(body=body, headers={"Content-Type": "video/mp4"}, trickle_delay=0.01)
    services = await services_of(done_job(fault), tmp_path)
    started = time.monotonic()
    try:
        saved = await tools.catalogue()["lipsyncs_download"].call(
            services, {"id": JOB_ID}, no_progress
        )
    finally:
        await services.close()
    assert time.monotonic() - started > BOUND
    assert await anyio.Path(saved["path"]).read_bytes() == body


async def test_a_download_whose_bytes_come_slower_than_what_is_left_of_the_bound_is_saved(
    done_job: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stall bound above the tool's bound: bytes 1.5 s apart (longer than the bound,
    within the stall bound) are read until the file is whole; before, each read was cut
    to what was left of the bound and the download failed at 1 s."""
    monkeypatch.setattr(tools, "CALL_SECONDS", 1.0)
    monkeypatch.setattr(tools, "STALL_SECONDS", 3.0)
    body = VIDEO[:96]
    fault = Fault(
        body=body, headers={"Content-Type": "video/mp4"}, trickle_delay=1.5, trickle_bytes=32
    )
    services = await services_of(done_job(fault), tmp_path)
    started = time.monotonic()
    try:
        with anyio.fail_after(15):
            saved = await tools.catalogue()["lipsyncs_download"].call(
                services, {"id": JOB_ID}, no_progress
            )
    finally:
        await services.close()
    assert time.monotonic() - started > 2.5
    assert await anyio.Path(saved["path"]).read_bytes() == body


async def test_a_download_that_stops_fails_after_its_stall_bound_even_past_the_bound(
    done_job: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stall bound above the tool's bound: after the first bytes, none come; the
    download fails once the stall bound has passed without a byte (not at the bound)."""
    monkeypatch.setattr(tools, "CALL_SECONDS", 1.0)
    monkeypatch.setattr(tools, "STALL_SECONDS", 3.0)
    fault = Fault(
        body=VIDEO[:64], headers={"Content-Type": "video/mp4"}, trickle_delay=30, trickle_bytes=32
    )
    services = await services_of(done_job(fault), tmp_path)
    try:
        took, _ = await timed(services, "lipsyncs_download", {"id": JOB_ID})
    finally:
        await services.close()
    assert 3.0 - 0.1 < took < 3.0 + MARGIN, took
    assert [p async for p in anyio.Path(tmp_path).glob("lipsyncs-*")] == [], "no partial file"


def test_every_tool_states_its_bound_from_the_constants(monkeypatch: pytest.MonkeyPatch) -> None:
    """Changed constants change every description (none is a copied number)."""
    monkeypatch.setattr(tools, "CALL_SECONDS", 7.5)
    monkeypatch.setattr(tools, "FINAL_GET_SECONDS", 1.25)
    monkeypatch.setattr(tools, "STALL_SECONDS", 3.5)
    tools.catalogue.cache_clear()
    try:
        catalogue = tools.catalogue()
    finally:
        tools.catalogue.cache_clear()
    for name, tool in catalogue.items():
        assert "within 7.5 s" in tool.description, name
        if name.endswith("_wait"):
            assert "plus 1.25 s" in tool.description, name
        if name.endswith("_download"):
            assert "3.5 s without one" in tool.description, name
    assert f"within {bounds.CALL_SECONDS:g} s" in server.INSTRUCTIONS
    assert f"{bounds.REUSE_SECONDS / 60:g} minutes" in server.INSTRUCTIONS
