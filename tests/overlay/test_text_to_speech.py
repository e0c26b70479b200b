"""Text-to-speech: the request, its checks, statuses, and the audio-only download.

Requests go through a scripted transport (counted, bodies read); downloads come from a
real loopback server (tests/faults/server.py) so that the bytes on disk are what it sent.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from creatify import (
    Creatify,
    DownloadError,
    InvalidInputError,
    TextToSpeechFailed,
    TextToSpeechRejected,
)
from creatify_api.models import TextToSpeech

from tests.faults.server import Fault, serving
from tests.overlay.helpers import (
    API_KEY,
    LIPSYNC_ID,
    Script,
    async_client,
    json_response,
    sync_client,
)

ACCENT = "6f3c2a52-8d5e-4f0a-9c1b-2b8f7a9d4e11"
MEDIA = Path(__file__).resolve().parents[2] / "overlay" / "creatify" / "testing" / "media"
MP3 = (MEDIA / "speech.mp3").read_bytes()
MP4 = (MEDIA / "lipsync-output.mp4").read_bytes()


def task(status: str, **extra: Any) -> dict[str, Any]:
    return {"id": LIPSYNC_ID, "status": status, "script": "Hi", **extra}


def test_the_body_is_sent_as_documented() -> None:
    """script, accent (a UUID is sent as its string), name and webhook_url."""
    script = Script([json_response(201, task("pending"))])
    created = sync_client(script).text_to_speech.create(
        script="Hello there.",
        accent=uuid.UUID(ACCENT),
        name="greeting",
        webhook_url="https://example.com/hook",
    )
    assert created.status == "pending"
    request = script.requests[0]
    assert (request.method, request.url.path) == ("POST", "/api/text_to_speech/")
    assert json.loads(request.content) == {
        "script": "Hello there.",
        "accent": ACCENT,
        "name": "greeting",
        "webhook_url": "https://example.com/hook",
    }


BAD: list[tuple[dict[str, Any], str, str]] = [
    ({}, "script", "required"),
    ({"script": ""}, "script", "must not be empty"),
    ({"script": "x" * 8001}, "script", "at most 8000 characters"),
    ({"script": 42}, "script", "must be a string"),
    ({"script": "Hi", "accent": ""}, "accent", "must not be empty"),
    ({"script": "Hi", "name": "n" * 256}, "name", "at most 255"),
    ({"script": "Hi", "webhook_url": "example.com/hook"}, "webhook_url", "http(s) URL"),
    ({"script": "Hi", "voice": ACCENT}, "voice", "not a field"),
]


@pytest.mark.parametrize(("options", "field", "rule"), BAD)
def test_bad_input_is_refused_before_any_request(
    options: dict[str, Any], field: str, rule: str
) -> None:
    script = Script([json_response(201, task("pending"))])
    with pytest.raises(InvalidInputError) as info:
        sync_client(script).text_to_speech.create(**options)
    assert (info.value.field, rule in info.value.rule) == (field, True), info.value
    assert script.count == 0


@pytest.mark.parametrize(("options", "field", "rule"), BAD)
async def test_async_refuses_the_same_input(options: dict[str, Any], field: str, rule: str) -> None:
    script = Script([json_response(201, task("pending"))])
    async with async_client(script) as client:
        with pytest.raises(InvalidInputError) as info:
            await client.text_to_speech.create_and_wait(**options)
    assert (info.value.field, rule in info.value.rule) == (field, True), info.value
    assert script.count == 0


def test_list_sends_ids_and_ordering() -> None:
    script = Script([json_response(200, [task("done")])])
    listed = sync_client(script).text_to_speech.list(ids=[LIPSYNC_ID], ordering="-created_at")
    assert listed[0].status == "done"
    params = script.requests[0].url.params
    assert (params["ids"], params["ordering"]) == (LIPSYNC_ID, "-created_at")


def test_wait_reads_in_queue_and_string_progress() -> None:
    """in_queue is "still running"; progress may be a string; done carries `output`."""
    seen: list[tuple[str | None, float | None]] = []
    script = Script(
        [
            json_response(200, task("in_queue", progress="0")),
            json_response(200, task("running", progress="0.5")),
            json_response(200, task("done", progress=1, output="https://cdn.e.com/a.mp3")),
        ]
    )
    done = sync_client(script).text_to_speech.wait(
        LIPSYNC_ID, on_update=lambda u: seen.append((u.status, u.progress))
    )
    assert done.output == "https://cdn.e.com/a.mp3"
    assert seen == [("in_queue", 0.0), ("running", 0.5), ("done", 1.0)]


@pytest.mark.parametrize(
    ("status", "error"), [("failed", TextToSpeechFailed), ("rejected", TextToSpeechRejected)]
)
async def test_failed_and_rejected_end_the_wait(status: str, error: type[Exception]) -> None:
    script = Script([json_response(200, task(status, failed_reason="No credits."))])
    async with async_client(script) as client:
        with pytest.raises(error, match="No credits"):
            await client.text_to_speech.wait(LIPSYNC_ID)


# First bytes of the audio containers a download accepts.
AUDIO = {
    "mp3 with ID3": b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 100,
    "mp3 frame": MP3,
    "aac adts": b"\xff\xf1\x50\x80" + b"\x00" * 100,
    "wav": b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 100,
    "ogg": b"OggS\x00\x02" + b"\x00" * 100,
    "flac": b"fLaC\x00\x00\x00\x22" + b"\x00" * 100,
    "m4a": b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00" + b"\x00" * 100,
    "aiff": b"FORM\x00\x00\x00\x00AIFF" + b"\x00" * 100,
}
NOT_AUDIO = {
    "html error page": b"<html><body>Access denied</body></html>",
    "json": b'{"detail": "expired"}',
    "png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
    "empty": b"",
    "short": b"ID",
}


def download_from(server_url: str, tmp_path: Path, field: str = "output") -> Path:
    done = TextToSpeech.from_dict(task("done", **{field: f"{server_url}/speech"}))
    client = Creatify("id", API_KEY, server_url, max_retries=0)
    try:
        return client.text_to_speech.download(done, tmp_path / "speech.mp3")
    finally:
        client.close()


@pytest.mark.parametrize("name", sorted(AUDIO))
def test_audio_containers_are_saved(name: str, tmp_path: Path) -> None:
    with serving(Fault(body=AUDIO[name], headers={"Content-Type": "audio/mpeg"})) as server:
        saved = download_from(server.url, tmp_path)
    assert saved.read_bytes() == AUDIO[name]


@pytest.mark.parametrize("name", sorted(NOT_AUDIO))
def test_what_is_not_audio_fails_and_leaves_no_file(name: str, tmp_path: Path) -> None:
    """An error page served with 200 (or an empty body) is not saved as speech."""
    with serving(Fault(body=NOT_AUDIO[name], headers={"Content-Type": "audio/mpeg"})) as server:
        with pytest.raises(DownloadError, match="not an audio file"):
            download_from(server.url, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_output_may_come_as_video_output(tmp_path: Path) -> None:
    """The page's webhook names it `video_output`: a task with only that field downloads."""
    with serving(Fault(body=MP3, headers={"Content-Type": "audio/mpeg"})) as server:
        saved = download_from(server.url, tmp_path, field="video_output")
    assert saved.read_bytes() == MP3


def test_a_large_download_is_checked_once_and_saved_whole(tmp_path: Path) -> None:
    """The head check holds back only the first bytes: several chunks arrive intact."""
    body = MP3 + bytes(range(256)) * 12_000
    with serving(Fault(body=body, headers={"Content-Type": "audio/mpeg"})) as server:
        saved = download_from(server.url, tmp_path)
    assert saved.read_bytes() == body
