"""`wait(id, webhook=hook)` end to end: the stateful mock POSTs to a real local listener."""

from __future__ import annotations

import time
from functools import partial

import httpx
import pytest
from creatify import Creatify, LipsyncFailed
from creatify._async.client import NAMESPACES
from creatify._sync.jobs import webhook_sleep
from creatify.webhooks import new_token, webhook_url

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


def events_of(hook, job_id) -> list:
    """The hook's events about one job. Prism behind the mock also runs the spec's
    callbacks, POSTing the documented example (another id) to the same URL."""
    return [e for e in hook.events if e.id == str(job_id)]


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
    assert [(e.id, e.status) for e in events_of(hook, task.id)] == [(str(task.id), "done")]


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
    assert [e.id for e in events_of(hook, task.id)] == [str(task.id)]


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
    client, _ = sync_client(
        mock_base_url, auth_headers, mock_headers() | {"X-Mock-Job-Seconds": "30"}
    )
    with client, client.webhooks.listen(port=0) as hook, httpx.Client() as forger:
        task = client.lipsyncs.create(text="forged", creator=CREATOR)  # no webhook_url
        forged_urls = [
            hook.url.replace(hook.token, "x" * len(hook.token)),
            hook.url.rsplit("/", 1)[0],
            hook.url.replace(hook.token, hook.token[:-1]),
        ]
        answers = [forger.post(u, json=lipsync_payload(str(task.id))) for u in forged_urls]
        assert [a.status_code for a in answers] == [403, 403, 403]
        assert hook.events == [] and hook.refused == 3
        # A wait's sleep on this hook is not cut short by the forgeries.
        pause = webhook_sleep(hook, str(task.id), frozenset({"done", "failed", "rejected"}))
        started = time.monotonic()
        pause(0.5)
        assert time.monotonic() - started >= 0.5
        assert client.lipsyncs.get(task.id).status != "done", "the job goes on as before"


def test_a_repeated_delivery_is_reported_once(mock_base_url, auth_headers):
    """The mock delivers the final event twice: one event, one repeat counted."""
    client, _ = sync_client(mock_base_url, auth_headers, mock_headers(repeat=2))
    seen = []
    with client, client.webhooks.listen(port=0, on_event=seen.append) as hook:
        task = client.lipsyncs.create(text="twice", creator=CREATOR, webhook_url=hook.url)
        client.lipsyncs.wait(task.id, webhook=hook)
        log = until(lambda: len(webhook_log(mock_base_url, str(task.id))) == 2)
        log = webhook_log(mock_base_url, str(task.id))
        until(lambda: hook.repeated >= 1)
    assert [e["status"] for e in log] == [200, 200], "both deliveries were answered"
    assert [(e.id, e.repeat) for e in events_of(hook, task.id)] == [(str(task.id), False)]
    assert [e.id for e in seen if e.id == str(task.id)] == [str(task.id)]


def test_an_unreachable_listener_falls_back_to_polling(mock_base_url, auth_headers):
    """When the service cannot reach the listener, the slow polls still end the wait."""
    # A job long enough that the wait's first check cannot already see it done.
    client, transport = sync_client(
        mock_base_url, auth_headers, {**mock_headers(), "X-Mock-Job-Seconds": "3"}
    )
    with client, client.webhooks.listen(port=0) as hook:
        task = client.lipsyncs.create(text="lost", creator=CREATOR, webhook_url=closed_port_url())
        before = len(transport.requests)
        video = client.lipsyncs.wait(task.id, webhook=hook, poll_interval=0.2)
    assert video.status == "done" and hook.events == []
    assert len(transport.requests[before:]) >= 2, "it polled"
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
    # On a busy machine the first check may see the avatar done before its event lands.
    (event,) = until(lambda: events_of(hook, created.id))
    assert event.status == "done" and event.payload["is_active"] is True


