"""AI Avatar v2: scenes (typed and dicts), every check before sending, statuses and outputs.

The transport is scripted (httpx.MockTransport) so that each test can count requests and
read the exact body sent; the same flows run against the mock in test_avatar_v2_against_mock.py.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import pytest
from creatify import (
    AudioVoice,
    Avatar,
    Background,
    Caption,
    InvalidInputError,
    LipsyncV2Failed,
    LipsyncV2Rejected,
    Music,
    Scene,
    TextVoice,
    Transition,
)

from tests.overlay.helpers import (
    CREATOR_ID,
    LIPSYNC_ID,
    Script,
    async_client,
    json_response,
    sync_client,
)
from tests.overlay.products_helpers import Both

VOICE = "6f3c2a52-8d5e-4f0a-9c1b-2b8f7a9d4e11"
OTHER_AVATAR = "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60"


def task(status: str, **extra: Any) -> dict[str, Any]:
    return {"id": LIPSYNC_ID, "status": status, **extra}


def scene(text: str = "Hello", **voice: Any) -> Scene:
    return Scene(Avatar(CREATOR_ID), TextVoice(text, voice_id=VOICE, **voice))


def sent_body(script: Script) -> dict[str, Any]:
    return json.loads(script.requests[0].content)  # type: ignore[no-any-return]


def test_three_scenes_two_avatars_are_sent_as_the_api_documents() -> None:
    """The typed form becomes the documented JSON: types, names, offsets, the `x` ratio."""
    office = Background("https://example.com/office.jpg", fit="crop", effect="imageZoomIn")
    script = Script([json_response(201, task("pending"))])
    sync_client(script).lipsyncs_v2.create(
        video_inputs=[
            Scene(
                Avatar(CREATOR_ID), TextVoice("Hi, I'm Anna.", voice_id=VOICE), background=office
            ),
            Scene(
                Avatar(OTHER_AVATAR, avatar_style="circle", scale=0.5, offset=(0.2, -0.1)),
                TextVoice("And I'm Ben.", voice_id=VOICE, volume=0.8),
                caption_setting=Caption(style="normal-black", offset=(0, 0.4), font_size=70),
                transition_effect=Transition("fade", "fade"),
                visual_style="FullAvatar",
            ),
            Scene(Avatar(CREATOR_ID), TextVoice("Let's start.", voice_id=VOICE), background=office),
        ],
        aspect_ratio="16:9",
        background_music=Music("https://example.com/music.mp3", volume=0.2),
        name="intro",
        model_version="aurora_v1_fast",
    )
    body = sent_body(script)
    assert script.requests[0].url.path == "/api/lipsyncs_v2/"
    assert body["aspect_ratio"] == "16x9"
    assert body["background_music"] == {"url": "https://example.com/music.mp3", "volume": 0.2}
    assert [s["character"]["avatar_id"] for s in body["video_inputs"]] == [
        CREATOR_ID,
        OTHER_AVATAR,
        CREATOR_ID,
    ]
    second = body["video_inputs"][1]
    assert second["character"] == {
        "type": "avatar",
        "avatar_id": OTHER_AVATAR,
        "avatar_style": "circle",
        "scale": 0.5,
        "offset": {"x": 0.2, "y": -0.1},
    }
    assert second["voice"] == {
        "type": "text",
        "input_text": "And I'm Ben.",
        "voice_id": VOICE,
        "volume": 0.8,
    }
    assert second["caption_setting"] == {
        "style": "normal-black",
        "offset": {"x": 0, "y": 0.4},
        "font_size": 70,
    }
    assert second["transition_effect"] == {"transition_in": "fade", "transition_out": "fade"}
    assert second["visual_style"] == "FullAvatar"
    assert body["video_inputs"][0]["background"] == {
        "type": "image",
        "url": "https://example.com/office.jpg",
        "fit": "crop",
        "effect": "imageZoomIn",
    }


def test_plain_dicts_send_the_same_body_as_the_typed_form() -> None:
    """A scene (or one part of it) may be a dict with the API's field names."""
    typed = Script([json_response(201, task("pending"))])
    plain = Script([json_response(201, task("pending"))])
    cta = {"cta_background_blur": False, "transition_effect": {"transition_in": None}}
    sync_client(typed).lipsyncs_v2.create(
        video_inputs=[
            Scene(
                Avatar(CREATOR_ID),
                TextVoice("Hello", voice_id=VOICE),
                background=Background("https://e.com/b.mp4", type="video"),
                cta=cta,
            )
        ],
        cta_end={"cta_logo": {"url": "https://e.com/logo.png", "scale": 0.5}},
    )
    sync_client(plain).lipsyncs_v2.create(
        video_inputs=[
            {
                "character": {"type": "avatar", "avatar_id": CREATOR_ID},
                "voice": {"type": "text", "input_text": "Hello", "voice_id": VOICE},
                "background": {"type": "video", "url": "https://e.com/b.mp4"},
                "cta": cta,
            }
        ],
        cta_end={"cta_logo": {"url": "https://e.com/logo.png", "scale": 0.5}},
    )
    assert sent_body(typed) == sent_body(plain)
    assert sent_body(plain)["cta_end"] == {
        "cta_logo": {"url": "https://e.com/logo.png", "scale": 0.5}
    }
    assert sent_body(plain)["video_inputs"][0]["cta"]["cta_background_blur"] is False


