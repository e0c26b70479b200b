"""Per-call `timeout=` and `client.with_options(timeout=..., max_retries=...)`.

Timing and connection reuse run against the counting loopback server (tests/faults/
server.py): Prism cannot answer after an exact delay or show how many connections it got.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from creatify import (
    APITimeoutError,
    AsyncCreatify,
    ConfigurationError,
    Creatify,
    InternalServerError,
    InvalidInputError,
    WaitTimeout,
)

from tests.faults.server import Fault, serving
from tests.overlay.helpers import (
    API_KEY,
    LIPSYNC_ID,
    Script,
    async_client,
    json_response,
    lipsync,
    sync_client,
)
from tests.overlay.products_helpers import Offline

CREDITS = Fault(body=json.dumps({"remaining_credits": 42}).encode())
# Slow enough that "cut at 0.2 s" and "waited for the answer" differ even on a busy machine.
SLOW_CREDITS = Fault(body=CREDITS.body, delay=3.0)
BUSY = Fault(status=503, body=b'{"detail": "busy"}')
OPTIONS: dict[str, Any] = {"retry_backoff": 0.0, "timeout": 10.0}


def real_sync(url: str, **kwargs: Any) -> Creatify:
    return Creatify("test-id", API_KEY, url, **{**OPTIONS, **kwargs})


def real_async(url: str, **kwargs: Any) -> AsyncCreatify:
    return AsyncCreatify("test-id", API_KEY, url, **{**OPTIONS, **kwargs})


def test_per_call_timeout_cuts_a_slow_answer_sync() -> None:
    """`timeout=0.2` on one call times out a 3 s answer; the next call keeps the client's."""
    with serving(SLOW_CREDITS) as server, real_sync(server.url, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.credits.remaining(timeout=0.2)
        assert time.monotonic() - started < 2.5
        assert client.credits.remaining().remaining_credits == 42


async def test_per_call_timeout_cuts_a_slow_answer_async() -> None:
    """`timeout=0.2` on one awaited call times out a 3 s answer; the next call keeps the
    client's."""
    with serving(SLOW_CREDITS) as server:
        async with real_async(server.url, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.credits.remaining(timeout=0.2)
            assert time.monotonic() - started < 2.5
            assert (await client.credits.remaining()).remaining_credits == 42


def test_per_call_timeout_becomes_the_request_timeout_extension() -> None:
    """The call's `httpx.Timeout` is what httpx sends with (MockTransport: a server cannot
    see the client's time-out); a call without one sends the client's."""
    script = Script([json_response(200, {"remaining_credits": 1})])
    client = sync_client(script, timeout=httpx.Timeout(60.0, connect=10.0))
    client.credits.remaining(timeout=httpx.Timeout(3.0, connect=1.0))
    client.credits.remaining()
    client.credits.remaining(timeout=2)
    timeouts = [r.extensions["timeout"] for r in script.requests]
    assert timeouts[0] == {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    assert timeouts[1] == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert timeouts[2] == {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}


async def test_download_timeout_reaches_the_file_request_async(tmp_path: Path) -> None:
    """`download(..., timeout=)` applies to the job's GET and to the file's GET
    (MockTransport: the time-out a request carries is not visible to a server)."""
    script = Script(
        [
            json_response(200, lipsync("done", output="http://127.0.0.1:9/out.mp4")),
            httpx.Response(200, content=b"\x00\x00\x00\x18ftypmp42"),
        ]
    )
    client = async_client(script)
    await client.lipsyncs.download(LIPSYNC_ID, tmp_path / "v.mp4", timeout=4)
    assert [r.extensions["timeout"]["read"] for r in script.requests] == [4, 4]


@pytest.mark.parametrize(
    "bad",
    # An httpx.Timeout is checked part by part, as the client's is (review Y1-4): a read
    # time-out of 0 sent a paid create whose answer could not be read.
    [0, -1, "5", True, httpx.Timeout(0), httpx.Timeout(5, read=0), httpx.Timeout(float("nan"))],
)
def test_bad_per_call_timeout_is_refused_before_any_request(bad: object) -> None:
    """A per-call `timeout` that is not positive seconds or an httpx.Timeout of such names
    the field and the rule."""
    script = Script([json_response(200, {"remaining_credits": 1})])
    with pytest.raises(InvalidInputError, match="timeout: must be a number of seconds more"):
        sync_client(script).credits.remaining(timeout=bad)  # type: ignore[arg-type]
    assert script.count == 0


def test_wait_polls_never_run_past_its_deadline_sync() -> None:
    """A poll that hangs is cut at the wait's deadline (1 s), not the client's 30 s
    (6 s of slack for a busy machine)."""
    with serving(Fault(hang=True)) as server, real_sync(server.url, max_retries=0, timeout=30) as c:
        started = time.monotonic()
        with pytest.raises(WaitTimeout):
            c.lipsyncs.wait(LIPSYNC_ID, timeout=1.0, poll_interval=0.1)
        assert time.monotonic() - started < 6


async def test_wait_polls_never_run_past_its_deadline_async() -> None:
    """An awaited poll that hangs is cut at the wait's deadline (1 s), not the client's 30 s."""
    with serving(Fault(hang=True)) as server:
        async with real_async(server.url, max_retries=0, timeout=30) as client:
            started = time.monotonic()
            with pytest.raises(WaitTimeout):
                await client.lipsyncs.wait(LIPSYNC_ID, timeout=1.0, poll_interval=0.1)
            assert time.monotonic() - started < 6


def test_with_options_shares_the_connection_pool_sync() -> None:
    """A derived client reuses the parent's connection; closing it leaves the parent working."""
    with serving(CREDITS) as server:
        parent = real_sync(server.url)
        parent.credits.remaining()
        derived = parent.with_options(timeout=5, max_retries=0)
        assert type(derived) is Creatify
        assert derived.credits.remaining().remaining_credits == 42
        derived.close()
        assert parent.credits.remaining().remaining_credits == 42
        assert server.count() == 3
        assert server.connections == 1
        parent.close()


async def test_with_options_shares_the_connection_pool_async() -> None:
    """An async derived client reuses the parent's connection; closing it leaves the parent
    working."""
    with serving(CREDITS) as server:
        parent = real_async(server.url)
        await parent.credits.remaining()
        derived = parent.with_options(timeout=5, max_retries=0)
        assert type(derived) is AsyncCreatify
        assert (await derived.credits.remaining()).remaining_credits == 42
        await derived.close()
        assert (await parent.credits.remaining()).remaining_credits == 42
        assert server.count() == 3
        assert server.connections == 1
        await parent.close()


def test_with_options_has_its_own_retries_sync() -> None:
    """`max_retries=0` on the derived client sends once; the parent still retries twice."""
    with serving(BUSY) as server, real_sync(server.url, max_retries=2) as parent:
        with pytest.raises(InternalServerError):
            parent.with_options(max_retries=0).voices.list()
        assert server.count() == 1
        with pytest.raises(InternalServerError):
            parent.voices.list()
        assert server.count() == 4


async def test_with_options_has_its_own_retries_async() -> None:
    """Async: `max_retries=0` on the derived client sends once; the parent retries twice."""
    with serving(BUSY) as server:
        async with real_async(server.url, max_retries=2) as parent:
            with pytest.raises(InternalServerError):
                await parent.with_options(max_retries=0).voices.list()
            assert server.count() == 1
            with pytest.raises(InternalServerError):
                await parent.voices.list()
            assert server.count() == 4


def test_with_options_has_its_own_timeout_sync() -> None:
    """The derived client's default time-out applies to it alone."""
    with serving(SLOW_CREDITS) as server, real_sync(server.url, max_retries=0) as parent:
        with pytest.raises(APITimeoutError):
            parent.with_options(timeout=0.2).credits.remaining()
        assert parent.credits.remaining().remaining_credits == 42


async def test_with_options_has_its_own_timeout_async() -> None:
    """Async: the derived client's default time-out applies to it alone."""
    with serving(SLOW_CREDITS) as server:
        async with real_async(server.url, max_retries=0) as parent:
            with pytest.raises(APITimeoutError):
                await parent.with_options(timeout=0.2).credits.remaining()
            assert (await parent.credits.remaining()).remaining_credits == 42


@pytest.mark.parametrize("cls", [Creatify, AsyncCreatify])
def test_with_options_keeps_the_rest_and_hides_the_key(cls: type) -> None:
    """The derived client keeps URL and credentials, and its repr shows no key."""
    parent = cls("my-id", API_KEY, "https://api.creatify.ai", max_retries=3)
    derived = parent.with_options(timeout=7)
    assert derived.base_url == parent.base_url
    assert derived._settings.max_retries == 3
    assert derived._settings.timeout == httpx.Timeout(7)
    assert parent._settings.timeout != httpx.Timeout(7)
    assert API_KEY not in repr(derived)
    assert repr(derived) == repr(parent)


@pytest.mark.parametrize("bad", [math.inf, math.nan, 1e308, 10**400])
def test_a_per_call_timeout_that_is_not_finite_is_refused_first(
    offline: Offline, bad: float
) -> None:
    """inf (and a huge finite number) passed the check, then the socket layer raised a
    bare OverflowError."""
    with pytest.raises(InvalidInputError) as caught:
        offline("lipsyncs.get", LIPSYNC_ID, timeout=bad)
    assert caught.value.field == "timeout"
    assert offline.script.requests == []


def test_with_options_checks_its_arguments() -> None:
    """A negative `max_retries` or a zero `timeout` is refused by name."""
    client = Creatify("id", API_KEY, "https://api.creatify.ai")
    with pytest.raises(ConfigurationError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(InvalidInputError, match="timeout"):
        client.with_options(timeout=0)
