"""Product to video (`client.product_to_videos`): two steps on one task, each with its own
end status; validation before any request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from creatify import DownloadError, InvalidInputError, ProductToVideoFailed

from tests.overlay.products_helpers import FAST, TASK_ID, Both, Offline, assert_mp4

PRODUCT = "https://example.com/images/product.jpg"
BAD_INPUT: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("product_to_videos.gen_image", (), {}, "product_url"),
    (
        "product_to_videos.gen_image",
        (),
        {"product_url": "https://e.com/" + "p" * 190},
        "product_url",
    ),
    ("product_to_videos.gen_image", (), {"product_url": PRODUCT, "type": "any shot"}, "type"),
    (
        "product_to_videos.gen_image",
        (),
        {"product_url": PRODUCT, "aspect_ratio": "3x4"},
        "aspect_ratio",
    ),
    ("product_to_videos.gen_video", (TASK_ID,), {"motion_style": ""}, "motion_style"),
    ("product_to_videos.gen_video", ("x",), {}, "id"),
    ("product_to_videos.wait", (TASK_ID,), {"stage": "audio"}, "stage"),
    ("product_to_videos.download", (TASK_ID, "o.mp4"), {"stage": "photo"}, "stage"),
    (
        "product_to_videos.create_and_wait",
        (),
        {"product_url": PRODUCT, "motion_style": "a b"},
        "motion_style",
    ),
    ("product_to_videos.create_and_wait", (), {"product_url": PRODUCT, "timeout": -1}, "timeout"),
]


@pytest.mark.parametrize(("dotted", "args", "kwargs", "field"), BAD_INPUT)
def test_bad_input_is_refused_before_any_request(
    offline: Offline, dotted: str, args: tuple[Any, ...], kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        offline(dotted, *args, **kwargs)
    assert caught.value.field == field
    assert offline.script.count == 0


def test_both_steps_by_hand(both: Both, tmp_path: Path) -> None:
    """gen_image -> wait(stage=image) ends at image_generated; gen_video -> wait ends at
    video_generated; each step's file downloads."""
    task = both("product_to_videos.gen_image", product_url=PRODUCT, aspect_ratio="9x16")
    image = both("product_to_videos.wait", task.id, stage="image", **FAST)
    assert image.status == "image_generated"
    assert image.generated_video_url is None
    photo = both("product_to_videos.download", image, tmp_path / "p.jpg", stage="image")
    assert photo.read_bytes()[:2] == b"\xff\xd8"  # a JPEG
    both("product_to_videos.gen_video", task.id, motion_style="talking")
    video = both("product_to_videos.wait", task.id, **FAST)
    assert video.status == "video_generated"
    assert_mp4(both("product_to_videos.download", video, tmp_path / "v.mp4"))
    assert [t.id for t in both("product_to_videos.list", ids=[task.id])] == [task.id]


def test_create_and_wait_runs_both_steps(both: Both) -> None:
    video = both(
        "product_to_videos.create_and_wait", product_url=PRODUCT, motion_style="talking", **FAST
    )
    assert video.status == "video_generated"
    assert video.generated_photo_url and video.generated_video_url


def test_video_not_ready_is_not_downloaded(both: Both, tmp_path: Path) -> None:
    task = both("product_to_videos.gen_image", product_url=PRODUCT)
    image = both("product_to_videos.wait", task.id, stage="image", **FAST)
    with pytest.raises(DownloadError, match="no output yet"):
        both("product_to_videos.download", image, tmp_path / "v.mp4")


def test_failed_task_raises(both: Both) -> None:
    """The mock fails the step that ends the task (the video)."""
    with pytest.raises(ProductToVideoFailed):
        both(
            "product_to_videos.create_and_wait",
            product_url=PRODUCT,
            headers={"X-Mock-Outcome": "failed"},
            **FAST,
        )
