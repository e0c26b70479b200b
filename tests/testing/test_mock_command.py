"""`creatify mock` and the `creatify_mock_server` fixture: the fake over HTTP, no Node."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from creatify import Creatify, NotFoundError
from creatify.testing import FakeCreatify
from creatify.testing._server import running_fake

from tests.cli.inprocess import invoke

AVATAR = "00000000-0000-0000-0000-000000000001"


def test_creatify_mock_serves_the_fake_over_http(tmp_path: Path) -> None:
    code = "from creatify._cli_entry import main; main()"
    process = subprocess.Popen(
        [sys.executable, "-c", code, "mock", "--port", "0", "--job-seconds", "0.3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        # Port 0: any free port; the command prints where it listens.
        assert process.stdout is not None
        banner = process.stdout.readline()
        base = re.search(r"http://127\.0\.0\.1:\d+", banner).group(0)  # type: ignore[union-attr]
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/__mock__/health").status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        with Creatify("me", "any-key", base_url=base) as client:
            video = client.lipsyncs.create_and_wait(text="Hi", creator=AVATAR, poll_interval=0.1)
            assert video.status == "done"
            target = client.lipsyncs.download(video, tmp_path / "v.mp4")
            assert target.read_bytes()[4:8] == b"ftyp"
            with httpx.Client(base_url=base) as http:
                refused = http.post(
                    "/api/lipsyncs/",
                    json={"text": "Hi", "creator": "nope"},
                    headers={"X-API-ID": "me", "X-API-KEY": "k"},
                )
            assert refused.status_code == 400 and "creator" in refused.json()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_mock_server_fixture(creatify_mock_server: FakeCreatify) -> None:
    assert creatify_mock_server.base_url.startswith("http://127.0.0.1:")
    with Creatify("me", "any-key", base_url=creatify_mock_server.base_url) as client:
        job = client.lipsyncs.create(text="Hi", creator=AVATAR)
        assert client.lipsyncs.wait(job.id, poll_interval=0.1).status == "done"
        with pytest.raises(NotFoundError):
            client.lipsyncs.get("7f2c1a9e-0000-4000-8000-000000000000")
    assert creatify_mock_server.requests[0].path == "/api/lipsyncs/"
    # The mock's fault header, applied in front of the fake as the repository's mock does.
    fault = httpx.get(
        f"{creatify_mock_server.base_url}/api/voices/",
        headers={"X-API-ID": "me", "X-API-KEY": "k", "X-Mock-Fault": "503"},
    )
    assert fault.status_code == 503
    # A malformed one: the fake's 400 with the rule (was a 500 from the server).
    bad = httpx.get(
        f"{creatify_mock_server.base_url}/api/voices/", headers={"X-Mock-Fault": "bogus"}
    )
    assert bad.status_code == 400 and "Unknown fault 'bogus'" in bad.json()["X-Mock-Fault"][0]


def test_the_servers_ticker_goes_on_after_a_delivery_that_fails(
    creatify_mock_server: FakeCreatify,
) -> None:
    """A webhook URL the loopback rule and the `format: uri` check take but httpx refuses
    (a control character) used to end the server's one webhook ticker: no later job got
    its webhook."""
    base = creatify_mock_server.base_url
    sent = {"X-API-ID": "me", "X-API-KEY": "k", "X-Mock-Job-Seconds": "0.1"}
    with (
        httpx.Client(base_url=base, headers=sent) as http,
        Creatify("me", "any-key", base_url=base) as client,
        client.webhooks.listen(port=0) as hook,
    ):
        odd = {"text": "Hi", "creator": AVATAR, "webhook_url": "http://127.0.0.1:9/\x01"}
        assert http.post("/api/lipsyncs/", json=odd).status_code == 201
        time.sleep(0.5)  # its webhook falls due (0.1 s) and fails
        body = {"text": "Hi", "creator": AVATAR, "webhook_url": hook.url}
        good = http.post("/api/lipsyncs/", json=body).json()
        deadline = time.monotonic() + 10
        while not any(e.id == good["id"] for e in hook.events):
            assert time.monotonic() < deadline, "the next job's webhook arrived"
            time.sleep(0.05)
    assert "error" in creatify_mock_server.webhooks[0]


def test_creatify_mock_on_a_taken_port_says_so_and_exits_2() -> None:
    """Another server on the port: one line naming it, exit 2 (usage), no traceback."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = invoke(["mock", "--port", str(port)], dict(os.environ))
    assert result.returncode == 2
    assert result.stderr == (
        f"error: --port: cannot listen on 127.0.0.1:{port}: Address already in use; "
        "choose another port (0: any free one)\n"
    )