def test_an_audio_voice_is_sent_with_its_url() -> None:
    """`AudioVoice` sends type `audio` and `input_audio` (seen in client code only)."""
    script = Script([json_response(201, task("pending"))])
    sync_client(script).lipsyncs_v2.create(
        video_inputs=[Scene(Avatar(CREATOR_ID), AudioVoice("https://e.com/a.mp3"))]
    )
    assert sent_body(script)["video_inputs"][0]["voice"] == {
        "type": "audio",
        "input_audio": "https://e.com/a.mp3",
    }


BAD_OPTIONS: list[tuple[str, dict[str, Any], str, str]] = [
    ("no scenes", {"video_inputs": []}, "video_inputs", "at least 1 item"),
    ("scenes missing", {}, "video_inputs", "required"),
    ("one scene, not a list", {"video_inputs": scene()}, "video_inputs", "must be a list"),
    ("scene not an object", {"video_inputs": ["hello"]}, "video_inputs[0]", "object"),
    (
        "text too long",
        {"video_inputs": [scene(), scene("x" * 2001)]},
        "video_inputs[1].voice.input_text",
        "at most 2000 characters",
    ),
    (
        "empty text",
        {"video_inputs": [scene("   ")]},
        "video_inputs[0].voice.input_text",
        "must not be empty",
    ),
    (
        "no avatar",
        {"video_inputs": [{"voice": {"input_text": "Hi"}}]},
        "video_inputs[0].character",
        "required",
    ),
    (
        "no avatar id",
        {"video_inputs": [{"character": {"scale": 1}, "voice": {"input_text": "Hi"}}]},
        "video_inputs[0].character.avatar_id",
        "required",
    ),
    (
        "avatar id too long",
        {"video_inputs": [Scene(Avatar("a" * 51), TextVoice("Hi"))]},
        "video_inputs[0].character.avatar_id",
        "at most 50",
    ),
    (
        "scale 0",
        {"video_inputs": [Scene(Avatar(CREATOR_ID, scale=0), TextVoice("Hi"))]},
        "video_inputs[0].character.scale",
        "more than 0 and less than 2",
    ),
    (
        "scale 2",
        {"video_inputs": [scene(), Scene(Avatar(CREATOR_ID, scale=2.0), TextVoice("Hi"))]},
        "video_inputs[1].character.scale",
        "less than 2",
    ),
    (
        "scale not a number",
        {"video_inputs": [Scene(Avatar(CREATOR_ID, scale="big"), TextVoice("Hi"))]},  # type: ignore[arg-type]
        "video_inputs[0].character.scale",
        "must be a number",
    ),
    (
        "avatar style",
        {"video_inputs": [Scene(Avatar(CREATOR_ID, avatar_style="square"), TextVoice("Hi"))]},
        "video_inputs[0].character.avatar_style",
        "normal, circle",
    ),
    (
        "character type",
        {
            "video_inputs": [
                {"character": {"type": "robot", "avatar_id": "a"}, "voice": {"input_text": "Hi"}}
            ]
        },
        "video_inputs[0].character.type",
        "avatar",
    ),
    (
        "fit",
        {
            "video_inputs": [
                Scene(
                    Avatar(CREATOR_ID),
                    TextVoice("Hi"),
                    background=Background("https://e.com/b.jpg", fit="stretch"),
                )
            ]
        },
        "video_inputs[0].background.fit",
        "crop, contain, cover",
    ),
    (
        "contain on a video",
        {
            "video_inputs": [
                Scene(
                    Avatar(CREATOR_ID),
                    TextVoice("Hi"),
                    background=Background("https://e.com/b.mp4", type="video", fit="contain"),
                )
            ]
        },
        "video_inputs[0].background.fit",
        "image backgrounds only",
    ),
    (
        "background type",
        {
            "video_inputs": [
                Scene(
                    Avatar(CREATOR_ID),
                    TextVoice("Hi"),
                    background=Background("https://e.com/b.gif", type="gif"),
                )
            ]
        },
        "video_inputs[0].background.type",
        "image, video",
    ),
    (
        "background url",
        {
            "video_inputs": [
                Scene(Avatar(CREATOR_ID), TextVoice("Hi"), background=Background("file:///b.jpg"))
            ]
        },
        "video_inputs[0].background.url",
        "http(s) URL",
    ),
    (
        "background effect",
        {
            "video_inputs": [
                Scene(
                    Avatar(CREATOR_ID),
                    TextVoice("Hi"),
                    background=Background("https://e.com/b.jpg", effect="spin"),
                )
            ]
        },
        "video_inputs[0].background.effect",
        "imageSlideLeft",
    ),
    (
        "volume",
        {"video_inputs": [scene(volume=1.5)]},
        "video_inputs[0].voice.volume",
        "at most 1",
    ),
    (
        "a typo in a dict",
        {"video_inputs": [{"character": {"avatar_id": "a"}, "voice": {"text": "Hi"}}]},
        "video_inputs[0].voice.text",
        "not a field here",
    ),
    (
        "text with an audio voice",
        {
            "video_inputs": [
                {
                    "character": {"avatar_id": "a"},
                    "voice": {
                        "type": "audio",
                        "input_audio": "https://e.com/a.mp3",
                        "input_text": "Hi",
                    },
                }
            ]
        },
        "video_inputs[0].voice.input_text",
        "does not go with type 'audio'",
    ),
    (
        "offset",
        {"video_inputs": [Scene(Avatar(CREATOR_ID, offset=(0, 0, 1)), TextVoice("Hi"))]},  # type: ignore[arg-type]
        "video_inputs[0].character.offset",
        "(x, y)",
    ),
    (
        "caption font size",
        {
            "video_inputs": [
                Scene(Avatar(CREATOR_ID), TextVoice("Hi"), caption_setting=Caption(font_size=-1))
            ]
        },
        "video_inputs[0].caption_setting.font_size",
        "more than 0",
    ),
    (
        "caption hidden",
        {
            "video_inputs": [
                Scene(Avatar(CREATOR_ID), TextVoice("Hi"), caption_setting={"hidden": "yes"})
            ]
        },
        "video_inputs[0].caption_setting.hidden",
        "True or False",
    ),
    (
        "aspect ratio",
        {"video_inputs": [scene()], "aspect_ratio": "4:3"},
        "aspect_ratio",
        "9x16",
    ),
    (
        "model version",
        {"video_inputs": [scene()], "model_version": "turbo"},
        "model_version",
        "aurora_v1_fast",
    ),
    (
        "webhook scheme",
        {"video_inputs": [scene()], "webhook_url": "ftp://e.com/hook"},
        "webhook_url",
        "http(s) URL",
    ),
    (
        "webhook length",
        {"video_inputs": [scene()], "webhook_url": "https://e.com/" + "h" * 190},
        "webhook_url",
        "at most 200",
    ),
    (
        "music volume",
        {"video_inputs": [scene()], "background_music": Music("https://e.com/m.mp3", volume=-0.1)},
        "background_music.volume",
        "at least 0",
    ),
    (
        "unknown option",
        {"video_inputs": [scene()], "scenes": []},
        "scenes",
        "not a field",
    ),
    # The free-form objects (cta, cta_end): only what JSON can carry, not json.dumps's error.
    *(
        (
            f"cta_end {value!r}",
            {"video_inputs": [scene()], "cta_end": {"a": [value]}},
            "cta_end.a[0]",
            rule,
        )
        for value, rule in [
            (float("nan"), "finite"),
            (float("inf"), "finite"),
            (Decimal("NaN"), "finite"),
            (datetime.date(2026, 1, 1), "must be JSON"),
            ({1}, "must be JSON"),
            (b"x", "must be JSON"),
        ]
    ),
]


