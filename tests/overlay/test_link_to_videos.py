"""URL to video (`client.link_to_videos`, `client.links`): validation before any request,
and the flows against the mock, sync and async."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from creatify import InvalidInputError, LinkToVideoFailed, LinkToVideoRejected

from tests.overlay.products_helpers import FAST, LINK_ID, TASK_ID, Both, Offline, assert_mp4

BAD_INPUT: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("link_to_videos.create", (), {}, "link"),
    ("link_to_videos.create", (), {"link": "not-a-uuid"}, "link"),
    ("link_to_videos.create", (), {"link": LINK_ID, "aspect_ratio": "4:3"}, "aspect_ratio"),
    ("link_to_videos.create", (), {"link": LINK_ID, "visual_style": "Full Screen"}, "visual_style"),
    ("link_to_videos.create", (), {"link": LINK_ID, "script_style": ""}, "script_style"),
    ("link_to_videos.create", (), {"link": LINK_ID, "video_length": 0}, "video_length"),
    ("link_to_videos.create", (), {"link": LINK_ID, "video_length": True}, "video_length"),
    ("link_to_videos.create", (), {"link": LINK_ID, "voiceover_volume": 1.5}, "voiceover_volume"),
    (
        "link_to_videos.create",
        (),
        {"link": LINK_ID, "background_music_url": "ftp://e.com/a.mp3"},
        "background_music_url",
    ),
    (
        "link_to_videos.create",
        (),
        {"link": LINK_ID, "webhook_url": "https://e.com/" + "a" * 190},
        "webhook_url",
    ),
    ("link_to_videos.create", (), {"link": LINK_ID, "name": "n" * 256}, "name"),
    ("link_to_videos.create", (), {"link": LINK_ID, "caption_offset_x": 0.9}, "caption_offset_x"),
    ("link_to_videos.create", (), {"link": LINK_ID, "no_caption": "yes"}, "no_caption"),
    ("link_to_videos.create", (), {"link": LINK_ID, "model_version": "v9"}, "model_version"),
    ("link_to_videos.create", (), {"link": LINK_ID, "override_avatar": "x"}, "override_avatar"),
    ("link_to_videos.create", (), {"link": LINK_ID, "caption_setting": "neo"}, "caption_setting"),
    ("link_to_videos.create", (), {"link": LINK_ID, "colour": "red"}, "colour"),
    ("link_to_videos.preview", (), {"link": LINK_ID, "language": ""}, "language"),
    ("link_to_videos.preview_list_async", (), {"link": LINK_ID}, "visual_styles"),
    (
        "link_to_videos.preview_list_async",
        (),
        {"link": LINK_ID, "visual_styles": []},
        "visual_styles",
    ),
    (
        "link_to_videos.preview_list_async",
        (),
        {"link": LINK_ID, "visual_styles": ["A"], "aspect_ratios": ["3:2"]},
        "aspect_ratios[0]",
    ),
    ("link_to_videos.render_single_preview", (TASK_ID, "x"), {}, "media_job"),
    ("link_to_videos.render", ("x",), {}, "id"),
    ("link_to_videos.get", ("x",), {}, "id"),
    ("link_to_videos.wait", (TASK_ID,), {"timeout": 0}, "timeout"),
    ("link_to_videos.from_url", ("ftp://e.com/p",), {}, "url"),
    ("link_to_videos.from_url", ("https://e.com/p",), {"aspect_ratio": "2:1"}, "aspect_ratio"),
    ("link_to_videos.from_url", ("https://e.com/p",), {"poll_interval": -1}, "poll_interval"),
    # Every option is checked before the link is made (the first request).
    (
        "link_to_videos.from_url",
        ("https://e.com/p",),
        {"visual_style": "Full Screen"},
        "visual_style",
    ),
    ("link_to_videos.from_url", ("https://e.com/p",), {"link": LINK_ID}, "link"),
    ("link_to_videos.from_url", ("https://e.com/p",), {"no_cta": "yes"}, "no_cta"),
    ("link_to_videos.create_and_wait", (), {"link": LINK_ID, "timeout": 0}, "timeout"),
    ("links.create", ("www.example.com",), {}, "url"),
    (
        "links.create_from_params",
        (),
        {"image_urls": ["https://e.com/1.jpg"]},
        "image_urls, video_urls",
    ),
    ("links.create_from_params", (), {"image_urls": ["x", "y", "z"]}, "image_urls[0]"),
    ("links.create_from_params", (), {"video_urls": "https://e.com/v.mp4"}, "video_urls"),
    (
        "links.create_from_params",
        (),
        {"video_urls": ["https://e.com/v.mp4"], "logo_url": "logo.png"},
        "logo_url",
    ),
    ("links.update", ("x",), {"video_urls": ["https://e.com/v.mp4"]}, "id"),
    ("links.get", ("x",), {}, "id"),
]


@pytest.mark.parametrize(("dotted", "args", "kwargs", "field"), BAD_INPUT)
def test_bad_input_is_refused_before_any_request(
    offline: Offline, dotted: str, args: tuple[Any, ...], kwargs: dict[str, Any], field: str
) -> None:
    """Each rule names its field; the transport fails the test if anything is sent."""
    with pytest.raises(InvalidInputError) as caught:
        offline(dotted, *args, **kwargs)
    assert caught.value.field == field
    assert offline.script.count == 0


def test_from_url_makes_the_video_and_download_saves_the_mp4(both: Both, tmp_path: Path) -> None:
    """The flagship: page URL -> link -> task -> done -> MP4 on disk."""
    video = both(
        "link_to_videos.from_url",
        "https://www.example.com/products/moisturizer",
        aspect_ratio="9:16",
        visual_style="FullScreenTemplate",
        video_length=30,
        name="moisturizer ad",
        **FAST,
    )
    assert video.status == "done"
    assert video.aspect_ratio == "9x16"
    assert video.visual_style == "FullScreenTemplate"
    assert str(both("links.get", video.link).id) == video.link
    saved = both("link_to_videos.download", video.id, tmp_path / "ad.mp4")
    assert_mp4(saved)


def test_from_url_without_wait_returns_the_running_task(both: Both) -> None:
    task = both("link_to_videos.from_url", "https://www.example.com/p", wait=False)
    assert task.status in ("pending", "in_queue", "running")
    assert task.video_output is None
    assert both("link_to_videos.wait", task.id, **FAST).status == "done"


@pytest.mark.parametrize(
    ("outcome", "error"), [("failed", LinkToVideoFailed), ("rejected", LinkToVideoRejected)]
)
def test_failed_and_rejected_tasks_raise(both: Both, outcome: str, error: type) -> None:
    with pytest.raises(error) as caught:
        both(
            "link_to_videos.create_and_wait",
            link=LINK_ID,
            headers={"X-Mock-Outcome": outcome},
            **FAST,
        )
    assert caught.value.failed_reason
    assert caught.value.job.status == outcome


def test_preview_then_render_then_wait(both: Both, tmp_path: Path) -> None:
    preview = both("link_to_videos.preview", link=LINK_ID, visual_style="FullScreenTemplate")
    assert preview.status == "pending"
    both("link_to_videos.render", preview.id)
    done = both("link_to_videos.wait", preview.id, **FAST)
    assert done.video_output
    assert_mp4(both("link_to_videos.download", done, tmp_path / "r.mp4"))


def test_preview_list_async_answers_the_task_and_renders_one_preview(both: Both) -> None:
    """The mock answers from the spec's examples (the previews arrive by webhook or in
    the task's `previews`)."""
    task = both(
        "link_to_videos.preview_list_async",
        link=LINK_ID,
        visual_styles=["FullScreenTemplate", "EnhancedVanillaTemplate"],
        aspect_ratios=["9x16"],
    )
    media_job = task.previews[0].media_job
    rendering = both("link_to_videos.render_single_preview", task.id, media_job)
    assert rendering.status == "pending"


