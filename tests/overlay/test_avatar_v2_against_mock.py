"""AI Avatar v2, text-to-speech and Aurora against the mock: create, wait, download.

The stateful mock walks each new job through pending, in_queue and running to done with a
playable output (an MP4, or an MP3 for speech); a `[mock:failed]` or `[mock:rejected]`
marker in the job's name makes it end that way. `Prefer: example=NAME` picks the spec's
named examples. Every answer must come without Prism `sl-violations`: the SDK's requests
are valid by the spec.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from creatify import (
    AsyncCreatify,
    AuroraFailed,
    AuroraRejected,
    Avatar,
    Background,
    Caption,
    Creatify,
    LipsyncV2Failed,
    LipsyncV2Rejected,
    Music,
    Scene,
    TextToSpeechFailed,
    TextToSpeechRejected,
    TextVoice,
    Transition,
)

from tests.overlay.helpers import CREATOR_ID

OTHER_AVATAR = "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60"
V2_ID = "5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"
TTS_ID = "6c2d3e4f-5061-4b7c-9d8e-0f1a2b3c4d5e"
AURORA_ID = "44e480c0-642e-4057-9a50-de00a958e81c"
IMAGE = "https://example.com/images/face.jpg"
AUDIO = "https://example.com/audio/song.mp3"
# Mock jobs end in a fraction of a second: poll often (the defaults suit real renders).
FAST = {"poll_interval": 0.1, "max_interval": 0.2}


class Checked(httpx.HTTPTransport):
    """Records Prism's `sl-violations` header; adds a `Prefer` header when asked."""

    def __init__(self, prefer: str | None = None) -> None:
        super().__init__()
        self.prefer = prefer
        self.violations: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.prefer:
            request.headers["Prefer"] = self.prefer
        response = super().handle_request(request)
        if "sl-violations" in response.headers:
            self.violations.append(f"{request.url.path}: {response.headers['sl-violations']}")
        return response


