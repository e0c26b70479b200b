"""The wait's schedule with a webhook, on a virtual clock (httpx.MockTransport answers by
the clock: a server cannot be made to skip ten minutes). The e2e tests run the same flows
against the mock in real time."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from creatify import AsyncCreatify, Creatify, InvalidInputError, webhooks

from tests.faults.server import Fault, serving

JOB_ID = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"
OTHER_ID = "9b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"


class World:
    """A virtual clock, a job that ends at `ends_at`, the polls made and their times."""

    def __init__(self, ends_at: float, event_at: float | None) -> None:
        self.now = 0.0
        self.ends_at = ends_at
        self.event_at = event_at
        self.polls: list[float] = []

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.polls.append(self.now)
        status = "done" if self.now >= self.ends_at else "running"
        return httpx.Response(200, json={"id": JOB_ID, "status": status})

    def wait_until(self, hook: webhooks._Listener) -> Callable[[Callable[[], bool], float], bool]:
        """The hook's blocking wait, on the virtual clock: the event comes at `event_at`."""

        def wait(ready: Callable[[], bool], seconds: float) -> bool:
            if self.event_at is not None and self.now <= self.event_at <= self.now + seconds:
                self.now = self.event_at
                hook.events.append(webhooks.parse({"id": JOB_ID, "status": "done"}))
            else:
                self.now += seconds
            return ready()

        return wait


@contextlib.contextmanager
def sync_setup(world: World) -> Iterator[tuple[Creatify, webhooks.WebhookListener]]:
    client = Creatify(
        "id", "key", "http://127.0.0.1:9", transport=httpx.MockTransport(world.answer)
    )
    client._clock = lambda: world.now
    # Running (a wait takes no other), but the events are put in by the world.
    with webhooks.WebhookListener() as hook:
        hook._wait_until = world.wait_until(hook)
        yield client, hook


def test_the_event_ends_the_wait_with_two_requests():
    """A 30-second job: a check at once, then the event, then one confirming read."""
    world = World(ends_at=30, event_at=30.05)
    with sync_setup(world) as (client, hook):
        assert client.lipsyncs.wait(JOB_ID, webhook=hook).status == "done"
        assert world.polls == [0.0, 30.05]


def test_without_an_event_it_polls_slowly_and_still_finishes():
    """No event ever: polls first after ~60 s, each wait 1.5x longer, never over 5 min."""
    world = World(ends_at=1500, event_at=None)
    with sync_setup(world) as (client, hook):
        assert client.lipsyncs.wait(JOB_ID, webhook=hook).status == "done"
        gaps = [b - a for a, b in zip(world.polls, world.polls[1:], strict=False)]
        assert 48 <= gaps[0] <= 60
        assert all(48 <= g <= webhooks.FALLBACK_MAX_INTERVAL for g in gaps)
        assert max(gaps) > 200, "the waits grow"
        assert len(world.polls) <= 12


def test_events_of_other_jobs_or_unfinished_statuses_do_not_wake_it():
    """Only a final status for this id wakes the wait."""
    world = World(ends_at=100, event_at=None)
    with sync_setup(world) as (client, hook):
        for payload in (
            {"id": OTHER_ID, "status": "done"},
            {"id": JOB_ID, "status": "running"},
            {"id": JOB_ID, "status": "teleporting"},
        ):
            hook.events.append(webhooks.parse(payload))
        client.lipsyncs.wait(JOB_ID, webhook=hook)
        assert world.polls[1] >= 48, "the first sleep was not cut short"


def test_explicit_poll_settings_still_apply():
    """`poll_interval` given with a webhook is honoured (a caller's own fallback)."""
    world = World(ends_at=10, event_at=None)
    with sync_setup(world) as (client, hook):
        client.lipsyncs.wait(JOB_ID, webhook=hook, poll_interval=1, max_interval=1)
        assert world.polls[1] <= 1


