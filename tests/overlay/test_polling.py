"""Waiting for jobs: exact status sequences over httpx.MockTransport, virtual clock.

MockTransport: a mock server cannot answer "pending, running, done" in order.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

import httpx
import pytest
from creatify import (
    AuthenticationError,
    AvatarFailed,
    AvatarRejected,
    InvalidInputError,
    JobUpdate,
    LipsyncFailed,
    WaitTimeout,
)
from creatify._jobs import LIPSYNC_JOB
from creatify._polling import Poller, WaitSettings
from creatify.testing import FakeCreatify
from creatify.testing._fake import START
from creatify_api.models import Lipsync

from tests.overlay.helpers import (
    CREATOR_ID,
    LIPSYNC_ID,
    PERSONA_ID,
    Script,
    Step,
    async_client,
    json_response,
    lipsync,
    persona,
    sync_client,
)


class VirtualClock:
    """Time that passes only when the client sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def with_clock(client: object, clock: VirtualClock, *, is_async: bool = False) -> None:
    client._clock = clock  # type: ignore[attr-defined]
    client._sleep = clock.asleep if is_async else clock.sleep  # type: ignore[attr-defined]


def test_lipsync_wait_follows_pending_running_done() -> None:
    """Polls until done, reporting each change with status, progress and elapsed time."""
    script = Script(
        [
            json_response(200, lipsync("pending", progress=0)),
            json_response(200, lipsync("running", progress="0.5")),
            json_response(200, lipsync("running", progress="0.5")),
            json_response(200, lipsync("done", progress=1, output="https://cdn/x.mp4")),
        ]
    )
    client, clock, updates = sync_client(script), VirtualClock(), []
    with_clock(client, clock)
    video = client.lipsyncs.wait(LIPSYNC_ID, on_update=updates.append)
    assert video.output == "https://cdn/x.mp4"
    assert script.count == 4
    assert [(u.status, u.progress) for u in updates] == [
        ("pending", 0.0),
        ("running", 0.5),
        ("done", 1.0),
    ]
    assert all(isinstance(u, JobUpdate) and u.job_id == LIPSYNC_ID for u in updates)
    assert updates[-1].elapsed == pytest.approx(sum(clock.sleeps))


async def test_an_async_on_update_is_awaited_on_the_async_client() -> None:
    """As `webhooks.listen`'s async `on_event` is: its coroutine was dropped (a
    RuntimeWarning only), so it never ran. A failed job's update comes before the error."""
    script = Script(
        [
            json_response(200, lipsync("running", progress=0.5)),
            json_response(200, lipsync("failed", failed_reason="no face")),
        ]
    )
    client, clock, seen = async_client(script), VirtualClock(), []
    with_clock(client, clock, is_async=True)

    async def on_update(update: JobUpdate) -> None:
        await asyncio.sleep(0)
        seen.append(update.status)

    with pytest.raises(LipsyncFailed):
        await client.lipsyncs.wait(LIPSYNC_ID, on_update=on_update)
    assert seen == ["running", "failed"]


class AsyncHandler:
    """A handler object whose `__call__` is an `async def`: as async as a function."""

    async def __call__(self, update: JobUpdate) -> None:
        pass


async def async_function(update: JobUpdate) -> None:
    pass


@pytest.mark.parametrize("on_update", [async_function, AsyncHandler()], ids=["def", "object"])
def test_the_sync_client_refuses_an_async_on_update_before_any_request(on_update: Any) -> None:
    """`Creatify` cannot await it: its coroutine would never run (an object's was
    accepted, V3-2)."""
    script = Script([])
    with pytest.raises(InvalidInputError) as caught:
        sync_client(script).lipsyncs.create_and_wait(
            text="hi", creator=CREATOR_ID, on_update=on_update
        )
    assert caught.value.field == "on_update" and "plain function" in caught.value.rule
    assert script.count == 0


