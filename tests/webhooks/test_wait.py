"""`wait(id, webhook=hook)` end to end: the stateful mock POSTs to a real local listener."""

from __future__ import annotations

import time

import httpx
import pytest
from creatify import LipsyncFailed

from tests.mock.helpers import until
from tests.webhooks.helpers import (
    CREATOR,
    JOB_SECONDS,
    async_client,
    closed_port_url,
    lipsync_payload,
    mock_headers,
    sync_client,
)


def webhook_log(base_url: str, job_id: str) -> list[dict]:
    entries = httpx.get(f"{base_url}/__mock__/webhooks").json()
    return [e for e in entries if e["id"] == job_id]


def test_a_confirmed_event_ends_the_wait(mock_base_url, auth_headers):
    """The final event wakes the wait: at most 2 requests (check, confirm), no polling."""
    client, transport = sync_client(mock_base_url, auth_headers)
    with client, client.webhooks.listen(port=0) as hook:
        task = client.lipsyncs.create(text="hook", creator=CREATOR, webhook_url=hook.url)
        before = len(transport.requests)
        started = time.monotonic()
        video = client.lipsyncs.wait(task.id, webhook=hook)
        waited = time.monotonic() - started
    assert video.status == "done" and video.output
    wait_requests = transport.requests[before:]
    assert 1 <= len(wait_requests) <= 2, wait_requests
    assert all(r.startswith("GET /api/lipsyncs/") for r in wait_requests)
    # The fallback's first poll would come after ~60 s: the event ended it.
    assert waited < JOB_SECONDS + 5
    assert [(e.id, e.status) for e in hook.events] == [(str(task.id), "done")]


async def test_a_confirmed_event_ends_the_wait_async(mock_base_url, auth_headers):
    """The same with AsyncCreatify: the listener is a task in the test's event loop."""
    client, transport = async_client(mock_base_url, auth_headers)
    async with client, client.webhooks.listen(port=0) as hook:
        task = await client.lipsyncs.create(text="hook", creator=CREATOR, webhook_url=hook.url)
        before = len(transport.requests)
        started = time.monotonic()
        video = await client.lipsyncs.wait(task.id, webhook=hook)
        waited = time.monotonic() - started
    assert video.status == "done"
    assert 1 <= len(transport.requests[before:]) <= 2, transport.requests[before:]
    assert waited < JOB_SECONDS + 5
    assert [e.id for e in hook.events] == [str(task.id)]


def test_a_failed_job_raises_after_the_event(mock_base_url, auth_headers):
    """A `failed` event, once confirmed, raises the kind's failure like a polled wait."""
    client, transport = sync_client(mock_base_url, auth_headers, mock_headers("failed"))
    with client, client.webhooks.listen(port=0) as hook:
        task = client.lipsyncs.create(text="hook", creator=CREATOR, webhook_url=hook.url)
        before = len(transport.requests)
        with pytest.raises(LipsyncFailed) as caught:
            client.lipsyncs.wait(task.id, webhook=hook)
    assert caught.value.failed_reason
    assert len(transport.requests[before:]) <= 2


def test_a_forged_delivery_gets_403_and_changes_nothing(mock_base_url, auth_headers):
    """A POST without the token is refused before its body is read: no event, no wake."""
    client, transport = sync_client(mock_base_url, auth_headers)
    with client, client.webhooks.listen(port=0) as hook:
        task = client.lipsyncs.create(text="forged", creator=CREATOR)  # no webhook_url
        forged_urls = [
            hook.url.replace(hook.token, "x" * len(hook.token)),
            hook.url.rsplit("/", 1)[0],
            hook.url.replace(hook.token, hook.token[:-1]),
        ]
        answers = [httpx.post(u, json=lipsync_payload(str(task.id))) for u in forged_urls]
        assert [a.status_code for a in answers] == [403, 403, 403]
        assert hook.events == [] and hook.refused == 3
        # A wait on this hook is not woken by the forgeries: it polls (quickly here).
        before = len(transport.requests)
        video = client.lipsyncs.wait(task.id, webhook=hook, poll_interval=0.2)
        assert video.status == "done"
        assert len(transport.requests[before:]) >= 2
    assert client.lipsyncs.get(task.id).status == "done"
    assert hook.events == []


def test_a_repeated_delivery_is_reported_once(mock_base_url, auth_headers):
    """The mock delivers the final event twice: one event, one repeat counted."""
    client, _ = sync_client(mock_base_url, auth_headers, mock_headers(repeat=2))
    seen = []
    with client, client.webhooks.listen(port=0, on_event=seen.append) as hook:
        task = client.lipsyncs.create(text="twice", creator=CREATOR, webhook_url=hook.url)
        client.lipsyncs.wait(task.id, webhook=hook)
        log = until(lambda: [e for e in webhook_log(mock_base_url, str(task.id))][1:] and
                    webhook_log(mock_base_url, str(task.id)))
        until(lambda: hook.repeated == 1)
    assert [e["status"] for e in log] == [200, 200], "both deliveries were answered"
    assert [(e.id, e.repeat) for e in hook.events] == [(str(task.id), False)]
    assert [e.id for e in seen] == [str(task.id)]


def test_an_unreachable_listener_falls_back_to_polling(mock_base_url, auth_headers):
    """When the service cannot reach the listener, the slow polls still end the wait."""
    client, transport = sync_client(mock_base_url, auth_headers)
    with client, client.webhooks.listen(port=0) as hook:
        task = client.lipsyncs.create(text="lost", creator=CREATOR, webhook_url=closed_port_url())
        video = client.lipsyncs.wait(task.id, webhook=hook, poll_interval=0.2)
    assert video.status == "done" and hook.events == []
    log = until(lambda: webhook_log(mock_base_url, str(task.id)))
    assert "error" in log[0], log


async def test_an_unreachable_listener_falls_back_to_polling_async(mock_base_url, auth_headers):
    """The same with AsyncCreatify."""
    client, _ = async_client(mock_base_url, auth_headers)
    async with client, client.webhooks.listen(port=0) as hook:
        task = await client.lipsyncs.create(
            text="lost", creator=CREATOR, webhook_url=closed_port_url()
        )
        video = await client.lipsyncs.wait(task.id, webhook=hook, poll_interval=0.2)
    assert video.status == "done" and hook.events == []


def test_avatars_wait_on_a_webhook_too(mock_base_url, auth_headers):
    """Every job kind takes `webhook=`: a custom avatar's event (the whole persona)."""
    client, transport = sync_client(mock_base_url, auth_headers)
    with client, client.webhooks.listen(port=0) as hook:
        created = client.avatars.create_from_urls(
            lipsync_input="https://example.com/a.mp4",
            creator_name="Hooked",
            gender="nb",
            webhook_url=hook.url,
        )
        before = len(transport.requests)
        avatar = client.avatars.wait(created.id, webhook=hook)
    assert avatar.is_active is True
    assert len(transport.requests[before:]) <= 2
    assert hook.events[0].status == "done" and hook.events[0].payload["is_active"] is True
