"""Create, wait (bounded, with progress) and download through an MCP client over stdio."""

from __future__ import annotations

import time
from pathlib import Path

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
            # In the tools' words, not the SDK's on job objects (V10-6).
            assert message.endswith("lipsyncs_wait first") and "snapshot" not in message


async def test_a_product_video_is_made_in_its_two_paid_steps(server: Server) -> None:
    """gen_image, a wait for the image (ending there, not at `seconds`), gen_video of the
    task, a wait for the video, then both downloads: all through the tools (W1-1)."""
    with header_proxy(server.base_url, {"X-Mock-Job-Seconds": "1"}) as url:
        server.base_url = url
        async with server.session() as session:
            tools = {tool.name: tool for tool in (await session.client.list_tools()).tools}
            task = await session.ok(
                "product_to_videos_gen_image", {"product_url": "https://shop.example.com/p"}
            )
            ns = {"id": task["id"]}
            image = await session.ok("product_to_videos_wait", {**ns, "stage": "image"})
            asked = await session.ok("product_to_videos_get", ns)
            video = await session.ok("product_to_videos_gen_video", {**ns, "motion_style": "talk"})
            done = await session.ok("product_to_videos_wait", ns)
            photo = await session.ok("product_to_videos_download", {**ns, "stage": "image"})
            saved = await session.ok("product_to_videos_download", ns)
    for name in ("product_to_videos_gen_image", "product_to_videos_gen_video"):
        described = tools[name].description or ""
        assert "PAID: Costs" in described and "reused: true" in described, name
    assert "then product_to_videos_gen_video with that `id`" in (
        tools["product_to_videos_gen_image"].description or ""
    )
    assert "id" in tools["product_to_videos_gen_video"].input_schema["required"]
    assert task["reused"] is False and task["done"] is False
    assert image["done"] is True and image["status"] == "image_generated", image
    assert image["waited_seconds"] < 30  # not the whole 50 s
    assert image["output_url"] == image["job"]["generated_photo_url"]
    assert asked["done"] is False and "call product_to_videos_gen_video" in asked["next"]
    assert video["id"] == task["id"] and video["reused"] is False
    assert done["done"] is True and done["status"] == "video_generated", done
    assert photo["content_type"].startswith("image/")
    assert saved["content_type"] == "video/mp4"
    assert Path(photo["path"]) != Path(saved["path"])
    assert_saved(Path(saved["path"]), saved["bytes"], b"ftyp")


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
    assert "has no output yet" in early and early.endswith("iab_images_wait first")
    folder = server.output_dir.resolve() / "banners"
    assert saved["path"] == str(folder)
    assert len(saved["files"]) == len(done["job"]["images"]) >= 2
    for each in saved["files"]:
        assert Path(each["path"]).parent == folder and each["bytes"] > 0
        assert each["content_type"] == "image/jpeg"
