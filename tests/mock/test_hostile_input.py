"""Hostile input gets a fast JSON 4xx from the layer, and Prism behind it never restarts.

Each request is sent raw (tests/mock/rawhttp.py); before and after it the test reads
Prism's process id and restart count from the health route: both must stay the same.
The time bounds prove "no hang" (a loaded CI machine is slow), they are no benchmark.
"""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from tests.mock import rawhttp
from tests.mock.helpers import CREATOR, client, still_answers

FAST = 5.0  # seconds; Prism used to stall 15 s, then 504
LIPSYNC = b"/api/lipsyncs/"
JSON = b"application/json"
FORM = b"application/x-www-form-urlencoded"


def prism_state(base_url: str) -> tuple[int, int]:
    health = httpx.get(f"{base_url}/__mock__/health").json()
    return health["prism_pid"], health["prism_restarts"]


HOSTILE = {
    "percent-25-in-a-path-segment": (rawhttp.get(b"/api/lipsyncs/abc%25/"), 404),
    "percent-25-in-a-job-path": (rawhttp.get(b"/api/lipsyncs/%25/render/"), 404),
    # No operation takes a form: DRF's 415 before the body is read (mock/README.md).
    "bad-escape-in-a-form-body": (rawhttp.post(LIPSYNC, FORM, b"text=%zz&creator=x"), 415),
    "non-utf8-escape-in-a-form-body": (rawhttp.post(LIPSYNC, FORM, b"text=%E0%A4"), 415),
    "json-nested-1000-levels": (rawhttp.post(LIPSYNC, JSON, b"[" * 1000 + b"]" * 1000), 400),
    "json-objects-nested-1000-levels": (
        rawhttp.post(LIPSYNC, JSON, b'{"a":' * 1000 + b"1" + b"}" * 1000),
        400,
    ),
    "json-nan": (rawhttp.post(LIPSYNC, JSON, b'{"text": NaN, "creator": "x"}'), 400),
    "json-infinity": (rawhttp.post(LIPSYNC, JSON, b'{"text": "a", "x": Infinity}'), 400),
    "json-minus-infinity": (rawhttp.post(LIPSYNC, JSON, b"[-Infinity]"), 400),
    # A number past a float's range was read as inf and echoed back as `Infinity`, no JSON.
    "json-number-past-a-float": (
        rawhttp.post(
            b"/api/asset_generator/", JSON, b'{"model_name": "m", "input_params": {"a": 1e400}}'
        ),
        400,
    ),
    "non-ascii-api-key": (
        b"GET /api/remaining_credits/ HTTP/1.1\r\nHost: m\r\nX-API-ID: a\r\n"
        b"X-API-KEY: k\xc3\xa9y\r\n\r\n",
        401,
    ),
    "non-ascii-content-type": (rawhttp.post(LIPSYNC, b"application/j\xc3\xa9son", b"{}"), 415),
    "control-character-in-the-path": (rawhttp.get(b"/api/lipsyncs/\x01/"), 400),
    "encoded-control-character-in-the-path": (rawhttp.get(b"/api/lipsyncs/%01/"), 404),
    "encoded-nul-in-the-path": (rawhttp.get(b"/api/personas/%00/"), 404),
    "non-ascii-byte-in-the-path": (rawhttp.get(b"/api/lipsyncs/\xff/"), 400),
    "query-over-64-kb": (rawhttp.get(b"/api/lipsyncs/?ids=" + b"a" * 70_000), 414),
    "bad-escapes-in-the-query": (rawhttp.get(b"/api/lipsyncs/?ids=%zz%25%E0"), 400),
    "fault-superscript-two": (
        rawhttp.get(b"/api/remaining_credits/", b"X-Mock-Fault: \xc2\xb2"),
        400,
    ),
    "fault-1": (rawhttp.get(b"/api/remaining_credits/", b"X-Mock-Fault: 1"), 400),
    "fault-999": (rawhttp.get(b"/api/remaining_credits/", b"X-Mock-Fault: 999"), 400),
    "fault-delay-nan": (rawhttp.get(b"/api/remaining_credits/", b"X-Mock-Fault: delay=nan"), 400),
    "job-seconds-infinite": (
        rawhttp.post(LIPSYNC, JSON, b"{}", b"X-Mock-Job-Seconds: inf"),
        400,
    ),
    "webhook-repeat-superscript": (
        rawhttp.post(LIPSYNC, JSON, b"{}", b"X-Mock-Webhook-Repeat: \xc2\xb2"),
        400,
    ),
    "outcome-unknown": (rawhttp.post(LIPSYNC, JSON, b"{}", b"X-Mock-Outcome: maybe"), 400),
    "not-http-at-all": (b"HELLO\r\n\r\n", 400),
    "content-length-not-a-number": (
        b"POST /api/lipsyncs/ HTTP/1.1\r\nHost: m\r\nContent-Length: x\r\n\r\n",
        400,
    ),
}


