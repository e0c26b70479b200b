"""Scenes of an AI Avatar v2 video, in a readable typed form.

    from creatify import Avatar, Background, Scene, TextVoice

    office = Background("https://example.com/office.jpg")
    video = client.lipsyncs_v2.create_and_wait(
        video_inputs=[
            Scene(Avatar(anna), TextVoice("Hi, I'm Anna.", voice_id=aria), background=office),
            Scene(Avatar(ben, avatar_style="circle"), TextVoice("And I'm Ben.", voice_id=ryan)),
            Scene(Avatar(anna), TextVoice("Let's start.", voice_id=aria), background=office),
        ],
        aspect_ratio="16x9",
    )

Every type names its fields as the API does, so an error about `video_inputs[1].voice.input_text`
points at `TextVoice.input_text` of the second scene. A plain dict with the API's field names
is accepted wherever one of these types is (a whole scene, or one part of it). `voice_id` is a
voice *accent* id: `client.voices.find_accent(voice="Aria", accent="American").id`.
Nothing is checked here: `client.lipsyncs_v2` checks every field before sending.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

OffsetLike = tuple[float, float] | Mapping[str, float]
"""`(x, y)` or `{"x": ..., "y": ...}`: a position relative to the frame's centre."""


def wire(value: Any) -> Any:
    """The JSON form: scene types become dicts (None fields left out), offsets dicts."""
    if isinstance(value, _Part):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {key: wire(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [wire(item) for item in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


class _Part:
    """A scene type: `to_dict()` is its JSON object, with `type` where the API wants one."""

    _type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {} if self._type is None else {"type": self._type}
        for item in fields(self):  # type: ignore[arg-type]
            raw = getattr(self, item.name)
            if raw is None:
                continue
            if item.name == "offset" and isinstance(raw, tuple) and len(raw) == 2:
                raw = {"x": raw[0], "y": raw[1]}
            body[item.name] = wire(raw)
        return body


@dataclass(frozen=True)
class Avatar(_Part):
    """`character`: who speaks in the scene."""

    avatar_id: str | uuid.UUID
    """A persona id (`client.avatars.list()`), at most 50 characters."""
    avatar_style: str | None = None
    """`normal` (the default) or `circle`."""
    scale: float | None = None
    """More than 0 and less than 2; 1 by default."""
    offset: OffsetLike | None = None
    hidden: bool | None = None
    _type = "avatar"


@dataclass(frozen=True)
class TextVoice(_Part):
    """`voice`: the avatar speaks a text (up to 2,000 characters)."""

    input_text: str
    voice_id: str | uuid.UUID | None = None
    """A voice accent id (`client.voices.find_accent(...)`)."""
    volume: float | None = None
    """From 0 to 1."""
    duration: float | None = None
    """Seconds (newest documentation only)."""
    _type = "text"


@dataclass(frozen=True)
class AudioVoice(_Part):
    """`voice`: the avatar lip-syncs an audio file. Not on the vendor's pages (they say
    "currently only 'text' is supported"); public client code sends it."""

    input_audio: str
    """URL of the audio file."""
    volume: float | None = None
    _type = "audio"


@dataclass(frozen=True)
class Background(_Part):
    """`background`: an image (the default) or a video behind the avatar."""

    url: str
    type: str = "image"
    """`image` or `video`."""
    fit: str | None = None
    """`crop` (fill the frame), `contain` (images only: fit, blurred fill) or `cover`
    (deprecated: use `crop`)."""
    effect: str | None = None
    """`imageSlideLeft`, `imageZoomIn`, `imageZoomOut`, `imageWobbling` or `imageThrob`."""


@dataclass(frozen=True)
class Caption(_Part):
    """`caption_setting`: how the scene's captions look; every field is optional."""

    style: str | None = None
    """A caption style such as `normal-black` (see the AI Avatar v1 caption styles)."""
    offset: OffsetLike | None = None
    font_family: str | None = None
    font_size: float | None = None
    font_style: str | None = None
    background_color: str | None = None
    text_color: str | None = None
    highlight_text_color: str | None = None
    max_width: float | None = None
    line_height: float | None = None
    text_shadow: str | None = None
    hidden: bool | None = None
    """True: no captions in this scene."""
    override_visual_style: bool | None = None


@dataclass(frozen=True)
class Transition(_Part):
    """`transition_effect`: how the scene comes in and goes out, e.g. `fade`."""

    transition_in: str | None = None
    transition_out: str | None = None


@dataclass(frozen=True)
class Scene(_Part):
    """One entry of `video_inputs`: an avatar, what it says, and how the scene looks."""

    character: Avatar | Mapping[str, Any]
    voice: TextVoice | AudioVoice | Mapping[str, Any]
    background: Background | Mapping[str, Any] | None = None
    caption_setting: Caption | Mapping[str, Any] | None = None
    transition_effect: Transition | Mapping[str, Any] | None = None
    visual_style: str | None = None
    """A visual style id such as `FullAvatar` (the vendor does not list them)."""
    cta: Mapping[str, Any] | None = None
    """A call to action (`cta_logo`, `cta_caption`, `cta_background_blur`,
    `transition_effect`), as the API's JSON object."""


@dataclass(frozen=True)
class Music(_Part):
    """`background_music` of the whole video."""

    url: str
    volume: float | None = None
    """From 0 to 1 (the vendor's example uses 0.2)."""
