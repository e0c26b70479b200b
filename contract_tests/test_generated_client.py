"""The generated client, sync and async, against the mock: every operation parses.

Every response must come without an `sl-violations` header: Prism found nothing
invalid in what the generated client sent.
"""

from __future__ import annotations

import http.server
import io
import json
import os
import queue
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
from creatify_api import Client, models
from creatify_api.api.ads_clone import ads_clone_create, ads_clone_retrieve
from creatify_api.api.ai_editing import (
    ai_editing_create,
    ai_editing_list,
    ai_editing_preview_create,
    ai_editing_render_create,
    ai_editing_retrieve,
)
from creatify_api.api.ai_scripts import ai_scripts_create, ai_scripts_list, ai_scripts_retrieve
from creatify_api.api.ai_shorts import (
    ai_shorts_create,
    ai_shorts_list,
    ai_shorts_preview_create,
    ai_shorts_render_create,
    ai_shorts_retrieve,
)
from creatify_api.api.asset_generator import (
    ai_generations_schemas,
    asset_generator_create,
    asset_generator_retrieve,
    asset_generator_schemas,
)
from creatify_api.api.aurora import aurora_create, aurora_retrieve
from creatify_api.api.credits_ import remaining_credits_retrieve
from creatify_api.api.custom_template_jobs import (
    custom_template_jobs_create,
    custom_template_jobs_render_create,
    custom_template_jobs_retrieve,
)
from creatify_api.api.custom_templates import (
    custom_templates_list,
    custom_templates_preview_create,
    custom_templates_render_create,
)
from creatify_api.api.dyoa import (
    dyoa_create,
    dyoa_destroy,
    dyoa_list,
    dyoa_retrieve,
    dyoa_submit_for_review_create,
)
from creatify_api.api.iab_images import iab_images_create, iab_images_retrieve
from creatify_api.api.inspirations import (
    inspiration_jobs_create,
    inspiration_jobs_retrieve,
    inspirations_list,
    inspirations_retrieve,
)
from creatify_api.api.link_to_videos import (
    link_to_videos_create,
    link_to_videos_generate_preview_create,
    link_to_videos_list,
    link_to_videos_preview_create,
    link_to_videos_preview_list_async_create,
    link_to_videos_render_create,
    link_to_videos_render_single_preview_create,
    link_to_videos_retrieve,
)
from creatify_api.api.links import (
    links_create,
    links_link_with_params_create,
    links_list,
    links_paginated_list,
    links_retrieve,
    links_update,
)
from creatify_api.api.lipsyncs import (
    lipsyncs_create,
    lipsyncs_list,
    lipsyncs_multi_avatar_create,
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
from creatify_api.api.music import music_categories_list, musics_list
from creatify_api.api.personas import (
    personas_create,
    personas_list,
    personas_paginated_list,
    personas_retrieve,
    personas_v2_count_retrieve,
    personas_v2_create,
    personas_v2_list,
)
from creatify_api.api.product_to_videos import (
    product_to_videos_gen_image_create,
    product_to_videos_gen_video_create,
    product_to_videos_list,
    product_to_videos_retrieve,
)
from creatify_api.api.text_generator import (
    sse_text_generator_create,
    text_generator_create,
    text_generator_retrieve,
)
from creatify_api.api.text_to_speech import (
    text_to_speech_create,
    text_to_speech_list,
    text_to_speech_paginated_list,
    text_to_speech_retrieve,
)
from creatify_api.api.voices import voices_list
from creatify_api.types import File

from tests.spec import operations

FIXTURES = Path(__file__).resolve().parent.parent / "mock" / "fixtures"
LIPSYNC_ID = uuid.UUID("4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394")
PERSONA_ID = uuid.UUID("7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60")
STOCK_PERSONA = "18fccce8-86e7-5f31-abc8-18915cb872be"
ACCENT = "6f3c2a52-8d5e-4f0a-9c1b-2b8f7a9d4e11"
# Any UUID does for a path: Prism answers every id with the spec's examples.
TASK_ID = uuid.UUID("5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d")
LINK_ID = uuid.UUID("1d28aebc-3c23-43f7-8ce1-f5e522387ab4")


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


def v2_body() -> models.LipsyncV2CreateRequest:
    scene = models.VideoInput(
        character=models.V2Character(
            avatar_id=STOCK_PERSONA,
            avatar_style=models.V2CharacterAvatarStyle.CIRCLE,
            scale=1.2,
            offset=models.Offset(x=0.1, y=-0.1),
        ),
        voice=models.V2Voice(input_text="Hello from scene one.", voice_id=ACCENT, volume=0.8),
        background=models.V2Background(
            type_=models.V2BackgroundType.IMAGE,
            url="https://example.com/office.jpg",
            fit=models.V2BackgroundFit.CONTAIN,
            effect=models.V2BackgroundEffect.IMAGE_ZOOM_IN,
        ),
        caption_setting=models.CaptionSetting(style="normal-black", font_size=70, hidden=False),
        transition_effect=models.TransitionEffect(transition_in="fade", transition_out=None),
        visual_style="FullAvatar",
    )
    return models.LipsyncV2CreateRequest(
        video_inputs=[scene],
        aspect_ratio=models.AspectRatio.RATIO_9X16,
        background_music=models.BackgroundMusic(url="https://example.com/music.mp3", volume=0.2),
        name="two scenes",
        webhook_url="https://example.com/hook",
        model_version=models.ModelVersion.AURORA_V1,
    )


def link_to_video_body() -> models.LinkToVideoCreateRequest:
    return models.LinkToVideoCreateRequest(
        link=LINK_ID,
        target_platform="Instagram",
        language="en",
        video_length=30,
        aspect_ratio=models.AspectRatio.RATIO_9_16,
        visual_style="FullScreenTemplate",
        caption_offset_y="-0.40",
        background_music_volume=0.5,
        model_version=models.ModelVersion.AURORA_V1_FAST,
    )


def link_params_body() -> models.LinkParamsRequest:
    return models.LinkParamsRequest(
        title="Mineral moisturizer",
        description="A fragrance-free face cream.",
        image_urls=[f"https://example.com/cream-{n}.jpg" for n in (1, 2, 3)],
        video_urls=[],
    )


def shorts_body() -> models.AiShortsCreateRequest:
    return models.AiShortsCreateRequest(
        script="Meet the Model X.",
        aspect_ratio=models.AspectRatio.RATIO_16X9,
        style="4K realistic",
        accent=ACCENT,
        voiceover_volume=0.5,
    )


def editing_body() -> models.AiEditingCreateRequest:
    return models.AiEditingCreateRequest(
        video_url="https://example.com/jun-16x9.mp4",
        editing_style=models.EditingStyle.GLITTER_GRADIENT,
        caption_setting=models.CaptionSetting(hidden=True),
    )


def url_body() -> models.PersonaUrlCreateRequest:
    return models.PersonaUrlCreateRequest(
        gender=models.Gender.F,
        creator_name="Ana",
        lipsync_input="https://example.com/ana.mp4",
        consent_video="https://example.com/consent.mp4",
    )


# operationId -> (module, keyword arguments, the parsed type expected)
def text_body() -> models.TextGeneratorCreateRequest:
    return models.TextGeneratorCreateRequest.from_dict(
        {"model_name": "gemini-2.5-flash", "messages": [{"role": "user", "content": "Hi"}]}
    )


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
    "lipsyncs_v2_create": (lipsyncs_v2_create, lambda: {"body": v2_body()}, models.LipsyncV2),
    "lipsyncs_v2_list": (lipsyncs_v2_list, lambda: {"ids": f"{TASK_ID},{LIPSYNC_ID}"}, list),
    "lipsyncs_v2_retrieve": (lipsyncs_v2_retrieve, lambda: {"id": TASK_ID}, models.LipsyncV2),
    "lipsyncs_v2_preview_create": (
        lipsyncs_v2_preview_create,
        lambda: {"body": v2_body()},
        models.LipsyncV2,
    ),
    "lipsyncs_v2_render_create": (
        lipsyncs_v2_render_create,
        lambda: {"id": TASK_ID},
        models.LipsyncV2,
    ),
    "text_to_speech_create": (
        text_to_speech_create,
        lambda: {
            "body": models.TextToSpeechCreateRequest(
                script="Hello", accent=ACCENT, webhook_url="https://example.com/hook"
            )
        },
        models.TextToSpeech,
    ),
    "text_to_speech_list": (
        text_to_speech_list,
        lambda: {"ids": str(TASK_ID), "ordering": "-created_at"},
        list,
    ),
    "text_to_speech_paginated_list": (
        text_to_speech_paginated_list,
        lambda: {"page": 2, "page_size": 1},
        models.PaginatedTextToSpeechList,
    ),
    "text_to_speech_retrieve": (
        text_to_speech_retrieve,
        lambda: {"id": TASK_ID},
        models.TextToSpeech,
    ),
    "aurora_create": (
        aurora_create,
        lambda: {
            "body": models.AuroraCreateRequest(
                image="https://example.com/face.jpg",
                audio="https://example.com/song.mp3",
                text_prompt="soft light",
                prompt_guidance_scale=2.5,
                model_version=models.AuroraModelVersion.AURORA_V1_FAST,
            )
        },
        models.Aurora,
    ),
    "aurora_retrieve": (aurora_retrieve, lambda: {"id": TASK_ID}, models.Aurora),
    "asset_generator_create": (
        asset_generator_create,
        lambda: {
            "body": models.AssetGeneratorCreateRequest.from_dict(
                {"model_name": "nano-banana", "input_params": {"prompt": "oil"}}
            )
        },
        models.AssetGeneration,
    ),
    "asset_generator_retrieve": (
        asset_generator_retrieve,
        lambda: {"id": TASK_ID},
        models.AssetGeneration,
    ),
    "asset_generator_schemas": (asset_generator_schemas, dict, list),
    "ai_generations_schemas": (ai_generations_schemas, dict, list),
    "inspirations_list": (inspirations_list, dict, list),
    "inspirations_retrieve": (inspirations_retrieve, lambda: {"id": TASK_ID}, models.Inspiration),
    "inspiration_jobs_create": (
        inspiration_jobs_create,
        lambda: {
            "body": models.InspirationJobCreateRequest.from_dict(
                {
                    "inspiration_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                    "input_params": {"Product Image": "https://e.com/a.jpg"},
                }
            )
        },
        models.InspirationJob,
    ),
    "inspiration_jobs_retrieve": (
        inspiration_jobs_retrieve,
        lambda: {"id": TASK_ID},
        models.InspirationJob,
    ),
    "iab_images_create": (
        iab_images_create,
        lambda: {"body": models.IabImagesCreateRequest(image="https://e.com/a.jpg")},
        models.IabImages,
    ),
    "iab_images_retrieve": (iab_images_retrieve, lambda: {"id": TASK_ID}, models.IabImages),
    "ads_clone_create": (
        ads_clone_create,
        lambda: {
            "body": models.AdsCloneCreateRequest.from_dict(
                {
                    "link": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                    "video_url": "https://e.com/ad.mp4",
                }
            )
        },
        models.AdsClone,
    ),
    "ads_clone_retrieve": (ads_clone_retrieve, lambda: {"id": TASK_ID}, models.AdsClone),
    "text_generator_create": (
        text_generator_create,
        lambda: {"body": text_body()},
        models.TextGeneration,
    ),
    "sse_text_generator_create": (sse_text_generator_create, lambda: {"body": text_body()}, str),
    "text_generator_retrieve": (
        text_generator_retrieve,
        lambda: {"id": TASK_ID},
        models.TextGeneration,
    ),
    "ai_scripts_create": (
        ai_scripts_create,
        lambda: {
            "body": models.AiScriptCreateRequest.from_dict(
                {"link": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}
            )
        },
        models.AiScript,
    ),
    "ai_scripts_list": (ai_scripts_list, dict, list),
    "ai_scripts_retrieve": (ai_scripts_retrieve, lambda: {"id": TASK_ID}, models.AiScript),
    "lipsyncs_multi_avatar_create": (
        lipsyncs_multi_avatar_create,
        lambda: {
            "body": models.LipsyncV2CreateRequest.from_dict(
                {
                    "video_inputs": [
                        {
                            "character": {
                                "type": "avatar",
                                "avatar_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                            },
                            "voice": {
                                "type": "text",
                                "input_text": "Hi",
                                "voice_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                            },
                        }
                    ]
                }
            )
        },
        models.Lipsync,
    ),
    "links_create": (
        links_create,
        lambda: {"body": models.LinkCreateRequest(url="https://www.example.com/p/1")},
        models.Link,
    ),
    "links_link_with_params_create": (
        links_link_with_params_create,
        lambda: {"body": link_params_body()},
        models.Link,
    ),
    "links_list": (links_list, dict, list),
    "links_paginated_list": (
        links_paginated_list,
        lambda: {"page": 1, "page_size": 5},
        models.PaginatedLinkList,
    ),
    "links_retrieve": (links_retrieve, lambda: {"id": LINK_ID}, models.Link),
    "links_update": (
        links_update,
        lambda: {"id": LINK_ID, "body": link_params_body()},
        models.Link,
    ),
    "link_to_videos_create": (
        link_to_videos_create,
        lambda: {"body": link_to_video_body()},
        models.LinkToVideo,
    ),
    "link_to_videos_list": (link_to_videos_list, dict, list),
    "link_to_videos_retrieve": (
        link_to_videos_retrieve,
        lambda: {"id": TASK_ID},
        models.LinkToVideo,
    ),
    "link_to_videos_preview_create": (
        link_to_videos_preview_create,
        lambda: {"body": link_to_video_body()},
        models.LinkToVideo,
    ),
    "link_to_videos_render_create": (
        link_to_videos_render_create,
        lambda: {"id": TASK_ID},
        models.LinkToVideo,
    ),
    "link_to_videos_generate_preview_create": (
        link_to_videos_generate_preview_create,
        lambda: {"id": TASK_ID},
        models.LinkToVideo,
    ),
    "link_to_videos_preview_list_async_create": (
        link_to_videos_preview_list_async_create,
        lambda: {
            "body": models.LinkToVideoPreviewListRequest(
                link=LINK_ID,
                visual_styles=["FullScreenTemplate", "AvatarBubbleTemplate"],
                aspect_ratios=[models.AspectRatio.RATIO_9X16, models.AspectRatio.RATIO_1_1],
            )
        },
        models.LinkToVideo,
    ),
    "link_to_videos_render_single_preview_create": (
        link_to_videos_render_single_preview_create,
        lambda: {
            "id": TASK_ID,
            "body": models.LinkToVideoRenderSinglePreviewRequest(media_job=LIPSYNC_ID),
        },
        models.LinkToVideo,
    ),
    "ai_shorts_create": (ai_shorts_create, lambda: {"body": shorts_body()}, models.AiShorts),
    "ai_shorts_list": (ai_shorts_list, lambda: {"ordering": "created_at"}, list),
    "ai_shorts_retrieve": (ai_shorts_retrieve, lambda: {"id": TASK_ID}, models.AiShorts),
    "ai_shorts_preview_create": (
        ai_shorts_preview_create,
        lambda: {"body": shorts_body()},
        models.AiShorts,
    ),
    "ai_shorts_render_create": (ai_shorts_render_create, lambda: {"id": TASK_ID}, models.AiShorts),
    "ai_editing_create": (ai_editing_create, lambda: {"body": editing_body()}, models.AiEditing),
    "ai_editing_list": (ai_editing_list, dict, list),
    "ai_editing_retrieve": (ai_editing_retrieve, lambda: {"id": TASK_ID}, models.AiEditing),
    "ai_editing_preview_create": (
        ai_editing_preview_create,
        lambda: {"body": editing_body()},
        models.AiEditing,
    ),
    "ai_editing_render_create": (
        ai_editing_render_create,
        lambda: {"id": TASK_ID},
        models.AiEditing,
    ),
    "custom_template_jobs_create": (
        custom_template_jobs_create,
        lambda: {
            "body": models.CustomTemplateJobCreateRequest(
                template_id=TASK_ID,
                variables=models.CustomTemplateJobCreateRequestVariables.from_dict(
                    {"headline": "Open house", "price": 450000}
                ),
                model_version=models.ModelVersion.STANDARD,
            )
        },
        models.CustomTemplateJob,
    ),
    "custom_template_jobs_retrieve": (
        custom_template_jobs_retrieve,
        lambda: {"id": TASK_ID},
        models.CustomTemplateJob,
    ),
    "custom_template_jobs_render_create": (
        custom_template_jobs_render_create,
        lambda: {"id": TASK_ID},
        models.CustomTemplateJob,
    ),
    "custom_templates_preview_create": (
        custom_templates_preview_create,
        lambda: {
            "body": models.CustomTemplatePreviewRequest(
                visual_style="style1",
                data=models.CustomTemplatePreviewRequestData.from_dict(
                    {"address": "12 Harbor Lane", "price": 549000}
                ),
            )
        },
        models.CustomTemplate,
    ),
    "custom_templates_render_create": (
        custom_templates_render_create,
        lambda: {"id": TASK_ID},
        models.CustomTemplate,
    ),
    "custom_templates_list": (custom_templates_list, dict, list),
    "product_to_videos_gen_image_create": (
        product_to_videos_gen_image_create,
        lambda: {
            "body": models.ProductToVideoGenImageRequest(
                product_url="https://example.com/product.jpg",
                aspect_ratio=models.AspectRatio.RATIO_1X1,
                override_avatar=STOCK_PERSONA,
            )
        },
        models.ProductToVideo,
    ),
    "product_to_videos_gen_video_create": (
        product_to_videos_gen_video_create,
        lambda: {
            "id": TASK_ID,
            "body": models.ProductToVideoGenVideoRequest(motion_style="talking"),
        },
        models.ProductToVideo,
    ),
    "product_to_videos_list": (product_to_videos_list, lambda: {"ids": str(TASK_ID)}, list),
    "product_to_videos_retrieve": (
        product_to_videos_retrieve,
        lambda: {"id": TASK_ID},
        models.ProductToVideo,
    ),
    "dyoa_create": (
        dyoa_create,
        lambda: {
            "body": models.DyoaCreateRequest(
                name="My Avatar",
                age_group="young_adult",
                gender=models.Gender.NB,
                outfit_description="Leather bomber.",
            )
        },
        models.Dyoa,
    ),
    "dyoa_list": (dyoa_list, lambda: {"ordering": "-created_at"}, list),
    "dyoa_retrieve": (dyoa_retrieve, lambda: {"id": TASK_ID}, models.Dyoa),
    # 204: no content, so nothing parsed.
    "dyoa_destroy": (dyoa_destroy, lambda: {"id": TASK_ID}, None),
    "dyoa_submit_for_review_create": (
        dyoa_submit_for_review_create,
        lambda: {
            "id": TASK_ID,
            "body": models.DyoaSubmitForReviewRequest(chosen_photo_id=TASK_ID),
        },
        models.Dyoa,
    ),
    "musics_list": (musics_list, dict, list),
    "music_categories_list": (music_categories_list, dict, list),
    "remaining_credits_retrieve": (
        remaining_credits_retrieve,
        dict,
        models.RemainingCredits,
    ),
}


def test_every_spec_operation_has_a_call_here() -> None:
    """A new operation in the spec cannot go untested against the mock, nor a gone one stay."""
    assert {op["operationId"] for _, _, op in operations()} == {k.split()[0] for k in CALLS}


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
    if expected is None:  # an answer with no content
        assert parsed is None
        return
    assert parsed is not None
    assert isinstance(parsed, expected), type(parsed)
    if expected is list:
        assert parsed, "the mock's list example is not empty"
        assert all(hasattr(item, "to_dict") for item in parsed)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_sync_call_parses(name: str, raw_prism_url: str, auth_headers: dict[str, str]) -> None:
    """Sync: Prism's answer (the spec's example) parses into the documented model; the
    request was valid. Plain Prism, because the stateful layer lists only what the session
    created, so a list's example would depend on the order of the tests."""
    module, kwargs, expected = CALLS[name]
    violations = Violations()
    with make_client(raw_prism_url, auth_headers, {"response": [violations]}) as client:
        response = module.sync_detailed(client=client, **kwargs())
    assert response.status_code < 300, response.content
    check_parsed(response.parsed, expected)
    assert violations.seen == []


@pytest.mark.parametrize("name", sorted(CALLS))
async def test_async_call_parses(
    name: str, raw_prism_url: str, auth_headers: dict[str, str]
) -> None:
    """Async: the same, through `asyncio_detailed`."""
    module, kwargs, expected = CALLS[name]
    violations = Violations()
    hooks = {"response": [violations.async_hook]}
    async with make_client(raw_prism_url, auth_headers, hooks) as client:
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


def test_upload_labels_with_reserved_characters_pass(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """A label such as `R&D` is a valid multipart value (`allowReserved` in the spec's encoding)."""
    body = upload_body()
    body.labels = ["R&D", "a+b=c"]
    violations = Violations()
    with make_client(mock_base_url, auth_headers, {"response": [violations]}) as client:
        response = personas_v2_create.sync_detailed(client=client, body=body)
    assert response.status_code == 201, response.content
    assert isinstance(response.parsed, models.PersonaCreateResponse)
    assert violations.seen == []


# (retrieve module, the example names of its 200 answer, the finished status, the output field,
# the output's file suffix): the first example is the finished one, so that `wait` ends.
JOB_EXAMPLES: list[tuple[ModuleType, tuple[str, ...], str, str, str]] = [
    (lipsyncs_v2_retrieve, ("running", "failed", "pending", "rejected"), "done", "output", ".mp4"),
    (text_to_speech_retrieve, ("running", "failed", "pending"), "done", "output", ".mp3"),
    (aurora_retrieve, ("running", "failed", "pending", "rejected"), "done", "video_output", ".mp4"),
    (link_to_videos_retrieve, ("running", "failed", "pending"), "done", "video_output", ".mp4"),
    (
        ai_shorts_retrieve,
        ("running", "failed", "pending", "rejected"),
        "done",
        "video_output",
        ".mp4",
    ),
    (
        ai_editing_retrieve,
        ("running", "failed", "pending", "rejected"),
        "done",
        "video_output",
        ".mp4",
    ),
    (
        custom_template_jobs_retrieve,
        ("running", "failed", "pending", "rejected"),
        "done",
        "video_output",
        ".mp4",
    ),
    (
        product_to_videos_retrieve,
        ("image_generated", "video_generating", "initializing", "failed"),
        "video_generated",
        "generated_video_url",
        ".mp4",
    ),
    (dyoa_retrieve, ("draft", "rejected", "initializing"), "done", "reviews", ""),
]


def fetch(module: ModuleType, base_url: str, headers: dict[str, str], example: str | None) -> Any:
    if example:
        headers = {**headers, "Prefer": f"example={example}"}
    with Client(base_url=base_url, headers=headers, raise_on_unexpected_status=True) as client:
        return module.sync(client=client, id=TASK_ID)


@pytest.mark.parametrize(
    ("module", "others", "finished", "field", "suffix"),
    JOB_EXAMPLES,
    ids=[entry[0].__name__.rsplit(".", 1)[-1] for entry in JOB_EXAMPLES],
)
def test_job_examples_by_name(
    module: ModuleType,
    others: tuple[str, ...],
    finished: str,
    field: str,
    suffix: str,
    mock_base_url: str,
    auth_headers: dict[str, str],
) -> None:
    """The first example (Prism's default) is finished, with a playable output; `Prefer`
    picks each. The layer answers an id the account did not create with a 404, so the
    examples are asked for by name."""
    operation_id = module.__name__.rsplit(".", 1)[-1]
    (first,) = [
        next(iter(op["responses"]["200"]["content"]["application/json"]["examples"]))
        for _, _, op in operations()
        if op["operationId"] == operation_id
    ]
    default = fetch(module, mock_base_url, auth_headers, first)
    assert default.status == finished
    output = getattr(default, field)
    if suffix:
        assert isinstance(output, str) and output.endswith(suffix), output
        # The layer rewrites the spec's media host (port 4011) to its own.
        assert output.startswith(f"{mock_base_url}/media/"), output
    else:
        assert output and output[0].creator, "an approved DYOA links its avatar"
    for name in others:
        task = fetch(module, mock_base_url, auth_headers, name)
        assert task.status == name
        if name in ("failed", "rejected") and hasattr(task, "failed_reason"):
            assert task.failed_reason
        if name in ("running", "pending", "initializing", "image_generated"):
            assert not getattr(task, field)


def test_product_to_video_image_step_has_the_image(
    mock_base_url: str, auth_headers: dict[str, str]
) -> None:
    """`image_generated` carries the preview image that `gen_video` animates."""
    task = fetch(product_to_videos_retrieve, mock_base_url, auth_headers, "image_generated")
    assert isinstance(task.generated_photo_url, str) and task.generated_photo_url.endswith(".jpg")


class WebhookReceiver:
    """A loopback HTTP server that records the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        received: queue.Queue[Any] = queue.Queue()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                received.put(json.loads(self.rfile.read(length)))
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.received = received
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    if os.environ.get("CREATIFY_TEST_BASE_URL"):
        pytest.skip("a real service cannot call back to this machine's loopback address")
    receiver = WebhookReceiver()
    yield receiver
    receiver.close()


# operationId -> (module, call with this webhook URL, the payload model of its callback)
WEBHOOK_CALLS: dict[str, tuple[ModuleType, Callable[[str], dict[str, Any]], Any]] = {
    "lipsyncs_create": (
        lipsyncs_create,
        lambda url: {"body": attrs.evolve(lipsync_body(), webhook_url=url)},
        models.JobWebhookPayload,
    ),
    "lipsyncs_v2_create": (
        lipsyncs_v2_create,
        lambda url: {"body": attrs.evolve(v2_body(), webhook_url=url)},
        models.JobWebhookPayload,
    ),
    "aurora_create": (
        aurora_create,
        lambda url: {
            "body": models.AuroraCreateRequest(
                image="https://example.com/face.jpg",
                audio="https://example.com/song.mp3",
                webhook_url=url,
            )
        },
        models.JobVideoOutputWebhookPayload,
    ),
    "link_to_videos_preview_list_async_create": (
        link_to_videos_preview_list_async_create,
        lambda url: {
            "body": models.LinkToVideoPreviewListRequest(
                link=LINK_ID, visual_styles=["FullScreenTemplate"], webhook_url=url
            )
        },
        models.PreviewListWebhookPayload,
    ),
    "product_to_videos_gen_image_create": (
        product_to_videos_gen_image_create,
        lambda url: {
            "body": models.ProductToVideoGenImageRequest(
                product_url="https://example.com/product.jpg", webhook_url=url
            )
        },
        models.ProductToVideoWebhookPayload,
    ),
}


@pytest.mark.parametrize("name", sorted(WEBHOOK_CALLS))
def test_mock_calls_the_webhook_with_a_documented_payload(
    name: str, mock_base_url: str, auth_headers: dict[str, str], webhook_receiver: WebhookReceiver
) -> None:
    """The layer's delivery reaches `webhook_url` and parses into the callback's model (Prism
    is given the spec without callbacks: it used to send their example as well)."""
    module, kwargs, payload_model = WEBHOOK_CALLS[name]
    with make_client(mock_base_url, auth_headers, {}) as client:
        response = module.sync_detailed(client=client, **kwargs(webhook_receiver.url))
    assert response.status_code < 300, response.content
    payload = payload_model.from_dict(webhook_receiver.received.get(timeout=10))
    assert payload.id and payload.status
