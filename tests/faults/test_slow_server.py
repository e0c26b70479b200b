"""A server that accepts connections and never answers: the call ends by its deadline
(`call_deadline`, all tries and retry waits included) and, while `info` is logged, says
what it waits for. Before the deadline a GET took 60 s per try, three tries: 182 s, in
silence. A real socket on 127.0.0.1 (tests/faults/server.py) that reads each request
and never answers; small settings keep the test short."""

from __future__ import annotations

import json
import logging
import time

import httpcore
import pytest
from creatify import (
    APITimeoutError,
    AsyncCreatify,
    ConfigurationError,
    Creatify,
    WaitTimeout,
    _slow,
)
from creatify._timeouts import answer_ends_at, not_counted, read_within

from tests.faults.server import Fault, serving

FAST = {"timeout": 1.5, "max_retries": 2, "retry_backoff": 0.05}
# Room for one full try and most of a second one (a loaded machine runs late).
DEADLINE = 2.4


def test_the_deadline_ends_every_try_of_a_call() -> None:
    with serving(Fault(hang=True)) as server:
        with Creatify("id", "key", server.url, call_deadline=DEADLINE, **FAST) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                client.credits.remaining()
            took = time.monotonic() - started
    # Without the deadline: three tries of 1.5 s each plus the waits, over 4.5 s.
    assert DEADLINE - 0.1 < took < 4.0, took
    assert server.count("GET") == 2, "the second try was cut, no third was started"


def test_without_a_deadline_every_try_runs_its_full_time_out() -> None:
    """The comparison: `call_deadline=None` lets the three 1.5-second tries run."""
    with serving(Fault(hang=True)) as server:
        with Creatify("id", "key", server.url, call_deadline=None, **FAST) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                client.credits.remaining()
            assert time.monotonic() - started > 4.5
    assert server.count("GET") == 3


def test_a_call_with_a_longer_timeout_of_its_own_gets_it() -> None:
    with serving(Fault(hang=True)) as server:
        with Creatify("id", "key", server.url, call_deadline=0.5, **FAST) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                client.credits.remaining(timeout=1.2)
            assert time.monotonic() - started > 1.1  # not cut at the 0.5 s deadline
    assert server.count("GET") == 1


async def test_the_deadline_holds_for_async_clients_too() -> None:
    with serving(Fault(hang=True)) as server:
        async with AsyncCreatify("id", "key", server.url, call_deadline=DEADLINE, **FAST) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.credits.remaining()
            assert DEADLINE - 0.1 < time.monotonic() - started < 4.0
    assert server.count("GET") == 2


def test_a_slow_call_says_what_it_waits_for(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(_slow, "SLOW_CALL_REPORT_EVERY", 0.25)
    caplog.set_level(logging.INFO, logger="creatify")
    with serving(Fault(hang=True)) as server:
        with Creatify("id", "key", server.url, call_deadline=DEADLINE, **FAST) as client:
            with pytest.raises(APITimeoutError):
                client.credits.remaining()
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("still")]
    assert lines, caplog.text
    assert lines[0] == "still waiting for GET /api/remaining_credits/ after 0.25 s (try 1 of 3)"
    assert any(line.endswith("(try 2 of 3)") for line in lines)
    time.sleep(0.6)
    count = len([r for r in caplog.records if r.getMessage().startswith("still")])
    assert count == len(lines), "nothing is reported once the call has ended"