async def test_a_task_an_on_update_returns_is_not_awaited_on_the_async_client() -> None:
    """Only an `async def`'s coroutine is awaited: a Task a plain on_update starts and
    forgets was awaited too, so the wait waited for it and ended with its error (V3-4)."""
    script = Script([json_response(200, lipsync("done", output="https://cdn/x.mp4"))])
    client = async_client(script)
    with_clock(client, VirtualClock(), is_async=True)
    gate = asyncio.Event()

    async def notify() -> None:
        await gate.wait()  # never set before the wait returns
        raise RuntimeError("slack is down")

    tasks: list[asyncio.Task[None]] = []

    def on_update(update: JobUpdate) -> asyncio.Task[None]:  # fire and forget
        tasks.append(asyncio.create_task(notify()))
        return tasks[-1]

    assert (await client.lipsyncs.wait(LIPSYNC_ID, on_update=on_update)).status == "done"
    assert len(tasks) == 1 and not tasks[0].done()
    tasks[0].cancel()


async def test_async_lipsync_wait_follows_pending_running_done() -> None:
    """The async twin polls the same way."""
    script = Script(
        [
            json_response(200, lipsync("in_queue")),
            json_response(200, lipsync("done", output="https://cdn/x.mp4")),
        ]
    )
    client, clock = async_client(script), VirtualClock()
    with_clock(client, clock, is_async=True)
    video = await client.lipsyncs.wait(LIPSYNC_ID)
    assert video.status == "done"
    assert script.count == 2


def test_failed_lipsync_raises_with_the_reason() -> None:
    """`failed` ends the wait with LipsyncFailed carrying the id and reason."""
    script = Script(
        [
            json_response(200, lipsync("running")),
            json_response(200, lipsync("failed", failed_reason="The persona is not active.")),
        ]
    )
    client = sync_client(script)
    with_clock(client, VirtualClock())
    with pytest.raises(LipsyncFailed) as info:
        client.lipsyncs.wait(LIPSYNC_ID)
    assert info.value.job_id == LIPSYNC_ID
    assert info.value.failed_reason == "The persona is not active."
    assert script.count == 2


@pytest.mark.parametrize(
    ("status", "error"), [("failed", AvatarFailed), ("rejected", AvatarRejected)]
)
def test_avatar_failure_and_rejection_raise(status: str, error: type[Exception]) -> None:
    """An avatar that fails or is rejected ends the wait with the reason."""
    script = Script(
        [
            json_response(200, persona("reviewing")),
            json_response(200, persona(status, failed_reason="consent mismatch")),
        ]
    )
    client = sync_client(script)
    with_clock(client, VirtualClock())
    with pytest.raises(error) as info:
        client.avatars.wait(PERSONA_ID)
    assert info.value.failed_reason == "consent mismatch"  # type: ignore[attr-defined]
    assert info.value.job_id == PERSONA_ID  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "last", [persona("done", is_active=True), persona("reviewing", is_active=True)]
)
def test_avatar_wait_ends_when_done_or_active(last: dict[str, object]) -> None:
    """An avatar is ready at process_status done, or once is_active is true."""
    script = Script([json_response(200, persona("reviewing")), json_response(200, last)])
    client = sync_client(script)
    with_clock(client, VirtualClock())
    assert client.avatars.wait(PERSONA_ID).is_active is True


def test_unknown_status_means_not_finished() -> None:
    """A status the SDK does not know is waited through, not a crash."""
    script = Script(
        [
            json_response(200, lipsync("rendering_v3_new")),
            json_response(200, lipsync("done")),
        ]
    )
    client = sync_client(script)
    with_clock(client, VirtualClock())
    assert client.lipsyncs.wait(LIPSYNC_ID).status == "done"


def test_wait_timeout_carries_id_and_last_status() -> None:
    """Out of time: WaitTimeout with the id and the last status seen."""
    script = Script([json_response(200, lipsync("running"))])
    client, clock = sync_client(script), VirtualClock()
    with_clock(client, clock)
    with pytest.raises(WaitTimeout) as info:
        client.lipsyncs.wait(LIPSYNC_ID, timeout=60, poll_interval=2, max_interval=10)
    assert info.value.job_id == LIPSYNC_ID
    assert info.value.last_status == "running"
    assert clock.now == pytest.approx(60)


