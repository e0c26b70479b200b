"""`CREATIFY_LOG=info|debug`: one line per request on stderr, the key never written.

Lines for plain calls come from requests to the Prism mock; retries, refused connections
and storage downloads come from the scripted loopback server (tests/faults/server.py).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from creatify import (
    APIConnectionError,
    APITimeoutError,
    AsyncCreatify,
    ConfigurationError,
    Creatify,
    Lipsync,
)
from creatify._timeouts import WatchedBody

from tests.faults.server import Fault, closed_port, serving
from tests.overlay.helpers import API_KEY, CREATOR_ID, lipsync

LINE = re.compile(
    r"creatify INFO (\S+) (\S+) -> (\S+) (?:in|after) \d+\.\d{3} s \(retries: (\d+)\)"
)
OK = Fault(body=b"[]")
BUSY = Fault(status=503, body=b'{"detail": "busy"}')
SdkLog = Callable[[str], None]


@pytest.fixture
def sdk_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Sets CREATIFY_LOG; restores the `creatify` logger afterwards."""
    logger = logging.getLogger("creatify")
    level, handlers = logger.level, list(logger.handlers)
    yield lambda value: monkeypatch.setenv("CREATIFY_LOG", value)
    logger.setLevel(level)
    logger.handlers[:] = handlers


async def list_voices(client: Creatify | AsyncCreatify) -> object:
    """`voices.list()` on either client."""
    result = client.voices.list()
    return await result if inspect.isawaitable(result) else result


async def close(client: Creatify | AsyncCreatify) -> None:
    result = client.close()
    if inspect.isawaitable(result):
        await result


def lines(err: str) -> list[tuple[str, ...]]:
    return [m.groups() for m in LINE.finditer(err)]


