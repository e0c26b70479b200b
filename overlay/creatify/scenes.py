# Generated from openapi/creatify.yaml by scripts/gen_scenes.py: do not edit.

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
from dataclasses import dataclass
from typing import Any

from ._scene_parts import OffsetLike as OffsetLike
from ._scene_parts import Part
from ._scene_parts import wire as wire


@dataclass(frozen=True)
class Scene(Part):
    """`video_inputs`: one scene of an AI Avatar v2 video."""

    character: Avatar | Mapping[str, Any]
    """The avatar of one scene."""
    voice: TextVoice | AudioVoice | Mapping[str, Any]
    """What the avatar of one scene says."""
    background: Background | Mapping[str, Any] | None = None
    """The background of one scene."""
    caption_setting: Caption | Mapping[str, Any] | None = None
    """Caption look; every field is optional."""
    transition_effect: Transition | Mapping[str, Any] | None = None
    visual_style: str | None = None
    """A visual style id such as `FullAvatar` (the set is not documented)."""
    cta: Mapping[str, Any] | None = None
    """
    Call to action of the scene (`cta_logo`, `cta_caption`, `cta_background_blur`,
    `transition_effect`).
    """


@dataclass(frozen=True)
class Avatar(Part):
    """`character`: the avatar of one scene. Sends `type` `avatar`: Only `avatar` is supported."""

    avatar_id: str | uuid.UUID
    """A persona id (`GET /api/personas/`); at most 50 characters."""
    avatar_style: str | None = None
    """One of `normal`, `circle`."""
    scale: float | None = None
    """Between 0 and 2, both excluded; default 1; more than 0; less than 2."""
    offset: OffsetLike | None = None
    """A position relative to the frame's centre."""
    hidden: bool | None = None
    """Hide the avatar (default false); True or False."""
    _type = "avatar"


@dataclass(frozen=True)
class TextVoice(Part):
    """
    `voice`: what the avatar of one scene says. Sends `type` `text`: `text` (documented:
    "currently only 'text' is supported"); `audio` with `input_audio` is sent by public
    client code only.
    """

    input_text: str
    """The script of the scene, up to 2,000 characters; at most 2000 characters."""
    voice_id: str | uuid.UUID | None = None
    """A voice accent id from `GET /api/voices/`."""
    volume: float | None = None
    """From 0; to 1."""
    duration: float | None = None
    """Seconds (newest documentation only); more than 0."""
    _type = "text"


@dataclass(frozen=True)
class AudioVoice(Part):
    """
    `voice`: what the avatar of one scene says. Sends `type` `audio`: `text` (documented:
    "currently only 'text' is supported"); `audio` with `input_audio` is sent by public
    client code only.
    """

    input_audio: str
    """URL of an audio file, with `type` `audio` (seen in client code only); an http(s) URL."""
    volume: float | None = None
    """From 0; to 1."""
    _type = "audio"


@dataclass(frozen=True)
class Background(Part):
    """`background`: the background of one scene."""

    url: str
    """URL of the image or video; an http(s) URL."""
    type: str = "image"
    """One of `image`, `video`."""
    fit: str | None = None
    """
    `crop` fills the frame; `contain` (images only) fits with a blurred fill; `cover` is
    deprecated (use `crop`); one of `crop`, `contain`, `cover`.
    """
    effect: str | None = None
    """
    An image effect; leave the field out for none; one of `imageSlideLeft`, `imageZoomIn`,
    `imageZoomOut`, `imageWobbling`, `imageThrob`.
    """


@dataclass(frozen=True)
class Caption(Part):
    """`caption_setting`: caption look; every field is optional."""

    style: str | None = None
    """
    A caption style such as `normal-black` (the set grows; see the AI Avatar v1 caption
    styles).
    """
    offset: OffsetLike | None = None
    """A position relative to the frame's centre."""
    font_family: str | None = None
    font_size: float | None = None
    """More than 0."""
    font_style: str | None = None
    """For example `font-bold`."""
    background_color: str | None = None
    text_color: str | None = None
    highlight_text_color: str | None = None
    max_width: float | None = None
    """More than 0."""
    line_height: float | None = None
    """More than 0."""
    text_shadow: str | None = None
    hidden: bool | None = None
    """True or False."""
    override_visual_style: bool | None = None
    """True or False."""


@dataclass(frozen=True)
class Transition(Part):
    """`transition_effect`: every field is optional."""

    transition_in: str | None = None
    """For example `fade`; null for none."""
    transition_out: str | None = None
    """For example `fade`; null for none."""


@dataclass(frozen=True)
class Music(Part):
    """`background_music`: music under the whole video, and its volume."""

    url: str
    """An http(s) URL."""
    volume: float | None = None
    """From 0; to 1."""