def test_a_deadline_passed_in_on_update_gets_one_more_check() -> None:
    """An `on_update` that runs past the deadline: one more check at once, which sees the
    job done, not a `WaitTimeout` with the status from before the callback (Y1-6); still
    running, the `WaitTimeout` gives the time really waited."""
    script = Script([json_response(200, lipsync("pending")), json_response(200, lipsync("done"))])
    client, clock = sync_client(script), VirtualClock()
    with_clock(client, clock)
    slow = lambda update: clock.sleep(10)  # noqa: E731
    assert client.lipsyncs.wait(LIPSYNC_ID, timeout=3, on_update=slow).status == "done"
    assert script.count == 2
    script.steps = [json_response(200, lipsync("pending"))]
    with pytest.raises(WaitTimeout, match="after 10 s; last status: pending"):
        client.lipsyncs.wait(LIPSYNC_ID, timeout=3, on_update=slow)
    assert script.count == 4


def test_a_timeout_without_failed_checks_keeps_the_exception_being_handled() -> None:
    """A wait that runs out of time inside the caller's `except` block: the traceback still
    shows the caller's exception ("During handling of ..."), as any raise there does (V6-1)."""
    timed_out, clock = poller(timeout=5.0)
    clock.now = 9.0
    try:
        raise KeyError("the caller's own")
    except KeyError:
        with pytest.raises(WaitTimeout) as info:
            timed_out.after_result(running())
    assert isinstance(info.value.__context__, KeyError)
    assert not info.value.__suppress_context__ and info.value.last_error is None


def test_failing_checks_count_from_when_the_first_was_sent() -> None:
    """A check that hangs for the whole wait: "the checks of the last 20 s failed", not
    the 0 s since it returned (W1-3)."""
    clock = VirtualClock()

    def hangs(request: httpx.Request) -> httpx.Response:
        clock.now += 20
        raise httpx.ReadTimeout("timed out", request=request)

    client = sync_client(Script([hangs]), max_retries=0)
    with_clock(client, clock)
    with pytest.raises(WaitTimeout, match="the checks of the last 20 s failed"):
        client.lipsyncs.wait(LIPSYNC_ID, timeout=20)


def test_transient_errors_do_not_end_a_wait() -> None:
    """429, 5xx and a dropped connection during a wait are waited out."""
    script = Script(
        [
            json_response(200, lipsync("running")),
            json_response(429, {"detail": "slow"}, {"Retry-After": "0"}),
            json_response(503, {"detail": "busy"}),
            httpx.ReadError("connection dropped"),
            httpx.Response(200, text="<html>gateway</html>"),
            json_response(200, lipsync("done")),
        ]
    )
    client = sync_client(script, max_retries=0)
    with_clock(client, VirtualClock())
    assert client.lipsyncs.wait(LIPSYNC_ID).status == "done"
    assert script.count == 6


def test_a_permanent_error_ends_a_wait() -> None:
    """401 during a wait is not transient: it is raised."""
    script = Script([json_response(401, {"detail": "bad key"})])
    client = sync_client(script)
    with_clock(client, VirtualClock())
    with pytest.raises(AuthenticationError):
        client.lipsyncs.wait(LIPSYNC_ID)


def test_retry_after_during_a_wait_is_followed() -> None:
    """A 429's Retry-After lengthens the next sleep of the wait."""
    script = Script(
        [
            json_response(429, {"detail": "slow"}, {"Retry-After": "45"}),
            json_response(200, lipsync("done")),
        ]
    )
    client, clock = sync_client(script, max_retries=0), VirtualClock()
    with_clock(client, clock)
    client.lipsyncs.wait(LIPSYNC_ID, poll_interval=2)
    assert clock.sleeps == [45.0]


def test_backoff_grows_and_is_capped_with_jitter() -> None:
    """Intervals grow 1.5x from poll_interval to max_interval, jittered down by <= 20%."""
    settings = WaitSettings(timeout=10_000, poll_interval=2, max_interval=30)
    clock = VirtualClock()
    poller = Poller(LIPSYNC_ID, LIPSYNC_JOB, settings, clock, rng=random.Random(1))
    from creatify_api.models import Lipsync

    running = Lipsync.from_dict(lipsync("running"))
    delays = [poller.after_result(running) for _ in range(12)]
    ideal = [min(30, 2 * 1.5**n) for n in range(12)]
    for delay, top in zip(delays, ideal, strict=True):
        assert delay is not None
        assert 0.8 * top <= delay <= top
    assert delays[-1] is not None and delays[-1] > 20