@pytest.mark.parametrize(
    ("options", "field", "rule"),
    [case[1:] for case in BAD_OPTIONS],
    ids=[case[0] for case in BAD_OPTIONS],
)
def test_bad_input_is_refused_before_any_request(
    options: dict[str, Any], field: str, rule: str
) -> None:
    """Each rule: an InvalidInputError naming the path and the rule; nothing is sent."""
    script = Script([json_response(201, task("pending"))])
    client = sync_client(script)
    for method in (client.lipsyncs_v2.create, client.lipsyncs_v2.preview):
        with pytest.raises(InvalidInputError) as info:
            method(**options)
        assert info.value.field == field
        assert rule in info.value.rule
        assert str(info.value).startswith(f"{field}: ")
    assert script.count == 0


@pytest.mark.parametrize(
    ("options", "field", "rule"),
    [case[1:] for case in BAD_OPTIONS[:6]],
    ids=[case[0] for case in BAD_OPTIONS[:6]],
)
async def test_async_checks_the_same_rules(options: dict[str, Any], field: str, rule: str) -> None:
    """AsyncCreatify runs the same checks before sending."""
    script = Script([json_response(201, task("pending"))])
    async with async_client(script) as client:
        with pytest.raises(InvalidInputError) as info:
            await client.lipsyncs_v2.create_and_wait(**options)
    assert (info.value.field, rule in info.value.rule) == (field, True)
    assert script.count == 0


