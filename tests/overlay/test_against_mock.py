"""The main flows of the overlay against the Prism mock (Prefer headers pick answers)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from creatify import (
    AsyncCreatify,
    AvatarRejected,
    BadRequestError,
    Creatify,
    DownloadError,
    JobUpdate,
    LipsyncFailed,
    NotFoundError,
    RateLimitError,
)
from creatify._exceptions import MAYBE_CREATED_NOTE

from tests.overlay.helpers import CREATOR_ID, LIPSYNC_ID, PERSONA_ID, Script, sync_client

FIXTURES = Path(__file__).resolve().parents[2] / "mock" / "fixtures"


class Prefer(httpx.HTTPTransport):
    """Adds a Prism `Prefer` header to every request (picks the mock's answer)."""

    def __init__(self, prefer: str | None) -> None:
        super().__init__()
        self.prefer = prefer
        self.violations: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.prefer:
            request.headers["Prefer"] = self.prefer
        response = super().handle_request(request)
        if "sl-violations" in response.headers:
            self.violations.append(response.headers["sl-violations"])
        return response


@pytest.fixture
def client_with(mock_base_url: str, auth_headers: dict[str, str]) -> Iterator[object]:
    made: list[tuple[Creatify, Prefer]] = []

    def make(prefer: str | None = None) -> Creatify:
        transport = Prefer(prefer)
        client = Creatify(
            auth_headers["X-API-ID"],
            auth_headers["X-API-KEY"],
            mock_base_url,
            transport=transport,
            max_retries=0,
        )
        client._sleep = lambda s: None
        made.append((client, transport))
        return client

    yield make
    for client, transport in made:
        client.close()
        assert transport.violations == [], "Prism found the SDK's request invalid"


def test_issue_example_runs_as_written(client_with, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Upload, wait, create_and_wait, download: the README flow end to end."""
    client = client_with()
    avatar = client.avatars.create_from_files(
        lipsync_input=FIXTURES / "james.mp4",
        consent_video=FIXTURES / "consent.mov",
        creator_name="James",
        gender="m",
        video_scene="office",
    )
    avatar = client.avatars.wait(avatar.id)
    assert avatar.is_active is True
    video = client.lipsyncs.create_and_wait(text="Hello", creator=avatar.id, aspect_ratio="9:16")
    saved = client.lipsyncs.download(video, tmp_path / "hello.mp4")
    assert saved.read_bytes()[4:8] == b"ftyp"


def test_rejected_avatar_raises(client_with) -> None:  # type: ignore[no-untyped-def]
    """The mock's `rejected` example ends a wait with AvatarRejected."""
    with pytest.raises(AvatarRejected, match="consent video"):
        client_with("example=rejected").avatars.wait(PERSONA_ID)


def test_failed_lipsync_raises(client_with) -> None:  # type: ignore[no-untyped-def]
    """The mock's `failed` example ends a wait with LipsyncFailed."""
    with pytest.raises(LipsyncFailed, match="not active"):
        client_with("example=failed").lipsyncs.wait(LIPSYNC_ID)


def test_download_of_a_failed_lipsync_says_it_failed(client_with, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A failed job will never have an output: its LipsyncFailed with the reason, not
    "wait for it first"; a running one is a DownloadError that says to wait."""
    with pytest.raises(LipsyncFailed, match="not active") as failed:
        client_with("example=failed").lipsyncs.download(LIPSYNC_ID, tmp_path / "f.mp4")
    assert "wait" not in str(failed.value)
    with pytest.raises(DownloadError, match=r"status running.*wait for it first"):
        client_with("example=running").lipsyncs.download(LIPSYNC_ID, tmp_path / "r.mp4")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "error"), [("400", BadRequestError), ("404", NotFoundError), ("429", RateLimitError)]
)
def test_error_statuses_become_typed_errors(client_with, code: str, error: type) -> None:  # type: ignore[no-untyped-def]
    """The mock's documented errors become the matching exceptions."""
    with pytest.raises(error):
        client_with(f"code={code}").lipsyncs.get(LIPSYNC_ID)


def test_every_read_method_parses(client_with) -> None:  # type: ignore[no-untyped-def]
    """Each list/get/count call returns parsed models from the mock (which reads back what
    this account created: an id it never created is a 404, as on the service)."""
    client = client_with()
    mine = client.avatars.create_from_urls(
        lipsync_input="https://e.com/a.mp4", creator_name="A", gender="f"
    )
    assert mine.id
    client.avatars.wait(mine.id)
    assert client.avatars.list(gender="f", style="presenter")[0].id
    assert client.avatars.list_mine()[0].is_active is True
    assert client.avatars.list_page(page=1, page_size=5).count > 0
    assert client.avatars.count().max_count >= 0
    assert client.avatars.get(mine.id).process_status == "done"
    job = client.lipsyncs.create(creator=CREATOR_ID, text="Hi")
    assert client.lipsyncs.list(ids=[job.id])[0].status
    preview = client.lipsyncs.preview(creator=CREATOR_ID, text="Hi")
    assert preview.preview
    assert client.lipsyncs.render(preview.id).status == "pending"
    assert client.voices.list()[0].accents
    assert client.credits.remaining().remaining_credits >= 0


async def test_async_flow(mock_base_url: str, auth_headers: dict[str, str], tmp_path: Path) -> None:
    """AsyncCreatify runs the same flow."""
    async with AsyncCreatify(
        auth_headers["X-API-ID"], auth_headers["X-API-KEY"], mock_base_url
    ) as client:
        avatar = await client.avatars.create_from_files(
            FIXTURES / "james.mp4", creator_name="J", gender="nb"
        )
        avatar = await client.avatars.wait(avatar.id)
        video = await client.lipsyncs.create_and_wait(creator=avatar.id, text="Hi")
        saved = await client.lipsyncs.download(video, tmp_path / "a.mp4")
    assert saved.stat().st_size > 0


@pytest.mark.skipif(sys.version_info < (3, 11), reason="PEP 678 notes: Python 3.11")
async def test_create_and_wait_ended_after_its_create_names_the_job(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """Ended after its paid create was answered (cancelled, a raising `on_update`), the
    exception keeps its type and gains a note with the job's id and how to go on (Y1-2)."""
    seen: list[str] = []
    told = asyncio.Event()

    def note_of(job_id: str) -> list[str]:
        return [f"lipsync {job_id} was created: wait({job_id!r}) to go on"]

    def boom(update: JobUpdate) -> None:
        seen.append(update.job_id)
        raise RuntimeError("boom in on_update")

    async with AsyncCreatify(*auth_headers.values(), mock_base_url) as client:
        with pytest.raises(RuntimeError, match="boom") as raised:
            await client.lipsyncs.create_and_wait(creator=CREATOR_ID, text="Hi", on_update=boom)
        assert raised.value.__notes__ == note_of(seen[-1])
        waiting = asyncio.create_task(
            client.lipsyncs.create_and_wait(
                creator=CREATOR_ID,
                text="Hi",
                on_update=lambda u: (seen.append(u.job_id), told.set()),
            )
        )
        await told.wait()
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError) as cancelled:
            await waiting
        assert cancelled.value.__notes__ == note_of(seen[-1])


@pytest.mark.skipif(sys.version_info < (3, 11), reason="PEP 678 notes: Python 3.11")
def test_create_and_wait_stopped_in_its_create_says_the_job_may_exist() -> None:
    """Ctrl-C while the create is in flight: a note that it may have been sent (Y1-2)."""

    def interrupted(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    client = sync_client(Script([interrupted]))
    with pytest.raises(KeyboardInterrupt) as raised:
        client.lipsyncs.create_and_wait(creator=CREATOR_ID, text="Hi")
    assert raised.value.__notes__ == [f"lipsync create cut short{MAYBE_CREATED_NOTE}"]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="PEP 678 notes: Python 3.11")
async def test_a_product_video_stopped_in_its_image_step_says_how_to_go_on(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """Stopped while its image is made, `product_to_videos.create_and_wait` says to wait
    for the image, then ask for the video (a plain `wait(id)` waits for a video never
    asked for), in one note, cancelled too (Z1-2)."""
    seen: list[str] = []
    told = asyncio.Event()

    def boom(update: JobUpdate) -> None:
        seen.append(update.job_id)
        raise RuntimeError("boom in on_update")

    def note_of(task: str) -> list[str]:
        go_on = f"wait({task!r}, stage='image') to go on, then gen_video({task!r})"
        return [f"product_to_video_image {task} was created: {go_on}"]

    page = "https://example.com/p"
    async with AsyncCreatify(*auth_headers.values(), mock_base_url) as client:
        products = client.product_to_videos
        with pytest.raises(RuntimeError, match="boom") as raised:
            await products.create_and_wait(product_url=page, on_update=boom)
        assert raised.value.__notes__ == note_of(seen[-1])
        waiting = asyncio.create_task(
            products.create_and_wait(
                product_url=page, on_update=lambda u: (seen.append(u.job_id), told.set())
            )
        )
        await told.wait()
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError) as cancelled:
            await waiting
        assert cancelled.value.__notes__ == note_of(seen[-1])