def test_lipsync_defaults_fit_minutes_and_avatar_defaults_fit_days() -> None:
    """Documented defaults: videos 2 s to 30 s for 30 min; avatars 30 s to 10 min for 6 days."""
    from creatify._jobs import AVATAR_JOB, LIPSYNC_JOB

    assert (LIPSYNC_JOB.poll.poll_interval, LIPSYNC_JOB.poll.max_interval) == (2.0, 30.0)
    assert (AVATAR_JOB.poll.poll_interval, AVATAR_JOB.poll.max_interval) == (30.0, 600.0)
    assert AVATAR_JOB.poll.timeout >= 5 * 24 * 3600


def test_create_and_wait_creates_once_then_polls() -> None:
    """create_and_wait sends one POST, then GETs until done."""
    script = Script(
        [
            json_response(201, lipsync("pending")),
            json_response(200, lipsync("running")),
            json_response(200, lipsync("done", output="https://cdn/x.mp4")),
        ]
    )
    client = sync_client(script)
    with_clock(client, VirtualClock())
    video = client.lipsyncs.create_and_wait(creator=CREATOR_ID, text="Hello", aspect_ratio="9:16")
    assert video.status == "done"
    assert [r.method for r in script.requests] == ["POST", "GET", "GET"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("timeout", 0), ("timeout", 10**400), ("poll_interval", -1), ("max_interval", float("nan"))],
)
def test_wait_settings_are_checked_before_polling(field: str, value: float) -> None:
    """A wait with a non-positive setting names it and makes no request."""
    from creatify import InvalidInputError

    script = Script([json_response(200, lipsync("done"))])
    with pytest.raises(InvalidInputError) as info:
        sync_client(script).lipsyncs.wait(LIPSYNC_ID, **{field: value})
    assert info.value.field == field
    assert script.count == 0


def test_a_day_long_wait_polls_at_max_interval_until_its_timeout() -> None:
    """Over 1,750 polls (a day of the fake's clock, run in about a second) stay at
    `max_interval` and end in WaitTimeout; `1.5 ** n` overflowed a float there before."""
    fake = FakeCreatify(job_seconds=48 * 3600)  # a job that runs for two days
    client = fake.client()
    job = client.iab_images.create(image="https://example.com/a.jpg")
    sleeps: list[float] = []
    moves_the_clock = client._sleep

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        moves_the_clock(seconds)

    client._sleep = sleep
    with pytest.raises(WaitTimeout) as info:
        client.iab_images.wait(job.id, timeout=24 * 3600, max_interval=45)
    assert info.value.last_status == "running"
    assert len(sleeps) > 1_800
    assert fake.now() - START == pytest.approx(24 * 3600)
    steady = sleeps[20:-1]  # past the ramp from poll_interval, before the cut last sleep
    assert min(steady) >= 0.8 * 45
    assert max(steady) <= 45


def test_max_interval_below_poll_interval_is_refused_before_the_create() -> None:
    """A cap below the first interval (it polled every ~1 ms) names `max_interval` and
    its rule; the paid create is not sent."""
    fake = FakeCreatify()
    with pytest.raises(InvalidInputError) as info:
        fake.client().lipsyncs.create_and_wait(
            text="Hi", creator=CREATOR_ID, poll_interval=1, max_interval=0.001
        )
    assert info.value.field == "max_interval"
    assert info.value.rule == "must be at least poll_interval (1 s), got 0.001"
    assert fake.requests == []


def test_a_poll_interval_above_the_default_cap_raises_the_cap() -> None:
    """Only `poll_interval=60` given (the lipsync cap is 30 s): polls 60 s apart, less
    jitter, not refused and not cut to the cap."""
    running = [json_response(200, lipsync("running")) for _ in range(4)]
    script = Script([*running, json_response(200, lipsync("done"))])
    client, clock = sync_client(script), VirtualClock()
    with_clock(client, clock)
    client.lipsyncs.wait(LIPSYNC_ID, poll_interval=60)
    assert len(clock.sleeps) == 4
    assert all(0.8 * 60 <= sleep <= 60 for sleep in clock.sleeps)


