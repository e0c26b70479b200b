"""The generated client, sync and async, against the mock: every operation parses.

Every response must come without an `sl-violations` header: Prism found nothing
invalid in what the generated client sent.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from creatify_api import Client, models
from creatify_api.api.aurora import aurora_create, aurora_retrieve
from creatify_api.api.credits_ import remaining_credits_retrieve
from creatify_api.api.lipsyncs import (
    lipsyncs_create,
    lipsyncs_list,
    lipsyncs_preview_create,
    lipsyncs_render_create,
    lipsyncs_retrieve,
)
from creatify_api.api.lipsyncs_v2 import (
    lipsyncs_v2_create,
    lipsyncs_v2_list,
    lipsyncs_v2_preview_create,
    lipsyncs_v2_render_create,
    lipsyncs_v2_retrieve,
)
from creatify_api.api.personas import (
    personas_create,
    personas_list,
    personas_paginated_list,
    personas_retrieve,
    personas_v2_count_retrieve,
    personas_v2_create,
    personas_v2_list,
)
from creatify_api.api.text_to_speech import (
    text_to_speech_create,
    text_to_speech_list,
    text_to_speech_retrieve,
)
from creatify_api.api.voices import voices_list
from creatify_api.types import File

from tests.overlay.test_signatures import NOT_YET_WRAPPED
from tests.spec import operations

FIXTURES = Path(__file__).resolve().parent.parent / "mock" / "fixtures"
LIPSYNC_ID = uuid.UUID("4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394")
PERSONA_ID = uuid.UUID("7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60")
# Ids of the spec's list examples (the mock filters its examples by `ids` too).
V2_EXAMPLE_ID = "5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"
TTS_EXAMPLE_ID = "6c2d3e4f-5061-4b7c-9d8e-0f1a2b3c4d5e"


def upload_body() -> models.PersonaUploadRequest:
    return models.PersonaUploadRequest(
        lipsync_input=File(
            payload=io.BytesIO((FIXTURES / "james.mp4").read_bytes()),
            file_name="james.mp4",
            mime_type="video/mp4",
        ),
        consent_video=File(
            payload=io.BytesIO((FIXTURES / "consent.mov").read_bytes()),
            file_name="consent.mov",
            mime_type="video/quicktime",
        ),
        gender=models.Gender.M,
        creator_name="James",
        video_scene="office",
        keywords="office,presenter",
        labels=["demo", "test"],
        webhook_url="https://example.com/hook",
    )


def lipsync_body() -> models.LipsyncCreateRequest:
    return models.LipsyncCreateRequest(
        creator=uuid.UUID("18fccce8-86e7-5f31-abc8-18915cb872be"),
        text="Hello",
        aspect_ratio=models.AspectRatio.RATIO_9_16,
        model_version=models.ModelVersion.AURORA_V1_FAST,
    )


def url_body() -> models.PersonaUrlCreateRequest:
    return models.PersonaUrlCreateRequest(
        gender=models.Gender.F,
        creator_name="Ana",
        lipsync_input="https://example.com/ana.mp4",
        consent_video="https://example.com/consent.mp4",
    )


def lipsync_v2_body() -> models.LipsyncV2CreateRequest:
    return models.LipsyncV2CreateRequest.from_dict(
        {
            "video_inputs": [
                {
                    "character": {"type": "avatar", "avatar_id": str(PERSONA_ID), "scale": 1},
                    "voice": {"type": "text", "input_text": "Hello", "voice_id": "v1"},
                    "background": {"type": "image", "url": "https://e.com/b.jpg", "fit": "crop"},
                    "transition_effect": {"transition_in": "fade", "transition_out": None},
                },
                {
                    "character": {"avatar_id": str(LIPSYNC_ID), "avatar_style": "circle"},
                    "voice": {"input_text": "Bye"},
                    "caption_setting": {"style": "normal-black", "offset": {"x": 0, "y": 0.4}},
                    "cta": {"cta_background_blur": False},
                },
            ],
            "aspect_ratio": "16x9",
            "background_music": {"url": "https://e.com/m.mp3", "volume": 0.2},
            "cta_end": {"cta_logo": {"url": "https://e.com/logo.png"}},
            "model_version": "standard",
        }
    )


# operationId -> (module, keyword arguments, the parsed type expected)
CALLS: dict[str, tuple[ModuleType, Callable[[], dict[str, Any]], Any]] = {
    "personas_v2_create": (
        personas_v2_create,
        lambda: {"body": upload_body()},
        models.PersonaCreateResponse,
    ),
    "personas_v2_create (json)": (
        personas_v2_create,
        lambda: {"body": url_body()},
        models.PersonaCreateResponse,
    ),
    "personas_v2_list": (personas_v2_list, dict, list),
    "personas_v2_count_retrieve": (personas_v2_count_retrieve, dict, models.PersonaCount),
    "personas_create": (
        personas_create,
        lambda: {"body": url_body()},
        models.PersonaCreateResponse,
    ),
    "personas_list": (personas_list, lambda: {"gender": models.Gender.F}, list),
    "personas_paginated_list": (
        personas_paginated_list,
        lambda: {"page": 1, "page_size": 5},
        models.PaginatedPersonaList,
    ),
    "personas_retrieve": (personas_retrieve, lambda: {"id": PERSONA_ID}, models.Persona),
    "lipsyncs_create": (lipsyncs_create, lambda: {"body": lipsync_body()}, models.Lipsync),
    "lipsyncs_list": (lipsyncs_list, lambda: {"ids": f"{LIPSYNC_ID},{PERSONA_ID}"}, list),
    "lipsyncs_retrieve": (lipsyncs_retrieve, lambda: {"id": LIPSYNC_ID}, models.Lipsync),
    "lipsyncs_preview_create": (
        lipsyncs_preview_create,
        lambda: {"body": lipsync_body()},
        models.Lipsync,
    ),
    "lipsyncs_render_create": (lipsyncs_render_create, lambda: {"id": LIPSYNC_ID}, models.Lipsync),
    "voices_list": (voices_list, dict, list),
    "lipsyncs_v2_create": (
        lipsyncs_v2_create,
        lambda: {"body": lipsync_v2_body()},
        models.LipsyncV2,
    ),
    "lipsyncs_v2_list": (lipsyncs_v2_list, lambda: {"ids": V2_EXAMPLE_ID}, list),
    "lipsyncs_v2_retrieve": (lipsyncs_v2_retrieve, lambda: {"id": LIPSYNC_ID}, models.LipsyncV2),
    "lipsyncs_v2_preview_create": (
        lipsyncs_v2_preview_create,
        lambda: {"body": lipsync_v2_body()},
        models.LipsyncV2,
    ),
    "lipsyncs_v2_render_create": (
        lipsyncs_v2_render_create,
        lambda: {"id": LIPSYNC_ID},
        models.LipsyncV2,
    ),
    "text_to_speech_create": (
        text_to_speech_create,
        lambda: {"body": models.TextToSpeechCreateRequest(script="Hello", accent="a1", name="n")},
        models.TextToSpeech,
    ),
    "text_to_speech_list": (
        text_to_speech_list,
        lambda: {"ids": TTS_EXAMPLE_ID, "ordering": "-created_at"},
        list,
    ),
    "text_to_speech_retrieve": (
        text_to_speech_retrieve,
        lambda: {"id": LIPSYNC_ID},
        models.TextToSpeech,
    ),
    "aurora_create": (
        aurora_create,
        lambda: {
            "body": models.AuroraCreateRequest(
                image="https://e.com/face.jpg",
                audio="https://e.com/song.mp3",
                model_version=models.AuroraModelVersion.AURORA_V1_FAST,
            )
        },
        models.Aurora,
    ),
    "aurora_retrieve": (aurora_retrieve, lambda: {"id": LIPSYNC_ID}, models.Aurora),
    "remaining_credits_retrieve": (
        remaining_credits_retrieve,
        dict,
        models.RemainingCredits,
    ),
}


def test_every_spec_operation_has_a_call_here() -> None:
    """A new operation in the spec cannot go untested against the mock (but those the
    overlay does not wrap yet: their areas add their calls here)."""
    ids = {op["operationId"] for _, _, op in operations()} - NOT_YET_WRAPPED
    assert ids <= {k.split()[0] for k in CALLS}


class Violations:
    """Collects Prism's `sl-violations` response headers."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, response: httpx.Response) -> None:
        if "sl-violations" in response.headers:
            self.seen.append(f"{response.request.url}: {response.headers['sl-violations']}")

    async def async_hook(self, response: httpx.Response) -> None:
        self(response)


