"""Create, wait (bounded, with progress) and download through an MCP client over stdio."""

from __future__ import annotations

import time
from pathlib import Path

from creatify import Creatify

from tests.cli.prefer_proxy import header_proxy
from tests.mcp.helpers import PERSONA, Server


async def test_create_wait_with_progress_and_download(server: Server) -> None:
    """A 3-second job: at least one progress notification, done, then the file."""
    seen: list[tuple[float, float | None, str | None]] = []

    async def progress(value: float, total: float | None, message: str | None) -> None:
        seen.append((value, total, message))

    with header_proxy(server.base_url, {"X-Mock-Job-Seconds": "3"}) as url:
        server.base_url = url
        async with server.session() as session:
            job = await session.ok("lipsyncs_create", {"creator": PERSONA, "text": "Hello"})
            assert job["state"] == "running" and job["done"] is False
            assert job["reused"] is False
            done = await session.ok("lipsyncs_wait", {"id": job["id"]}, progress_callback=progress)
            assert done["done"] is True and done["status"] == "done", done
            assert done["id"] == job["id"] and done["output_url"]
            saved = await session.ok("lipsyncs_download", {"id": job["id"]})
    assert seen, "no progress notification"
    values = [value for value, _, _ in seen]
    assert values == sorted(values) and values[-1] == 100.0
    assert all(total == 100.0 for _, total, _ in seen)
    assert job["id"] in str(seen[0][2])
    assert saved["content_type"] == "video/mp4"
    path = Path(saved["path"])
    assert path == server.output_dir.resolve() / f"lipsyncs-{job['id']}.mp4"
    assert_saved(path, saved["bytes"], b"ftyp")


def assert_saved(path: Path, size: int, box: bytes) -> None:
    assert path.stat().st_size == size > 0
    assert path.read_bytes()[4:8] == box


async def test_a_wait_is_bounded_and_says_not_done(server: Server) -> None:
    """`seconds` bounds the wait; the job comes back as the API reports it, not done."""
    with header_proxy(server.base_url, {"X-Mock-Job-Seconds": "120"}) as url:
        server.base_url = url
        async with server.session() as session:
            job = await session.ok("lipsyncs_create", {"creator": PERSONA, "text": "Slow"})
            started = time.monotonic()
            waited = await session.ok("lipsyncs_wait", {"id": job["id"], "seconds": 2})
            elapsed = time.monotonic() - started
            # A time bound here proves "no hang", not speed (CI machines are slower).
            assert elapsed < 20
            assert waited["done"] is False and waited["state"] == "running"
            assert waited["status"] in ("pending", "in_queue", "running")
            assert 1.5 <= waited["waited_seconds"] <= 15
            once = await session.ok("lipsyncs_wait", {"id": job["id"], "seconds": 0})
            assert once["done"] is False and once["waited_seconds"] == 0
            # Not done: nothing to download yet.
            message = await session.error("lipsyncs_download", {"id": job["id"]})
            assert "no output yet" in message


async def test_a_product_task_with_its_image_only_says_how_its_video_is_asked_for(
    server: Server,
) -> None:
    """A task at image_generated whose video no tool here can ask for (`gen_video`): its
    wait does not only say "call it again" (which would never end): `next` says how (W1-1)."""
    with header_proxy(server.base_url, {"X-Mock-Job-Seconds": "1"}) as url:
        with Creatify(server.api_id, server.api_key, url) as client:
            task = client.product_to_videos.gen_image(product_url="https://shop.example.com/p")
            client.product_to_videos.wait(task.id, stage="image", poll_interval=0.2)
        server.base_url = url
        async with server.session() as session:
            tools = {tool.name: tool for tool in (await session.client.list_tools()).tools}
            waited = await session.ok("product_to_videos_wait", {"id": str(task.id), "seconds": 1})
    described = tools["product_to_videos_wait"].description or ""
    assert "`image_generated` has only its image: `next` then says how" in described
    assert waited["status"] == "image_generated" and waited["done"] is False
    assert f"`creatify product-to-videos gen-video {task.id} --wait`" in waited["next"]
    assert "which no tool of this server sends" in waited["next"]


