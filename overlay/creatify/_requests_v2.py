"""Validated request bodies of AI Avatar v2, text-to-speech and Aurora.

Every check runs before a request exists; each failure is an `InvalidInputError` naming
the field by its path in the JSON body (`video_inputs[1].voice.input_text`) and the rule.
Scenes come as `creatify.scenes` types or plain dicts; both are turned into their JSON form
(`scenes.wire`), checked, and handed to the generated request models' `from_dict`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

import attrs
from creatify_api import models
from typing_extensions import Required, TypedDict

from ._constants import (
    AURORA_GUIDANCE_RANGE,
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    MAX_TTS_SCRIPT_LENGTH,
    MAX_V2_AVATAR_ID_LENGTH,
    MAX_V2_TEXT_LENGTH,
    MAX_WEBHOOK_URL_LENGTH,
    V2_SCALE_RANGE,
    VOLUME_RANGE,
)
from ._exceptions import InvalidInputError
from ._requests import _check_unknown, _unset
from ._validation import (
    check_bool,
    check_choice,
    check_number,
    check_optional_text,
    check_optional_url,
    check_text,
    check_url,
)
from .scenes import Music, Scene, wire


class LipsyncV2Options(TypedDict, total=False):
    """The body of an AI Avatar v2 task: one or more scenes."""

    video_inputs: Required[Sequence[Scene | Mapping[str, Any]]]
    """The scenes, in order (`creatify.Scene` or dicts with the API's field names)."""
    aspect_ratio: str | models.AspectRatio | None
    """`9x16` (the default), `16x9` or `1x1`; `9:16` etc. are sent as `9x16`."""
    background_music: Music | Mapping[str, Any] | None
    cta_end: Mapping[str, Any] | None
    """A call to action at the end (`cta_background`, `cta_logo`, `cta_caption`)."""
    webhook_url: str | None
    """Called when the task ends; an http(s) URL of at most 200 characters."""
    name: str | None
    model_version: str | models.ModelVersion | None
    """`standard` (default), `aurora_v1` or `aurora_v1_fast`."""


class TextToSpeechOptions(TypedDict, total=False):
    """The body of a text-to-speech task."""

    script: Required[str]
    """The text to speak, up to 8,000 characters."""
    accent: str | uuid.UUID | None
    """A voice accent id (`client.voices.find_accent(...)`)."""
    name: str | None
    webhook_url: str | None


class AuroraOptions(TypedDict, total=False):
    """The body of an Aurora task: a photo and an audio clip become a talking video."""

    image: Required[str]
    """URL of a PNG, JPEG or WebP image."""
    audio: Required[str]
    """URL of an MP3 or WAV file, at most 60 seconds."""
    name: str | None
    text_prompt: str | None
    """Style, scene, camera, mood and motion hints."""
    prompt_guidance_scale: float | None
    """From 0 to 10 (default 1): how closely to follow `text_prompt`."""
    model_version: str | models.AuroraModelVersion | None
    """`aurora_v1` (default) or `aurora_v1_fast` (half the credits)."""
    webhook_url: str | None


# ---------------------------------------------------------------- shared rules


def _wire_names(model: type) -> set[str]:
    """The JSON names of a generated model's fields (`type_` is `type`)."""
    names = {a.name for a in attrs.fields(model)} - {"additional_properties"}
    return {name.rstrip("_") for name in names}


def _object(path: str, raw: Any, model: type) -> dict[str, Any]:
    """`raw` as a dict whose keys are all fields of `model` (a typo is an error, not
    silently ignored as the service would)."""
    value = wire(raw)
    if not isinstance(value, Mapping):
        raise InvalidInputError(path, f"must be an object (a dict), got {type(raw).__name__}")
    known = _wire_names(model)
    unknown = sorted(str(key) for key in value if key not in known)
    if unknown:
        raise InvalidInputError(
            f"{path}.{unknown[0]}", f"is not a field here; known: {', '.join(sorted(known))}"
        )
    return {key: item for key, item in value.items() if item is not None}


def _id_text(path: str, value: object, max_length: int) -> str:
    text = str(value) if isinstance(value, uuid.UUID) else value
    return check_text(path, text, max_length=max_length, required=True)


def _choice(path: str, value: object, choices: type[Enum]) -> str:
    return str(check_choice(path, value, choices).value)


def _offset(path: str, value: Any) -> dict[str, float]:
    if isinstance(value, (tuple, list)):
        if len(value) != 2:
            raise InvalidInputError(path, f"must be (x, y), got {len(value)} values")
        value = {"x": value[0], "y": value[1]}
    raw = _object(path, value, models.Offset)
    return {axis: check_number(f"{path}.{axis}", raw[axis]) for axis in raw}


def _volume(path: str, value: object) -> float:
    low, high = VOLUME_RANGE
    return check_number(path, value, low=low, high=high)


def _mapping(path: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidInputError(path, f"must be an object (a dict), got {type(value).__name__}")
    return dict(wire(value))


def _optional_texts(path: str, raw: dict[str, Any], names: Sequence[str]) -> dict[str, str]:
    return {
        name: check_text(f"{path}.{name}", raw[name], max_length=MAX_NAME_LENGTH)
        for name in names
        if name in raw
    }


def _common(raw: dict[str, Any]) -> dict[str, Any]:
    """`name` and `webhook_url`, which every create here takes."""
    return {
        "name": check_optional_text("name", raw.get("name"), max_length=MAX_NAME_LENGTH),
        "webhook_url": check_optional_url(
            "webhook_url", raw.get("webhook_url"), max_length=MAX_WEBHOOK_URL_LENGTH
        ),
    }


# ---------------------------------------------------------------- AI Avatar v2


def _character(path: str, value: Any) -> dict[str, Any]:
    raw = _object(path, value, models.V2Character)
    if "avatar_id" not in raw:
        raise InvalidInputError(f"{path}.avatar_id", "is required (a persona id)")
    out: dict[str, Any] = {
        "avatar_id": _id_text(f"{path}.avatar_id", raw["avatar_id"], MAX_V2_AVATAR_ID_LENGTH)
    }
    if "type" in raw:
        out["type"] = _choice(f"{path}.type", raw["type"], models.V2CharacterType)
    if "avatar_style" in raw:
        out["avatar_style"] = _choice(
            f"{path}.avatar_style", raw["avatar_style"], models.V2CharacterAvatarStyle
        )
    if "scale" in raw:
        low, high = V2_SCALE_RANGE
        out["scale"] = check_number(
            f"{path}.scale", raw["scale"], low=low, high=high, open_low=True, open_high=True
        )
    if "offset" in raw:
        out["offset"] = _offset(f"{path}.offset", raw["offset"])
    if "hidden" in raw:
        out["hidden"] = check_bool(f"{path}.hidden", raw["hidden"])
    return out


def _voice(path: str, value: Any) -> dict[str, Any]:
    raw = _object(path, value, models.V2Voice)
    kind = _choice(f"{path}.type", raw.get("type", "text"), models.V2VoiceType)
    out: dict[str, Any] = {"type": kind}
    source, other = (
        ("input_text", "input_audio") if kind == "text" else ("input_audio", "input_text")
    )
    if source not in raw:
        raise InvalidInputError(f"{path}.{source}", f"is required with type {kind!r}")
    if other in raw:
        raise InvalidInputError(f"{path}.{other}", f"does not go with type {kind!r}")
    if kind == "text":
        out["input_text"] = check_text(
            f"{path}.input_text", raw["input_text"], max_length=MAX_V2_TEXT_LENGTH, required=True
        )
    else:
        out["input_audio"] = check_url(f"{path}.input_audio", raw["input_audio"])
    if "voice_id" in raw:
        out["voice_id"] = _id_text(f"{path}.voice_id", raw["voice_id"], MAX_NAME_LENGTH)
    if "volume" in raw:
        out["volume"] = _volume(f"{path}.volume", raw["volume"])
    if "duration" in raw:
        out["duration"] = check_number(f"{path}.duration", raw["duration"], low=0, open_low=True)
    return out


def _background(path: str, value: Any) -> dict[str, Any]:
    raw = _object(path, value, models.V2Background)
    if "url" not in raw:
        raise InvalidInputError(f"{path}.url", "is required (the image or video URL)")
    out: dict[str, Any] = {"url": check_url(f"{path}.url", raw["url"])}
    if "type" in raw:
        out["type"] = _choice(f"{path}.type", raw["type"], models.V2BackgroundType)
    if "fit" in raw:
        out["fit"] = _choice(f"{path}.fit", raw["fit"], models.V2BackgroundFit)
        if out["fit"] == "contain" and out.get("type") == "video":
            raise InvalidInputError(f"{path}.fit", "`contain` is for image backgrounds only")
    if "effect" in raw:
        out["effect"] = _choice(f"{path}.effect", raw["effect"], models.V2BackgroundEffect)
    return out


CAPTION_TEXTS = (
    "style",
    "font_family",
    "font_style",
    "background_color",
    "text_color",
    "highlight_text_color",
    "text_shadow",
)


def _caption(path: str, value: Any) -> dict[str, Any]:
    raw = _object(path, value, models.CaptionSetting)
    out: dict[str, Any] = _optional_texts(path, raw, CAPTION_TEXTS)
    if "offset" in raw:
        out["offset"] = _offset(f"{path}.offset", raw["offset"])
    for name in ("font_size", "max_width", "line_height"):
        if name in raw:
            out[name] = check_number(f"{path}.{name}", raw[name], low=0, open_low=True)
    for name in ("hidden", "override_visual_style"):
        if name in raw:
            out[name] = check_bool(f"{path}.{name}", raw[name])
    return out


def _transition(path: str, value: Any) -> dict[str, Any]:
    raw = _object(path, value, models.TransitionEffect)
    return _optional_texts(path, raw, ("transition_in", "transition_out"))


def scene_body(index: int, scene: Any) -> dict[str, Any]:
    """One checked scene as its JSON object."""
    path = f"video_inputs[{index}]"
    raw = _object(path, scene, models.VideoInput)
    for required in ("character", "voice"):
        if required not in raw:
            raise InvalidInputError(f"{path}.{required}", "is required")
    out: dict[str, Any] = {
        "character": _character(f"{path}.character", raw["character"]),
        "voice": _voice(f"{path}.voice", raw["voice"]),
    }
    parts = {
        "background": _background,
        "caption_setting": _caption,
        "transition_effect": _transition,
        "cta": _mapping,
    }
    for name, check in parts.items():
        if name in raw:
            out[name] = check(f"{path}.{name}", raw[name])
    if "visual_style" in raw:
        out["visual_style"] = check_text(
            f"{path}.visual_style", raw["visual_style"], max_length=MAX_NAME_LENGTH, required=True
        )
    return out


def _music(value: Any) -> models.BackgroundMusic:
    raw = _object("background_music", value, models.BackgroundMusic)
    if "url" not in raw:
        raise InvalidInputError("background_music.url", "is required")
    out: dict[str, Any] = {"url": check_url("background_music.url", raw["url"])}
    if "volume" in raw:
        out["volume"] = _volume("background_music.volume", raw["volume"])
    return models.BackgroundMusic.from_dict(out)


def lipsync_v2_request(options: LipsyncV2Options) -> models.LipsyncV2CreateRequest:
    raw: dict[str, Any] = dict(options)
    _check_unknown(raw, LipsyncV2Options)
    scenes = raw.get("video_inputs")
    if scenes is None:
        raise InvalidInputError("video_inputs", "is required (one scene or more)")
    if isinstance(scenes, (str, bytes, Mapping, Scene)) or not isinstance(scenes, Sequence):
        raise InvalidInputError("video_inputs", "must be a list of scenes")
    if not scenes:
        raise InvalidInputError("video_inputs", "must hold at least one scene")
    body: dict[str, Any] = {
        "video_inputs": [
            models.VideoInput.from_dict(scene_body(i, scene)) for i, scene in enumerate(scenes)
        ],
        **_common(raw),
    }
    if raw.get("aspect_ratio") is not None:
        ratio = check_choice("aspect_ratio", raw["aspect_ratio"], models.AspectRatio)
        # The v2 pages document only the `x` spelling.
        body["aspect_ratio"] = models.AspectRatio(ratio.value.replace(":", "x"))
    if raw.get("model_version") is not None:
        body["model_version"] = check_choice(
            "model_version", raw["model_version"], models.ModelVersion
        )
    if raw.get("background_music") is not None:
        body["background_music"] = _music(raw["background_music"])
    if raw.get("cta_end") is not None:
        body["cta_end"] = models.LipsyncV2CreateRequestCtaEnd.from_dict(
            _mapping("cta_end", raw["cta_end"])
        )
    return models.LipsyncV2CreateRequest(**{k: _unset(v) for k, v in body.items()})


# ---------------------------------------------------------------- text-to-speech and Aurora


def text_to_speech_request(options: TextToSpeechOptions) -> models.TextToSpeechCreateRequest:
    raw: dict[str, Any] = dict(options)
    _check_unknown(raw, TextToSpeechOptions)
    if "script" not in raw:
        raise InvalidInputError("script", "is required (the text to speak)")
    body: dict[str, Any] = {
        "script": check_text(
            "script", raw["script"], max_length=MAX_TTS_SCRIPT_LENGTH, required=True
        ),
        "accent": None
        if raw.get("accent") is None
        else _id_text("accent", raw["accent"], MAX_NAME_LENGTH),
        **_common(raw),
    }
    return models.TextToSpeechCreateRequest(**{k: _unset(v) for k, v in body.items()})


def aurora_request(options: AuroraOptions) -> models.AuroraCreateRequest:
    raw: dict[str, Any] = dict(options)
    _check_unknown(raw, AuroraOptions)
    for name in ("image", "audio"):
        if name not in raw:
            raise InvalidInputError(name, "is required (a URL)")
    body: dict[str, Any] = {
        "image": check_url("image", raw["image"]),
        "audio": check_url("audio", raw["audio"]),
        "text_prompt": check_optional_text(
            "text_prompt", raw.get("text_prompt"), max_length=MAX_TEXT_LENGTH
        ),
        # Given as UNSET unless set: the generated model would send its default of 1.
        "prompt_guidance_scale": None,
        **_common(raw),
    }
    if raw.get("prompt_guidance_scale") is not None:
        low, high = AURORA_GUIDANCE_RANGE
        body["prompt_guidance_scale"] = check_number(
            "prompt_guidance_scale", raw["prompt_guidance_scale"], low=low, high=high
        )
    if raw.get("model_version") is not None:
        body["model_version"] = check_choice(
            "model_version", raw["model_version"], models.AuroraModelVersion
        )
    return models.AuroraCreateRequest(**{k: _unset(v) for k, v in body.items()})