def make_client(base_url: str, auth_headers: dict[str, str], hooks: dict[str, Any]) -> Client:
    return Client(
        base_url=base_url,
        headers=auth_headers,
        raise_on_unexpected_status=True,
        httpx_args={"event_hooks": hooks},
    )


def check_parsed(parsed: Any, expected: Any) -> None:
    assert parsed is not None
    assert isinstance(parsed, expected), type(parsed)
    if expected is list:
        assert parsed, "the mock's list example is not empty"
        assert all(hasattr(item, "to_dict") for item in parsed)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_sync_call_parses(name: str, mock_base_url: str, auth_headers: dict[str, str]) -> None:
    """Sync: the mock's answer parses into the documented model; the request was valid."""
    module, kwargs, expected = CALLS[name]
    violations = Violations()
    with make_client(mock_base_url, auth_headers, {"response": [violations]}) as client:
        response = module.sync_detailed(client=client, **kwargs())
    assert response.status_code < 300, response.content
    check_parsed(response.parsed, expected)
    assert violations.seen == []


@pytest.mark.parametrize("name", sorted(CALLS))
async def test_async_call_parses(
    name: str, mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """Async: the same, through `asyncio_detailed`."""
    module, kwargs, expected = CALLS[name]
    violations = Violations()
    hooks = {"response": [violations.async_hook]}
    async with make_client(mock_base_url, auth_headers, hooks) as client:
        response = await module.asyncio_detailed(client=client, **kwargs())
    assert response.status_code < 300, response.content
    check_parsed(response.parsed, expected)
    assert violations.seen == []


@pytest.mark.parametrize(
    ("example", "status", "is_active"),
    [("reviewing", "reviewing", False), ("done", "done", True), ("rejected", "rejected", False)],
)
def test_named_persona_examples(
    example: str, status: str, is_active: bool, mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """`Prefer: example=NAME` picks the persona state a test needs."""
    headers = {**auth_headers, "Prefer": f"example={example}"}
    with Client(base_url=mock_base_url, headers=headers) as client:
        persona = personas_retrieve.sync(client=client, id=PERSONA_ID)
    assert isinstance(persona, models.Persona)
    assert (persona.process_status, persona.is_active) == (status, is_active)


@pytest.mark.parametrize(
    ("example", "status"), [("running", "running"), ("done", "done"), ("failed", "failed")]
)
def test_named_lipsync_examples(
    example: str, status: str, mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """`Prefer: example=NAME` picks the lipsync state; done has an output, failed a reason."""
    headers = {**auth_headers, "Prefer": f"example={example}"}
    with Client(base_url=mock_base_url, headers=headers) as client:
        lipsync = lipsyncs_retrieve.sync(client=client, id=LIPSYNC_ID)
    assert isinstance(lipsync, models.Lipsync)
    assert lipsync.status == status
    if status == "done":
        assert isinstance(lipsync.output, str) and lipsync.output.endswith(".mp4")
    if status == "failed":
        assert lipsync.failed_reason


@pytest.mark.parametrize("example", ["pending", "running", "done", "failed", "rejected"])
@pytest.mark.parametrize(
    ("module", "output"),
    [
        (lipsyncs_v2_retrieve, "output"),
        (text_to_speech_retrieve, "output"),
        (aurora_retrieve, "video_output"),
    ],
    ids=["lipsyncs_v2", "text_to_speech", "aurora"],
)
def test_named_examples_of_the_new_jobs(
    module: ModuleType, output: str, example: str, mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """Each new job has a named example per status; done has a playable output (MP4, or
    MP3 for speech), failed and rejected a reason."""
    headers = {**auth_headers, "Prefer": f"example={example}"}
    with Client(base_url=mock_base_url, headers=headers) as client:
        job = module.sync(client=client, id=LIPSYNC_ID)
    assert job is not None
    assert job.status == example
    url = getattr(job, output)
    if example == "done":
        assert url.endswith(".mp3" if module is text_to_speech_retrieve else ".mp4")
        assert httpx.get(url).status_code == 200
    else:
        assert url is None
    if example in ("failed", "rejected"):
        assert job.failed_reason


@pytest.mark.parametrize("code", [400, 401, 403, 404, 429, 500])
def test_documented_errors_parse(
    code: int, mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """Each documented error status parses into its permissive error model."""
    headers = {**auth_headers, "Prefer": f"code={code}"}
    with Client(base_url=mock_base_url, headers=headers) as client:
        response = voices_list.sync_detailed(client=client)
    assert response.status_code == code
    expected = models.ValidationErrorBody if code == 400 else models.ErrorDetail
    assert isinstance(response.parsed, expected)
    if code == 429:
        assert response.headers["Retry-After"]