def test_info_logs_one_line_per_request_sync(
    sdk_log: SdkLog,
    mock_base_url: str,
    auth_headers: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each call writes `METHOD path -> status in N s (retries: n)` to stderr, once."""
    sdk_log("info")
    with Creatify(auth_headers["X-API-ID"], auth_headers["X-API-KEY"], mock_base_url) as client:
        client.voices.list()
        client.lipsyncs.create(text="Hi", creator=CREATOR_ID)
    assert lines(capsys.readouterr().err) == [
        ("GET", "/api/voices/", "200", "0"),
        ("POST", "/api/lipsyncs/", "201", "0"),
    ]


async def test_info_logs_one_line_per_request_async(
    sdk_log: SdkLog,
    mock_base_url: str,
    auth_headers: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Awaited calls log the same line, with the query of a page request."""
    sdk_log("INFO")
    async with AsyncCreatify(
        auth_headers["X-API-ID"], auth_headers["X-API-KEY"], mock_base_url
    ) as client:
        await client.avatars.list_page(1, 5)
    assert lines(capsys.readouterr().err) == [
        ("GET", "/api/personas/paginated/?page=1&page_size=5", "200", "0")
    ]


@pytest.mark.parametrize("cls", [Creatify, AsyncCreatify])
async def test_the_line_counts_retries(
    sdk_log: SdkLog, cls: type, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two 503s then a 200 are one line, with `retries: 2`."""
    sdk_log("info")
    with serving(BUSY, BUSY, OK) as server:
        client = cls("id", API_KEY, server.url, retry_backoff=0.0)
        await list_voices(client)
        await close(client)
        assert server.count() == 3
    assert lines(capsys.readouterr().err) == [("GET", "/api/voices/", "200", "2")]


@pytest.mark.parametrize("cls", [Creatify, AsyncCreatify])
async def test_a_failed_request_is_logged_with_its_error(
    sdk_log: SdkLog, cls: type, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refused connection, retried twice, logs the error's name instead of a status."""
    sdk_log("info")
    client = cls("id", API_KEY, f"http://127.0.0.1:{closed_port()}", retry_backoff=0.0)
    with pytest.raises(APIConnectionError, match="ConnectError"):
        await list_voices(client)
    await close(client)
    assert lines(capsys.readouterr().err) == [("GET", "/api/voices/", "ConnectError", "2")]


async def test_a_cancelled_request_is_logged(
    sdk_log: SdkLog, capsys: pytest.CaptureFixture[str]
) -> None:
    """A request cancelled before its answer (a paid create may have gone) has its line
    too, as any request that failed (Y1-10)."""
    sdk_log("info")
    with serving(Fault(hang=True)) as server:
        async with AsyncCreatify("id", API_KEY, server.url) as client:
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(client.voices.list(), 0.5)
    assert lines(capsys.readouterr().err) == [("GET", "/api/voices/", "CancelledError", "0")]


@pytest.mark.parametrize("cls", [Creatify, AsyncCreatify])
async def test_a_logged_body_with_a_deadline_is_wrapped_once(
    sdk_log: SdkLog, cls: type, capsys: pytest.CaptureFixture[str]
) -> None:
    """The deadline and the log line watch a body through one wrapper: a wrapper each
    would read the clock twice per chunk. (No retries: a retried GET's body is read by the
    transport's loop, and only the log line watches it in memory.)"""
    sdk_log("info")
    with serving(OK) as server:
        client = cls("id", API_KEY, server.url, response_deadline=5.0, max_retries=0)
        raw = client.with_raw_response.voices.list()
        raw = await raw if inspect.isawaitable(raw) else raw
        await close(client)
    body = raw.http_response.stream._stream  # inside httpx's own wrapper (`Bound...Stream`)
    assert isinstance(body, WatchedBody) and not isinstance(body._inner, WatchedBody)
    assert body._deadline == 5.0
    assert lines(capsys.readouterr().err) == [("GET", "/api/voices/", "200", "0")]


def test_debug_adds_headers_and_never_the_key(
    sdk_log: SdkLog,
    mock_base_url: str,
    auth_headers: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """At DEBUG the request and answer headers follow the line, the key shown as [redacted]."""
    sdk_log("debug")
    key = auth_headers["X-API-KEY"]
    caplog.set_level(logging.DEBUG)  # every logger: httpx and httpcore too
    with Creatify(auth_headers["X-API-ID"], key, mock_base_url) as client:
        job = client.lipsyncs.create(text="Hi", creator=CREATOR_ID)
        client.lipsyncs.get(job.id)
    err = capsys.readouterr().err
    assert len(lines(err)) == 2
    assert err.count("request headers:") == 2 and err.count("response headers:") == 2
    assert "'x-api-key': '[redacted]'" in err
    assert f"'x-api-id': '{auth_headers['X-API-ID']}'" in err
    assert key not in err
    assert key not in caplog.text
    assert all(key not in str(r.args) for r in caplog.records)


async def test_a_download_logs_its_host_but_not_its_query(
    sdk_log: SdkLog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A storage URL is logged with scheme and host, without its (signed) query."""
    sdk_log("info")
    media = Fault(body=b"\x00\x00\x00\x18ftypmp42", headers={"Content-Type": "video/mp4"})
    with serving(media) as server:
        job = Lipsync.from_dict(lipsync("done", output=f"{server.url}/out.mp4?Signature=s3cr3t"))
        async with AsyncCreatify("id", API_KEY, server.url) as client:
            await client.lipsyncs.download(job, tmp_path / "v.mp4")
    err = capsys.readouterr().err
    assert lines(err) == [("GET", f"{server.url}/out.mp4", "200", "0")]
    assert "s3cr3t" not in err


def test_an_unknown_level_is_a_configuration_error(sdk_log: SdkLog) -> None:
    """CREATIFY_LOG=verbose is refused, naming the variable and its values."""
    sdk_log("verbose")
    with pytest.raises(ConfigurationError, match="CREATIFY_LOG must be info or debug"):
        Creatify("id", API_KEY, "https://api.creatify.ai")


def test_without_the_variable_nothing_is_logged(
    sdk_log: SdkLog, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unset, the SDK adds no handler and writes nothing to stderr."""
    monkeypatch.delenv("CREATIFY_LOG", raising=False)
    before = list(logging.getLogger("creatify").handlers)
    with serving(OK) as server, Creatify("id", API_KEY, server.url) as client:
        client.voices.list()
    assert logging.getLogger("creatify").handlers == before
    assert "creatify" not in capsys.readouterr().err


def test_building_many_clients_adds_one_handler(sdk_log: SdkLog) -> None:
    """Each client reads CREATIFY_LOG, but the stderr handler is added once."""
    sdk_log("info")
    for _ in range(3):
        Creatify("id", API_KEY, "https://api.creatify.ai")
    handlers = logging.getLogger("creatify").handlers
    assert sum(type(h).__name__ == "_StderrHandler" for h in handlers) == 1


def test_a_body_that_fails_is_named_in_the_line(
    sdk_log: SdkLog, capsys: pytest.CaptureFixture[str]
) -> None:
    """An answer whose body misses the response deadline logs its status and the error."""
    sdk_log("info")
    trickle = Fault(body=b"[" + b" " * 40 + b"]", trickle_delay=0.05)
    with serving(trickle) as server:
        client = Creatify("id", API_KEY, server.url, max_retries=0, response_deadline=0.3)
        with pytest.raises(APITimeoutError):
            client.voices.list()
        client.close()
    err = capsys.readouterr().err
    assert lines(err) == [("GET", "/api/voices/", "200", "0")]
    assert "(retries: 0), body failed: ReadTimeout" in err