def test_ctrl_c_stops_creatify_mock_quietly() -> None:
    """Ctrl-C, the way its banner gives to stop it: exit 130 (Ctrl-C's code) and nothing
    on stderr (no click "Aborted!" and 1, no traceback)."""
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "creatify"), "mock", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline()).group(0)  # type: ignore[union-attr]
        deadline = time.monotonic() + 30
        while True:  # serving: uvicorn's own Ctrl-C handler is in place
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{base}/__mock__/health").status_code == 200:
                    break
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130
    assert err == ""


def test_the_servers_teardown_waits_for_no_delayed_answer(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """A user's time-out test: `X-Mock-Fault: delay=30` to a client that gives up after
    0.5 s, and `delay=100` to one still waiting when the block ends. The teardown waited
    the delays out (S2-2), and the app, reading the request of a client that had left,
    printed uvicorn's traceback ending in ClientDisconnect (S2-3)."""
    url, sent = "/api/remaining_credits/", {"X-API-ID": "me", "X-API-KEY": "k"}

    def still_waiting(base: str) -> None:
        with contextlib.suppress(httpx.HTTPError):  # the server goes away under it
            httpx.get(base + url, headers={**sent, "X-Mock-Fault": "delay=100"}, timeout=200)

    with running_fake() as fake:
        waiting = threading.Thread(target=still_waiting, args=(fake.base_url,))
        waiting.start()
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(
                fake.base_url + url, headers={**sent, "X-Mock-Fault": "delay=30"}, timeout=0.5
            )
        started = time.monotonic()
    assert time.monotonic() - started < 5
    waiting.join(5)
    assert not waiting.is_alive()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "ClientDisconnect" not in err, err


def test_an_upload_the_client_gives_up_is_dropped_quietly(
    capfd: pytest.CaptureFixture[str], creatify_mock_server: FakeCreatify
) -> None:
    """A client that closes mid-body: uvicorn printed "Exception in ASGI application" and
    a traceback ending in ClientDisconnect (S2-3); the server goes on answering. (`capfd`
    first: uvicorn's log handler keeps the `sys.stderr` of when the server was made.)"""
    port = int(creatify_mock_server.base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port)) as cut:
        cut.sendall(
            b"POST /api/personas/ HTTP/1.1\r\nHost: x\r\nX-API-ID: a\r\nX-API-KEY: k\r\n"
            b"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b"
        )
        time.sleep(0.3)
    time.sleep(0.3)
    health = httpx.get(creatify_mock_server.base_url + "/__mock__/health")
    assert health.status_code == 200
    err = capfd.readouterr().err
    assert "Traceback" not in err and "ClientDisconnect" not in err, err


def test_ctrl_c_right_after_the_banner_is_quiet_too() -> None:
    """A script reads the banner (for `--port 0`'s port) and stops the fake at once: the
    banner came before uvicorn served, and a Ctrl-C then printed Python's warning of a
    coroutine never awaited (W2-5)."""
    for _ in range(3):  # the window was a few milliseconds: each try would meet it
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "creatify"), "mock", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().startswith("creatify mock: http://127.0.0.1:")
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
        assert (process.returncode, err) == (130, "")


def test_a_reader_gone_before_the_banner_ends_it_quietly_with_141() -> None:
    """stdout's reader gone (`creatify mock | true`): 141, as every command, without the
    traceback uvicorn logged once the banner was said from its startup (V11-1)."""
    read, write = os.pipe()
    os.close(read)
    with os.fdopen(write, "wb") as gone:
        ended = subprocess.run(
            [str(Path(sys.executable).parent / "creatify"), "mock", "--port", "0"],
            stdout=gone,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert (ended.returncode, ended.stderr) == (141, "")
