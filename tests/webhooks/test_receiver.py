"""The receiving side, over real HTTP: the token, bad bodies, repeats, handler errors,
the kind in the URL, and `asgi_app` under Starlette and plain uvicorn."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from creatify import AsyncCreatify, ConfigurationError, Creatify, InvalidInputError, webhooks
from starlette.applications import Starlette
from starlette.routing import Mount

from tests.webhooks.helpers import lipsync_payload

JOB_ID = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"
TOKEN = "test-token-0123456789abcdef"


@contextlib.contextmanager
def served(app: Any) -> Iterator[str]:
    """`app` under a real uvicorn on a free loopback port, in a thread."""
    sock = webhooks._bind("127.0.0.1", 0)
    server = webhooks._server(app)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        thread.join(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join()


@pytest.fixture
def web() -> Iterator[httpx.Client]:
    """One plain HTTP client per test (making one costs more than the requests)."""
    with httpx.Client() as c:
        yield c


@pytest.fixture
def client() -> Iterator[Creatify]:
    with Creatify("id", "key", "http://127.0.0.1:9") as c:
        yield c


def test_a_delivery_with_the_token_becomes_one_event(client, web):
    """The right token: 200, one event, `on_event` called with it."""
    seen = []
    with client.webhooks.listen(on_event=seen.append) as hook:
        answer = web.post(hook.url, json=lipsync_payload(JOB_ID))
        assert answer.status_code == 200 and answer.json() == {"received": True, "repeat": False}
        assert [(e.id, e.status, e.kind) for e in hook.events] == [(JOB_ID, "done", None)]
        assert seen == hook.events


def test_a_wrong_or_missing_token_gets_403(client, web):
    """Forgeries are refused and leave no trace but a count."""
    with client.webhooks.listen() as hook:
        base = hook.url.rsplit("/", 1)[0]
        for url in (f"{base}/{'A' * 32}", f"{base}/{hook.token}x", f"{base}/{hook.token[1:]}"):
            assert web.post(url, json=lipsync_payload(JOB_ID)).status_code == 403
        for url in (f"{base}/", base, base.rsplit("/", 1)[0]):
            assert web.post(url, json=lipsync_payload(JOB_ID)).status_code == 403
        assert hook.events == [] and hook.refused == 6


def test_a_body_that_is_no_payload_gets_400(client, web):
    """Garbage with the right token: 400 naming the problem (413 when too large), no event."""
    with client.webhooks.listen() as hook:
        answer = web.post(hook.url, content=b"{not json")
        assert answer.status_code == 400 and "not JSON" in answer.json()["detail"]
        answer = web.post(hook.url, json={"status": "done"})
        assert answer.status_code == 400 and "id: is missing" in answer.json()["detail"]
        too_big = web.post(hook.url, content=b" " * (webhooks.MAX_BODY_BYTES + 1))
        assert too_big.status_code == 413
        assert web.get(hook.url).status_code == 405
        assert hook.events == [] and hook.refused == 3


def test_repeats_are_recognised_and_reported_once(client, web):
    """The same (id, status) twice: one event, one repeat; a new status is a new event."""
    with client.webhooks.listen() as hook:
        first = web.post(hook.url, json=lipsync_payload(JOB_ID, "running"))
        second = web.post(hook.url, json=lipsync_payload(JOB_ID, "running"))
        third = web.post(hook.url, json=lipsync_payload(JOB_ID.upper(), "running"))
        done = web.post(hook.url, json=lipsync_payload(JOB_ID, "done"))
        assert [r.json()["repeat"] for r in (first, second, third, done)] == [
            False,
            True,
            True,
            False,
        ]
        assert [e.status for e in hook.events] == ["running", "done"]
        assert hook.repeated == 2


def test_the_kind_travels_in_the_url(client, web):
    """`url_for(kind)` puts the kind in the path; a bad kind segment is refused."""
    with client.webhooks.listen() as hook:
        assert hook.url_for("lipsync") == hook.url + "/lipsync"
        web.post(hook.url_for("lipsync"), json=lipsync_payload(JOB_ID))
        assert hook.events[0].kind == "lipsync"
        assert web.post(hook.url + "/Not-A-Kind", json=lipsync_payload(JOB_ID)).status_code == 403
    with pytest.raises(InvalidInputError, match="kind"):
        hook.url_for("../x")


@pytest.mark.parametrize("kind", ["lipsyncs", "videos", "Lipsync"])
def test_a_kind_that_is_no_jobs_noun_is_refused_before_any_url(client, kind):
    """A namespace's name for its noun ("lipsyncs" for "lipsync") was handed out in the
    URL, the paid create went with it, and only `confirm` refused its events (R1-R3)."""
    with client.webhooks.listen() as hook, pytest.raises(InvalidInputError) as caught:
        hook.url_for(kind)
    assert caught.value.field == "kind" and "lipsync, lipsync_v2" in str(caught.value)
    with pytest.raises(InvalidInputError, match="must be one of ads_clone"):
        webhooks.webhook_url("https://you.example/creatify", TOKEN, kind)


def test_the_token_stays_out_of_the_repr(client):
    """The listener's and the app's reprs hide the token."""
    with client.webhooks.listen() as hook:
        assert hook.token not in repr(hook) and "[redacted]" in repr(hook)
    assert TOKEN not in repr(webhooks.asgi_app(print, token=TOKEN))


def test_a_password_in_public_url_stays_out_of_the_repr(client):
    """A tunnel reached with basic auth: the repr showed its password (Y3-9)."""
    with client.webhooks.listen(public_url="https://user:secretpass@abc.example.com/hooks") as hook:
        assert repr(hook) == "WebhookListener(https://abc.example.com/[redacted], events=0)"


def test_closing_while_a_handler_runs_answers_503_quietly_and_at_once(client, capfd):
    """uvicorn cancelled the delivery 2 s after close() and printed its traceback on
    stderr (R3-C9); the plain handler's call goes on in its thread (close() does not wait)."""
    started, release, answers = threading.Event(), threading.Event(), []
    with client.webhooks.listen(on_event=lambda _: (started.set(), release.wait(10))) as hook:
        url = hook.url
        post = threading.Thread(
            target=lambda: answers.append(
                httpx.post(url, json={"id": JOB_ID, "status": "done"}, timeout=10)
            )
        )
        post.start()
        assert started.wait(5)
        closing = time.monotonic()
    took = time.monotonic() - closing
    post.join()
    release.set()
    assert took < 1.5 and answers[0].status_code == 503 and hook.events == []
    assert capfd.readouterr().err == ""