def test_a_max_interval_below_the_default_poll_interval_lowers_it() -> None:
    """Only `max_interval=1` given (the lipsync default poll_interval is 2 s): polls 1 s
    apart at most, not refused (it was, naming a poll_interval the caller never gave)."""
    running = [json_response(200, lipsync("running")) for _ in range(4)]
    script = Script([*running, json_response(200, lipsync("done"))])
    client, clock = sync_client(script), VirtualClock()
    with_clock(client, clock)
    client.lipsyncs.wait(LIPSYNC_ID, max_interval=1)
    assert len(clock.sleeps) == 4
    assert all(0.8 * 1 <= sleep <= 1 for sleep in clock.sleeps)


# ---------------------------------------------------------------- the progress-aware schedule


def rendering(clock: VirtualClock, ends_at: float, *, queued: float = 0.0, **kw: Any) -> Step:
    """A lipsync whose progress rises steadily from `queued` s until it is done at `ends_at`."""

    def answer(request: httpx.Request) -> httpx.Response:
        if clock.now >= ends_at:
            return json_response(200, lipsync("done", progress=1, output="https://cdn/x.mp4"))
        fraction = max(0.0, clock.now - queued) / (ends_at - queued)
        status = "in_queue" if clock.now < queued else "running"
        return json_response(200, lipsync(status, progress=kw.get("as_text", float)(fraction)))

    return answer


@pytest.mark.parametrize(("ends_at", "max_lag", "max_requests"), [(30, 2, 8), (600, 10, 20)])
@pytest.mark.parametrize("seed", range(5))
def test_rising_progress_is_seen_soon_after_the_end(
    ends_at: float, max_lag: float, max_requests: int, seed: int
) -> None:
    """The issue's targets: 30 s seen <= 2 s late in <= 8 requests; 10 min <= 10 s in <= 20."""
    clock = VirtualClock()
    script = Script([rendering(clock, ends_at)])
    client = sync_client(script)
    with_clock(client, clock)
    client._rng = random.Random(seed)
    assert client.lipsyncs.wait(LIPSYNC_ID).status == "done"
    assert 0 <= clock.now - ends_at <= max_lag
    assert script.count <= max_requests


async def test_async_rising_progress_is_seen_soon_after_the_end() -> None:
    """The async twin follows the same estimate (progress as a string, as one page says)."""
    clock = VirtualClock()
    script = Script([rendering(clock, 30, as_text=str)])
    client = async_client(script)
    with_clock(client, clock, is_async=True)
    assert (await client.lipsyncs.wait(LIPSYNC_ID)).status == "done"
    assert 0 <= clock.now - 30 <= 2
    assert script.count <= 8


def test_queue_time_is_not_counted_in_the_rate() -> None:
    """Progress at 0 for 60 s, then 30 s of rendering: measured from the last 0 seen."""
    clock = VirtualClock()
    script = Script([rendering(clock, 90, queued=60)])
    client = sync_client(script)
    with_clock(client, clock)
    client._rng = random.Random(3)
    client.lipsyncs.wait(LIPSYNC_ID)
    assert 0 <= clock.now - 90 <= 10
    assert script.count <= 14


def poller(seed: int = 1, **settings: float) -> tuple[Poller[Any], VirtualClock]:
    clock = VirtualClock()
    values = {"timeout": 10_000.0, "poll_interval": 2.0, "max_interval": 30.0, **settings}
    return Poller(
        LIPSYNC_ID, LIPSYNC_JOB, WaitSettings(**values), clock, random.Random(seed)
    ), clock


def running(progress: object = None) -> Lipsync:
    return Lipsync.from_dict(lipsync("running", progress=progress))


def test_the_estimate_lands_just_past_the_expected_end() -> None:
    """Half done after 10 s: the end is 10 s away, so the next check is in 10 * 1.01 s."""
    p, clock = poller()
    p.after_result(running(0))
    clock.now = 10.0
    assert p.after_result(running(0.5)) == pytest.approx(10.1)


