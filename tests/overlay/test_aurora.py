"""Aurora: the request, its checks, statuses, and where the video is (`video_output`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from creatify import (
    AuroraFailed,
    AuroraRejected,
    Creatify,
    DownloadError,
    InvalidInputError,
)
from creatify.testing._service import media_bytes
from creatify_api.models import Aurora

from tests.faults.server import Fault, serving
from tests.overlay.helpers import (
    API_KEY,
    LIPSYNC_ID,
    Script,
    async_client,
    json_response,
    sync_client,
)

MP4 = media_bytes("lipsync-output.mp4")  # the kit's own sample (package data)
IMAGE = "https://example.com/face.jpg"
AUDIO = "https://example.com/song.mp3"


def task(status: str, **extra: Any) -> dict[str, Any]:
    return {"id": LIPSYNC_ID, "status": status, **extra}


def test_the_body_is_sent_as_documented() -> None:
    script = Script([json_response(201, task("pending"))])
    sync_client(script).aurora.create(
        image=IMAGE,
        audio=AUDIO,
        name="singer",
        text_prompt="soft studio light",
        prompt_guidance_scale=2.5,
        model_version="aurora_v1_fast",
        webhook_url="https://example.com/hook",
    )
    request = script.requests[0]
    assert (request.method, request.url.path) == ("POST", "/api/aurora/")
    assert json.loads(request.content) == {
        "image": IMAGE,
        "audio": AUDIO,
        "name": "singer",
        "text_prompt": "soft studio light",
        "prompt_guidance_scale": 2.5,
        "model_version": "aurora_v1_fast",
        "webhook_url": "https://example.com/hook",
    }


def test_defaults_are_left_to_the_service() -> None:
    """Only what was given is sent (no guidance scale of 1 the user did not ask for)."""
    script = Script([json_response(201, task("pending"))])
    sync_client(script).aurora.create(image=IMAGE, audio=AUDIO)
    assert json.loads(script.requests[0].content) == {"image": IMAGE, "audio": AUDIO}


BAD: list[tuple[dict[str, Any], str, str]] = [
    ({"audio": AUDIO}, "image", "required"),
    ({"image": IMAGE}, "audio", "required"),
    ({"image": "face.jpg", "audio": AUDIO}, "image", "http(s) URL"),
    ({"image": IMAGE, "audio": "ftp://e.com/a.mp3"}, "audio", "http(s) URL"),
    (
        {"image": IMAGE, "audio": AUDIO, "prompt_guidance_scale": 11},
        "prompt_guidance_scale",
        "at most 10",
    ),
    (
        {"image": IMAGE, "audio": AUDIO, "prompt_guidance_scale": True},
        "prompt_guidance_scale",
        "number",
    ),
    ({"image": IMAGE, "audio": AUDIO, "model_version": "standard"}, "model_version", "aurora_v1"),
    (
        {"image": IMAGE, "audio": AUDIO, "webhook_url": "https://e.com/" + "h" * 190},
        "webhook_url",
        "at most 200",
    ),
    ({"image": IMAGE, "audio": AUDIO, "prompt": "x"}, "prompt", "not a field"),
]


@pytest.mark.parametrize(("options", "field", "rule"), BAD)
def test_bad_input_is_refused_before_any_request(
    options: dict[str, Any], field: str, rule: str
) -> None:
    script = Script([json_response(201, task("pending"))])
    with pytest.raises(InvalidInputError) as info:
        sync_client(script).aurora.create(**options)
    assert (info.value.field, rule in info.value.rule) == (field, True), info.value
    assert script.count == 0


@pytest.mark.parametrize(("options", "field", "rule"), BAD)
async def test_async_refuses_the_same_input(options: dict[str, Any], field: str, rule: str) -> None:
    script = Script([json_response(201, task("pending"))])
    async with async_client(script) as client:
        with pytest.raises(InvalidInputError) as info:
            await client.aurora.create_and_wait(**options)
    assert (info.value.field, rule in info.value.rule) == (field, True), info.value
    assert script.count == 0


@pytest.mark.parametrize(
    ("status", "error"), [("failed", AuroraFailed), ("rejected", AuroraRejected)]
)
def test_failed_and_rejected_end_the_wait(status: str, error: type[Exception]) -> None:
    script = Script(
        [
            json_response(200, task("in_queue", progress="0.1")),
            json_response(200, task(status, failed_reason="Face not found.")),
        ]
    )
    with pytest.raises(error, match="Face not found"):
        sync_client(script).aurora.wait(LIPSYNC_ID)
    assert script.count == 2


def test_aurora_has_no_list() -> None:
    """The vendor documents no list operation for Aurora."""
    assert not hasattr(sync_client(Script([])).aurora, "list")


@pytest.mark.parametrize("field", ["video_output", "output"])
def test_the_video_is_in_video_output_or_output(field: str, tmp_path: Path) -> None:
    """`video_output` (the guide) first, `output` (its siblings) otherwise."""
    with serving(Fault(body=MP4, headers={"Content-Type": "video/mp4"})) as server:
        done = Aurora.from_dict(task("done", **{field: f"{server.url}/v.mp4"}))
        with Creatify("id", API_KEY, server.url) as client:
            saved = client.aurora.download(done, tmp_path / "v.mp4")
    assert saved.read_bytes() == MP4


def test_an_error_page_is_not_saved_as_a_video(tmp_path: Path) -> None:
    """The download of a video kind checks for MP4/QuickTime on the first bytes."""
    with serving(
        Fault(body=b"<html>expired</html>", headers={"Content-Type": "video/mp4"})
    ) as server:
        done = Aurora.from_dict(task("done", video_output=f"{server.url}/v.mp4"))
        with Creatify("id", API_KEY, server.url, max_retries=0) as client:
            with pytest.raises(DownloadError, match="not a video"):
                client.aurora.download(done, tmp_path / "v.mp4")
    assert list(tmp_path.iterdir()) == []


def test_a_running_task_has_nothing_to_download(tmp_path: Path) -> None:
    script = Script([json_response(200, task("running", video_output=None))])
    with pytest.raises(DownloadError, match="wait for it first"):
        sync_client(script).aurora.download(LIPSYNC_ID, tmp_path / "v.mp4")