class AsyncChecked(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.violations: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if "sl-violations" in response.headers:
            self.violations.append(f"{request.url.path}: {response.headers['sl-violations']}")
        return response


@pytest.fixture
def client_with(mock_base_url: str, auth_headers: dict[str, str]) -> Iterator[Any]:
    made: list[tuple[Creatify, Checked]] = []

    def make(prefer: str | None = None) -> Creatify:
        transport = Checked(prefer)
        client = Creatify(
            auth_headers["X-API-ID"], auth_headers["X-API-KEY"], mock_base_url, transport=transport
        )
        made.append((client, transport))
        return client

    yield make
    for client, transport in made:
        client.close()
        assert transport.violations == [], "Prism found the SDK's request invalid"


@contextlib.asynccontextmanager
async def checked_async(base_url: str, headers: dict[str, str]) -> AsyncIterator[AsyncCreatify]:
    """An AsyncCreatify whose requests Prism must find valid (made in the test's own loop)."""
    transport = AsyncChecked()
    async with AsyncCreatify(
        headers["X-API-ID"], headers["X-API-KEY"], base_url, transport=transport
    ) as client:
        yield client
    assert transport.violations == [], "Prism found the SDK's request invalid"


def two_scenes(voice_id: str, name: str = "two scenes") -> dict[str, Any]:
    office = Background("https://example.com/backgrounds/office.jpg", fit="crop")
    return {
        "video_inputs": [
            Scene(
                Avatar(CREATOR_ID), TextVoice("Hi, I'm Anna.", voice_id=voice_id), background=office
            ),
            Scene(
                Avatar(OTHER_AVATAR, avatar_style="circle", scale=0.8),
                TextVoice("And I'm Ben.", voice_id=voice_id),
                caption_setting=Caption(style="normal-black", offset=(0, 0.4)),
                transition_effect=Transition("fade"),
                visual_style="FullAvatar",
            ),
        ],
        "aspect_ratio": "16x9",
        "background_music": Music("https://example.com/music.mp3", volume=0.2),
        "name": name,
    }


def is_mp4(path: Path) -> bool:
    return path.read_bytes()[4:8] == b"ftyp"


def is_mp3(path: Path) -> bool:
    head = path.read_bytes()[:3]
    return head == b"ID3" or (head[0] == 0xFF and head[1] & 0xE0 == 0xE0)


def test_two_scene_video_speech_and_aurora(client_with: Any, tmp_path: Path) -> None:
    """The README flows: find an accent, then a v2 video, a speech file, an Aurora video."""
    client = client_with()
    accent = client.voices.find_accent(voice="Aria", accent="American")
    seen: list[str | None] = []
    video = client.lipsyncs_v2.create_and_wait(
        **two_scenes(accent.id), on_update=lambda u: seen.append(u.status), **FAST
    )
    assert video.status == "done" and seen[-1] == "done"
    assert is_mp4(client.lipsyncs_v2.download(video, tmp_path / "intro.mp4"))

    speech = client.text_to_speech.create_and_wait(
        script="Welcome to Creatify.", accent=accent.id, **FAST
    )
    assert speech.output
    assert is_mp3(client.text_to_speech.download(speech, tmp_path / "welcome.mp3"))

    aurora = client.aurora.create_and_wait(
        image=IMAGE, audio=AUDIO, model_version="aurora_v1_fast", **FAST
    )
    assert aurora.video_output
    assert is_mp4(client.aurora.download(aurora.id, tmp_path / "aurora.mp4"))


async def test_async_two_scene_video_speech_and_aurora(
    mock_base_url: str, auth_headers: dict[str, str], tmp_path: Path
) -> None:
    """AsyncCreatify runs the same flows."""
    async with checked_async(mock_base_url, auth_headers) as aclient:
        await _async_flow(aclient, tmp_path)


async def _async_flow(aclient: AsyncCreatify, tmp_path: Path) -> None:
    accent = await aclient.voices.find_accent("Aria")
    video = await aclient.lipsyncs_v2.create_and_wait(**two_scenes(accent.id), **FAST)
    assert is_mp4(await aclient.lipsyncs_v2.download(video, tmp_path / "intro.mp4"))
    speech = await aclient.text_to_speech.create_and_wait(script="Hello.", accent=accent.id, **FAST)
    assert is_mp3(await aclient.text_to_speech.download(speech.id, tmp_path / "hello.mp3"))
    aurora = await aclient.aurora.create_and_wait(image=IMAGE, audio=AUDIO, **FAST)
    assert is_mp4(await aclient.aurora.download(aurora, tmp_path / "aurora.mp4"))


def test_preview_then_render(client_with: Any, tmp_path: Path) -> None:
    """A v2 preview waits for `render`, which then runs to done."""
    client = client_with()
    preview = client.lipsyncs_v2.preview(**two_scenes("6f3c2a52-8d5e-4f0a-9c1b-2b8f7a9d4e11"))
    assert preview.status == "pending"
    client.lipsyncs_v2.render(preview.id)
    video = client.lipsyncs_v2.wait(preview.id, **FAST)
    assert is_mp4(client.lipsyncs_v2.download(video, tmp_path / "rendered.mp4"))


def test_lists_show_what_was_created(client_with: Any) -> None:
    client = client_with()
    video = client.lipsyncs_v2.create(**two_scenes("v"))
    speech = client.text_to_speech.create(script="Hi")
    assert [v.id for v in client.lipsyncs_v2.list(ids=[video.id])] == [video.id]
    assert [s.id for s in client.text_to_speech.list(ids=[speech.id], ordering="-created_at")] == [
        speech.id
    ]


FAILURES = [
    ("failed", LipsyncV2Failed, TextToSpeechFailed, AuroraFailed),
    ("rejected", LipsyncV2Rejected, TextToSpeechRejected, AuroraRejected),
]


@pytest.mark.parametrize(("outcome", "v2_error", "tts_error", "aurora_error"), FAILURES)
def test_failed_and_rejected_jobs_raise(
    client_with: Any, outcome: str, v2_error: type, tts_error: type, aurora_error: type
) -> None:
    client = client_with()
    marker = f"[mock:{outcome}]"
    with pytest.raises(v2_error, match="mock was asked"):
        client.lipsyncs_v2.create_and_wait(**two_scenes("v", name=marker), **FAST)
    with pytest.raises(tts_error, match="mock was asked"):
        client.text_to_speech.create_and_wait(script="Hi", name=marker, **FAST)
    with pytest.raises(aurora_error, match="mock was asked"):
        client.aurora.create_and_wait(image=IMAGE, audio=AUDIO, name=marker, **FAST)


@pytest.mark.parametrize(("outcome", "v2_error", "tts_error", "aurora_error"), FAILURES)
async def test_async_failed_and_rejected_jobs_raise(
    mock_base_url: str,
    auth_headers: dict[str, str],
    outcome: str,
    v2_error: type,
    tts_error: type,
    aurora_error: type,
) -> None:
    marker = f"[mock:{outcome}]"
    async with checked_async(mock_base_url, auth_headers) as aclient:
        with pytest.raises(v2_error):
            await aclient.lipsyncs_v2.create_and_wait(**two_scenes("v", name=marker), **FAST)
        with pytest.raises(tts_error):
            await aclient.text_to_speech.create_and_wait(script="Hi", name=marker, **FAST)
        with pytest.raises(aurora_error):
            await aclient.aurora.create_and_wait(image=IMAGE, audio=AUDIO, name=marker, **FAST)


@pytest.mark.parametrize(
    ("example", "status", "progress"),
    [("pending", "pending", 0.0), ("running", "running", 0.45), ("done", "done", 1.0)],
)
def test_named_examples_parse(client_with: Any, example: str, status: str, progress: float) -> None:
    """The spec's examples (progress a string while running, a number otherwise; offset
    timestamps with microseconds) parse for every new kind."""
    client = client_with(f"example={example}")
    for namespace, job_id in (
        (client.lipsyncs_v2, V2_ID),
        (client.text_to_speech, TTS_ID),
        (client.aurora, AURORA_ID),
    ):
        job = namespace.get(job_id)
        assert job.status == status
        assert namespace._kind.progress_of(job) == progress
        assert job.created_at.utcoffset().total_seconds() == -7 * 3600
        assert job.created_at.microsecond == 449603


@pytest.mark.parametrize(
    ("example", "v2_error", "tts_error", "aurora_error"),
    [
        ("failed", LipsyncV2Failed, TextToSpeechFailed, AuroraFailed),
        ("rejected", LipsyncV2Rejected, TextToSpeechRejected, AuroraRejected),
    ],
)
def test_named_failure_examples_end_a_wait(
    client_with: Any, example: str, v2_error: type, tts_error: type, aurora_error: type
) -> None:
    client = client_with(f"example={example}")
    with pytest.raises(v2_error):
        client.lipsyncs_v2.wait(V2_ID)
    with pytest.raises(tts_error):
        client.text_to_speech.wait(TTS_ID)
    with pytest.raises(aurora_error):
        client.aurora.wait(AURORA_ID)