def test_ctrl_c_in_a_wait_leaves_the_listener_free_to_close_at_once():
    """Ctrl-C while a sync wait sleeps on the receiver's loop: leaving the `with` block
    ends at once; before, `close()` waited out the loop's wait (up to 5 min; X1-1)."""
    interrupt = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))  # Ctrl-C

    def wait_interrupted() -> None:
        with webhooks.WebhookListener() as hook:
            interrupt.start()
            hook._wait_until(lambda: False, 30)

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        wait_interrupted()
    assert time.monotonic() - started < 10  # the wait's 30 s: a bound against a hang


async def test_closing_cancels_a_running_coroutine_handler_quietly(capfd):
    started, cancelled = asyncio.Event(), []

    async def slow(event: webhooks.WebhookEvent) -> None:
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.append(event.id)
            raise

    async with (
        AsyncCreatify("id", "key", "http://127.0.0.1:9") as aclient,
        httpx.AsyncClient() as web,
    ):
        async with aclient.webhooks.listen(on_event=slow) as hook:
            sent = asyncio.ensure_future(web.post(hook.url, json={"id": JOB_ID, "status": "done"}))
            await asyncio.wait_for(started.wait(), 5)
        assert (await sent).status_code == 503
    assert cancelled == [JOB_ID] and capfd.readouterr().err == ""


async def test_a_closed_listener_refuses_a_wait_at_once():
    """After its block, a listener says it is not running (repr, a wait), rather than
    letting a wait sleep on deliveries that can no longer come."""
    async with AsyncCreatify("id", "key", "http://127.0.0.1:9") as aclient:
        async with aclient.webhooks.listen() as hook:
            assert "not running" not in repr(hook)
        assert "not running" in repr(hook)
        with pytest.raises(RuntimeError, match="not running"):
            await hook._wait_until(lambda: False, 30)


def test_the_async_listener_refuses_an_event_loop_not_asyncios():
    """uvicorn serves on asyncio alone: under trio (anyio's other backend) the listener
    raises a typed error naming it, not a bare RuntimeError (S2-11). The coroutine is
    driven by hand, as a non-asyncio loop would drive it (trio is no test dependency)."""
    hook = AsyncCreatify("id", "key", "http://127.0.0.1:9").webhooks.listen()
    with pytest.raises(ConfigurationError, match=r"asyncio only.*trio"):
        hook.start().send(None)


def test_listen_checks_its_arguments(client):
    """A bad port or a weak token is refused before anything listens."""
    with pytest.raises(InvalidInputError, match="port"):
        client.webhooks.listen(port=70000)
    with pytest.raises(InvalidInputError, match="token"):
        client.webhooks.listen(token="short")
    with pytest.raises(InvalidInputError, match="token"):
        webhooks.asgi_app(print, token="has spaces in it, sixteen+")
    with client.webhooks.listen() as hook, pytest.raises(InvalidInputError, match="port"):
        client.webhooks.listen(port=hook.port).start()