@pytest.mark.parametrize(("request_bytes", "status"), HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_gets_a_fast_json_4xx(
    mock_base_url: str, auth_headers: dict[str, str], request_bytes: bytes, status: int
) -> None:
    before = prism_state(mock_base_url)
    answer = rawhttp.send(mock_base_url, request_bytes)
    assert answer.status == status, answer.body
    body = answer.json()
    assert body and isinstance(body, dict), body
    assert answer.seconds < FAST
    with client(mock_base_url, auth_headers) as c:
        still_answers(c)
    assert prism_state(mock_base_url) == before, "Prism was not restarted"


def test_a_non_ascii_value_in_a_header_nobody_reads_is_ignored(mock_base_url: str) -> None:
    answer = rawhttp.send(
        mock_base_url, rawhttp.get(b"/api/remaining_credits/", b"X-Whatever: \xc3\xa9t\xc3\xa9")
    )
    assert answer.status == 200 and "remaining_credits" in answer.json()


def test_every_error_of_the_layer_is_json(mock_base_url: str, auth_headers: dict[str, str]) -> None:
    with client(mock_base_url, auth_headers) as c:
        for answer in (
            c.request("TRACE", "/api/lipsyncs/"),
            c.get("/api/lipsyncs/", headers={"X-Mock-Fault": "418"}),
            c.get("/nothing/here"),
            c.get("/media/missing.mp4"),
            c.post("/media/lipsync-output.mp4"),
            c.post("/__mock__/health"),
        ):
            assert answer.status_code >= 400
            assert answer.headers["content-type"].startswith("application/json"), answer
            assert answer.json()


# ---------------------------------------------------------------- big bodies, slow clients


def test_a_body_over_the_limit_by_its_length_is_refused_before_it_is_sent(
    mock_base_url: str,
) -> None:
    head = (
        b"POST /api/lipsyncs/ HTTP/1.1\r\nHost: m\r\n" + rawhttp.CREDENTIALS
        + b"Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n"
    )  # fmt: skip
    answer = rawhttp.send(mock_base_url, head)
    assert answer.status == 413 and "limit" in answer.json()["detail"]
    assert answer.headers["connection"] == "close"


def test_a_streamed_body_is_refused_as_soon_as_it_passes_the_limit(mock_base_url: str) -> None:
    """Chunked, so no length is known: the layer counts and answers 413 mid-stream."""
    limit = 16 * 1024 * 1024
    chunk = b"x" * 65536
    sent = 0
    started = time.monotonic()
    with socket.create_connection(rawhttp.address(mock_base_url), timeout=30) as sock:
        sock.sendall(
            b"POST /api/lipsyncs/ HTTP/1.1\r\nHost: m\r\n" + rawhttp.CREDENTIALS
            + b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        )  # fmt: skip
        sock.settimeout(0.001)
        answer = b""
        while sent < 4 * limit:
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
            except (BlockingIOError, TimeoutError):
                pass
            except (BrokenPipeError, ConnectionResetError):
                break
            try:
                answer += sock.recv(65536)
            except (BlockingIOError, TimeoutError):
                continue
            if b"\r\n\r\n" in answer:
                break
        sock.settimeout(10)
        while b"\r\n\r\n" not in answer:
            answer += sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < 2 * limit, f"answered after {sent} bytes"
    assert time.monotonic() - started < 30


@pytest.mark.timeout(120)
def test_slow_clients_are_timed_out(mock_base_url: str) -> None:
    """A head or a body that trickles in (a slowloris) is cut off after the read time-out
    (CREATIFY_MOCK_READ_TIMEOUT, 10 s), with a JSON 408, while others are served."""
    results: dict[str, tuple[bytes, float]] = {}

    def trickle(name: str, first: bytes, drip: bytes) -> None:
        started = time.monotonic()
        with socket.create_connection(rawhttp.address(mock_base_url), timeout=60) as sock:
            sock.sendall(first)
            answer = b""
            sock.settimeout(1.0)
            while time.monotonic() - started < 60:
                try:
                    sock.sendall(drip)
                except (BrokenPipeError, ConnectionResetError):
                    break
                try:
                    chunk = sock.recv(65536)
                except TimeoutError:
                    continue
                except ConnectionResetError:
                    break
                if not chunk:
                    break
                answer += chunk
            results[name] = (answer, time.monotonic() - started)

    head = b"GET /api/remaining_credits/ HTTP/1.1\r\nHost: m\r\nX-Slow: "
    body = (
        b"POST /api/lipsyncs/ HTTP/1.1\r\nHost: m\r\n" + rawhttp.CREDENTIALS
        + b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"
    )  # fmt: skip
    threads = [
        threading.Thread(target=trickle, args=("head", head, b"a")),
        threading.Thread(target=trickle, args=("body", body, b" ")),
    ]
    for thread in threads:
        thread.start()
    time.sleep(1)
    httpx.get(f"{mock_base_url}/__mock__/health", timeout=5).raise_for_status()
    for thread in threads:
        thread.join()
    for name, (answer, seconds) in results.items():
        assert answer.startswith(b"HTTP/1.1 408"), (name, answer[:200])
        assert b"application/json" in answer
        assert seconds < 40, (name, seconds)


def test_ordinary_requests_still_work_after_all_that(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    with client(mock_base_url, auth_headers) as c:
        job = c.post("/api/lipsyncs/", json={"text": "after", "creator": CREATOR})
        assert job.status_code == 201
        assert c.get(f"/api/lipsyncs/{job.json()['id']}/").json()["text"] == "after"
