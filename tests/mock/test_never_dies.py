"""Requests that kill or hang Prism 5.16 get an answer from the layer, and it keeps serving.

Each test sends the bad request through the real layer and real Prism, then checks the
mock still answers an ordinary request.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.mock.helpers import client, still_answers

VIDEO = (Path(__file__).resolve().parents[2] / "mock" / "fixtures" / "james.mp4").read_bytes()
BOUNDARY = "----mocktest"


def multipart(*parts: tuple[str, bytes], boundary: str = BOUNDARY) -> bytes:
    """Raw parts (head lines, data) as one body; no Content-Type added to any part."""
    chunks = [f"--{boundary}\r\n{head}\r\n\r\n".encode() + data + b"\r\n" for head, data in parts]
    return b"".join(chunks) + f"--{boundary}--\r\n".encode()


@pytest.fixture
def api(mock_base_url: str, auth_headers: dict[str, str]) -> httpx.Client:
    with client(mock_base_url, auth_headers) as c:
        yield c


def post_multipart(api: httpx.Client, body: bytes, boundary: str = BOUNDARY) -> httpx.Response:
    content_type = f"multipart/form-data; boundary={boundary}"
    return api.post("/api/personas_v2/", content=body, headers={"Content-Type": content_type})


def test_file_part_without_content_type_is_normalised(api: httpx.Client) -> None:
    """What `requests` sends for files={'lipsync_input': open(...)} (stoplightio/prism#2672)."""
    body = multipart(
        ('Content-Disposition: form-data; name="lipsync_input"; filename="james.mp4"', VIDEO),
        ('Content-Disposition: form-data; name="gender"', b"m"),
        ('Content-Disposition: form-data; name="creator_name"', b"Req"),
    )
    answer = post_multipart(api, body)
    assert answer.status_code == 201, answer.text
    assert answer.json()["creator_name"] == "Req"
    still_answers(api)


def test_file_part_without_content_type_or_extension(api: httpx.Client) -> None:
    body = multipart(
        ('Content-Disposition: form-data; name="lipsync_input"; filename="blob"', VIDEO),
        ('Content-Disposition: form-data; name="gender"', b"m"),
        ('Content-Disposition: form-data; name="creator_name"', b"Req"),
    )
    assert post_multipart(api, body).status_code < 500
    still_answers(api)


@pytest.mark.parametrize(
    "head",
    [
        'Content-Disposition: form-data; name="gen%zder"',
        'Content-Disposition: form-data; name="%"',
        'Content-Disposition: form-data; name="gen%dex"',  # an escape that is not UTF-8
        'Content-Disposition: form-data; name="a;b"',
        'Content-Disposition: form-data; name="a=b"',
    ],
)
def test_a_part_name_prism_cannot_parse_is_a_400(api: httpx.Client, head: str) -> None:
    """Found by schemathesis (a broken escape in positive mode, `;` in negative): they
    used to kill Prism's multipart parser."""
    valid = (
        ('Content-Disposition: form-data; name="lipsync_input"; filename="j.mp4"', VIDEO),
        ('Content-Disposition: form-data; name="gender"', b"m"),
        ('Content-Disposition: form-data; name="creator_name"', b"Req"),
    )  # DRF would ignore the odd part: the others are valid, so that it is what is refused
    answer = post_multipart(api, multipart(*valid, (head, b"m")))
    assert answer.status_code == 400
    ((field, messages),) = answer.json().items()
    assert field in head and messages
    still_answers(api)


@pytest.mark.parametrize(
    "head",
    [
        'Content-Disposition: form-data; name="lipsync_input"; filename="a%G1.mp4"',
        'Content-Disposition: form-data; name="lipsync_input"; filename="a;b=c.mp4"',
        'Content-Disposition: form-data; name="lipsync_input"; filename="tab\there.mp4"',
        'Content-Disposition: form-data; name="lipsync_input"; filename="back\\slash.mp4"',
        "Content-Disposition: form-data",
    ],
)
def test_odd_file_names_and_nameless_parts_are_answered(api: httpx.Client, head: str) -> None:
    body = multipart(
        (head + "\r\nContent-Type: video/mp4", VIDEO),
        ('Content-Disposition: form-data; name="gender"', b"m"),
        ('Content-Disposition: form-data; name="creator_name"', b"Odd"),
    )
    answer = post_multipart(api, body)
    assert answer.status_code in (201, 400), answer.text
    still_answers(api)


@pytest.mark.parametrize(
    ("header", "boundary"),
    [
        ("a,b", "a,b"),
        ('"a,b"', "a,b"),
        ("a,b; charset=utf-8", "a,b"),
        (",ab", ",ab"),
        ("a:b", "a:b"),
        ("a/b", "a/b"),
        ("a=b?", "a=b?"),
        ("(a)", "(a)"),
        ('"a b"', "a b"),
    ],
)
def test_a_boundary_that_is_legal_but_no_token_is_read_as_django_reads_it(
    api: httpx.Client, header: str, boundary: str
) -> None:
    """RFC 2046 allows `'()+_,-./:=?` and spaces in a boundary; Django's MultiPartParser
    reads one unquoted too. Prism 5.16 answered a 500 to `a,b` unquoted (and `a:b`, ...):
    the answer must be the one a plain boundary gets."""
    fields = [
        ('Content-Disposition: form-data; name="lipsync_input"; filename="a.mp4"', VIDEO),
        ('Content-Disposition: form-data; name="gender"', b"f"),
        ('Content-Disposition: form-data; name="creator_name"', b"Bound"),
    ]
    made = post_multipart(api, multipart(*fields, boundary=boundary), header)
    plain = post_multipart(api, multipart(*fields))
    assert (made.status_code, plain.status_code) == (201, 201), made.text
    varying = {"id", "created_at", "updated_at"}
    assert {k: v for k, v in made.json().items() if k not in varying} == {
        k: v for k, v in plain.json().items() if k not in varying
    }
    wrong = [fields[0], ('Content-Disposition: form-data; name="gender"', b"zz")]
    refused = post_multipart(api, multipart(*wrong, boundary=boundary), header)
    expected = post_multipart(api, multipart(*wrong))
    assert (refused.status_code, refused.json()) == (400, expected.json())
    assert "creator_name" in refused.json() and "gender" in refused.json()
    still_answers(api)


@pytest.mark.parametrize("body", [b"{", b"\x00", b"{'text': 'single quotes'}", b"nul\xff"])
def test_malformed_json_gets_a_400_at_once(api: httpx.Client, body: bytes) -> None:
    """Prism never answers these (stoplightio/prism#2664): the client used to time out."""
    answer = api.post(
        "/api/lipsyncs/", content=body, headers={"Content-Type": "application/json"}, timeout=5
    )
    assert answer.status_code == 400
    assert answer.json()["detail"].startswith("JSON parse error")
    still_answers(api)


def test_multipart_without_a_boundary_is_a_400(api: httpx.Client) -> None:
    answer = api.post(
        "/api/personas_v2/", content=b"junk", headers={"Content-Type": "multipart/form-data"}
    )
    assert answer.status_code == 400
    assert "Multipart" in answer.json()["detail"]
    still_answers(api)


@pytest.mark.timeout(600)  # two Prism starts: a minute each on a busy 2-core machine
def test_the_layer_restarts_prism_if_it_dies(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """Belt and braces: kill the Prism behind a layer of our own; the next request revives it."""
    import os
    import signal

    from serve import MockServer, free_port

    server = MockServer(free_port())
    server.start(log=Path(os.devnull))
    try:
        with client(server.base_url, auth_headers) as c:
            prism = httpx.get(f"{server.base_url}/__mock__/health").json()["prism"]
            port = prism.rsplit(":", 1)[1]
            pids = [
                int(p.name)
                for p in Path("/proc").iterdir()
                if p.name.isdigit() and f"--port\x00{port}\x00".encode() in _cmdline(p)
            ]
            assert pids, "found Prism's process"
            for pid in pids:
                os.kill(pid, signal.SIGKILL)
            answer = c.get("/api/remaining_credits/", timeout=90)
            assert answer.status_code == 200
    finally:
        server.stop()


def _cmdline(proc: Path) -> bytes:
    try:
        return (proc / "cmdline").read_bytes()
    except OSError:
        return b""


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused"),
        httpx.ReadError("connection reset by peer"),
        httpx.WriteError("broken pipe"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
)
def test_a_prism_that_dies_under_a_request_is_revived_and_asked_again(
    error: httpx.HTTPError,
) -> None:
    """Killed while a request reaches it, Prism resets the connection (a read error, seen
    on a fast CI machine) instead of refusing it: the layer revives it either way.

    httpx.MockTransport: the exact moment of death cannot be produced on demand.
    """
    import asyncio

    from layer import Layer, Settings
    from starlette.requests import Request

    revived: list[bool] = []
    answers: list[httpx.Response | Exception] = [error, httpx.Response(200, json={})]

    def prism(request: httpx.Request) -> httpx.Response:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def revive() -> None:
        revived.append(True)

    async def ask() -> httpx.Response:
        layer = Layer(Settings(prism_url="http://127.0.0.1:9", revive_prism=revive))
        scope = {
            "type": "http",
            "method": "GET",
            "path": "/api/remaining_credits/",
            "query_string": b"",
            "headers": [],
        }
        async with httpx.AsyncClient(
            base_url="http://127.0.0.1:9", transport=httpx.MockTransport(prism)
        ) as layer.client:
            return await layer.prism(Request(scope), b"")

    assert asyncio.run(ask()).status_code == 200
    assert revived == [True]


def test_a_client_that_leaves_before_its_body_is_read_is_dropped_quietly(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An upload the client cancels mid-body, or a request whose client gave up during
    `X-Mock-Fault: delay=S`: make mock logged "the mock failed on POST /api/personas/"
    and a traceback ending in ClientDisconnect, twice (S2-3).

    The layer's app in-process, given the messages uvicorn gives it then: the client
    leaves before Prism is asked, so none is started."""
    import asyncio

    from layer import Layer, Settings

    messages = [
        {"type": "http.request", "body": b"--b\r\nConte", "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return messages.pop(0)

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/api/personas/",
        "raw_path": b"/api/personas/",
        "query_string": b"",
        "headers": [
            (b"x-api-id", b"a"),
            (b"x-api-key", b"k"),
            (b"content-type", b"multipart/form-data; boundary=b"),
            (b"content-length", b"100000"),
        ],
    }
    app = Layer(Settings(prism_url="http://127.0.0.1:9")).app()
    with caplog.at_level("WARNING"):
        asyncio.run(app(scope, receive, send))  # type: ignore[arg-type]
    assert caplog.records == []
    assert sent[0]["status"] == 499  # "client closed request": for no one to read