def test_public_url_is_what_the_service_is_given(client, web):
    """Behind a tunnel the URL handed out is the public one, with the token; a tunnel
    (ngrok, cloudflared) forwards its path as it is, so `/<token>[/<kind>]` reaches the
    listener (S3-2: it was 403, as the listener routed only `/creatify-webhook/...`)."""
    public = "https://tunnel.example"
    with client.webhooks.listen(public_url=public + "/") as hook:
        assert hook.url == f"{public}/{hook.token}"
        local = f"http://127.0.0.1:{hook.port}"  # where the tunnel forwards, path kept
        for url in (hook.url, hook.url_for("lipsync")):
            delivered = web.post(url.replace(public, local), json=lipsync_payload(JOB_ID))
            assert delivered.status_code == 200
        assert [event.kind for event in hook.events] == [None]
        assert (hook.repeated, hook.refused) == (1, 0)


def test_a_public_url_under_a_path_keeps_it(client, web):
    """V3-8: a proxy under `/hooks` forwards `/hooks/<token>` as it is: that was 403."""
    public = "https://dev.example.com/hooks"
    with client.webhooks.listen(public_url=public) as hook:
        assert hook.url == f"{public}/{hook.token}"
        assert hook.url_for("lipsync") == f"{public}/{hook.token}/lipsync"
        local, token = f"http://127.0.0.1:{hook.port}", hook.token
        # As forwarded by a tunnel that keeps the path, and by one that strips it.
        for path in (f"/hooks/{token}", f"/hooks/{token}/lipsync", f"/{token}"):
            assert web.post(local + path, json=lipsync_payload(JOB_ID)).status_code == 200
        assert (len(hook.events), hook.repeated, hook.refused) == (1, 2, 0)


@pytest.mark.parametrize("public", ["https://x.example/?src=cli", "https://x.example/#f", "-x", ""])
def test_a_public_url_the_token_cannot_join_is_refused(client, public):
    """V5-1: `?src=cli/<token>` (the token in the query) or `#f/<token>` (never sent) missed
    the receiver: every wait fell back to slow polls, without a word."""
    with pytest.raises(InvalidInputError, match="public_url"):
        client.webhooks.listen(public_url=public)
    with pytest.raises(InvalidInputError, match="base: must have no query"):
        webhooks.webhook_url("https://x.example/?a=b", TOKEN)


def test_asgi_app_under_starlette_calls_the_handler_once_per_event(web):
    """Mounted in a Starlette app: async handler, repeats skipped, counters kept."""
    got: list[webhooks.WebhookEvent] = []

    async def handler(event: webhooks.WebhookEvent) -> None:
        await asyncio.sleep(0)
        got.append(event)

    hook_app = webhooks.asgi_app(handler, token=TOKEN)
    app = Starlette(routes=[Mount("/creatify", app=hook_app)])
    with served(app) as base:
        url = webhooks.webhook_url(f"{base}/creatify", TOKEN, "lipsync")
        assert url == f"{base}/creatify/{TOKEN}/lipsync"
        for _ in range(3):
            assert web.post(url, json=lipsync_payload(JOB_ID)).status_code == 200
        assert web.post(f"{base}/creatify/{'x' * 26}", json={}).status_code == 403
    assert [(e.id, e.kind) for e in got] == [(JOB_ID, "lipsync")]
    assert (hook_app.received, hook_app.repeated, hook_app.refused) == (1, 2, 1)


def test_asgi_app_alone_under_uvicorn_with_a_failing_handler(web):
    """A handler that raises gets 500 and the event is not remembered: a redelivery is
    handled again. `repeats=True` passes repeats on, flagged."""
    calls: list[webhooks.WebhookEvent] = []

    def handler(event: webhooks.WebhookEvent) -> None:  # a plain function: runs in a thread
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = webhooks.asgi_app(handler, token=TOKEN, repeats=True)
    with served(app) as base:
        url = f"{base}/{TOKEN}"
        assert web.post(url, json=lipsync_payload(JOB_ID)).status_code == 500
        assert web.post(url, json=lipsync_payload(JOB_ID)).status_code == 200
        assert web.post(url, json=lipsync_payload(JOB_ID)).status_code == 200
    assert [e.repeat for e in calls] == [False, False, True]
    assert (app.received, app.repeated) == (1, 1)


def test_confirm_reads_the_job_by_the_kind(client):
    """`confirm` needs a kind (from the URL or the argument) that names a job namespace."""
    event = webhooks.parse(lipsync_payload(JOB_ID))
    with pytest.raises(InvalidInputError, match="say which kind of job") as caught:
        client.webhooks.confirm(event)
    assert "avatar" in str(caught.value) and "lipsync" in str(caught.value)
    with pytest.raises(InvalidInputError, match="must be one of"):
        client.webhooks.confirm(event, kind="teleport")


@pytest.mark.parametrize("given", [lipsync_payload(JOB_ID), JOB_ID, b"{}", None])
def test_confirm_refuses_what_is_no_event(client, given):
    """A delivery's dict, body or job id: a bare AttributeError before (S5-9); now the
    SDK's error naming `event` and the call that makes one (client on a closed port:
    nothing is sent)."""
    with pytest.raises(InvalidInputError, match=r"webhooks\.parse") as caught:
        client.webhooks.confirm(given, kind="lipsync")
    assert caught.value.field == "event"
