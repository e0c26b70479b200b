"""The job layer: every job resource reads its behaviour from its `JobKind` declaration.

MockTransport: the status sequences (running, then rejected) must come in exact order.
"""

from __future__ import annotations

import inspect

import pytest
from creatify import (
    AsyncCreatify,
    Creatify,
    DownloadError,
    JobFailedError,
    LipsyncFailed,
    LipsyncRejected,
)
from creatify._async.jobs import AsyncDownloads, AsyncJobResource
from creatify._jobs import AVATAR_JOB, LIPSYNC_JOB
from creatify._sync.jobs import Downloads, JobResource

from tests.overlay.helpers import (
    LIPSYNC_ID,
    Script,
    async_client,
    json_response,
    lipsync,
    sync_client,
)
from tests.overlay.test_polling import VirtualClock, with_clock

REJECTION = "The script breaks the content policy."


def rejected_script() -> Script:
    return Script(
        [
            json_response(200, lipsync("running", progress="0.4")),
            json_response(200, lipsync("rejected", failed_reason=REJECTION)),
        ]
    )


def test_rejected_lipsync_ends_the_wait() -> None:
    """`rejected` (documented by the vendor) raises LipsyncRejected at once, not a time-out."""
    script = rejected_script()
    client, clock = sync_client(script), VirtualClock()
    with_clock(client, clock)
    with pytest.raises(LipsyncRejected) as info:
        client.lipsyncs.wait(LIPSYNC_ID)
    assert info.value.job_id == LIPSYNC_ID
    assert info.value.failed_reason == REJECTION
    assert info.value.job.status == "rejected"
    assert script.count == 2
    assert clock.now < 10


async def test_async_rejected_lipsync_ends_the_wait() -> None:
    """The async twin ends the same way."""
    script = rejected_script()
    client = async_client(script)
    with_clock(client, VirtualClock(), is_async=True)
    with pytest.raises(LipsyncRejected) as info:
        await client.lipsyncs.wait(LIPSYNC_ID)
    assert info.value.failed_reason == REJECTION


def test_rejected_is_a_failure_for_existing_handlers() -> None:
    """Code that catches LipsyncFailed or JobFailedError also catches a rejection."""
    assert issubclass(LipsyncRejected, LipsyncFailed)
    assert issubclass(LipsyncRejected, JobFailedError)


@pytest.mark.parametrize(
    ("kind", "status"),
    [(LIPSYNC_JOB, s) for s in ("pending", "in_queue", "running", "something_new")]
    + [(AVATAR_JOB, s) for s in ("pending", "reviewing", "something_new")],
)
def test_unknown_and_running_statuses_keep_waiting(kind: object, status: str) -> None:
    """Running statuses, and any status the vendor adds later, mean "not finished yet"."""
    job = kind.model.from_dict(  # type: ignore[attr-defined]
        {"id": LIPSYNC_ID, kind.status_field: status, "is_active": False}  # type: ignore[attr-defined]
    )
    assert kind.finished(job) is False  # type: ignore[attr-defined]


def test_every_status_set_of_a_kind_is_disjoint() -> None:
    """No status is both running and finished in a declaration."""
    for kind in (LIPSYNC_JOB, AVATAR_JOB):
        sets = [kind.running, kind.done, kind.failed, kind.rejected]
        assert sum(len(s) for s in sets) == len(set().union(*sets)), kind.noun


def test_output_url_needs_a_finished_job() -> None:
    """A job that is not done has no output to download, whatever fields it carries."""
    running = LIPSYNC_JOB.model.from_dict(lipsync("running", output="https://cdn/x.mp4"))
    with pytest.raises(DownloadError, match="no output yet"):
        LIPSYNC_JOB.output_url(running)
    done = LIPSYNC_JOB.model.from_dict(lipsync("done", output="https://cdn/x.mp4"))
    assert LIPSYNC_JOB.output_url(done) == "https://cdn/x.mp4"


@pytest.mark.parametrize(
    ("namespace", "inherited"),
    [("lipsyncs", ("get", "wait", "download")), ("avatars", ("get", "wait"))],
)
def test_job_methods_come_from_the_declaration(namespace: str, inherited: tuple[str]) -> None:
    """`get`, `wait` and `download` come from the job layer, not the resource (`list` is
    generated from the declared operation: `test_job_kinds`)."""
    for client in (Creatify("i", "k", "https://a.b"), AsyncCreatify("i", "k", "https://a.b")):
        resource = getattr(client, namespace)
        for name in inherited:
            owner = next(c for c in type(resource).__mro__ if name in vars(c))
            assert owner.__module__ in {"creatify._async.jobs", "creatify._sync.jobs"}, (
                namespace,
                name,
                owner,
            )
    assert issubclass(AsyncDownloads, AsyncJobResource) and issubclass(Downloads, JobResource)


def test_sync_and_async_resources_are_twins() -> None:
    """Each public method of an async resource exists in the sync twin with the same
    parameters; `iter_*` methods return (async) iterators instead of being coroutines."""
    sync, async_ = Creatify("i", "k", "https://a.b"), AsyncCreatify("i", "k", "https://a.b")
    for namespace in ("avatars", "lipsyncs", "voices", "credits"):
        s, a = getattr(sync, namespace), getattr(async_, namespace)
        names = {n for n in dir(a) if not n.startswith("_")}
        assert names == {n for n in dir(s) if not n.startswith("_")}
        for name in names:
            is_iterator = name.startswith("iter_")
            assert inspect.iscoroutinefunction(getattr(a, name)) != is_iterator, (namespace, name)
            assert not inspect.iscoroutinefunction(getattr(s, name)), (namespace, name)
            assert list(inspect.signature(getattr(a, name)).parameters) == list(
                inspect.signature(getattr(s, name)).parameters
            )