def test_render_takes_a_uuid() -> None:
    """`render` checks the id before sending."""
    script = Script([json_response(200, task("pending"))])
    with pytest.raises(InvalidInputError, match="id: must be a UUID"):
        sync_client(script).lipsyncs_v2.render("not-an-id")
    assert script.count == 0


def test_wait_goes_through_the_documented_statuses() -> None:
    """pending, in_queue, running (progress as a string or a number), done with `output`;
    timestamps with offsets and microseconds parse."""
    seen: list[tuple[str | None, float | None]] = []
    stamps = {
        "created_at": "2025-05-30T04:11:05.449603-07:00",
        "updated_at": "2023-11-07T05:31:56Z",
    }
    script = Script(
        [
            json_response(200, task("pending", progress=0, **stamps)),
            json_response(200, task("in_queue", progress="0", **stamps)),
            json_response(200, task("running", progress="0.45", **stamps)),
            json_response(
                200, task("done", progress=1, output="https://cdn.e.com/v.mp4", **stamps)
            ),
        ]
    )
    done = sync_client(script).lipsyncs_v2.wait(
        LIPSYNC_ID, on_update=lambda u: seen.append((u.status, u.progress))
    )
    assert done.output == "https://cdn.e.com/v.mp4"
    assert seen == [("pending", 0.0), ("in_queue", 0.0), ("running", 0.45), ("done", 1.0)]
    assert done.created_at.utcoffset().total_seconds() == -7 * 3600  # type: ignore[union-attr]
    assert done.created_at.microsecond == 449603  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("status", "error"), [("failed", LipsyncV2Failed), ("rejected", LipsyncV2Rejected)]
)
def test_failed_and_rejected_end_the_wait(status: str, error: type[Exception]) -> None:
    """Both end the wait with their exception and the service's reason."""
    script = Script([json_response(200, task(status, failed_reason="Bad script."))])
    with pytest.raises(error, match="Bad script") as info:
        sync_client(script).lipsyncs_v2.wait(LIPSYNC_ID)
    assert info.value.job_id == LIPSYNC_ID  # type: ignore[attr-defined]
    assert issubclass(LipsyncV2Rejected, LipsyncV2Failed)


def test_create_multi_avatar_warns_and_names_lipsyncs_v2(both: Both) -> None:
    """The vendor deprecated `multi_avatar` for v2: the call still works against the mock
    and warns, naming the replacement."""
    scene = {
        "character": {"type": "avatar", "avatar_id": "18fccce8-86e7-5f31-abc8-18915cb872be"},
        "voice": {
            "type": "text",
            "input_text": "Hello",
            "voice_id": "6f3c2a52-8d5e-4f0a-9c1b-2b8f7a9d4e11",
        },
    }
    with pytest.warns(DeprecationWarning, match="lipsyncs_v2"):
        task = both("lipsyncs.create_multi_avatar", video_inputs=[scene])
    assert task.status in ("pending", "in_queue", "running", "done")