def test_list_shows_new_tasks(both: Both) -> None:
    task = both("link_to_videos.create", link=LINK_ID, name="listed")
    assert task.id in {t.id for t in both("link_to_videos.list")}


def test_links_create_get_update_list(both: Both) -> None:
    link = both("links.create", "https://www.example.com/products/x")
    assert both("links.get", link.id).id == link.id
    given = both(
        "links.create_from_params",
        title="Cream",
        description="Soft.",
        image_urls=["https://e.com/1.jpg", "https://e.com/2.jpg", "https://e.com/3.jpg"],
    )
    assert given.id
    updated = both("links.update", link.id, title="New", video_urls=["https://e.com/v.mp4"])
    assert updated.id
    assert both("links.list")


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_bare_list_400_is_a_bad_request_error_with_the_message(mode: str) -> None:
    """`POST /api/links/` answers some 400s with a bare list of messages (the vendor's
    URL-to-video page); the error carries the message."""
    from creatify import BadRequestError

    from tests.faults.server import Fault, serving
    from tests.overlay.helpers import API_KEY

    body = b'["Link must have at least one image or one video."]'
    with serving(Fault(status=400, body=body)) as server:
        with pytest.raises(BadRequestError, match="must have at least one image") as caught:
            create_link(mode, server.url, API_KEY)
    assert caught.value.body == ["Link must have at least one image or one video."]


def create_link(mode: str, base_url: str, key: str) -> None:
    import asyncio

    from creatify import AsyncCreatify, Creatify

    if mode == "sync":
        with Creatify("id", key, base_url, max_retries=0) as client:
            client.links.create("https://example.com/product")
        return

    async def create() -> None:
        async with AsyncCreatify("id", key, base_url, max_retries=0) as client:
            await client.links.create("https://example.com/product")

    asyncio.run(create())
