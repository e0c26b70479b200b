"""A wait whose checks get no answer. Nothing has answered it yet (a wrong base URL, no
network): the check's `APIConnectionError` is raised at once, as `get` raises it, where
the wait went on in silence until the kind's time-out (30 min; avatars 6 days). The API
has answered (a check, or the create of `create_and_wait`): failing checks are waited out
until the wait's `timeout`, with a warning when they start failing and another when they
answer again, and a `WaitTimeout` that names the last error.

Real sockets: a closed port on 127.0.0.1; the mock behind a proxy that is stopped during
the wait; tests/faults/server.py for a 503 and connection resets in a given order."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import time
import uuid

import httpx
import pytest
from creatify import (
    APIConnectionError,
    AsyncCreatify,
    Creatify,
    JobUpdate,
    WaitTimeout,
)

from tests.cli.prefer_proxy import header_proxy
from tests.faults.server import Fault, closed_port, serving

API_KEY = "sk-wait-test-SHOULD-NOT-LEAK"
JOB_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
CREATOR = "18fccce8-86e7-5f31-abc8-18915cb872be"  # a stock avatar of the mock
RESET = Fault(reset_before_response=True)  # the request arrives, no answer comes back
FAILING = re.compile(
    r"checks of lipsync (?P<id>\S+) failing since \d\d:\d\d:\d\d \((?P<error>.+)\); "
    r"waiting on, up to \d+ s more"
)
AGAIN = re.compile(
    r"checks of lipsync (?P<id>\S+) answer again, after (?P<n>\d+) failed over \d+ s"
)


def job(status: str, code: int = 200) -> Fault:
    body = {"id": JOB_ID, "status": status, "creator": CREATOR, "progress": 0.5}
    return Fault(status=code, body=json.dumps(body).encode())


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "creatify" and r.levelno == logging.WARNING
    ]


# ---------------------------------------------------------------- nothing ever answered


@pytest.mark.parametrize("kind", ["lipsyncs", "avatars"])
def test_a_wait_nothing_answered_raises_the_connection_error_at_once(kind: str) -> None:
    """The client's defaults (two retries): the same error as `get`, in about as long.
    Before, the wait slept through its `timeout` (here 20 s) and raised WaitTimeout."""
    url = f"http://127.0.0.1:{closed_port()}"
    with Creatify("id", API_KEY, url) as client:
        resource = getattr(client, kind)
        started = time.monotonic()
        with pytest.raises(APIConnectionError) as got:
            resource.get(JOB_ID)
        get_took = time.monotonic() - started
        started = time.monotonic()
        with pytest.raises(APIConnectionError) as waited:
            resource.wait(JOB_ID, timeout=20)
        took = time.monotonic() - started
    assert type(waited.value) is type(got.value) is APIConnectionError
    assert str(waited.value) == str(got.value)
    assert "ConnectError" in str(waited.value)
    assert took < get_took + 2, (took, get_took)


async def test_an_async_wait_nothing_answered_raises_at_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="creatify")
    url = f"http://127.0.0.1:{closed_port()}"
    async with AsyncCreatify("id", API_KEY, url, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APIConnectionError, match="ConnectError"):
            await client.lipsyncs.wait(JOB_ID, timeout=20, poll_interval=0.1)
        took = time.monotonic() - started
    assert took < 2, took
    assert warnings(caplog) == [], "an error, not a warning and a wait"


# ---------------------------------------------------------------- the API answered first


def made_running_lipsync(base_url: str, account: str) -> str:
    """A lipsync of `account` at the mock that renders for 10 minutes."""
    headers = {"X-API-ID": account, "X-API-KEY": API_KEY, "X-Mock-Job-Seconds": "600"}
    body = {"text": "a long render", "creator": CREATOR}
    answer = httpx.post(f"{base_url}/api/lipsyncs/", json=body, headers=headers, timeout=30)
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


def test_when_the_server_goes_away_the_wait_goes_on_says_so_and_names_the_last_error(
    mock_base_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The mock answers the first check (through a proxy), then the proxy stops: every
    later check is refused. The wait goes on to its `timeout`; one warning says since when
    and why; the WaitTimeout names the last error and chains it."""
    caplog.set_level(logging.WARNING, logger="creatify")
    account = f"wait-{uuid.uuid4().hex[:12]}"
    job_id = made_running_lipsync(mock_base_url, account)
    proxy = contextlib.ExitStack()
    url = proxy.enter_context(header_proxy(mock_base_url, {}))
    updates: list[JobUpdate] = []

    def server_goes_away(update: JobUpdate) -> None:
        updates.append(update)
        proxy.close()

    wait = 3.0
    with Creatify(account, API_KEY, url, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(WaitTimeout) as info:
            client.lipsyncs.wait(
                job_id,
                timeout=wait,
                poll_interval=0.2,
                max_interval=0.5,
                on_update=server_goes_away,
            )
        took = time.monotonic() - started
    error = info.value
    assert wait - 0.1 < took < wait + 2, took
    assert len(updates) == 1
    assert error.last_status == updates[0].status
    assert isinstance(error.last_error, APIConnectionError)
    assert error.__cause__ is error.last_error
    assert "ConnectError" in str(error.last_error)
    expected = (
        rf"gave up waiting for {job_id} after [\d.]+ s; last status: {error.last_status}; "
        rf"the checks of the last [\d.]+ s failed: {re.escape(str(error.last_error))}"
    )
    assert re.fullmatch(expected, str(error)), str(error)
    said = warnings(caplog)
    assert len(said) == 1, said
    failing = FAILING.fullmatch(said[0])
    assert failing is not None, said
    assert failing["id"] == job_id
    assert failing["error"] == str(error.last_error)
    assert API_KEY not in caplog.text + str(error)


async def test_checks_that_fail_then_answer_again_are_waited_out_and_told(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A 503 on the first check is an answer: the resets that follow are waited out too.
    One warning when the checks start failing (naming the 503), one when they answer."""
    caplog.set_level(logging.WARNING, logger="creatify")
    busy = Fault(status=503, body=b'{"detail": "busy"}')
    with serving(busy, RESET, RESET, job("done")) as server:
        async with AsyncCreatify("id", API_KEY, server.url, max_retries=0) as client:
            done = await client.lipsyncs.wait(
                JOB_ID, timeout=30, poll_interval=0.05, max_interval=0.1
            )
    assert done.status == "done"
    assert server.count("GET") == 4
    said = warnings(caplog)
    assert len(said) == 2, said
    failing, again = FAILING.fullmatch(said[0]), AGAIN.fullmatch(said[1])
    assert failing is not None and again is not None, said
    assert "503" in failing["error"] and "busy" in failing["error"]
    assert again["n"] == "3"


def test_create_and_wait_waits_out_a_first_check_without_answer(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The create was answered, so the base URL is right: a reset on the first check is a
    blip, waited out (raising would leave the paid job behind an error)."""
    caplog.set_level(logging.WARNING, logger="creatify")
    with serving(job("pending", 201), RESET, job("done")) as server:
        with Creatify("id", API_KEY, server.url, max_retries=0) as client:
            done = client.lipsyncs.create_and_wait(
                text="Hi", creator=CREATOR, poll_interval=0.05, timeout=30
            )
    assert done.status == "done"
    assert (server.count("POST"), server.count("GET")) == (1, 2)
    said = warnings(caplog)
    assert [bool(FAILING.fullmatch(said[0])), bool(AGAIN.fullmatch(said[1]))] == [True, True]
