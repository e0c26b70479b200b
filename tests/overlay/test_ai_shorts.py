"""AI Shorts (`client.ai_shorts`): validation before any request; flows against the mock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from creatify import AiShortsFailed, AiShortsRejected, InvalidInputError

from tests.overlay.products_helpers import FAST, Both, Offline, assert_mp4

BAD_INPUT: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("ai_shorts.create", (), {}, "script"),
    ("ai_shorts.create", (), {"script": "  "}, "script"),
    ("ai_shorts.create", (), {"script": "Hi", "aspect_ratio": "4:5"}, "aspect_ratio"),
    ("ai_shorts.create", (), {"script": "Hi", "voiceover_volume": -0.1}, "voiceover_volume"),
    ("ai_shorts.create", (), {"script": "Hi", "webhook_url": "localhost/x"}, "webhook_url"),
    ("ai_shorts.preview", (), {"script": "Hi", "style": ""}, "style"),
    ("ai_shorts.list", (), {"ids": ["x"]}, "ids"),
    ("ai_shorts.list", (), {"ordering": ""}, "ordering"),
    ("ai_shorts.render", ("x",), {}, "id"),
    ("ai_shorts.create_and_wait", (), {"script": "Hi", "max_interval": 0}, "max_interval"),
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
        "ai_shorts.create_and_wait", script="Meet the Model X.", style="4K realistic", **FAST
    )
    assert video.status == "done"
    assert_mp4(both("ai_shorts.download", video, tmp_path / "s.mp4"))
    assert video.id in {
        v.id for v in both("ai_shorts.list", ids=[video.id], ordering="-created_at")
    }


def test_preview_then_render(both: Both) -> None:
    preview = both("ai_shorts.preview", script="Hi")
    both("ai_shorts.render", preview.id)
    assert both("ai_shorts.wait", preview.id, **FAST).video_output


@pytest.mark.parametrize(
    ("outcome", "error"), [("failed", AiShortsFailed), ("rejected", AiShortsRejected)]
)
def test_failed_and_rejected_raise(both: Both, outcome: str, error: type) -> None:
    with pytest.raises(error):
        both("ai_shorts.create_and_wait", script="Hi", headers={"X-Mock-Outcome": outcome}, **FAST)