def test_the_estimate_never_looks_further_ahead_than_twice_what_it_saw() -> None:
    """10 % after 10 s: the end is 90 s away; the next check is after 10 s, then 20 s..."""
    p, clock = poller()
    p.after_result(running(0))
    clock.now = 10.0
    assert p.after_result(running(0.1)) == pytest.approx(10)
    clock.now = 20.0
    assert p.after_result(running(0.2)) == pytest.approx(20)
    clock.now = 40.0  # 40 % after 40 s: 60 s left, within twice 40 s
    assert p.after_result(running(0.4)) == pytest.approx(60.6)


def test_the_estimate_is_not_capped_by_max_interval_but_by_the_deadline() -> None:
    """max_interval caps guessing, not an estimate; the deadline caps everything."""
    p, clock = poller(max_interval=5, timeout=50)
    p.after_result(running(0))
    clock.now = 20.0
    assert p.after_result(running(0.5)) == pytest.approx(20.2)
    clock.now = 40.0
    assert p.after_result(running(0.75)) == pytest.approx(10)  # 13.5 s wanted, 10 s left


def test_the_estimate_sleeps_at_least_poll_interval() -> None:
    """99 % after 99 s: 1 s left, but checks stay poll_interval apart."""
    p, clock = poller(poll_interval=3)
    p.after_result(running(0))
    clock.now = 99.0
    assert p.after_result(running(0.99)) == pytest.approx(3)


@pytest.mark.parametrize("stuck", [None, 0, 0.3, "0.3", 1])
def test_progress_that_does_not_move_is_polled_as_without_progress(stuck: object) -> None:
    """Absent, stuck or at 100 % before done: the same jittered backoff as before."""
    p, clock = poller(seed=7)
    reference, _ = poller(seed=7)
    for _ in range(15):
        delay = p.after_result(running(stuck))
        assert delay == reference.after_result(running(None))
        assert delay is not None
        clock.now += delay


def test_a_stall_backs_off_from_poll_interval_then_the_estimate_resumes() -> None:
    """Rising, then stuck: backoff restarts at poll_interval; rising again: estimate."""
    p, clock = poller()
    p.after_result(running(0))
    clock.now = 10.0
    assert p.after_result(running(0.1)) == pytest.approx(10)
    clock.now = 20.0
    stalled = [p.after_result(running(0.1)) for _ in range(3)]
    ideal = [2.0, 3.0, 4.5]
    assert all(0.8 * top <= (d or 0) <= top for d, top in zip(stalled, ideal, strict=True))
    clock.now = 40.0  # 40 % after 40 s, measured from the first check: 60 s left
    assert p.after_result(running(0.4)) == pytest.approx(60.6)


def test_progress_going_back_restarts_the_measurement() -> None:
    """A progress that drops (a new phase) is not extrapolated from the old one."""
    p, clock = poller()
    p.after_result(running(0.5))
    clock.now = 10.0
    assert p.after_result(running(0.1)) is not None
    clock.now = 20.0
    # 0.1 -> 0.6 in 10 s: 8 s left; the 0.5 before the drop is not used.
    assert p.after_result(running(0.6)) == pytest.approx(8.08)


def test_retry_after_still_wins_while_progress_rises() -> None:
    """A 429 in the middle of an estimate is waited out for at least its Retry-After."""
    script = Script(
        [
            json_response(200, lipsync("running", progress=0)),
            json_response(200, lipsync("running", progress=0.5)),
            json_response(429, {"detail": "slow"}, {"Retry-After": "45"}),
            json_response(200, lipsync("done", progress=1)),
        ]
    )
    client, clock = sync_client(script, max_retries=0), VirtualClock()
    with_clock(client, clock)
    client.lipsyncs.wait(LIPSYNC_ID)
    assert clock.sleeps[2] == 45.0
    assert script.count == 4


def test_a_timeout_during_an_estimate_raises_wait_timeout() -> None:
    """Past the deadline the estimate does not matter: WaitTimeout with the last status."""
    p, clock = poller(timeout=30)
    p.after_result(running(0))
    clock.now = 30.0
    with pytest.raises(WaitTimeout) as info:
        p.after_result(running(0.5))
    assert info.value.last_status == "running"