async def test_a_failed_job_is_a_result_with_its_reason(server: Server) -> None:
    async with server.session() as session:
        job = await session.ok(
            "lipsyncs_create", {"creator": PERSONA, "text": "Hi", "name": "[mock:failed]"}
        )
        ended = await session.ok("lipsyncs_wait", {"id": job["id"], "seconds": 20})
        assert ended["state"] == "failed" and ended["done"] is False
        assert ended["status"] == "failed"
        assert ended["failed_reason"]
        again = await session.ok("lipsyncs_get", {"id": job["id"]})
        assert again["failed_reason"] == ended["failed_reason"]


async def test_text_to_speech_downloads_audio(server: Server) -> None:
    """A second kind through the same derived tools: its own media and extension."""
    async with server.session() as session:
        job = await session.ok(
            "text_to_speech_create",
            {"script": "Hello there", "accent": "3fa85f64-5717-4562-b3fc-2c963f66afa6"},
        )
        done = await session.ok("text_to_speech_wait", {"id": job["id"], "seconds": 20})
        assert done["done"] is True, done
        saved = await session.ok("text_to_speech_download", {"id": job["id"], "path": "a/b.mp3"})
        listed = await session.ok("text_to_speech_list", {"ids": [job["id"]]})
    assert saved["content_type"] == "audio/mpeg"
    assert Path(saved["path"]) == server.output_dir.resolve() / "a" / "b.mp3"
    assert [item["id"] for item in listed["jobs"]] == [job["id"]]


async def test_a_kind_without_progress_reports_its_statuses(server: Server) -> None:
    """Design Your Own Avatar has no `progress`: each new status is a step."""
    seen: list[tuple[float, float | None, str | None]] = []

    async def progress(value: float, total: float | None, message: str | None) -> None:
        seen.append((value, total, message))

    with header_proxy(server.base_url, {"X-Mock-Job-Seconds": "2"}) as url:
        server.base_url = url
        async with server.session() as session:
            job = await session.ok(
                "dyoa_create", {"name": "Ada", "age_group": "young_adult", "gender": "f"}
            )
            ended = await session.ok("dyoa_wait", {"id": job["id"]}, progress_callback=progress)
    assert ended["done"] is True and ended["status"] in ("draft", "done"), ended
    assert "progress" not in ended
    assert seen and all(total is None for _, total, _ in seen)
    assert [value for value, _, _ in seen] == list(range(1, len(seen) + 1))
    assert ended["status"] in str(seen[-1][2])


async def test_a_kind_of_several_files_downloads_each_into_a_folder(server: Server) -> None:
    """Image ads make one file per banner size (`images`): the download tool saves them
    all into a folder (before, it asked for one output URL and always failed)."""
    # A job of 3 s, so that the early download comes before its end on a slow machine too.
    with header_proxy(server.base_url, {"X-Mock-Job-Seconds": "3"}) as url:
        server.base_url = url
        async with server.session() as session:
            job = await session.ok("iab_images_create", {"image": "https://e.com/product.jpg"})
            early = await session.error("iab_images_download", {"id": job["id"]})
            done = await session.ok("iab_images_wait", {"id": job["id"], "seconds": 20})
            assert done["done"] is True, done
            saved = await session.ok("iab_images_download", {"id": job["id"], "path": "banners"})
    assert "wait for it first" in early
    folder = server.output_dir.resolve() / "banners"
    assert saved["path"] == str(folder)
    assert len(saved["files"]) == len(done["job"]["images"]) >= 2
    for each in saved["files"]:
        assert Path(each["path"]).parent == folder and each["bytes"] > 0
        assert each["content_type"] == "image/jpeg"
