"""`client.with_raw_response.<namespace>.<method>(...)`: the parsed result with the HTTP
answer it came from, and no second request.

Single calls run against the Prism mock through a counting transport (real HTTP);
a request-id header and poll sequences come from the scripted loopback server
(tests/faults/server.py), which Prism cannot produce.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from creatify import (
    AsyncCreatify,
    Creatify,
    Lipsync,
    NotFoundError,
    RawResponse,
    RemainingCredits,
)

from tests.faults.server import Fault, serving
from tests.overlay.helpers import API_KEY, CREATOR_ID, LIPSYNC_ID, lipsync


class Counting(httpx.HTTPTransport):
    """Real HTTP; counts requests and can ask Prism for a status with `Prefer`."""

    def __init__(self, prefer: str | None = None) -> None:
        super().__init__()
        self.prefer = prefer
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.prefer:
            request.headers["Prefer"] = self.prefer
        self.sent.append(request)
        return super().handle_request(request)


class AsyncCounting(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return await super().handle_async_request(request)


@pytest.fixture
def mock_client(mock_base_url: str, auth_headers: dict[str, str]) -> Iterator[object]:
    made: list[Creatify] = []

    def make(prefer: str | None = None) -> tuple[Creatify, Counting]:
        transport = Counting(prefer)
        client = Creatify(
            auth_headers["X-API-ID"],
            auth_headers["X-API-KEY"],
            mock_base_url,
            transport=transport,
            max_retries=0,
        )
        made.append(client)
        return client, transport

    yield make
    for client in made:
        client.close()


def assert_key_redacted(raw: RawResponse[object], key: str) -> None:
    request = raw.http_response.request
    assert request.headers["X-API-KEY"] == "[redacted]"
    assert request.headers["X-API-ID"]
    assert key not in repr(raw)
    assert key not in str(request.headers) and key not in repr(dict(request.headers))


def test_raw_get_against_the_mock_sync(mock_client, auth_headers: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A raw get returns the parsed job, status, headers and elapsed time from one request."""
    creator, _ = mock_client()
    job = creator.lipsyncs.create(text="Hi", creator=CREATOR_ID)  # what the get reads back
    client, transport = mock_client()
    raw = client.with_raw_response.lipsyncs.get(job.id)
    assert isinstance(raw, RawResponse)
    assert isinstance(raw.parsed, Lipsync)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.elapsed, dt.timedelta) and raw.elapsed > dt.timedelta(0)
    assert raw.request_id is None  # Prism sends no request-id header
    assert raw.http_response.request.url.path == f"/api/lipsyncs/{job.id}/"
    assert len(transport.sent) == 1
    assert_key_redacted(raw, auth_headers["X-API-KEY"])


