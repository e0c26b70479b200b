"""Hostile and unlucky deliveries: nothing is lost, nothing crashes the receiver.

- a repeat that comes while the first delivery's handler runs waits for its outcome: a
  repeat if it succeeded, handled if it failed (so the event is never lost);
- `listener.events` lists an event once, even after `on_event` raised;
- a premature `done` (right token, no output) does not make the real final event a
  repeat, and any final delivery for a job wakes its wait;
- deeply nested JSON is a 400 (`InvalidWebhookError`), a body over 1 MiB a 413, under
  `asgi_app` and `listen()` alike.

Real uvicorn servers on 127.0.0.1; the wait test runs against the stateful mock.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from creatify import Creatify, InvalidInputError, InvalidWebhookError, webhooks
from creatify._sync.jobs import webhook_sleep

from tests.webhooks.helpers import (
    CREATOR,
    async_client,
    lipsync_payload,
    mock_headers,
    sync_client,
)
from tests.webhooks.test_receiver import TOKEN, served

JOB_ID = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"


class Gate:
    """A handler whose first call blocks until released, then raises or returns."""

    def __init__(self, first_fails: bool) -> None:
        self.first_fails = first_fails
        self.calls: list[webhooks.WebhookEvent] = []
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(self, event: webhooks.WebhookEvent) -> None:  # runs in a worker thread
        self.calls.append(event)
        if len(self.calls) == 1:
            self.started.set()
            assert self.release.wait(10)
            if self.first_fails:
                raise RuntimeError("database down")


def deliver_twice_concurrently(url: str, gate: Gate) -> tuple[httpx.Response, httpx.Response]:
    """The first delivery's handler is running when the repeat arrives."""
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(httpx.post, url, json=lipsync_payload(JOB_ID), timeout=20)
        assert gate.started.wait(10)
        second = pool.submit(httpx.post, url, json=lipsync_payload(JOB_ID), timeout=20)
        time.sleep(0.3)  # the repeat is in, waiting on the first attempt
        assert not second.done(), "the repeat was answered before the first attempt ended"
        gate.release.set()
        return first.result(), second.result()


def test_a_repeat_during_a_failing_first_attempt_is_handled() -> None:
    gate = Gate(first_fails=True)
    app = webhooks.asgi_app(gate, token=TOKEN)
    with served(app) as base:
        first, second = deliver_twice_concurrently(f"{base}/{TOKEN}", gate)
    assert first.status_code == 500
    assert second.status_code == 200 and second.json() == {"received": True, "repeat": False}
    assert len(gate.calls) == 2 and (app.received, app.repeated) == (1, 0)


def test_a_repeat_during_a_succeeding_first_attempt_is_a_repeat() -> None:
    gate = Gate(first_fails=False)
    app = webhooks.asgi_app(gate, token=TOKEN)
    with served(app) as base:
        first, second = deliver_twice_concurrently(f"{base}/{TOKEN}", gate)
    assert first.json() == {"received": True, "repeat": False}
    assert second.status_code == 200 and second.json() == {"received": True, "repeat": True}
    assert len(gate.calls) == 1 and (app.received, app.repeated) == (1, 1)


@pytest.fixture
def client() -> Iterator[Creatify]:
    with Creatify("id", "key", "http://127.0.0.1:9") as c:
        yield c


def test_an_event_is_listed_once_after_on_event_raised(client: Creatify) -> None:
    calls: list[webhooks.WebhookEvent] = []

    def on_event(event: webhooks.WebhookEvent) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("disk full")

    with client.webhooks.listen(on_event=on_event) as hook, httpx.Client() as web:
        assert web.post(hook.url, json=lipsync_payload(JOB_ID)).status_code == 500
        assert hook.events == [], "not handled yet"
        assert web.post(hook.url, json=lipsync_payload(JOB_ID)).status_code == 200
        assert web.post(hook.url, json=lipsync_payload(JOB_ID)).json()["repeat"] is True
        assert [e.id for e in hook.events] == [JOB_ID]
    assert len(calls) == 2 and hook.repeated == 1