@pytest.mark.parametrize("event_at", [30.05, None])
async def test_async_wait_on_a_virtual_clock(event_at):
    """AsyncCreatify: the same schedule, event or no event."""
    world = World(ends_at=30, event_at=event_at)
    client = AsyncCreatify(
        "id", "key", "http://127.0.0.1:9", transport=httpx.MockTransport(world.answer)
    )
    client._clock = lambda: world.now
    async with client, webhooks.AsyncWebhookListener() as hook:
        blocking = world.wait_until(hook)

        async def wait(ready: Callable[[], bool], seconds: float) -> bool:
            return blocking(ready, seconds)

        hook._wait_until = wait
        assert (await client.lipsyncs.wait(JOB_ID, webhook=hook)).status == "done"
    assert world.polls[0] == 0.0
    if event_at is not None:
        assert world.polls == [0.0, 30.05]
    else:
        assert 48 <= world.polls[1] <= 60


def test_a_wait_takes_only_a_running_listener_of_its_clients_kind() -> None:
    """A sync wait given an async listener polled in a tight loop (each sleep a coroutine
    never awaited), an async wait given a sync one blocked the event loop for the whole
    sleep, a URL was an AttributeError after the first request. Each is refused before any
    request, on a real server that counts them."""
    with serving(Fault(status=500)) as server, webhooks.WebhookListener() as running:
        sync = Creatify("id", "key", server.url, max_retries=0)
        for hook, got in [
            ("https://my.example/hook", "str"),
            (webhooks.AsyncWebhookListener(), "AsyncWebhookListener"),
            (webhooks.WebhookListener(), "one not running"),
        ]:
            with pytest.raises(InvalidInputError, match=f"got {got}$") as caught:
                sync.lipsyncs.wait(JOB_ID, webhook=hook)
            assert caught.value.field == "webhook"

        async def in_async() -> None:
            async with AsyncCreatify("id", "key", server.url, max_retries=0) as client:
                await client.lipsyncs.wait(JOB_ID, webhook=running)

        with pytest.raises(InvalidInputError, match=r"got WebhookListener$"):
            asyncio.run(in_async())
        assert server.count() == 0


def test_a_kind_whose_creates_take_no_webhook_url_refuses_a_listener() -> None:
    """No create of a Design-Your-Own-Avatar request takes a `webhook_url` (the spec), so
    no event can come: the wait polled only as the slow fallback, every minute or more, and
    its record cannot show the URL to warn (V3-3). Refused before any request."""
    with serving(Fault(status=500)) as server, webhooks.WebhookListener() as running:
        client = Creatify("id", "key", server.url, max_retries=0)
        with pytest.raises(InvalidInputError, match="no event comes") as caught:
            client.dyoa.wait(JOB_ID, webhook=running)
        assert caught.value.field == "webhook"
        assert server.count() == 0


def test_a_job_made_without_the_listeners_url_is_polled_as_without_one(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """No event will come for it: the wait says so and polls on the kind's own schedule,
    not the slow fallback (a 20 s job was seen after a minute). The fake's clock."""
    from creatify.testing import FakeCreatify

    client = FakeCreatify(job_seconds=20).client()
    updates: list[Any] = []
    with client.webhooks.listen() as hook:
        job = client.lipsyncs.create(text="hi", creator=client.avatars.list()[0].id)
        done = client.lipsyncs.wait(job.id, webhook=hook, on_update=updates.append)
    assert done.status == "done"
    assert updates[-1].elapsed < webhooks.FALLBACK_POLL_INTERVAL
    assert "made without the webhook listener's URL" in caplog.text


def test_the_warning_shows_another_receivers_url_without_its_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A job made with another receiver's URL: the warning shows where it goes, not the
    token in its path, which lets deliveries into that receiver (Y3-3)."""
    from creatify.testing import FakeCreatify

    client = FakeCreatify(job_seconds=1).client()
    token = webhooks.new_token()
    url = webhooks.webhook_url("https://u:pw@you.example:8443/creatify", token, "lipsync")
    with client.webhooks.listen() as hook:
        job = client.lipsyncs.create(
            text="hi", creator=client.avatars.list()[0].id, webhook_url=url
        )
        client.lipsyncs.wait(job.id, webhook=hook)
    (warning,) = [r.getMessage() for r in caplog.records if r.name == "creatify"]
    assert "webhook_url is https://you.example:8443/[redacted])" in warning
    assert token not in warning and "pw" not in warning