def test_confirm_reads_the_job_the_event_is_about(mock_base_url, auth_headers):
    """An event from `url_for("lipsync")` knows its kind: `confirm` returns the API's job."""
    client, _ = sync_client(mock_base_url, auth_headers)
    with client, client.webhooks.listen(port=0) as hook:
        url = hook.url_for("lipsync")
        task = client.lipsyncs.create(text="confirm me", creator=CREATOR, webhook_url=url)
        (event,) = until(lambda: events_of(hook, task.id))
        job = client.webhooks.confirm(event)
    assert event.kind == "lipsync"
    assert type(job).__name__ == "Lipsync"
    assert (str(job.id), job.status, job.output) == (event.id, "done", event.output)


async def test_confirm_async(mock_base_url, auth_headers):
    """`await client.webhooks.confirm(event, kind=...)` with AsyncCreatify."""
    client, _ = async_client(mock_base_url, auth_headers)
    async with client, client.webhooks.listen(port=0) as hook:
        task = await client.lipsyncs.create(text="confirm", creator=CREATOR, webhook_url=hook.url)
        await client.lipsyncs.wait(task.id, webhook=hook)
        (event,) = events_of(hook, task.id)
        job = await client.webhooks.confirm(event, kind="lipsync")
    assert job.status == "done" and str(job.id) == event.id


def test_every_job_kind_has_a_webhook_name() -> None:
    """`url_for(kind)` and `confirm(event)` name a job kind by its noun: every job
    namespace has one that fits in a URL, and no two share it."""
    client = Creatify("id", "key", "https://api.creatify.ai")
    names = list(NAMESPACES)
    nouns = [getattr(client, n)._kind.noun for n in names if hasattr(getattr(client, n), "_kind")]
    assert len(nouns) == len(set(nouns))
    assert set(nouns) == {
        "avatar",
        "lipsync",
        "lipsync_v2",
        "text_to_speech",
        "aurora",
        "link_to_video",
        "ai_shorts",
        "ai_editing",
        "custom_template_job",
        "product_to_video",
        "dyoa",
        "asset_generator",
        "inspiration_job",
        "iab_images",
        "ads_clone",
        "text_generation",
        "ai_script",
    }
    for noun in nouns:
        assert webhook_url("https://example.com/hooks", new_token(), noun).endswith("/" + noun)


def test_a_text_to_speech_wait_ends_on_its_webhook(mock_base_url, auth_headers):
    """Another job kind through the same path: the event of `url_for("text_to_speech")`
    ends the wait, and `confirm` finds the kind from the URL."""
    client, transport = sync_client(mock_base_url, auth_headers)
    with client, client.webhooks.listen(port=0) as hook:
        task = client.text_to_speech.create(
            script="Hello by webhook", webhook_url=hook.url_for("text_to_speech")
        )
        before = len(transport.requests)
        speech = client.text_to_speech.wait(task.id, webhook=hook)
        wait_requests = transport.requests[before:]
        (event,) = until(lambda: events_of(hook, task.id))
        job = client.webhooks.confirm(event)
    assert speech.status == "done"
    assert 1 <= len(wait_requests) <= 2, wait_requests
    assert type(job).__name__ == "TextToSpeech" and str(job.id) == str(task.id)


def test_the_shared_create_and_wait_waits_through_a_listener(mock_base_url, auth_headers):
    """`_create_and_wait`, the body every `create_and_wait` shares (and the CLI's `--listen`
    can use), sends one create and then sleeps until the event: no polling."""
    client, transport = sync_client(mock_base_url, auth_headers)
    with client, client.webhooks.listen(port=0) as hook:
        create = partial(client.lipsyncs.create, text="hook", creator=CREATOR, webhook_url=hook.url)
        video = client.lipsyncs._create_and_wait(create, None, None, None, None, hook)
    assert video.status == "done"
    assert transport.requests[0].startswith("POST /api/lipsyncs/")
    assert 2 <= len(transport.requests) <= 3, transport.requests