def test_a_premature_done_does_not_hide_the_real_final_event(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """A `done` without output, sent with the right token before the job ends: the real
    final event (with its output) is news, and wakes the wait at once instead of its
    60-second fallback poll."""
    headers = {**mock_headers(), "X-Mock-Job-Seconds": "2"}
    client, _ = sync_client(mock_base_url, auth_headers, headers)
    with client, client.webhooks.listen() as hook, httpx.Client() as web:
        task = client.lipsyncs.create(text="early", creator=CREATOR, webhook_url=hook.url)
        early = web.post(hook.url, json=lipsync_payload(str(task.id)))
        assert early.json() == {"received": True, "repeat": False}
        started = time.monotonic()
        video = client.lipsyncs.wait(task.id, webhook=hook, timeout=30)
        waited = time.monotonic() - started
    assert video.status == "done"
    assert waited < 20, f"woke only at the fallback poll ({waited:.1f} s)"
    mine = [e for e in hook.events if e.id == str(task.id)]
    assert [e.output is not None for e in mine] == [False, True]


def test_an_identical_final_delivery_still_wakes_a_wait(client: Creatify) -> None:
    """Same news twice (a repeat): not listed again, but a wait sleeping on the job wakes
    and checks the API (the first delivery may have been a forgery)."""
    with client.webhooks.listen() as hook, httpx.Client() as web:
        assert web.post(hook.url, json=lipsync_payload(JOB_ID)).status_code == 200
        pause = webhook_sleep(hook, JOB_ID, frozenset({"done"}))
        pause(5)  # the first delivery is news to this wait: returns at once
        timer = threading.Timer(0.3, web.post, [hook.url], {"json": lipsync_payload(JOB_ID)})
        timer.start()
        started = time.monotonic()
        pause(30)
        timer.join()
    assert time.monotonic() - started < 10
    assert len(hook.events) == 1 and hook.repeated == 1


DEEP = [b"[" * 4096, b'{"a":' * 3000, b'{"id": "x", "status": ' + b"[" * 5000 + b"]" * 5000 + b"}"]


@pytest.mark.parametrize("body", DEEP, ids=["arrays", "objects", "in-a-field"])
def test_deeply_nested_json_is_an_invalid_webhook(body: bytes) -> None:
    with pytest.raises(InvalidWebhookError) as caught:
        webhooks.parse(body)
    assert caught.value.field in ("body", "status")


def receivers(client: Creatify) -> Iterator[tuple[str, str]]:
    with client.webhooks.listen() as hook:
        yield "listen", hook.url
    with served(webhooks.asgi_app(print, token=TOKEN)) as base:
        yield "asgi_app", f"{base}/{TOKEN}"


def chunks(body: bytes) -> Iterator[bytes]:
    for start in range(0, len(body), 1 << 16):
        yield body[start : start + (1 << 16)]


def test_nested_and_oversized_bodies_get_400_and_413(client: Creatify) -> None:
    big = b'{"id": "x", "status": "done", "pad": "' + b"x" * (3 << 20) + b'"}'
    answers: dict[str, Any] = {}
    for name, url in receivers(client):
        with httpx.Client(timeout=30) as web:
            answers[name] = (
                web.post(url, content=DEEP[0]).status_code,
                web.post(url, content=big).status_code,
                web.post(url, content=chunks(big)).status_code,  # no Content-Length
                web.post(url, json=lipsync_payload(JOB_ID)).status_code,  # still serving
            )
    assert answers == {"listen": (400, 413, 413, 200), "asgi_app": (400, 413, 413, 200)}


def test_a_wrong_token_is_refused_before_the_body_is_read_even_a_large_one() -> None:
    """403 for a wrong token whatever the body's size (its body is never read), and the
    413 of the right token's oversized body is JSON `{"detail": ...}` like every answer."""
    big = b"x" * (webhooks.MAX_BODY_BYTES + 1)
    with served(webhooks.asgi_app(print, token=TOKEN)) as base, httpx.Client(timeout=30) as web:
        wrong = web.post(f"{base}/not-the-token", content=big)
        right = web.post(f"{base}/{TOKEN}", content=big)
    assert (wrong.status_code, wrong.json()) == (403, {"detail": "Forbidden."})
    assert right.status_code == 413
    assert "larger than" in right.json()["detail"]


def test_a_port_in_use_is_named_once_in_the_error(client: Creatify) -> None:
    """The reason is the system's (`Address already in use`), without the `(while
    attempting to bind ...)` that `socket.create_server` appends to it."""
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        with pytest.raises(InvalidInputError) as caught:
            client.webhooks.listen(port=port).start()
    assert caught.value.field == "port"
    assert str(caught.value).count(str(port)) == 1
    assert "while attempting" not in str(caught.value)


def test_starting_a_running_listener_again_changes_nothing(client: Creatify) -> None:
    """A second `start()` (or `with` on a started listener) keeps the one server: it
    started another on a new port and leaked the first when closed."""
    hook = client.webhooks.listen().start()
    port = hook.port
    with hook:  # enters by start() again
        assert hook.port == port
    with socket.create_server(("127.0.0.1", port)):  # nothing is left on it
        pass


async def test_starting_a_running_async_listener_again_changes_nothing() -> None:
    from creatify import AsyncCreatify

    async with AsyncCreatify("id", "key", "http://127.0.0.1:9") as client:
        hook = await client.webhooks.listen().start()
        port = hook.port
        async with hook:
            assert hook.port == port
        await hook.close()  # closing twice is fine
    with socket.create_server(("127.0.0.1", port)):
        pass


def test_idle_and_slow_connections_are_closed_and_a_delivery_still_gets_through(
    client: Creatify, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection past the limit closes the oldest idle one, and one whose request head
    (idle, or a slowloris) or body is not in within the read time-out is closed (the body's
    after a 408): a flood of them took the process's file descriptors and kept deliveries
    out (Y3-2). Real sockets, each given 5 s."""
    monkeypatch.setattr(webhooks, "READ_TIMEOUT", 1.0)
    monkeypatch.setattr(webhooks, "MAX_CONNECTIONS", 8)

    def answer(sock: socket.socket, *sent: bytes) -> bytes:
        """What comes back until the listener closes `sock`."""
        with sock, contextlib.suppress(ConnectionError):
            for part in sent:
                sock.sendall(part)
                time.sleep(0.2)
            return b"".join(iter(lambda: sock.recv(1024), b""))
        return b""

    with client.webhooks.listen() as hook:
        flood = []
        for _ in range(12):  # not faster than it accepts (the backlog is the limit)
            flood.append(socket.create_connection(("127.0.0.1", hook.port), timeout=5))
            time.sleep(0.02)
        assert httpx.post(hook.url, json=lipsync_payload(JOB_ID)).status_code == 200
        assert [answer(sock) for sock in flood] == [b""] * 12
        path = hook.url.split(str(hook.port), 1)[1]
        slow_head = [b"POST / HTTP/1.1\r\n", b"Host: a\r\n", b"X: 1\r\n", b"Y: 2\r\n"]
        assert answer(socket.create_connection(("127.0.0.1", hook.port), 5), *slow_head) == b""
        head = f"POST {path} HTTP/1.1\r\nHost: a\r\nContent-Length: 9\r\n\r\n{{".encode()
        slow_body = answer(socket.create_connection(("127.0.0.1", hook.port), 5), head)
        assert slow_body.startswith(b"HTTP/1.1 408")


def test_a_sender_hanging_up_mid_body_is_refused_quietly(
    client: Creatify, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """A delivery cut mid-body (the network, a tunnel) printed a ClientDisconnect
    traceback (Y3-10): now it is a refusal, counted, and nothing is logged."""
    with client.webhooks.listen() as hook:
        path = hook.url.split(str(hook.port), 1)[1]
        with socket.create_connection(("127.0.0.1", hook.port), timeout=5) as sock:
            sock.sendall(
                f"POST {path} HTTP/1.1\r\nHost: a\r\nContent-Length: 99\r\n\r\n{{".encode()
            )
            time.sleep(0.3)
        for _ in range(50):
            if hook.refused:
                break
            time.sleep(0.02)
    assert hook.refused == 1 and hook.events == []
    assert caplog.records == [] and "Traceback" not in capsys.readouterr().err


def test_a_receiver_keeps_little_per_event(
    client: Creatify, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app remembered each event's output whole (10,000 of up to 1 MiB) and the
    listener every event (Y3-6): the app keeps a digest, the listener the last events."""
    import gc
    import tracemalloc

    app = webhooks.asgi_app(lambda event: None, token=TOKEN)
    big = [{**lipsync_payload(JOB_ID), "output": f"{i}{'x' * 100_000}"} for i in range(41)]
    with served(app) as base, httpx.Client() as web:
        web.post(f"{base}/{TOKEN}", json=big[0])  # the server's own first allocations
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            for payload in big[1:]:
                assert web.post(f"{base}/{TOKEN}", json=payload).status_code == 200
            gc.collect()
            kept = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
    assert app.received == 41 and kept < 1_000_000  # 4 MB of outputs came
    monkeypatch.setattr(webhooks, "REMEMBERED_EVENTS", 3)
    with client.webhooks.listen() as hook:
        for i in range(5):
            httpx.post(hook.url, json={"id": f"job-{i}", "status": "done"})
        assert [event.id for event in hook.events] == ["job-2", "job-3", "job-4"]


async def test_a_wait_whose_listener_closes_ends_at_once(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """The listener's block is left while a wait sleeps on it (another `gather` branch
    failed): the wait ends at once, naming the job, not after its fallback sleep (Y1-7)."""
    client, _ = async_client(mock_base_url, auth_headers, {"X-Mock-Job-Seconds": "120"})
    async with client:
        hook = client.webhooks.listen()
        async with hook:
            task = await client.lipsyncs.create(text="a", creator=CREATOR, webhook_url=hook.url)
            waiting = asyncio.ensure_future(client.lipsyncs.wait(task.id, webhook=hook))
            await asyncio.sleep(0.5)  # its first check is answered: it sleeps on the listener
        started = time.monotonic()
        with pytest.raises(RuntimeError, match=f"closed during the wait: wait\\('{task.id}'\\)"):
            await asyncio.wait_for(waiting, 30)
    assert time.monotonic() - started < 10


async def test_a_burst_of_deliveries_past_the_limit_is_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """More deliveries at once than the connection limit, each on its own connection
    (jobs ending together), a slow `on_event`: none is cut for the limit, which closes
    only idle connections (Z1-1: a third were reset)."""
    monkeypatch.setattr(webhooks, "MAX_CONNECTIONS", 8)

    async def on_event(event: webhooks.WebhookEvent) -> None:
        await asyncio.sleep(0.5)

    async with webhooks.AsyncWebhookListener(on_event=on_event) as hook:
        limits = httpx.Limits(max_connections=40, max_keepalive_connections=40)
        async with httpx.AsyncClient(limits=limits, timeout=30, trust_env=False) as web:
            ids = [f"00000000-0000-4000-8000-{i:012d}" for i in range(30)]
            sent = [web.post(hook.url, json=lipsync_payload(i)) for i in ids]
            answers = await asyncio.gather(*sent)
    assert [a.status_code for a in answers] == [200] * 30
    assert sorted(e.id for e in hook.events) == ids