def test_a_paid_create_waiting_for_its_answer_is_not_said_to_be_tried_again(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A create whose request has left is never sent again: its line says "try 1", not
    "try 1 of 3" (X1-4), which reads as two more paid sends."""
    monkeypatch.setattr(_slow, "SLOW_CALL_REPORT_EVERY", 0.25)
    caplog.set_level(logging.INFO, logger="creatify")
    with serving(Fault(hang=True)) as server:
        with Creatify("id", "key", server.url, call_deadline=1.0, **FAST) as client:
            with pytest.raises(APITimeoutError):
                client.lipsyncs.create(text="Hi", creator="8b1a2b3c-dcbb-4c12-8e98-a1e0643d5394")
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("still")]
    assert lines and all(line.endswith("(try 1)") for line in lines), lines
    assert server.count("POST") == 1


def test_the_deadline_is_bounded_by_default_and_checked() -> None:
    assert Creatify("id", "key", "http://127.0.0.1:9")._settings.call_deadline == 120.0
    patient = Creatify("id", "key", "http://127.0.0.1:9").with_options(call_deadline=600)
    assert patient._settings.call_deadline == 600.0
    for bad in (0, -1, "soon", True):
        with pytest.raises(ConfigurationError, match="call_deadline"):
            Creatify("id", "key", "http://127.0.0.1:9", call_deadline=bad)  # type: ignore[arg-type]


# ---------------------------------------------------------------- a wait's `timeout`

JOB_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
RUNNING = json.dumps({"id": JOB_ID, "status": "running", "progress": 0.1}).encode()
WAIT = 2.0
# Room for a loaded machine; without the bound the same waits took 5.7 to 7.4 s.
WAIT_MARGIN = 2.0


def test_a_wait_ends_by_its_timeout_when_the_api_hangs() -> None:
    """The client's defaults (60 s tries, 2 retries, 120 s call deadline): every try of
    the poll ends by the wait's end, so `timeout=2` is 2 s, not three cut tries."""
    with serving(Fault(hang=True)) as server:
        with Creatify("id", "key", server.url) as client:
            started = time.monotonic()
            with pytest.raises(WaitTimeout):
                client.lipsyncs.wait(JOB_ID, timeout=WAIT)
            took = time.monotonic() - started
    assert WAIT - 0.1 < took < WAIT + WAIT_MARGIN, took
    assert server.count("GET") == 1, "no retry starts after the wait's end"


async def test_an_async_wait_ends_by_its_timeout_when_the_api_hangs() -> None:
    with serving(Fault(hang=True)) as server:
        async with AsyncCreatify("id", "key", server.url) as client:
            started = time.monotonic()
            with pytest.raises(WaitTimeout):
                await client.lipsyncs.wait(JOB_ID, timeout=WAIT)
            took = time.monotonic() - started
    assert WAIT - 0.1 < took < WAIT + WAIT_MARGIN, took


def test_a_wait_ends_by_its_timeout_when_the_answer_trickles() -> None:
    """Headers at once, then a byte every 30 ms (7 s for the body): the body is cut at
    the wait's end too, not at the client's `response_deadline` (120 s)."""
    with serving(Fault(body=RUNNING + b" " * 150, trickle_delay=0.03)) as server:
        with Creatify("id", "key", server.url) as client:
            started = time.monotonic()
            with pytest.raises(WaitTimeout):
                client.lipsyncs.wait(JOB_ID, timeout=WAIT)
            took = time.monotonic() - started
    assert WAIT - 0.1 < took < WAIT + WAIT_MARGIN, took


# ---------------------------------------------------------------- trickled headers

# The status line and headers a byte every 0.1 s, each inside the 1 s read time-out:
# about 30 s before the body, were it not for the deadline.
TRICKLED_HEAD = Fault(
    body=RUNNING, headers={"X-Pad": "a" * 250}, trickle_delay=0.1, trickle_head=True
)
SHORT = {"timeout": 1.0, "max_retries": 0, "call_deadline": 1.5}


def test_headers_trickled_inside_the_read_timeout_end_by_the_call_deadline() -> None:
    """httpx's read time-out is renewed by each byte: before, the call took as long as the
    server kept trickling (hours for a long head; S3-1)."""
    with serving(TRICKLED_HEAD) as server:
        with Creatify("id", "key", server.url, **SHORT) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                client.lipsyncs.get(JOB_ID)
            took = time.monotonic() - started
    assert 1.4 < took < 1.5 + WAIT_MARGIN, took


async def test_trickled_headers_end_by_the_call_deadline_for_async_clients_too() -> None:
    with serving(TRICKLED_HEAD) as server:
        async with AsyncCreatify("id", "key", server.url, **SHORT) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.lipsyncs.get(JOB_ID)
            took = time.monotonic() - started
    assert 1.4 < took < 1.5 + WAIT_MARGIN, took


def test_a_wait_ends_by_its_timeout_when_the_headers_trickle() -> None:
    with serving(TRICKLED_HEAD) as server:
        with Creatify("id", "key", server.url) as client:
            started = time.monotonic()
            with pytest.raises(WaitTimeout):
                client.lipsyncs.wait(JOB_ID, timeout=WAIT)
            took = time.monotonic() - started
    assert WAIT - 0.1 < took < WAIT + WAIT_MARGIN, took


def test_the_time_spent_sending_moves_the_end_of_the_wait_for_the_answer() -> None:
    """An upload that keeps moving past the call's end still gets its answer read: the
    pools' writes run `not_counted`, so the reads after them are not cut at once."""
    token = answer_ends_at.set(time.monotonic() + 0.2)
    try:
        with not_counted():
            time.sleep(0.3)  # a write (an upload's) taking longer than what was left
        left = read_within(5.0)
        assert left is not None and 0.1 < left <= 0.2
        answer_ends_at.set(time.monotonic() - 0.01)
        with pytest.raises(httpcore.ReadTimeout):
            read_within(5.0)
    finally:
        answer_ends_at.reset(token)


def test_a_body_trickled_inside_the_read_timeout_ends_by_the_call_deadline() -> None:
    """Headers at once, then a byte every 2.5 s, each inside the 5 s read time-out: a read
    of the body is cut to the call's end as the headers' are (an MCP tool's 50 s bound
    ended after 80 s; S1-2)."""
    with serving(Fault(body=RUNNING, trickle_delay=2.5)) as server:
        settings = {"timeout": 5.0, "max_retries": 1, "call_deadline": 3.0}
        with Creatify("id", "key", server.url, **settings) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                client.lipsyncs.get(JOB_ID)
            took = time.monotonic() - started
    assert 2.9 < took < 3.0 + WAIT_MARGIN, took
