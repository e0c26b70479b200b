"""AI Editing (`client.ai_editing`): validation before any request; flows against the mock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from creatify import AiEditingFailed, AiEditingRejected, InvalidInputError

from tests.overlay.products_helpers import FAST, Both, Offline, assert_mp4

VIDEO = "https://example.com/videos/jun-16x9.mp4"
BAD_INPUT: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("ai_editing.create", (), {}, "video_url"),
    ("ai_editing.create", (), {"video_url": "not a url"}, "video_url"),
    ("ai_editing.create", (), {"video_url": VIDEO, "editing_style": "sepia"}, "editing_style"),
    ("ai_editing.preview", (), {"video_url": VIDEO, "caption_setting": [1]}, "caption_setting"),
    ("ai_editing.render", ("x",), {}, "id"),
    ("ai_editing.download", ("x", "out.mp4"), {}, "id"),
]


@pytest.mark.parametrize(("dotted", "args", "kwargs", "field"), BAD_INPUT)
def test_bad_input_is_refused_before_any_request(
    offline: Offline, dotted: str, args: tuple[Any, ...], kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        offline(dotted, *args, **kwargs)
    assert caught.value.field == field
    assert offline.script.count == 0


def test_create_wait_download(both: Both, tmp_path: Path) -> None:
    video = both(
        "ai_editing.create_and_wait",
        video_url=VIDEO,
        editing_style="film",
        caption_setting={"style": "neo", "font_size": 60},
        **FAST,
    )
    assert video.editing_style == "film"
    assert_mp4(both("ai_editing.download", video.id, tmp_path / "e.mp4"))
    assert video.id in {v.id for v in both("ai_editing.list")}


def test_preview_then_render(both: Both) -> None:
    preview = both("ai_editing.preview", video_url=VIDEO)
    both("ai_editing.render", preview.id)
    assert both("ai_editing.wait", preview.id, **FAST).status == "done"


@pytest.mark.parametrize(
    ("outcome", "error"), [("failed", AiEditingFailed), ("rejected", AiEditingRejected)]
)
def test_failed_and_rejected_raise(both: Both, outcome: str, error: type) -> None:
    with pytest.raises(error):
        both(
            "ai_editing.create_and_wait",
            video_url=VIDEO,
            headers={"X-Mock-Outcome": outcome},
            **FAST,
        )