async def test_raw_get_against_the_mock_async(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """An awaited raw call returns the parsed result and its answer from one request."""
    transport = AsyncCounting()
    async with AsyncCreatify(
        auth_headers["X-API-ID"],
        auth_headers["X-API-KEY"],
        mock_base_url,
        transport=transport,
        max_retries=0,
    ) as client:
        raw = await client.with_raw_response.credits.remaining()
    assert isinstance(raw.parsed, RemainingCredits)
    assert raw.status_code == 200
    assert len(transport.sent) == 1
    assert_key_redacted(raw, auth_headers["X-API-KEY"])


def test_raw_create_keeps_the_created_status(mock_client) -> None:  # type: ignore[no-untyped-def]
    """A raw create shows the service's 201, sent once."""
    client, transport = mock_client()
    raw = client.with_raw_response.lipsyncs.create(text="Hi", creator=CREATOR_ID)
    assert raw.status_code == 201
    assert isinstance(raw.parsed, Lipsync)
    assert [r.method for r in transport.sent] == ["POST"]


def test_raw_errors_raise_as_usual(mock_client) -> None:  # type: ignore[no-untyped-def]
    """An error status raises the same typed error as the plain call."""
    client, _ = mock_client("code=404")
    with pytest.raises(NotFoundError):
        client.with_raw_response.lipsyncs.get(LIPSYNC_ID)


def test_request_id_is_read_from_the_answer() -> None:
    """An `X-Request-ID` header in the answer is `request_id`."""
    answer = Fault(
        body=json.dumps({"remaining_credits": 3}).encode(),
        headers={"Content-Type": "application/json", "X-Request-ID": "req_7f3a"},
    )
    with serving(answer) as server, Creatify("id", API_KEY, server.url) as client:
        raw = client.with_raw_response.credits.remaining()
    assert raw.request_id == "req_7f3a"
    assert raw.parsed.remaining_credits == 3


def polls() -> list[Fault]:
    return [
        Fault(body=json.dumps(lipsync(status)).encode(), headers={"X-Poll": str(n)})
        for n, status in enumerate(("pending", "running", "done"), start=1)
    ]


def test_raw_wait_gives_the_last_poll_sync() -> None:
    """A raw wait returns the finished job with the answer of the last of its polls."""
    with serving(*polls()) as server, Creatify("id", API_KEY, server.url) as client:
        raw = client.with_raw_response.lipsyncs.wait(LIPSYNC_ID, poll_interval=0.01)
        assert server.count() == 3
    assert raw.parsed.status == "done"
    assert raw.headers["X-Poll"] == "3"


async def test_raw_wait_gives_the_last_poll_async() -> None:
    """An awaited raw wait returns the finished job with the last poll's answer."""
    with serving(*polls()) as server:
        async with AsyncCreatify("id", API_KEY, server.url) as client:
            raw = await client.with_raw_response.lipsyncs.wait(LIPSYNC_ID, poll_interval=0.01)
        assert server.count() == 3
    assert raw.parsed.status == "done"
    assert raw.headers["X-Poll"] == "3"


def test_raw_download_gives_the_file_answer(tmp_path: Path) -> None:
    """A raw download returns the saved path with the file GET's answer."""
    content = b"\x00\x00\x00\x18ftypmp42" + bytes(100)
    media = Fault(body=content, headers={"Content-Type": "video/mp4"})
    with serving(media) as server, Creatify("id", API_KEY, server.url) as client:
        job = Lipsync.from_dict(lipsync("done", output=f"{server.url}/out.mp4"))
        raw = client.with_raw_response.lipsyncs.download(job, tmp_path / "v.mp4")
    assert raw.parsed.read_bytes() == content
    assert raw.headers["content-type"] == "video/mp4"
    assert raw.http_response.request.url.path == "/out.mp4"


@pytest.mark.parametrize("cls", [Creatify, AsyncCreatify])
def test_raw_refuses_what_is_not_a_single_call(cls: type) -> None:
    """Unknown namespaces and private names are AttributeErrors; iter_all (one request per
    page) is a TypeError that points to list_page, and sends nothing."""
    client = cls("id", API_KEY, "https://api.creatify.ai")
    with pytest.raises(AttributeError):
        client.with_raw_response.nope  # noqa: B018
    with pytest.raises(AttributeError):
        client.with_raw_response._settings  # noqa: B018
    with pytest.raises(AttributeError):
        client.with_raw_response.lipsyncs._kind  # noqa: B018
    with pytest.raises(TypeError, match="list_page"):
        client.with_raw_response.avatars.iter_all()
    with pytest.raises(TypeError, match="sends no request"):
        client.with_raw_response.asset_generator.estimate_credits("image", 2)
    # A stream was told to use list_page (S5-13): it has no single answer to give.
    with pytest.raises(TypeError, match="call it on the plain client") as caught:
        client.with_raw_response.text_generator.stream(
            model_name="gemini-2.5-flash", messages=[{"role": "user", "content": "hi"}]
        )
    assert "list_page" not in str(caught.value)


def test_no_answer_outlives_its_call() -> None:
    """After a call (plain or raw, sync or async) nothing in the caller's context holds
    an answer: its request carries the API key, and a worker thread lives long."""
    import asyncio
    import contextvars
    from concurrent.futures import ThreadPoolExecutor

    from creatify.testing import FakeCreatify

    fake = FakeCreatify()

    def held(context: contextvars.Context) -> list[object]:
        return [
            value
            for var, value in context.items()
            if var.name.startswith("creatify") and value is not None
        ]

    def work() -> contextvars.Context:
        client = fake.client()
        client.avatars.list()
        client.with_raw_response.avatars.list()
        with pytest.raises(NotFoundError):
            client.lipsyncs.get(LIPSYNC_ID)
        return contextvars.copy_context()

    async def work_async() -> contextvars.Context:
        async with fake.async_client() as client:
            await client.avatars.list()
            await client.with_raw_response.avatars.list()
        return contextvars.copy_context()

    with ThreadPoolExecutor(1) as pool:
        assert held(pool.submit(work).result()) == []
    assert held(asyncio.run(work_async())) == []


def test_a_raw_wait_gives_its_last_poll_even_if_on_update_calls_the_api() -> None:
    """The guide promises the last poll's answer: a GET that `on_update` sends is the
    callback's own, not an answer of the raw call that runs it."""
    from creatify.testing import FakeCreatify

    fake = FakeCreatify()
    client = fake.client()
    avatar = client.avatars.list()[0]
    raw = client.with_raw_response.lipsyncs.create_and_wait(
        text="Hi", creator=avatar.id, on_update=lambda _: client.avatars.get(avatar.id)
    )
    assert raw.http_response.request.url.path == f"/api/lipsyncs/{raw.parsed.id}/"


async def test_a_raw_async_wait_gives_its_last_poll_even_if_an_async_on_update_calls_the_api() -> (
    None
):
    """An awaited `async def` on_update runs inside the same guard as a plain one: its
    body ran after the guard was reset, so the raw wait's answer was its GET (V3-7)."""
    from creatify.testing import FakeCreatify

    fake = FakeCreatify()
    client = fake.async_client()
    avatar = (await client.avatars.list())[0]

    async def on_update(_: object) -> None:
        await client.avatars.get(avatar.id)

    raw = await client.with_raw_response.lipsyncs.create_and_wait(
        text="Hi", creator=avatar.id, on_update=on_update
    )
    assert raw.http_response.request.url.path == f"/api/lipsyncs/{raw.parsed.id}/"
