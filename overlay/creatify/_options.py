"""Request options and the rules of their fields, by request body of the spec.

Generated from openapi/creatify.yaml by scripts/gen_options.py (`make regenerate`);
do not edit. `SCHEMA_FIELDS[schema]` and `OPERATION_FIELDS[operation_id]` give each
body's `FieldSpec`s (JSON name, Python type, choices, required, help); the `TypedDict`s
are the keyword arguments the namespaces take. `_validation.check_object` checks them.
"""

# ruff: noqa: E501

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from creatify_api import models
from typing_extensions import Required, TypedDict

from ._validation import FieldSpec
from .scenes import Music, Scene

# ---------------------------------------------------------------- field rules


PERSONA_UPLOAD_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "gender",
        str,
        choices=("m", "f", "nb"),
        enum=models.Gender,
        required=True,
        description="`m` (male), `f` (female) or `nb` (non-binary).",
    ),
    FieldSpec(
        "creator_name",
        str,
        required=True,
        description="Name of the persona, used to identify the real person, not for display.",
        min_length=1,
        max_length=255,
        cli_name="--name",
    ),
    FieldSpec(
        "video_scene",
        str,
        description="A word to describe the background setting, e.g. `office`.",
        max_length=255,
        cli_name="--scene",
    ),
    FieldSpec("keywords", str, description="Keywords, comma separated.", max_length=255),
    FieldSpec(
        "labels",
        list,
        description="Labels for the avatar.",
        cli_name="--label",
        items=FieldSpec("labels", str, max_length=255),
    ),
    FieldSpec(
        "webhook_url",
        str,
        description="Called when the avatar is created.",
        format="uri",
        max_length=200,
    ),
    FieldSpec(
        "gdown_url", str, description="A Google Drive URL of the training video.", format="uri"
    ),
    FieldSpec(
        "original_voice_provider",
        str,
        choices=("elevenlabs", "minimax", "fishaudio"),
        enum=models.OriginalVoiceProvider,
        description="The provider of the avatar's original voice (the vendor's default `elevenlabs`).",
        default="elevenlabs",
    ),
)


PERSONA_URL_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "gender",
        str,
        choices=("m", "f", "nb"),
        enum=models.Gender,
        required=True,
        description="`m` (male), `f` (female) or `nb` (non-binary).",
    ),
    FieldSpec(
        "creator_name",
        str,
        required=True,
        description="Name of the persona, used to identify the real person, not for display.",
        min_length=1,
        max_length=255,
        cli_name="--name",
    ),
    FieldSpec(
        "video_scene",
        str,
        description="A word to describe the background setting, e.g. `office`.",
        max_length=255,
        cli_name="--scene",
    ),
    FieldSpec("keywords", str, description="Keywords, comma separated.", max_length=255),
    FieldSpec("lipsync_input", str, description="Public URL of the training video.", format="uri"),
    FieldSpec("consent_video", str, description="Public URL of the consent video.", format="uri"),
    FieldSpec("labels", list, cli_name="--label", items=FieldSpec("labels", str, max_length=255)),
    FieldSpec(
        "webhook_url",
        str,
        description="Called when the avatar is created.",
        format="uri",
        max_length=200,
    ),
    FieldSpec(
        "gdown_url",
        str,
        description="A Google Drive URL of the training video, instead of `lipsync_input`.",
        format="uri",
    ),
    FieldSpec(
        "original_voice_provider",
        str,
        choices=("elevenlabs", "minimax", "fishaudio"),
        enum=models.OriginalVoiceProvider,
        description="The provider of the avatar's original voice (the vendor's default `elevenlabs`).",
        default="elevenlabs",
    ),
)


LIPSYNC_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "creator",
        str,
        required=True,
        description="The persona's id.",
        format="uuid",
        cli_name="--avatar",
    ),
    FieldSpec(
        "text",
        str,
        description="The script the persona speaks.",
        min_length=1,
        max_length=3600,
        cli_file=True,
    ),
    FieldSpec(
        "audio",
        str,
        description="URL of an audio file the persona lip-syncs to, instead of a text.",
        format="uri",
    ),
    FieldSpec("name", str, max_length=255),
    FieldSpec(
        "aspect_ratio",
        str,
        choices=("16:9", "1:1", "9:16", "16x9", "1x1", "9x16"),
        enum=models.AspectRatio,
        description="The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`).",
    ),
    FieldSpec("accent", str, description="A voice accent id from `GET /api/voices/`."),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
    FieldSpec("green_screen", bool, description="Put the avatar on a green screen."),
    FieldSpec("transparent_background", bool, description="A transparent background."),
    FieldSpec("no_caption", bool, description="No captions."),
    FieldSpec("no_music", bool, description="No background music."),
    FieldSpec("caption_style", str, description="For example `normal-black`."),
    FieldSpec(
        "caption_position",
        str,
        choices=("center",),
        enum=models.LipsyncCreateRequestCaptionPosition,
        description="Where the caption goes; only `center` for now.",
    ),
    FieldSpec(
        "caption_offset_x",
        str,
        description="A decimal string from -0.5 to 0.5.",
        pattern="^-?\\d*\\.?\\d+$",
    ),
    FieldSpec(
        "caption_offset_y",
        str,
        description="A decimal string from -0.5 to 0.5.",
        pattern="^-?\\d*\\.?\\d+$",
    ),
    FieldSpec(
        "background_asset_image_url",
        str,
        description="URL of a background image.",
        format="uri",
        max_length=1024,
    ),
    FieldSpec(
        "model_version",
        str,
        choices=("standard", "aurora_v1", "aurora_v1_fast"),
        enum=models.ModelVersion,
        description="The lipsync model; `standard` is the default, the `aurora_*` models cost more.",
        default="standard",
        cli_name="--model",
    ),
)


OFFSET: tuple[FieldSpec, ...] = (
    FieldSpec("x", float),
    FieldSpec("y", float),
)


V2_CHARACTER: tuple[FieldSpec, ...] = (
    FieldSpec(
        "type",
        str,
        choices=("avatar",),
        enum=models.V2CharacterType,
        description="Only `avatar` is supported.",
        default="avatar",
    ),
    FieldSpec(
        "avatar_id",
        str,
        required=True,
        description="A persona id (`GET /api/personas/`).",
        min_length=1,
        max_length=50,
    ),
    FieldSpec(
        "avatar_style",
        str,
        choices=("normal", "circle"),
        enum=models.V2CharacterAvatarStyle,
        default="normal",
    ),
    FieldSpec(
        "scale",
        float,
        description="Between 0 and 2, both excluded; default 1.",
        minimum=0,
        maximum=2,
        exclusive_minimum=True,
        exclusive_maximum=True,
        default=1,
    ),
    FieldSpec(
        "offset",
        dict,
        fields=OFFSET,
        schema="Offset",
        description="A position relative to the frame's centre.",
    ),
    FieldSpec("hidden", bool, description="Hide the avatar (default false).", default=False),
)


V2_VOICE: tuple[FieldSpec, ...] = (
    FieldSpec(
        "type",
        str,
        choices=("text", "audio"),
        enum=models.V2VoiceType,
        description="`text` (documented: \"currently only 'text' is supported\"); `audio` with `input_audio` is sent by public client code only.",
        default="text",
    ),
    FieldSpec(
        "input_text",
        str,
        description="The script of the scene, up to 2,000 characters.",
        min_length=1,
        max_length=2000,
    ),
    FieldSpec(
        "input_audio",
        str,
        description="URL of an audio file, with `type` `audio` (seen in client code only).",
        format="uri",
    ),
    FieldSpec(
        "voice_id", str, description="A voice accent id from `GET /api/voices/`.", min_length=1
    ),
    FieldSpec("volume", float, minimum=0, maximum=1),
    FieldSpec(
        "duration",
        float,
        description="Seconds (newest documentation only).",
        minimum=0,
        exclusive_minimum=True,
    ),
)


V2_BACKGROUND: tuple[FieldSpec, ...] = (
    FieldSpec("type", str, choices=("image", "video"), enum=models.V2BackgroundType),
    FieldSpec("url", str, description="URL of the image or video.", format="uri"),
    FieldSpec(
        "fit",
        str,
        choices=("crop", "contain", "cover"),
        enum=models.V2BackgroundFit,
        description="`crop` fills the frame; `contain` (images only) fits with a blurred fill; `cover` is deprecated (use `crop`).",
    ),
    FieldSpec(
        "effect",
        str,
        choices=("imageSlideLeft", "imageZoomIn", "imageZoomOut", "imageWobbling", "imageThrob"),
        enum=models.V2BackgroundEffect,
        description="An image effect; leave the field out for none.",
    ),
)


CAPTION_SETTING: tuple[FieldSpec, ...] = (
    FieldSpec(
        "style",
        str,
        description="A caption style such as `normal-black` (the set grows; see the AI Avatar v1 caption styles).",
    ),
    FieldSpec(
        "offset",
        dict,
        fields=OFFSET,
        schema="Offset",
        description="A position relative to the frame's centre.",
    ),
    FieldSpec("font_family", str),
    FieldSpec("font_size", float, minimum=0, exclusive_minimum=True),
    FieldSpec("font_style", str, description="For example `font-bold`."),
    FieldSpec("background_color", str),
    FieldSpec("text_color", str),
    FieldSpec("highlight_text_color", str),
    FieldSpec("max_width", float, minimum=0, exclusive_minimum=True),
    FieldSpec("line_height", float, minimum=0, exclusive_minimum=True),
    FieldSpec("text_shadow", str),
    FieldSpec("hidden", bool),
    FieldSpec("override_visual_style", bool),
)


TRANSITION_EFFECT: tuple[FieldSpec, ...] = (
    FieldSpec("transition_in", str, description="For example `fade`; null for none."),
    FieldSpec("transition_out", str, description="For example `fade`; null for none."),
)


VIDEO_INPUT: tuple[FieldSpec, ...] = (
    FieldSpec(
        "character",
        dict,
        fields=V2_CHARACTER,
        schema="V2Character",
        required=True,
        description="The avatar of one scene.",
    ),
    FieldSpec(
        "voice",
        dict,
        fields=V2_VOICE,
        schema="V2Voice",
        required=True,
        description="What the avatar of one scene says.",
    ),
    FieldSpec(
        "background",
        dict,
        fields=V2_BACKGROUND,
        schema="V2Background",
        description="The background of one scene.",
    ),
    FieldSpec(
        "caption_setting",
        dict,
        fields=CAPTION_SETTING,
        schema="CaptionSetting",
        description="Caption look; every field is optional.",
    ),
    FieldSpec("transition_effect", dict, fields=TRANSITION_EFFECT, schema="TransitionEffect"),
    FieldSpec(
        "visual_style",
        str,
        description="A visual style id such as `FullAvatar` (the set is not documented).",
        min_length=1,
    ),
    FieldSpec(
        "cta",
        dict,
        description="Call to action of the scene (`cta_logo`, `cta_caption`, `cta_background_blur`, `transition_effect`).",
    ),
)


BACKGROUND_MUSIC: tuple[FieldSpec, ...] = (
    FieldSpec("url", str, format="uri"),
    FieldSpec("volume", float, minimum=0, maximum=1),
)


LIPSYNC_V2_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "video_inputs",
        list,
        required=True,
        description="The scenes of the video, in order.",
        min_items=1,
        items=FieldSpec(
            "video_inputs",
            dict,
            fields=VIDEO_INPUT,
            schema="VideoInput",
            description="One scene of an AI Avatar v2 video.",
        ),
    ),
    FieldSpec(
        "aspect_ratio",
        str,
        choices=("16:9", "1:1", "9:16", "16x9", "1x1", "9x16"),
        enum=models.AspectRatio,
        description="The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`).",
    ),
    FieldSpec(
        "background_music",
        dict,
        fields=BACKGROUND_MUSIC,
        schema="BackgroundMusic",
        description="Music under the whole video, and its volume.",
    ),
    FieldSpec(
        "cta_end",
        dict,
        description="Call to action at the end of the video (`cta_background`, `cta_logo`, `cta_caption`).",
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
    FieldSpec("name", str, max_length=255),
    FieldSpec(
        "model_version",
        str,
        choices=("standard", "aurora_v1", "aurora_v1_fast"),
        enum=models.ModelVersion,
        description="The lipsync model; `standard` is the default, the `aurora_*` models cost more.",
        default="standard",
        cli_name="--model",
    ),
)


TEXT_TO_SPEECH_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "script",
        str,
        required=True,
        description="The text to speak (up to 8,000 characters; older pages say 4,000).",
        min_length=1,
        max_length=8000,
        cli_file=True,
    ),
    FieldSpec(
        "accent", str, description="A voice accent id from `GET /api/voices/`.", min_length=1
    ),
    FieldSpec("name", str, max_length=255),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


AURORA_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "image", str, required=True, description="URL of a PNG, JPEG or WebP image.", format="uri"
    ),
    FieldSpec(
        "audio",
        str,
        required=True,
        description="URL of an MP3 or WAV file, 60 seconds at most.",
        format="uri",
    ),
    FieldSpec("name", str, max_length=255),
    FieldSpec(
        "text_prompt",
        str,
        description="Visual style, scene, camera, mood and motion hints.",
        cli_name="--prompt",
    ),
    FieldSpec(
        "prompt_guidance_scale",
        float,
        description="How closely the video follows `text_prompt`.",
        minimum=0,
        maximum=10,
        default=1,
        cli_name="--guidance",
    ),
    FieldSpec(
        "model_version",
        str,
        choices=("aurora_v1", "aurora_v1_fast"),
        enum=models.AuroraModelVersion,
        description="The Aurora model; `aurora_v1` is the default.",
        default="aurora_v1",
        cli_name="--model",
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


LINK_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "url", str, required=True, description="The product page URL.", format="uri", min_length=1
    ),
)


LINK_PARAMS_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec("title", str, description="The product's name."),
    FieldSpec("description", str, description="The product's description."),
    FieldSpec(
        "image_urls",
        list,
        description="Image URLs of the product (three or more, unless a video is given).",
        cli_name="--image",
        items=FieldSpec("image_urls", str, format="uri"),
    ),
    FieldSpec(
        "video_urls",
        list,
        description="Video URLs of the product.",
        cli_name="--video",
        items=FieldSpec("video_urls", str, format="uri"),
    ),
    FieldSpec(
        "logo_url", str, description="URL of the product's logo.", format="uri", cli_name="--logo"
    ),
)


LINK_TO_VIDEO_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "link",
        str,
        required=True,
        description="The id of a link (`POST /api/links/`).",
        format="uuid",
    ),
    FieldSpec("name", str, max_length=255),
    FieldSpec("target_platform", str, description="For example `Instagram`."),
    FieldSpec("target_audience", str, description="For example `Young Adults`."),
    FieldSpec(
        "language",
        str,
        description="A language code such as `en` (default) or `ar`.",
        min_length=1,
        default="en",
    ),
    FieldSpec("video_length", int, description="Seconds, e.g. 15 or 30.", minimum=1),
    FieldSpec(
        "aspect_ratio",
        str,
        choices=("16:9", "1:1", "9:16", "16x9", "1x1", "9x16"),
        enum=models.AspectRatio,
        description="The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`).",
    ),
    FieldSpec(
        "script_style",
        str,
        description="For example `BenefitsV2` or `DIY`.",
        pattern="^[A-Za-z0-9_-]+$",
    ),
    FieldSpec(
        "visual_style",
        str,
        description="For example `AvatarBubbleTemplate`.",
        pattern="^[A-Za-z0-9_-]+$",
    ),
    FieldSpec(
        "override_avatar",
        str,
        description="A persona id to use instead of the matched one.",
        format="uuid",
        cli_name="--avatar",
    ),
    FieldSpec(
        "override_voice",
        str,
        description="A voice accent id to use instead of the avatar's.",
        min_length=1,
        cli_name="--voice",
    ),
    FieldSpec(
        "override_script",
        str,
        description="A script to use instead of the one the service writes.",
        min_length=1,
        cli_name="--script",
    ),
    FieldSpec(
        "background_music_url",
        str,
        description="URL of the background music; random music if not given.",
        format="uri",
        max_length=255,
    ),
    FieldSpec(
        "background_music_volume",
        float,
        description="Volume of the background music (the visual style's if not given).",
        minimum=0,
        maximum=1,
    ),
    FieldSpec(
        "voiceover_volume", float, description="Volume of the voice-over.", minimum=0, maximum=1
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
    FieldSpec(
        "no_background_music", bool, description="No background music.", cli_name="--no-music"
    ),
    FieldSpec("no_caption", bool, description="No captions."),
    FieldSpec("no_emotion", bool, description="Turn emotion off."),
    FieldSpec("no_cta", bool, description="No call to action."),
    FieldSpec("no_stock_broll", bool, description="No stock B-roll footage."),
    FieldSpec(
        "caption_style", str, description="A caption style name, for example `normal-black`."
    ),
    FieldSpec(
        "caption_offset_x",
        str,
        description="A decimal string from -0.5 to 0.5.",
        pattern="^-?\\d*\\.?\\d+$",
    ),
    FieldSpec(
        "caption_offset_y",
        str,
        description="A decimal string from -0.5 to 0.5.",
        pattern="^-?\\d*\\.?\\d+$",
    ),
    FieldSpec(
        "caption_setting",
        dict,
        fields=CAPTION_SETTING,
        schema="CaptionSetting",
        description="Caption look; every field is optional.",
    ),
    FieldSpec(
        "model_version",
        str,
        choices=("standard", "aurora_v1", "aurora_v1_fast"),
        enum=models.ModelVersion,
        description="The lipsync model; `standard` is the default, the `aurora_*` models cost more.",
        default="standard",
        cli_name="--model",
    ),
)


LINK_TO_VIDEO_PREVIEW_LIST_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "link",
        str,
        required=True,
        description="The id of a link (`POST /api/links/`).",
        format="uuid",
    ),
    FieldSpec("name", str, max_length=255),
    FieldSpec("target_platform", str, description="For example `Instagram`."),
    FieldSpec("target_audience", str, description="For example `Young Adults`."),
    FieldSpec(
        "language",
        str,
        description="A language code such as `en` (default) or `ar`.",
        min_length=1,
        default="en",
    ),
    FieldSpec("video_length", int, description="Seconds, e.g. 15 or 30.", minimum=1),
    FieldSpec(
        "aspect_ratio",
        str,
        choices=("16:9", "1:1", "9:16", "16x9", "1x1", "9x16"),
        enum=models.AspectRatio,
        description="The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`).",
    ),
    FieldSpec(
        "script_style",
        str,
        description="For example `BenefitsV2` or `DIY`.",
        pattern="^[A-Za-z0-9_-]+$",
    ),
    FieldSpec(
        "visual_style",
        str,
        description="For example `AvatarBubbleTemplate`.",
        pattern="^[A-Za-z0-9_-]+$",
    ),
    FieldSpec(
        "override_avatar",
        str,
        description="A persona id to use instead of the matched one.",
        format="uuid",
        cli_name="--avatar",
    ),
    FieldSpec(
        "override_voice",
        str,
        description="A voice accent id to use instead of the avatar's.",
        min_length=1,
        cli_name="--voice",
    ),
    FieldSpec(
        "override_script",
        str,
        description="A script to use instead of the one the service writes.",
        min_length=1,
        cli_name="--script",
    ),
    FieldSpec(
        "background_music_url",
        str,
        description="URL of the background music; random music if not given.",
        format="uri",
        max_length=255,
    ),
    FieldSpec(
        "background_music_volume",
        float,
        description="Volume of the background music (the visual style's if not given).",
        minimum=0,
        maximum=1,
    ),
    FieldSpec(
        "voiceover_volume", float, description="Volume of the voice-over.", minimum=0, maximum=1
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
    FieldSpec(
        "no_background_music", bool, description="No background music.", cli_name="--no-music"
    ),
    FieldSpec("no_caption", bool, description="No captions."),
    FieldSpec("no_emotion", bool, description="Turn emotion off."),
    FieldSpec("no_cta", bool, description="No call to action."),
    FieldSpec("no_stock_broll", bool, description="No stock B-roll footage."),
    FieldSpec(
        "caption_style", str, description="A caption style name, for example `normal-black`."
    ),
    FieldSpec(
        "caption_offset_x",
        str,
        description="A decimal string from -0.5 to 0.5.",
        pattern="^-?\\d*\\.?\\d+$",
    ),
    FieldSpec(
        "caption_offset_y",
        str,
        description="A decimal string from -0.5 to 0.5.",
        pattern="^-?\\d*\\.?\\d+$",
    ),
    FieldSpec(
        "caption_setting",
        dict,
        fields=CAPTION_SETTING,
        schema="CaptionSetting",
        description="Caption look; every field is optional.",
    ),
    FieldSpec(
        "model_version",
        str,
        choices=("standard", "aurora_v1", "aurora_v1_fast"),
        enum=models.ModelVersion,
        description="The lipsync model; `standard` is the default, the `aurora_*` models cost more.",
        default="standard",
        cli_name="--model",
    ),
    FieldSpec(
        "visual_styles",
        list,
        required=True,
        min_items=1,
        items=FieldSpec("visual_styles", str, pattern="^[A-Za-z0-9_-]+$"),
    ),
    FieldSpec(
        "aspect_ratios",
        list,
        items=FieldSpec(
            "aspect_ratios",
            str,
            choices=("16:9", "1:1", "9:16", "16x9", "1x1", "9x16"),
            enum=models.AspectRatio,
            description="The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`).",
        ),
    ),
)


LINK_TO_VIDEO_RENDER_SINGLE_PREVIEW_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "media_job",
        str,
        required=True,
        description="The `media_job` of the chosen entry of `previews`.",
        format="uuid",
    ),
)


AI_SHORTS_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "script", str, required=True, description="The script of the short video.", min_length=1
    ),
    FieldSpec(
        "aspect_ratio",
        str,
        choices=("16:9", "1:1", "9:16", "16x9", "1x1", "9x16"),
        enum=models.AspectRatio,
        description="The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`).",
    ),
    FieldSpec("style", str, description="For example `4K realistic`.", min_length=1),
    FieldSpec(
        "accent", str, description="A voice accent id from `GET /api/voices/`.", min_length=1
    ),
    FieldSpec(
        "caption_setting",
        dict,
        fields=CAPTION_SETTING,
        schema="CaptionSetting",
        description="Caption look; every field is optional.",
    ),
    FieldSpec(
        "background_music_url",
        str,
        description="URL of the background music.",
        format="uri",
        max_length=255,
    ),
    FieldSpec(
        "background_music_volume",
        float,
        description="Volume of the background music.",
        minimum=0,
        maximum=1,
    ),
    FieldSpec(
        "voiceover_volume", float, description="Volume of the voice-over.", minimum=0, maximum=1
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


AI_EDITING_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "video_url",
        str,
        required=True,
        description="URL of the video to edit.",
        format="uri",
        min_length=1,
    ),
    FieldSpec(
        "editing_style",
        str,
        choices=("film", "geometric_gradient", "glitch", "glitter_gradient", "paper"),
        enum=models.EditingStyle,
        description="The AI Editing style.",
        cli_name="--style",
    ),
    FieldSpec(
        "caption_setting",
        dict,
        fields=CAPTION_SETTING,
        schema="CaptionSetting",
        description="Caption look; every field is optional.",
    ),
    FieldSpec(
        "background_music_url",
        str,
        description="URL of the background music.",
        format="uri",
        max_length=255,
    ),
    FieldSpec(
        "background_music_volume",
        float,
        description="Volume of the background music.",
        minimum=0,
        maximum=1,
    ),
    FieldSpec(
        "voiceover_volume", float, description="Volume of the voice-over.", minimum=0, maximum=1
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


CUSTOM_TEMPLATE_JOB_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "template_id",
        str,
        required=True,
        description="The template's id.",
        format="uuid",
        cli_name="--template",
    ),
    FieldSpec("variables", dict, required=True, description="The template's variables (JSON)."),
    FieldSpec("name", str, max_length=255),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
    FieldSpec(
        "model_version",
        str,
        choices=("standard", "aurora_v1", "aurora_v1_fast"),
        enum=models.ModelVersion,
        description="The lipsync model; `standard` is the default, the `aurora_*` models cost more.",
        default="standard",
        cli_name="--model",
    ),
    FieldSpec("is_hidden", bool, description="Hide the job."),
)


CUSTOM_TEMPLATE_PREVIEW_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "visual_style",
        str,
        required=True,
        description="The fixed template, e.g. `style1`.",
        max_length=255,
    ),
    FieldSpec(
        "data",
        dict,
        required=True,
        description="The template's fields (JSON): `address`, `city`, `state`, `sqft`, `bedrooms`, `bathrooms`, `price`, `estimated_monthly_payment`, `openhouseDate_1` (`date`, `time`), `listing_images` (`image_1` to `image_5`), `location_image`, `name`, `email`, `phone_number`, `office_name`, `head_shot`.",
    ),
    FieldSpec("name", str, description="A name for the video.", max_length=255),
    FieldSpec(
        "webhook_url",
        str,
        description="Called when the render ends (there is no GET).",
        format="uri",
        max_length=200,
    ),
)


PRODUCT_TO_VIDEO_GEN_IMAGE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "type",
        str,
        description="The flow; `product_anyshot` (default) is the one documented in full.",
        pattern="^[A-Za-z0-9_-]+$",
        default="product_anyshot",
    ),
    FieldSpec(
        "product_url",
        str,
        required=True,
        description="URL of the product image.",
        format="uri",
        min_length=1,
        max_length=200,
    ),
    FieldSpec("image_prompt", str, description="What the preview image should show."),
    FieldSpec(
        "aspect_ratio",
        str,
        choices=("16:9", "1:1", "9:16", "16x9", "1x1", "9x16"),
        enum=models.AspectRatio,
        description="The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`).",
    ),
    FieldSpec(
        "override_avatar", str, description="A persona id.", format="uuid", cli_name="--avatar"
    ),
    FieldSpec(
        "product_showcase_url", str, description="URL of a product showcase image.", format="uri"
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


PRODUCT_TO_VIDEO_GEN_VIDEO_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "motion_style", str, description="For example `talking`.", pattern="^[A-Za-z0-9_-]+$"
    ),
    FieldSpec("video_prompt", str, description="What the video should show."),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


DYOA_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        str,
        required=True,
        description="A name for the avatar.",
        min_length=1,
        max_length=255,
    ),
    FieldSpec(
        "age_group",
        str,
        required=True,
        description="For example `infant`, `child`, `young_adult`, `early_middle_age` (the whole set is not documented).",
        pattern="^[A-Za-z0-9_-]+$",
    ),
    FieldSpec(
        "gender",
        str,
        choices=("m", "f", "nb"),
        enum=models.Gender,
        required=True,
        description="`m` (male), `f` (female) or `nb` (non-binary).",
    ),
    FieldSpec("more_details", str, description="Face, hair, build.", cli_name="--details"),
    FieldSpec("outfit_description", str, description="What the avatar wears.", cli_name="--outfit"),
    FieldSpec(
        "background_description",
        str,
        description="The setting behind the avatar.",
        cli_name="--background",
    ),
)


DYOA_SUBMIT_FOR_REVIEW_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec("chosen_photo_id", str, required=True, format="uuid"),
)


ASSET_GENERATOR_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "model_name",
        str,
        required=True,
        description="A model of `GET /api/asset_generator/schemas/`, e.g. `nano-banana`.",
        min_length=1,
        max_length=255,
        cli_name="--model",
    ),
    FieldSpec(
        "input_params",
        dict,
        required=True,
        description="The model's parameters; they must satisfy its `input_params_schema`.",
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


INSPIRATION_JOB_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "inspiration_id",
        str,
        required=True,
        description="The AI ad template's id (`GET /api/inspirations/`).",
        format="uuid",
        cli_name="--template",
    ),
    FieldSpec(
        "input_params",
        dict,
        required=True,
        description="The template's parameters (keys are its labels, e.g. `Product Image`); they must satisfy its `input_params_schema`.",
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


IAB_IMAGES_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec("image", str, required=True, description="URL of the source image.", format="uri"),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


ADS_CLONE_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "link",
        str,
        required=True,
        description="A link (`/api/links/`) that has at least one image.",
        format="uuid",
    ),
    FieldSpec("video_url", str, required=True, description="The reference ad video.", format="uri"),
    FieldSpec(
        "aspect_ratio", str, description="e.g. `9x16` (the default).", max_length=16, default="9x16"
    ),
    FieldSpec(
        "language",
        str,
        description="The video's language; null keeps the reference video's.",
        max_length=32,
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


TEXT_GENERATOR_MESSAGE: tuple[FieldSpec, ...] = (
    FieldSpec(
        "role", str, choices=("user", "model"), enum=models.TextGeneratorMessageRole, required=True
    ),
    FieldSpec("content", str, required=True, min_length=1),
)


TEXT_GENERATOR_CONFIG: tuple[FieldSpec, ...] = (
    FieldSpec("temperature", float, minimum=0, maximum=2),
    FieldSpec("max_output_tokens", int, minimum=1),
    FieldSpec("top_p", float, minimum=0, maximum=1),
    FieldSpec("top_k", int, minimum=1),
    FieldSpec("presence_penalty", float),
    FieldSpec("frequency_penalty", float),
    FieldSpec("seed", int),
    FieldSpec("stop_sequences", list, items=FieldSpec("stop_sequences", str)),
    FieldSpec("response_mime_type", str, description="e.g. `text/plain` or `application/json`."),
    FieldSpec("response_json_schema", dict),
)


TEXT_GENERATOR_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "model_name",
        str,
        required=True,
        description="A Gemini model, e.g. `gemini-2.5-flash`.",
        min_length=1,
        max_length=255,
        cli_name="--model",
    ),
    FieldSpec(
        "messages",
        list,
        required=True,
        min_items=1,
        items=FieldSpec(
            "messages", dict, fields=TEXT_GENERATOR_MESSAGE, schema="TextGeneratorMessage"
        ),
    ),
    FieldSpec(
        "system_instruction",
        str,
        description="Instructions the model follows for the whole conversation.",
        default="",
        cli_name="--system",
    ),
    FieldSpec(
        "config",
        dict,
        fields=TEXT_GENERATOR_CONFIG,
        schema="TextGeneratorConfig",
        description="Generation settings (all optional).",
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


AI_SCRIPT_CREATE_REQUEST: tuple[FieldSpec, ...] = (
    FieldSpec(
        "link",
        str,
        required=True,
        description="A link (`/api/links/`) with the product.",
        format="uuid",
    ),
    FieldSpec("language", str, description="e.g. `en`.", max_length=32),
    FieldSpec("target_audience", str, description="Who the ad is for.", max_length=1000),
    FieldSpec("video_length", int, description="Seconds.", minimum=1),
    FieldSpec(
        "script_styles",
        list,
        description="Script styles to write.",
        cli_name="--style",
        items=FieldSpec("script_styles", str, max_length=100),
    ),
    FieldSpec("webhook_url", str, format="uri", max_length=200),
)


SCHEMA_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "PersonaUploadRequest": PERSONA_UPLOAD_REQUEST,
    "PersonaUrlCreateRequest": PERSONA_URL_CREATE_REQUEST,
    "LipsyncCreateRequest": LIPSYNC_CREATE_REQUEST,
    "Offset": OFFSET,
    "V2Character": V2_CHARACTER,
    "V2Voice": V2_VOICE,
    "V2Background": V2_BACKGROUND,
    "CaptionSetting": CAPTION_SETTING,
    "TransitionEffect": TRANSITION_EFFECT,
    "VideoInput": VIDEO_INPUT,
    "BackgroundMusic": BACKGROUND_MUSIC,
    "LipsyncV2CreateRequest": LIPSYNC_V2_CREATE_REQUEST,
    "TextToSpeechCreateRequest": TEXT_TO_SPEECH_CREATE_REQUEST,
    "AuroraCreateRequest": AURORA_CREATE_REQUEST,
    "LinkCreateRequest": LINK_CREATE_REQUEST,
    "LinkParamsRequest": LINK_PARAMS_REQUEST,
    "LinkToVideoCreateRequest": LINK_TO_VIDEO_CREATE_REQUEST,
    "LinkToVideoPreviewListRequest": LINK_TO_VIDEO_PREVIEW_LIST_REQUEST,
    "LinkToVideoRenderSinglePreviewRequest": LINK_TO_VIDEO_RENDER_SINGLE_PREVIEW_REQUEST,
    "AiShortsCreateRequest": AI_SHORTS_CREATE_REQUEST,
    "AiEditingCreateRequest": AI_EDITING_CREATE_REQUEST,
    "CustomTemplateJobCreateRequest": CUSTOM_TEMPLATE_JOB_CREATE_REQUEST,
    "CustomTemplatePreviewRequest": CUSTOM_TEMPLATE_PREVIEW_REQUEST,
    "ProductToVideoGenImageRequest": PRODUCT_TO_VIDEO_GEN_IMAGE_REQUEST,
    "ProductToVideoGenVideoRequest": PRODUCT_TO_VIDEO_GEN_VIDEO_REQUEST,
    "DyoaCreateRequest": DYOA_CREATE_REQUEST,
    "DyoaSubmitForReviewRequest": DYOA_SUBMIT_FOR_REVIEW_REQUEST,
    "AssetGeneratorCreateRequest": ASSET_GENERATOR_CREATE_REQUEST,
    "InspirationJobCreateRequest": INSPIRATION_JOB_CREATE_REQUEST,
    "IabImagesCreateRequest": IAB_IMAGES_CREATE_REQUEST,
    "AdsCloneCreateRequest": ADS_CLONE_CREATE_REQUEST,
    "TextGeneratorMessage": TEXT_GENERATOR_MESSAGE,
    "TextGeneratorConfig": TEXT_GENERATOR_CONFIG,
    "TextGeneratorCreateRequest": TEXT_GENERATOR_CREATE_REQUEST,
    "AiScriptCreateRequest": AI_SCRIPT_CREATE_REQUEST,
}


"""Every request schema's fields (objects inside bodies too), by schema name."""


OPERATION_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "ads_clone_create": ADS_CLONE_CREATE_REQUEST,
    "ai_editing_create": AI_EDITING_CREATE_REQUEST,
    "ai_editing_preview_create": AI_EDITING_CREATE_REQUEST,
    "ai_scripts_create": AI_SCRIPT_CREATE_REQUEST,
    "ai_shorts_create": AI_SHORTS_CREATE_REQUEST,
    "ai_shorts_preview_create": AI_SHORTS_CREATE_REQUEST,
    "asset_generator_create": ASSET_GENERATOR_CREATE_REQUEST,
    "aurora_create": AURORA_CREATE_REQUEST,
    "custom_template_jobs_create": CUSTOM_TEMPLATE_JOB_CREATE_REQUEST,
    "custom_templates_preview_create": CUSTOM_TEMPLATE_PREVIEW_REQUEST,
    "dyoa_create": DYOA_CREATE_REQUEST,
    "dyoa_submit_for_review_create": DYOA_SUBMIT_FOR_REVIEW_REQUEST,
    "iab_images_create": IAB_IMAGES_CREATE_REQUEST,
    "inspiration_jobs_create": INSPIRATION_JOB_CREATE_REQUEST,
    "link_to_videos_create": LINK_TO_VIDEO_CREATE_REQUEST,
    "link_to_videos_preview_create": LINK_TO_VIDEO_CREATE_REQUEST,
    "link_to_videos_preview_list_async_create": LINK_TO_VIDEO_PREVIEW_LIST_REQUEST,
    "link_to_videos_render_single_preview_create": LINK_TO_VIDEO_RENDER_SINGLE_PREVIEW_REQUEST,
    "links_create": LINK_CREATE_REQUEST,
    "links_link_with_params_create": LINK_PARAMS_REQUEST,
    "links_update": LINK_PARAMS_REQUEST,
    "lipsyncs_create": LIPSYNC_CREATE_REQUEST,
    "lipsyncs_multi_avatar_create": LIPSYNC_V2_CREATE_REQUEST,
    "lipsyncs_preview_create": LIPSYNC_CREATE_REQUEST,
    "lipsyncs_v2_create": LIPSYNC_V2_CREATE_REQUEST,
    "lipsyncs_v2_preview_create": LIPSYNC_V2_CREATE_REQUEST,
    "personas_create": PERSONA_URL_CREATE_REQUEST,
    "personas_v2_create": PERSONA_UPLOAD_REQUEST,
    "product_to_videos_gen_image_create": PRODUCT_TO_VIDEO_GEN_IMAGE_REQUEST,
    "product_to_videos_gen_video_create": PRODUCT_TO_VIDEO_GEN_VIDEO_REQUEST,
    "sse_text_generator_create": TEXT_GENERATOR_CREATE_REQUEST,
    "text_generator_create": TEXT_GENERATOR_CREATE_REQUEST,
    "text_to_speech_create": TEXT_TO_SPEECH_CREATE_REQUEST,
}


"""The fields of each operation's request body, by operationId."""


OPERATION_SCHEMA: dict[str, str] = {
    "ads_clone_create": "AdsCloneCreateRequest",
    "ai_editing_create": "AiEditingCreateRequest",
    "ai_editing_preview_create": "AiEditingCreateRequest",
    "ai_scripts_create": "AiScriptCreateRequest",
    "ai_shorts_create": "AiShortsCreateRequest",
    "ai_shorts_preview_create": "AiShortsCreateRequest",
    "asset_generator_create": "AssetGeneratorCreateRequest",
    "aurora_create": "AuroraCreateRequest",
    "custom_template_jobs_create": "CustomTemplateJobCreateRequest",
    "custom_templates_preview_create": "CustomTemplatePreviewRequest",
    "dyoa_create": "DyoaCreateRequest",
    "dyoa_submit_for_review_create": "DyoaSubmitForReviewRequest",
    "iab_images_create": "IabImagesCreateRequest",
    "inspiration_jobs_create": "InspirationJobCreateRequest",
    "link_to_videos_create": "LinkToVideoCreateRequest",
    "link_to_videos_preview_create": "LinkToVideoCreateRequest",
    "link_to_videos_preview_list_async_create": "LinkToVideoPreviewListRequest",
    "link_to_videos_render_single_preview_create": "LinkToVideoRenderSinglePreviewRequest",
    "links_create": "LinkCreateRequest",
    "links_link_with_params_create": "LinkParamsRequest",
    "links_update": "LinkParamsRequest",
    "lipsyncs_create": "LipsyncCreateRequest",
    "lipsyncs_multi_avatar_create": "LipsyncV2CreateRequest",
    "lipsyncs_preview_create": "LipsyncCreateRequest",
    "lipsyncs_v2_create": "LipsyncV2CreateRequest",
    "lipsyncs_v2_preview_create": "LipsyncV2CreateRequest",
    "personas_create": "PersonaUrlCreateRequest",
    "personas_v2_create": "PersonaUploadRequest",
    "product_to_videos_gen_image_create": "ProductToVideoGenImageRequest",
    "product_to_videos_gen_video_create": "ProductToVideoGenVideoRequest",
    "sse_text_generator_create": "TextGeneratorCreateRequest",
    "text_generator_create": "TextGeneratorCreateRequest",
    "text_to_speech_create": "TextToSpeechCreateRequest",
}


"""The schema name of each operation's request body."""


OPERATION_ROUTES: dict[str, tuple[str, str]] = {
    "personas_v2_create": ("POST", "/api/personas_v2/"),
    "personas_v2_list": ("GET", "/api/personas_v2/"),
    "personas_v2_count_retrieve": ("GET", "/api/personas_v2/count/"),
    "personas_create": ("POST", "/api/personas/"),
    "personas_list": ("GET", "/api/personas/"),
    "personas_paginated_list": ("GET", "/api/personas/paginated/"),
    "personas_retrieve": ("GET", "/api/personas/{id}/"),
    "lipsyncs_create": ("POST", "/api/lipsyncs/"),
    "lipsyncs_list": ("GET", "/api/lipsyncs/"),
    "lipsyncs_retrieve": ("GET", "/api/lipsyncs/{id}/"),
    "lipsyncs_preview_create": ("POST", "/api/lipsyncs/preview/"),
    "lipsyncs_render_create": ("POST", "/api/lipsyncs/{id}/render/"),
    "voices_list": ("GET", "/api/voices/"),
    "remaining_credits_retrieve": ("GET", "/api/remaining_credits/"),
    "lipsyncs_multi_avatar_create": ("POST", "/api/lipsyncs/multi_avatar/"),
    "lipsyncs_v2_create": ("POST", "/api/lipsyncs_v2/"),
    "lipsyncs_v2_list": ("GET", "/api/lipsyncs_v2/"),
    "lipsyncs_v2_retrieve": ("GET", "/api/lipsyncs_v2/{id}/"),
    "lipsyncs_v2_preview_create": ("POST", "/api/lipsyncs_v2/preview/"),
    "lipsyncs_v2_render_create": ("POST", "/api/lipsyncs_v2/{id}/render/"),
    "text_to_speech_create": ("POST", "/api/text_to_speech/"),
    "text_to_speech_list": ("GET", "/api/text_to_speech/"),
    "text_to_speech_paginated_list": ("GET", "/api/text_to_speech/paginated/"),
    "text_to_speech_retrieve": ("GET", "/api/text_to_speech/{id}/"),
    "aurora_create": ("POST", "/api/aurora/"),
    "aurora_retrieve": ("GET", "/api/aurora/{id}/"),
    "links_create": ("POST", "/api/links/"),
    "links_list": ("GET", "/api/links/"),
    "links_paginated_list": ("GET", "/api/links/paginated/"),
    "links_link_with_params_create": ("POST", "/api/links/link_with_params/"),
    "links_retrieve": ("GET", "/api/links/{id}/"),
    "links_update": ("PUT", "/api/links/{id}/"),
    "link_to_videos_create": ("POST", "/api/link_to_videos/"),
    "link_to_videos_list": ("GET", "/api/link_to_videos/"),
    "link_to_videos_retrieve": ("GET", "/api/link_to_videos/{id}/"),
    "link_to_videos_preview_create": ("POST", "/api/link_to_videos/preview/"),
    "link_to_videos_render_create": ("POST", "/api/link_to_videos/{id}/render/"),
    "link_to_videos_generate_preview_create": (
        "POST",
        "/api/link_to_videos/{id}/generate_preview/",
    ),
    "link_to_videos_preview_list_async_create": ("POST", "/api/link_to_videos/preview_list_async/"),
    "link_to_videos_render_single_preview_create": (
        "POST",
        "/api/link_to_videos/{id}/render_single_preview/",
    ),
    "ai_shorts_create": ("POST", "/api/ai_shorts/"),
    "ai_shorts_list": ("GET", "/api/ai_shorts/"),
    "ai_shorts_retrieve": ("GET", "/api/ai_shorts/{id}/"),
    "ai_shorts_preview_create": ("POST", "/api/ai_shorts/preview/"),
    "ai_shorts_render_create": ("POST", "/api/ai_shorts/{id}/render/"),
    "ai_editing_create": ("POST", "/api/ai_editing/"),
    "ai_editing_list": ("GET", "/api/ai_editing/"),
    "ai_editing_retrieve": ("GET", "/api/ai_editing/{id}/"),
    "ai_editing_preview_create": ("POST", "/api/ai_editing/preview/"),
    "ai_editing_render_create": ("POST", "/api/ai_editing/{id}/render/"),
    "custom_template_jobs_create": ("POST", "/api/custom_template_jobs/"),
    "custom_template_jobs_retrieve": ("GET", "/api/custom_template_jobs/{id}/"),
    "custom_template_jobs_render_create": ("POST", "/api/custom_template_jobs/{id}/render/"),
    "custom_templates_list": ("GET", "/api/custom_templates/"),
    "custom_templates_preview_create": ("POST", "/api/custom_templates/preview/"),
    "custom_templates_render_create": ("POST", "/api/custom_templates/{id}/render/"),
    "product_to_videos_gen_image_create": ("POST", "/api/product_to_videos/gen_image/"),
    "product_to_videos_gen_video_create": ("POST", "/api/product_to_videos/{id}/gen_video/"),
    "product_to_videos_list": ("GET", "/api/product_to_videos/"),
    "product_to_videos_retrieve": ("GET", "/api/product_to_videos/{id}/"),
    "dyoa_create": ("POST", "/api/dyoa/"),
    "dyoa_list": ("GET", "/api/dyoa/"),
    "dyoa_retrieve": ("GET", "/api/dyoa/{id}/"),
    "dyoa_destroy": ("DELETE", "/api/dyoa/{id}/"),
    "dyoa_submit_for_review_create": ("POST", "/api/dyoa/{id}/submit_for_review/"),
    "musics_list": ("GET", "/api/musics/"),
    "music_categories_list": ("GET", "/api/music_categories/"),
    "asset_generator_create": ("POST", "/api/asset_generator/"),
    "asset_generator_retrieve": ("GET", "/api/asset_generator/{id}/"),
    "asset_generator_schemas": ("GET", "/api/asset_generator/schemas/"),
    "ai_generations_schemas": ("GET", "/api/ai_generations/schemas/"),
    "inspirations_list": ("GET", "/api/inspirations/"),
    "inspirations_retrieve": ("GET", "/api/inspirations/{id}/"),
    "inspiration_jobs_create": ("POST", "/api/inspiration_jobs/"),
    "inspiration_jobs_retrieve": ("GET", "/api/inspiration_jobs/{id}/"),
    "iab_images_create": ("POST", "/api/iab_images/"),
    "iab_images_retrieve": ("GET", "/api/iab_images/{id}/"),
    "ads_clone_create": ("POST", "/api/ads_clone/"),
    "ads_clone_retrieve": ("GET", "/api/ads_clone/{id}/"),
    "text_generator_create": ("POST", "/api/text_generator/"),
    "text_generator_retrieve": ("GET", "/api/text_generator/{id}/"),
    "sse_text_generator_create": ("POST", "/sse/text_generator/"),
    "ai_scripts_create": ("POST", "/api/ai_scripts/"),
    "ai_scripts_list": ("GET", "/api/ai_scripts/"),
    "ai_scripts_retrieve": ("GET", "/api/ai_scripts/{id}/"),
}


"""The method and path of every operation of the spec, by operationId."""


OPERATION_MODULES: dict[str, str] = {
    "personas_v2_create": "personas",
    "personas_v2_list": "personas",
    "personas_v2_count_retrieve": "personas",
    "personas_create": "personas",
    "personas_list": "personas",
    "personas_paginated_list": "personas",
    "personas_retrieve": "personas",
    "lipsyncs_create": "lipsyncs",
    "lipsyncs_list": "lipsyncs",
    "lipsyncs_retrieve": "lipsyncs",
    "lipsyncs_preview_create": "lipsyncs",
    "lipsyncs_render_create": "lipsyncs",
    "voices_list": "voices",
    "remaining_credits_retrieve": "credits_",
    "lipsyncs_multi_avatar_create": "lipsyncs",
    "lipsyncs_v2_create": "lipsyncs_v2",
    "lipsyncs_v2_list": "lipsyncs_v2",
    "lipsyncs_v2_retrieve": "lipsyncs_v2",
    "lipsyncs_v2_preview_create": "lipsyncs_v2",
    "lipsyncs_v2_render_create": "lipsyncs_v2",
    "text_to_speech_create": "text_to_speech",
    "text_to_speech_list": "text_to_speech",
    "text_to_speech_paginated_list": "text_to_speech",
    "text_to_speech_retrieve": "text_to_speech",
    "aurora_create": "aurora",
    "aurora_retrieve": "aurora",
    "links_create": "links",
    "links_list": "links",
    "links_paginated_list": "links",
    "links_link_with_params_create": "links",
    "links_retrieve": "links",
    "links_update": "links",
    "link_to_videos_create": "link_to_videos",
    "link_to_videos_list": "link_to_videos",
    "link_to_videos_retrieve": "link_to_videos",
    "link_to_videos_preview_create": "link_to_videos",
    "link_to_videos_render_create": "link_to_videos",
    "link_to_videos_generate_preview_create": "link_to_videos",
    "link_to_videos_preview_list_async_create": "link_to_videos",
    "link_to_videos_render_single_preview_create": "link_to_videos",
    "ai_shorts_create": "ai_shorts",
    "ai_shorts_list": "ai_shorts",
    "ai_shorts_retrieve": "ai_shorts",
    "ai_shorts_preview_create": "ai_shorts",
    "ai_shorts_render_create": "ai_shorts",
    "ai_editing_create": "ai_editing",
    "ai_editing_list": "ai_editing",
    "ai_editing_retrieve": "ai_editing",
    "ai_editing_preview_create": "ai_editing",
    "ai_editing_render_create": "ai_editing",
    "custom_template_jobs_create": "custom_template_jobs",
    "custom_template_jobs_retrieve": "custom_template_jobs",
    "custom_template_jobs_render_create": "custom_template_jobs",
    "custom_templates_list": "custom_templates",
    "custom_templates_preview_create": "custom_templates",
    "custom_templates_render_create": "custom_templates",
    "product_to_videos_gen_image_create": "product_to_videos",
    "product_to_videos_gen_video_create": "product_to_videos",
    "product_to_videos_list": "product_to_videos",
    "product_to_videos_retrieve": "product_to_videos",
    "dyoa_create": "dyoa",
    "dyoa_list": "dyoa",
    "dyoa_retrieve": "dyoa",
    "dyoa_destroy": "dyoa",
    "dyoa_submit_for_review_create": "dyoa",
    "musics_list": "music",
    "music_categories_list": "music",
    "asset_generator_create": "asset_generator",
    "asset_generator_retrieve": "asset_generator",
    "asset_generator_schemas": "asset_generator",
    "ai_generations_schemas": "asset_generator",
    "inspirations_list": "inspirations",
    "inspirations_retrieve": "inspirations",
    "inspiration_jobs_create": "inspirations",
    "inspiration_jobs_retrieve": "inspirations",
    "iab_images_create": "iab_images",
    "iab_images_retrieve": "iab_images",
    "ads_clone_create": "ads_clone",
    "ads_clone_retrieve": "ads_clone",
    "text_generator_create": "text_generator",
    "text_generator_retrieve": "text_generator",
    "sse_text_generator_create": "text_generator",
    "ai_scripts_create": "ai_scripts",
    "ai_scripts_list": "ai_scripts",
    "ai_scripts_retrieve": "ai_scripts",
}


"""The package of `creatify_api.api` holding each operation's module (its tag, renamed where that is a builtin's name: `credits_`)."""


OPERATION_QUERY: dict[str, tuple[str, ...]] = {
    "personas_v2_list": ("age_range", "gender", "location", "style"),
    "personas_list": ("age_range", "gender", "location", "style"),
    "personas_paginated_list": ("page", "page_size", "age_range", "gender", "location", "style"),
    "lipsyncs_list": ("ids",),
    "lipsyncs_v2_list": ("ids",),
    "text_to_speech_list": ("ids", "ordering"),
    "text_to_speech_paginated_list": ("page", "page_size"),
    "links_paginated_list": ("page", "page_size"),
    "ai_shorts_list": ("ids", "ordering"),
    "product_to_videos_list": ("ids",),
    "dyoa_list": ("ordering",),
    "asset_generator_schemas": ("model_name",),
    "ai_generations_schemas": ("model_name",),
    "ai_scripts_list": ("ids", "ordering"),
}


"""The query parameters of every operation that has any."""


QUERY_FIELDS: dict[str, FieldSpec] = {
    "age_range": FieldSpec(
        "age_range",
        str,
        choices=("child", "teen", "adult", "senior"),
        enum=models.AgeRange,
        description="One or more age ranges, comma-separated; the schema is each one's.",
    ),
    "gender": FieldSpec(
        "gender",
        str,
        choices=("m", "f", "nb"),
        enum=models.Gender,
        description="One or more genders, comma-separated; the schema is each one's.",
    ),
    "location": FieldSpec(
        "location",
        str,
        choices=("outdoor", "fantasy", "indoor", "other"),
        enum=models.Location,
        description="One or more locations, comma-separated; the schema is each one's.",
    ),
    "style": FieldSpec(
        "style",
        str,
        choices=("selfie", "presenter", "other"),
        enum=models.Style,
        description="One or more styles, comma-separated; the schema is each one's.",
    ),
    "page": FieldSpec("page", int, description="Page number, from 1.", minimum=1, default=1),
    "page_size": FieldSpec("page_size", int, description="Items per page.", minimum=1, default=10),
    "ids": FieldSpec(
        "ids",
        str,
        description="Up to 100 task UUIDs, comma separated.",
        pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(,[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}){0,99}$",
    ),
    "ordering": FieldSpec(
        "ordering",
        str,
        description="The field to order the results by (Django REST framework `ordering`, `-` first for descending).",
        min_length=1,
        max_length=255,
    ),
    "model_name": FieldSpec(
        "model_name",
        str,
        description="Comma-separated model names; only those models are listed.",
        max_length=2000,
    ),
}


"""The rules of every query parameter, by name (`_requests.checked_query`)."""


OPERATION_ANSWERS: dict[str, str] = {
    "personas_v2_create": "PersonaCreateResponse",
    "personas_v2_list": "list[PersonaV2]",
    "personas_v2_count_retrieve": "PersonaCount",
    "personas_create": "PersonaCreateResponse",
    "personas_list": "list[Persona]",
    "personas_paginated_list": "PaginatedPersonaList",
    "personas_retrieve": "Persona",
    "lipsyncs_create": "Lipsync",
    "lipsyncs_list": "list[Lipsync]",
    "lipsyncs_retrieve": "Lipsync",
    "lipsyncs_preview_create": "Lipsync",
    "lipsyncs_render_create": "Lipsync",
    "voices_list": "list[Voice]",
    "remaining_credits_retrieve": "RemainingCredits",
    "lipsyncs_multi_avatar_create": "Lipsync",
    "lipsyncs_v2_create": "LipsyncV2",
    "lipsyncs_v2_list": "list[LipsyncV2]",
    "lipsyncs_v2_retrieve": "LipsyncV2",
    "lipsyncs_v2_preview_create": "LipsyncV2",
    "lipsyncs_v2_render_create": "LipsyncV2",
    "text_to_speech_create": "TextToSpeech",
    "text_to_speech_list": "list[TextToSpeech]",
    "text_to_speech_paginated_list": "PaginatedTextToSpeechList",
    "text_to_speech_retrieve": "TextToSpeech",
    "aurora_create": "Aurora",
    "aurora_retrieve": "Aurora",
    "links_create": "Link",
    "links_list": "list[Link]",
    "links_paginated_list": "PaginatedLinkList",
    "links_link_with_params_create": "Link",
    "links_retrieve": "Link",
    "links_update": "Link",
    "link_to_videos_create": "LinkToVideo",
    "link_to_videos_list": "list[LinkToVideo]",
    "link_to_videos_retrieve": "LinkToVideo",
    "link_to_videos_preview_create": "LinkToVideo",
    "link_to_videos_render_create": "LinkToVideo",
    "link_to_videos_generate_preview_create": "LinkToVideo",
    "link_to_videos_preview_list_async_create": "LinkToVideo",
    "link_to_videos_render_single_preview_create": "LinkToVideo",
    "ai_shorts_create": "AiShorts",
    "ai_shorts_list": "list[AiShorts]",
    "ai_shorts_retrieve": "AiShorts",
    "ai_shorts_preview_create": "AiShorts",
    "ai_shorts_render_create": "AiShorts",
    "ai_editing_create": "AiEditing",
    "ai_editing_list": "list[AiEditing]",
    "ai_editing_retrieve": "AiEditing",
    "ai_editing_preview_create": "AiEditing",
    "ai_editing_render_create": "AiEditing",
    "custom_template_jobs_create": "CustomTemplateJob",
    "custom_template_jobs_retrieve": "CustomTemplateJob",
    "custom_template_jobs_render_create": "CustomTemplateJob",
    "custom_templates_list": "list[CustomTemplateListItem]",
    "custom_templates_preview_create": "CustomTemplate",
    "custom_templates_render_create": "CustomTemplate",
    "product_to_videos_gen_image_create": "ProductToVideo",
    "product_to_videos_gen_video_create": "ProductToVideo",
    "product_to_videos_list": "list[ProductToVideo]",
    "product_to_videos_retrieve": "ProductToVideo",
    "dyoa_create": "Dyoa",
    "dyoa_list": "list[Dyoa]",
    "dyoa_retrieve": "Dyoa",
    "dyoa_submit_for_review_create": "Dyoa",
    "musics_list": "list[Music]",
    "music_categories_list": "list[MusicCategory]",
    "asset_generator_create": "AssetGeneration",
    "asset_generator_retrieve": "AssetGeneration",
    "asset_generator_schemas": "list[AssetGeneratorModel]",
    "ai_generations_schemas": "list[AssetGeneratorModel]",
    "inspirations_list": "list[Inspiration]",
    "inspirations_retrieve": "Inspiration",
    "inspiration_jobs_create": "InspirationJob",
    "inspiration_jobs_retrieve": "InspirationJob",
    "iab_images_create": "IabImages",
    "iab_images_retrieve": "IabImages",
    "ads_clone_create": "AdsClone",
    "ads_clone_retrieve": "AdsClone",
    "text_generator_create": "TextGeneration",
    "text_generator_retrieve": "TextGeneration",
    "ai_scripts_create": "AiScript",
    "ai_scripts_list": "list[AiScript]",
    "ai_scripts_retrieve": "AiScript",
}


"""The model of each operation's 2xx JSON answer (`list[Name]`: a list of them)."""


OPERATION_WEBHOOKS: dict[str, tuple[str, ...] | None] = {
    "personas_v2_create": ("id", "process_status", "is_active", "failed_reason"),
    "personas_create": ("id", "process_status", "is_active", "failed_reason"),
    "lipsyncs_create": ("id", "status", "failed_reason", "output"),
    "lipsyncs_preview_create": ("id", "status", "failed_reason", "output"),
    "lipsyncs_multi_avatar_create": ("id", "status", "failed_reason", "output"),
    "lipsyncs_v2_create": ("id", "status", "failed_reason", "output"),
    "lipsyncs_v2_preview_create": ("id", "status", "failed_reason", "output"),
    "text_to_speech_create": ("id", "status", "failed_reason", "video_output", "output"),
    "aurora_create": ("id", "status", "failed_reason", "video_output", "output"),
    "link_to_videos_create": ("id", "status", "failed_reason", "video_output", "output"),
    "link_to_videos_preview_create": ("id", "status", "failed_reason", "video_output", "output"),
    "link_to_videos_preview_list_async_create": ("id", "status", "failed_reason", "previews"),
    "ai_shorts_create": ("id", "status", "failed_reason", "video_output", "output"),
    "ai_shorts_preview_create": ("id", "status", "failed_reason", "video_output", "output"),
    "ai_editing_create": ("id", "status", "failed_reason", "video_output", "output"),
    "ai_editing_preview_create": ("id", "status", "failed_reason", "video_output", "output"),
    "custom_template_jobs_create": ("id", "status", "failed_reason", "video_output", "output"),
    "custom_templates_preview_create": ("id", "status", "failed_reason", "output"),
    "product_to_videos_gen_image_create": None,
    "product_to_videos_gen_video_create": None,
    "asset_generator_create": None,
    "inspiration_jobs_create": None,
    "iab_images_create": None,
    "ads_clone_create": ("id", "status", "failed_reason", "video_output", "output"),
    "text_generator_create": None,
    "sse_text_generator_create": None,
    "ai_scripts_create": None,
}


"""The keys of the body that each operation with a callback POSTs to `webhook_url`, in order; None where the body is a job itself (the model a GET answers)."""


OPERATION_DOCS: dict[str, str] = {
    "personas_v2_create": "Uploads the training video (`lipsync_input`) and the consent video as `multipart/form-data`; the same path takes JSON with public video URLs. Review takes one to five days: poll `GET /api/personas/{id}/` until `is_active` is true. Uses one of the account's custom-avatar slots.",
    "personas_create": "Like `POST /api/personas_v2/` with JSON: the service fetches the videos from the URLs given. Uses one of the account's custom-avatar slots.",
    "personas_list": "A plain array; the stock catalogue holds 1,500+ personas.",
    "personas_retrieve": "A custom avatar is usable once `is_active` is true; `process_status` ends at `done`, `failed` or `rejected`.",
    "lipsyncs_create": "Start a video task. Needs `creator` and one of `text` or `audio`.\n\nCosts 5 credits per 30 s of video.",
    "lipsyncs_preview_create": "A cheap preview from the same options as `create`; then `render(id)`.\n\nCosts 1 credit per 30 s of video.",
    "lipsyncs_render_create": "Render a previewed task (no request body); then `wait`. Costs 4 credits per 30 s of video.",
    "lipsyncs_multi_avatar_create": 'Starts a multi-scene video from `video_inputs` (the scenes of `lipsyncs_v2`), one entry per scene: the v2 body (the page shows the same scene fields). "Deprecated, please use Create a lipsync v2 task" (the vendor\'s page).\n\nCosts 5 credits per 30 s of video.',
    "lipsyncs_v2_create": "Start a video task from `video_inputs` (one scene or more, one entry per scene).\n\nEvery scene is checked before sending; an error names its path, e.g. `video_inputs[1].voice.input_text`. Costs 5 credits per 30 s with the standard model.",
    "lipsyncs_v2_preview_create": "A cheap preview from the same options as `create`; then `render(id)`.\n\nCosts 1 credit per 30 s of video.",
    "lipsyncs_v2_render_create": "Render a previewed task (no request body); then `wait`. Costs 4 credits per 30 s of video.",
    "text_to_speech_create": "Start a text-to-speech task from `script` (up to 8,000 characters) and an `accent` id; the audio URL comes in `output` once `status` is `done`. Costs 1 credit per 30 s of audio.",
    "text_to_speech_paginated_list": "The page shape of `GET /api/personas/paginated/`. Only a third-party client shows this path (openapi/README.md).",
    "aurora_create": "Start an Aurora task from an `image` URL and an `audio` URL. Costs 1 credit per second of video (`aurora_v1`) or 0.5 (`aurora_v1_fast`), rounded up.",
    "links_create": "Answers 400 when the page cannot be scraped or has no image or video.",
    "links_paginated_list": "The page shape of `GET /api/personas/paginated/`. Only a third-party client shows this path (openapi/README.md).",
    "link_to_videos_create": "Start a video task from a link (`link`, the id from `links.create`, `POST /api/links/`).\n\nCosts credits (the vendor publishes no rate for it; the finished job's `credits_used` says how many).",
    "link_to_videos_preview_create": "A preview from the same options as `create`; its `preview` URL shows it. Then `render(id)`. Costs 1 credit per 30 s.",
    "link_to_videos_render_create": "Render a previewed task (no request body); then `wait`. A task without a preview answers 400. Costs credits (the vendor publishes no rate for it; the finished job's `credits_used` says how many).",
    "link_to_videos_generate_preview_create": "Make (or remake) a task's preview (no request body), which `render` needs: a task without a preview answers 400 to it. Costs credits (the vendor publishes no rate for it). Only a third-party client shows this path (openapi/README.md).",
    "link_to_videos_preview_list_async_create": "Start previews of one link in several `visual_styles`. Asynchronous: the answer is the task, usually with no previews yet.\n\nThe previews arrive later, in a POST to `webhook_url` (a `previews` list of `{media_job, visual_style, aspect_ratio, url}`; it may come more than once), or in the task's `previews` field: poll `get(task.id)` until it is filled. Then `render_single_preview(task.id, media_job)` renders the one you pick.\n\nCosts 1 credit per 30 s, once for all the styles.",
    "link_to_videos_render_single_preview_create": "Render one of a task's `previews`, chosen by its `media_job`; then `wait`.\n\nCosts 4 credits per 30 s of video.",
    "ai_shorts_create": "Start a video from `script`. Costs 5 credits per 30 s of video.",
    "ai_shorts_preview_create": "A preview from the same options; then `render(id)`. Costs 1 credit per 30 s.",
    "ai_shorts_render_create": "Render a previewed task (no request body); then `wait`. Costs credits (the vendor publishes no rate for it; the finished job's `credits_used` says how many).",
    "ai_editing_create": "Start an edit of `video_url`. Costs credits (the vendor publishes no rate for it; the finished job's `credits_used` says how many).",
    "ai_editing_preview_create": "A preview from the same options; then `render(id)`. Costs 1 credit per 30 s.",
    "ai_editing_render_create": "Render a previewed task (no request body); then `wait`. Costs 4 credits per 30 s of video.",
    "custom_template_jobs_create": "Start a video from a template. Costs 5 credits per 30 s with the standard model; 1 credit per second with Aurora-class models, 0.5 with the fast one.",
    "custom_template_jobs_render_create": "Render a previewed task (no request body); then `wait`. Costs credits (the vendor publishes no rate for it; the finished job's `credits_used` says how many).",
    "custom_templates_list": "A plain array. Only third-party client code shows this path, and none shows an item: each is an object with an `id` and whatever else comes (`CustomTemplateListItem`).",
    "custom_templates_preview_create": "The answer's `preview` is a link to watch it; `render` makes the MP4.",
    "custom_templates_render_create": "No request body. The end is announced to the preview's `webhook_url`.",
    "product_to_videos_gen_image_create": "Start a task: a preview image of the product at `product_url`. Once its `status` is `image_generated` (the image is `generated_photo_url`), ask for its video (`gen_video` of the task's `id`).\n\nCosts credits (the vendor publishes no rate for it; the finished job's `credits_used` says how many).",
    "product_to_videos_gen_video_create": "Make the video of a task whose image is ready (`status` `image_generated`); it is ready when `status` is `video_generated`. Costs credits (the vendor publishes no rate for it; the finished job's `credits_used` says how many).",
    "dyoa_create": "Describe an avatar: `name`, `age_group`, `gender`, and optionally `more_details`, `outfit_description`, `background_description`. Photos to choose from appear in `photos` (status `draft`).\n\nCosts credits (the vendor publishes no rate for it; the finished job's `credits_used` says how many).",
    "dyoa_retrieve": "The vendor's DYOA guide polls this path; no reference page documents it.",
    "dyoa_destroy": "No content on success; an id the account does not have answers 404. Only a third-party TypeScript client shows this operation (openapi/README.md).",
    "dyoa_submit_for_review_create": "Send the photo `chosen_photo_id` (one of the `draft` request's `photos`) for review, while the request is `draft`. The review then runs (`pending`, `in_progress`) and ends `done` (the avatar under `reviews[].creator`) or `rejected`: `wait` again. The path is known from public client code only (no vendor page; openapi/README.md). Free (the request's credits were spent by `create`).",
    "asset_generator_create": "Generate with `model_name` from `input_params` (and a `webhook_url`).\n\n`input_params` is checked against the model's `input_params_schema` (`GET /api/asset_generator/schemas/`: one free request for the model list) before the create is sent. Costs the model's per-output price times the number of outputs (the reference page's table, e.g. 4 credits an image for nano-banana; `estimate_credits` looks it up).",
    "asset_generator_schemas": "The guide gives this path; the reference page gives `/api/ai_generations/schemas/` (`ai_generations_schemas`). The SDK tries this one first and falls back on a 404.",
    "inspiration_jobs_create": "Make a job from the template `inspiration_id` with `input_params`.\n\n`input_params` is checked against the template's `input_params_schema` (one free request for the template) before the create is sent. The page also lists form and multipart bodies; JSON carries the same fields. Costs the template's `credit_cost`.",
    "iab_images_create": "Make the banners from an `image` URL. The page also lists form and multipart bodies; JSON carries the same fields. Costs 2 credits a request.",
    "ads_clone_create": "Clone the ad at `video_url` for the product `link` (`aspect_ratio`, `language`). Inferred: the create page was not recovered; the fields are the GET schema's writable ones. Costs about 84 credits (observed live, by third-party code; the vendor publishes no rate).",
    "text_generator_create": "Start a text job. Costs credits by the model's use (`credits_used`).",
    "sse_text_generator_create": "Each event's `data` is a JSON object whose `text` is the next chunk (the event format is inferred: the page gives the path, the body and the 400 only). Costs what `POST /api/text_generator/` costs.",
    "ai_scripts_create": "Write scripts for `link` (`language`, `target_audience`, `video_length`, `script_styles`). Costs credits (the vendor publishes no rate; `credits_used` says how many).",
}


"""Each operation's description, paragraphs apart: the docstring of the method that sends it (`_jobs.Call`)."""


OPERATION_SUMMARIES: dict[str, str] = {
    "personas_v2_create": "Create a custom avatar by uploading video files (or by URLs, as JSON)",
    "personas_v2_list": "List your own custom avatars",
    "personas_v2_count_retrieve": "Count your custom avatars and the slots you have",
    "personas_create": "Create a custom avatar from public video URLs",
    "personas_list": "List all stock and custom personas",
    "personas_paginated_list": "List all stock and custom personas, one page at a time",
    "personas_retrieve": "Get one persona; the status check of a custom avatar",
    "lipsyncs_create": "Create an AI Avatar v1 video task",
    "lipsyncs_list": "List your AI Avatar v1 video tasks",
    "lipsyncs_retrieve": "Get one AI Avatar v1 video task (status, progress, output)",
    "lipsyncs_preview_create": "Create a cheap preview of an AI Avatar v1 video",
    "lipsyncs_render_create": "Render an AI Avatar v1 task that was previewed",
    "voices_list": "List voices and their accents",
    "remaining_credits_retrieve": "Get the account's remaining credits",
    "lipsyncs_multi_avatar_create": "Create a multi-scene AI Avatar v1 video (deprecated by the vendor for lipsyncs_v2)",
    "lipsyncs_v2_create": "Create an AI Avatar v2 (multi-scene) video task",
    "lipsyncs_v2_list": "List your AI Avatar v2 video tasks",
    "lipsyncs_v2_retrieve": "Get one AI Avatar v2 video task (status, progress, output)",
    "lipsyncs_v2_preview_create": "Create a cheap preview of an AI Avatar v2 video",
    "lipsyncs_v2_render_create": "Render an AI Avatar v2 task that was previewed",
    "text_to_speech_create": "Create a text-to-speech task",
    "text_to_speech_list": "List your text-to-speech tasks",
    "text_to_speech_paginated_list": "List your text-to-speech tasks, one page at a time",
    "text_to_speech_retrieve": "Get one text-to-speech task (status, output)",
    "aurora_create": "Create an Aurora video task from a photo and an audio clip",
    "aurora_retrieve": "Get one Aurora video task (status, progress, video_output)",
    "links_create": "Create a link by scraping a product page",
    "links_list": "List your links",
    "links_paginated_list": "List your links, one page at a time",
    "links_link_with_params_create": "Create a link from your own product data",
    "links_retrieve": "Get one link",
    "links_update": "Replace a link's title, description, images and videos",
    "link_to_videos_create": "Create a video task from a link",
    "link_to_videos_list": "List your link-to-video tasks",
    "link_to_videos_retrieve": "Get one link-to-video task (status, previews, output)",
    "link_to_videos_preview_create": "Create a preview of a video from a link",
    "link_to_videos_render_create": "Render a link-to-video task that was previewed",
    "link_to_videos_generate_preview_create": "Make (or remake) the preview of a link-to-video task",
    "link_to_videos_preview_list_async_create": "Create previews of a link in several visual styles, asynchronously",
    "link_to_videos_render_single_preview_create": "Render one of the previews of a link-to-video task",
    "ai_shorts_create": "Create an AI Shorts video task from a script",
    "ai_shorts_list": "List your AI Shorts tasks",
    "ai_shorts_retrieve": "Get one AI Shorts task (status, progress, video_output)",
    "ai_shorts_preview_create": "Create a preview of an AI Shorts video",
    "ai_shorts_render_create": "Render an AI Shorts task that was previewed",
    "ai_editing_create": "Create an AI Editing task for a video",
    "ai_editing_list": "List your AI Editing tasks",
    "ai_editing_retrieve": "Get one AI Editing task (status, progress, video_output)",
    "ai_editing_preview_create": "Create a preview of an AI Editing video",
    "ai_editing_render_create": "Render an AI Editing task that was previewed",
    "custom_template_jobs_create": "Create a video task from one of your custom templates",
    "custom_template_jobs_retrieve": "Get one custom-template video task (status, progress, video_output)",
    "custom_template_jobs_render_create": "Render a custom-template video task",
    "custom_templates_list": "List your custom templates",
    "custom_templates_preview_create": "Preview a fixed-template video (the older custom-template API)",
    "custom_templates_render_create": "Render a fixed-template video that was previewed",
    "product_to_videos_gen_image_create": "Create a product-to-video task: a preview image from a product image",
    "product_to_videos_gen_video_create": "Make the video of a product-to-video task from its preview image",
    "product_to_videos_list": "List your product-to-video tasks",
    "product_to_videos_retrieve": "Get one product-to-video task (status, URLs)",
    "dyoa_create": "Create a Design-Your-Own-Avatar request from a description",
    "dyoa_list": "List your Design-Your-Own-Avatar requests",
    "dyoa_retrieve": "Get one Design-Your-Own-Avatar request (photos, reviews, status)",
    "dyoa_destroy": "Delete a Design-Your-Own-Avatar request",
    "dyoa_submit_for_review_create": "Submit one generated photo of a Design-Your-Own-Avatar request for review",
    "musics_list": "List background-music tracks",
    "music_categories_list": "List background-music categories",
    "asset_generator_create": "Generate images, videos or audio with a model (asset generator)",
    "asset_generator_retrieve": "Get one asset-generator job (status, assets)",
    "asset_generator_schemas": "List the asset generator's models and their input_params schemas",
    "ai_generations_schemas": "The same model list at the path the reference page gives",
    "inspirations_list": "List the AI ad templates",
    "inspirations_retrieve": "Get one AI ad template (its input_params_schema and credit_cost)",
    "inspiration_jobs_create": "Make a job from an AI ad template",
    "inspiration_jobs_retrieve": "Get one AI ad template job (status, assets)",
    "iab_images_create": "Make image ads in the IAB banner sizes from one image",
    "iab_images_retrieve": "Get one image-ads task (status, the image of each size)",
    "ads_clone_create": "Make an ad modelled on a reference ad video (Ad Clone)",
    "ads_clone_retrieve": "Get one Ad Clone task",
    "text_generator_create": "Generate text with a Gemini model (a job; poll it or take the webhook)",
    "text_generator_retrieve": "Get one text generation job (status, response_text)",
    "sse_text_generator_create": "Generate text, streamed as server-sent events",
    "ai_scripts_create": "Write ad scripts for a product link",
    "ai_scripts_list": "List AI scripts tasks (by ids, in an order)",
    "ai_scripts_retrieve": "Get one AI scripts task (generated_scripts)",
}


"""Each operation's summary: the docstring of a method that reads (`_jobs.Call`)."""


# ---------------------------------------------------------------- keyword arguments


class AvatarDetails(TypedDict, total=False):
    """A custom-avatar upload (multipart/form-data).

    Fields:
        gender (required): `m` (male), `f` (female) or `nb` (non-binary); one of `m`, `f`,
            `nb`.
        creator_name (required): Name of the persona, used to identify the real person, not
            for display; at most 255 characters.
        video_scene: A word to describe the background setting, e.g. `office`; at most 255
            characters.
        keywords: Keywords, comma separated; at most 255 characters.
        labels: Labels for the avatar.
        webhook_url: Called when the avatar is created; an http(s) URL; at most 200
            characters.
        gdown_url: A Google Drive URL of the training video; an http(s) URL.
        original_voice_provider: The provider of the avatar's original voice (the vendor's
            default `elevenlabs`); one of `elevenlabs`, `minimax`, `fishaudio`.
    """

    gender: Required[str | models.Gender]
    """`m` (male), `f` (female) or `nb` (non-binary)."""
    creator_name: Required[str]
    """Name of the persona, used to identify the real person, not for display."""
    video_scene: str | None
    """A word to describe the background setting, e.g. `office`."""
    keywords: str | None
    """Keywords, comma separated."""
    labels: Sequence[str] | None
    """Labels for the avatar."""
    webhook_url: str | None
    """Called when the avatar is created."""
    gdown_url: str | None
    """A Google Drive URL of the training video."""
    original_voice_provider: str | models.OriginalVoiceProvider | None
    """The provider of the avatar's original voice (the vendor's default `elevenlabs`)."""


class PersonaUrlOptions(TypedDict, total=False):
    """A custom-avatar request with publicly reachable video URLs (JSON).

    Fields:
        gender (required): `m` (male), `f` (female) or `nb` (non-binary); one of `m`, `f`,
            `nb`.
        creator_name (required): Name of the persona, used to identify the real person, not
            for display; at most 255 characters.
        video_scene: A word to describe the background setting, e.g. `office`; at most 255
            characters.
        keywords: Keywords, comma separated; at most 255 characters.
        lipsync_input: Public URL of the training video; an http(s) URL.
        consent_video: Public URL of the consent video; an http(s) URL.
        labels:
        webhook_url: Called when the avatar is created; an http(s) URL; at most 200
            characters.
        gdown_url: A Google Drive URL of the training video, instead of `lipsync_input`; an
            http(s) URL.
        original_voice_provider: The provider of the avatar's original voice (the vendor's
            default `elevenlabs`); one of `elevenlabs`, `minimax`, `fishaudio`.
    """

    gender: Required[str | models.Gender]
    """`m` (male), `f` (female) or `nb` (non-binary)."""
    creator_name: Required[str]
    """Name of the persona, used to identify the real person, not for display."""
    video_scene: str | None
    """A word to describe the background setting, e.g. `office`."""
    keywords: str | None
    """Keywords, comma separated."""
    lipsync_input: str | None
    """Public URL of the training video."""
    consent_video: str | None
    """Public URL of the consent video."""
    labels: Sequence[str] | None
    webhook_url: str | None
    """Called when the avatar is created."""
    gdown_url: str | None
    """A Google Drive URL of the training video, instead of `lipsync_input`."""
    original_voice_provider: str | models.OriginalVoiceProvider | None
    """The provider of the avatar's original voice (the vendor's default `elevenlabs`)."""


class LipsyncOptions(TypedDict, total=False):
    """An AI Avatar v1 task. Give `text` or `audio`, one of them.

    Fields:
        creator (required): The persona's id; a UUID.
        text: The script the persona speaks; at most 3600 characters.
        audio: URL of an audio file the persona lip-syncs to, instead of a text; an http(s)
            URL.
        name: At most 255 characters.
        aspect_ratio: The video's shape. Both spellings are taken; responses use the `x`
            form (`9:16` comes back as `9x16`); one of `16:9`, `1:1`, `9:16`, `16x9`, `1x1`,
            `9x16`.
        accent: A voice accent id from `GET /api/voices/`.
        webhook_url: An http(s) URL; at most 200 characters.
        green_screen: Put the avatar on a green screen; True or False.
        transparent_background: A transparent background; True or False.
        no_caption: No captions; True or False.
        no_music: No background music; True or False.
        caption_style: For example `normal-black`.
        caption_position: Where the caption goes; only `center` for now; one of `center`.
        caption_offset_x: A decimal string from -0.5 to 0.5; matching `^-?\\d*\\.?\\d+$`.
        caption_offset_y: A decimal string from -0.5 to 0.5; matching `^-?\\d*\\.?\\d+$`.
        background_asset_image_url: URL of a background image; an http(s) URL; at most 1024
            characters.
        model_version: The lipsync model; `standard` is the default, the `aurora_*` models
            cost more; one of `standard`, `aurora_v1`, `aurora_v1_fast`.
    """

    creator: Required[str | uuid.UUID]
    """The persona's id."""
    text: str | None
    """The script the persona speaks."""
    audio: str | None
    """URL of an audio file the persona lip-syncs to, instead of a text."""
    name: str | None
    aspect_ratio: str | models.AspectRatio | None
    """The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`)."""
    accent: str | None
    """A voice accent id from `GET /api/voices/`."""
    webhook_url: str | None
    green_screen: bool | None
    """Put the avatar on a green screen."""
    transparent_background: bool | None
    """A transparent background."""
    no_caption: bool | None
    """No captions."""
    no_music: bool | None
    """No background music."""
    caption_style: str | None
    """For example `normal-black`."""
    caption_position: str | models.LipsyncCreateRequestCaptionPosition | None
    """Where the caption goes; only `center` for now."""
    caption_offset_x: str | float | None
    """A decimal string from -0.5 to 0.5."""
    caption_offset_y: str | float | None
    """A decimal string from -0.5 to 0.5."""
    background_asset_image_url: str | None
    """URL of a background image."""
    model_version: str | models.ModelVersion | None
    """The lipsync model; `standard` is the default, the `aurora_*` models cost more."""


class LipsyncV2Options(TypedDict, total=False):
    """An AI Avatar v2 (multi-scene) task.

    Fields:
        video_inputs (required): The scenes of the video, in order; at least 1 item(s).
        aspect_ratio: The video's shape. Both spellings are taken; responses use the `x`
            form (`9:16` comes back as `9x16`); one of `16:9`, `1:1`, `9:16`, `16x9`, `1x1`,
            `9x16`.
        background_music: Music under the whole video, and its volume.
        cta_end: Call to action at the end of the video (`cta_background`, `cta_logo`,
            `cta_caption`).
        webhook_url: An http(s) URL; at most 200 characters.
        name: At most 255 characters.
        model_version: The lipsync model; `standard` is the default, the `aurora_*` models
            cost more; one of `standard`, `aurora_v1`, `aurora_v1_fast`.
    """

    video_inputs: Required[Sequence[Scene | models.VideoInput | Mapping[str, Any]]]
    """The scenes of the video, in order."""
    aspect_ratio: str | models.AspectRatio | None
    """The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`)."""
    background_music: Music | models.BackgroundMusic | Mapping[str, Any] | None
    """Music under the whole video, and its volume."""
    cta_end: Mapping[str, Any] | None
    """Call to action at the end of the video (`cta_background`, `cta_logo`, `cta_caption`)."""
    webhook_url: str | None
    name: str | None
    model_version: str | models.ModelVersion | None
    """The lipsync model; `standard` is the default, the `aurora_*` models cost more."""


class TextToSpeechOptions(TypedDict, total=False):
    """A text-to-speech task.

    Fields:
        script (required): The text to speak (up to 8,000 characters; older pages say
            4,000); at most 8000 characters.
        accent: A voice accent id from `GET /api/voices/`.
        name: At most 255 characters.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    script: Required[str]
    """The text to speak (up to 8,000 characters; older pages say 4,000)."""
    accent: str | None
    """A voice accent id from `GET /api/voices/`."""
    name: str | None
    webhook_url: str | None


class AuroraOptions(TypedDict, total=False):
    """An Aurora task (a photo and an audio clip to a talking video).

    Fields:
        image (required): URL of a PNG, JPEG or WebP image; an http(s) URL.
        audio (required): URL of an MP3 or WAV file, 60 seconds at most; an http(s) URL.
        name: At most 255 characters.
        text_prompt: Visual style, scene, camera, mood and motion hints.
        prompt_guidance_scale: How closely the video follows `text_prompt`; from 0; to 10.
        model_version: The Aurora model; `aurora_v1` is the default; one of `aurora_v1`,
            `aurora_v1_fast`.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    image: Required[str]
    """URL of a PNG, JPEG or WebP image."""
    audio: Required[str]
    """URL of an MP3 or WAV file, 60 seconds at most."""
    name: str | None
    text_prompt: str | None
    """Visual style, scene, camera, mood and motion hints."""
    prompt_guidance_scale: float | None
    """How closely the video follows `text_prompt`."""
    model_version: str | models.AuroraModelVersion | None
    """The Aurora model; `aurora_v1` is the default."""
    webhook_url: str | None


class LinkOptions(TypedDict, total=False):
    """A product page to scrape into a link.

    Fields:
        url (required): The product page URL; an http(s) URL.
    """

    url: Required[str]
    """The product page URL."""


class LinkParams(TypedDict, total=False):
    """A link made (or replaced) from your own product data. Give at least one video, or at least three images.

    Fields:
        title: The product's name.
        description: The product's description.
        image_urls: Image URLs of the product (three or more, unless a video is given).
        video_urls: Video URLs of the product.
        logo_url: URL of the product's logo; an http(s) URL.
    """

    title: str | None
    """The product's name."""
    description: str | None
    """The product's description."""
    image_urls: Sequence[str] | None
    """Image URLs of the product (three or more, unless a video is given)."""
    video_urls: Sequence[str] | None
    """Video URLs of the product."""
    logo_url: str | None
    """URL of the product's logo."""


class LinkToVideoOptions(TypedDict, total=False):
    """A video from a link (also the body of `preview`).

    Fields:
        link (required): The id of a link (`POST /api/links/`); a UUID.
        name: At most 255 characters.
        target_platform: For example `Instagram`.
        target_audience: For example `Young Adults`.
        language: A language code such as `en` (default) or `ar`.
        video_length: Seconds, e.g. 15 or 30; from 1.
        aspect_ratio: The video's shape. Both spellings are taken; responses use the `x`
            form (`9:16` comes back as `9x16`); one of `16:9`, `1:1`, `9:16`, `16x9`, `1x1`,
            `9x16`.
        script_style: For example `BenefitsV2` or `DIY`; matching `^[A-Za-z0-9_-]+$`.
        visual_style: For example `AvatarBubbleTemplate`; matching `^[A-Za-z0-9_-]+$`.
        override_avatar: A persona id to use instead of the matched one; a UUID.
        override_voice: A voice accent id to use instead of the avatar's.
        override_script: A script to use instead of the one the service writes.
        background_music_url: URL of the background music; random music if not given; an
            http(s) URL; at most 255 characters.
        background_music_volume: Volume of the background music (the visual style's if not
            given); from 0; to 1.
        voiceover_volume: Volume of the voice-over; from 0; to 1.
        webhook_url: An http(s) URL; at most 200 characters.
        no_background_music: No background music; True or False.
        no_caption: No captions; True or False.
        no_emotion: Turn emotion off; True or False.
        no_cta: No call to action; True or False.
        no_stock_broll: No stock B-roll footage; True or False.
        caption_style: A caption style name, for example `normal-black`.
        caption_offset_x: A decimal string from -0.5 to 0.5; matching `^-?\\d*\\.?\\d+$`.
        caption_offset_y: A decimal string from -0.5 to 0.5; matching `^-?\\d*\\.?\\d+$`.
        caption_setting: Caption look; every field is optional.
        model_version: The lipsync model; `standard` is the default, the `aurora_*` models
            cost more; one of `standard`, `aurora_v1`, `aurora_v1_fast`.
    """

    link: Required[str | uuid.UUID]
    """The id of a link (`POST /api/links/`)."""
    name: str | None
    target_platform: str | None
    """For example `Instagram`."""
    target_audience: str | None
    """For example `Young Adults`."""
    language: str | None
    """A language code such as `en` (default) or `ar`."""
    video_length: int | None
    """Seconds, e.g. 15 or 30."""
    aspect_ratio: str | models.AspectRatio | None
    """The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`)."""
    script_style: str | None
    """For example `BenefitsV2` or `DIY`."""
    visual_style: str | None
    """For example `AvatarBubbleTemplate`."""
    override_avatar: str | uuid.UUID | None
    """A persona id to use instead of the matched one."""
    override_voice: str | None
    """A voice accent id to use instead of the avatar's."""
    override_script: str | None
    """A script to use instead of the one the service writes."""
    background_music_url: str | None
    """URL of the background music; random music if not given."""
    background_music_volume: float | None
    """Volume of the background music (the visual style's if not given)."""
    voiceover_volume: float | None
    """Volume of the voice-over."""
    webhook_url: str | None
    no_background_music: bool | None
    """No background music."""
    no_caption: bool | None
    """No captions."""
    no_emotion: bool | None
    """Turn emotion off."""
    no_cta: bool | None
    """No call to action."""
    no_stock_broll: bool | None
    """No stock B-roll footage."""
    caption_style: str | None
    """A caption style name, for example `normal-black`."""
    caption_offset_x: str | float | None
    """A decimal string from -0.5 to 0.5."""
    caption_offset_y: str | float | None
    """A decimal string from -0.5 to 0.5."""
    caption_setting: models.CaptionSetting | Mapping[str, Any] | None
    """Caption look; every field is optional."""
    model_version: str | models.ModelVersion | None
    """The lipsync model; `standard` is the default, the `aurora_*` models cost more."""


class PreviewListOptions(TypedDict, total=False):
    """Previews of one link in several visual styles, made asynchronously.

    Fields:
        link (required): The id of a link (`POST /api/links/`); a UUID.
        name: At most 255 characters.
        target_platform: For example `Instagram`.
        target_audience: For example `Young Adults`.
        language: A language code such as `en` (default) or `ar`.
        video_length: Seconds, e.g. 15 or 30; from 1.
        aspect_ratio: The video's shape. Both spellings are taken; responses use the `x`
            form (`9:16` comes back as `9x16`); one of `16:9`, `1:1`, `9:16`, `16x9`, `1x1`,
            `9x16`.
        script_style: For example `BenefitsV2` or `DIY`; matching `^[A-Za-z0-9_-]+$`.
        visual_style: For example `AvatarBubbleTemplate`; matching `^[A-Za-z0-9_-]+$`.
        override_avatar: A persona id to use instead of the matched one; a UUID.
        override_voice: A voice accent id to use instead of the avatar's.
        override_script: A script to use instead of the one the service writes.
        background_music_url: URL of the background music; random music if not given; an
            http(s) URL; at most 255 characters.
        background_music_volume: Volume of the background music (the visual style's if not
            given); from 0; to 1.
        voiceover_volume: Volume of the voice-over; from 0; to 1.
        webhook_url: An http(s) URL; at most 200 characters.
        no_background_music: No background music; True or False.
        no_caption: No captions; True or False.
        no_emotion: Turn emotion off; True or False.
        no_cta: No call to action; True or False.
        no_stock_broll: No stock B-roll footage; True or False.
        caption_style: A caption style name, for example `normal-black`.
        caption_offset_x: A decimal string from -0.5 to 0.5; matching `^-?\\d*\\.?\\d+$`.
        caption_offset_y: A decimal string from -0.5 to 0.5; matching `^-?\\d*\\.?\\d+$`.
        caption_setting: Caption look; every field is optional.
        model_version: The lipsync model; `standard` is the default, the `aurora_*` models
            cost more; one of `standard`, `aurora_v1`, `aurora_v1_fast`.
        visual_styles (required): At least 1 item(s).
        aspect_ratios:
    """

    link: Required[str | uuid.UUID]
    """The id of a link (`POST /api/links/`)."""
    name: str | None
    target_platform: str | None
    """For example `Instagram`."""
    target_audience: str | None
    """For example `Young Adults`."""
    language: str | None
    """A language code such as `en` (default) or `ar`."""
    video_length: int | None
    """Seconds, e.g. 15 or 30."""
    aspect_ratio: str | models.AspectRatio | None
    """The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`)."""
    script_style: str | None
    """For example `BenefitsV2` or `DIY`."""
    visual_style: str | None
    """For example `AvatarBubbleTemplate`."""
    override_avatar: str | uuid.UUID | None
    """A persona id to use instead of the matched one."""
    override_voice: str | None
    """A voice accent id to use instead of the avatar's."""
    override_script: str | None
    """A script to use instead of the one the service writes."""
    background_music_url: str | None
    """URL of the background music; random music if not given."""
    background_music_volume: float | None
    """Volume of the background music (the visual style's if not given)."""
    voiceover_volume: float | None
    """Volume of the voice-over."""
    webhook_url: str | None
    no_background_music: bool | None
    """No background music."""
    no_caption: bool | None
    """No captions."""
    no_emotion: bool | None
    """Turn emotion off."""
    no_cta: bool | None
    """No call to action."""
    no_stock_broll: bool | None
    """No stock B-roll footage."""
    caption_style: str | None
    """A caption style name, for example `normal-black`."""
    caption_offset_x: str | float | None
    """A decimal string from -0.5 to 0.5."""
    caption_offset_y: str | float | None
    """A decimal string from -0.5 to 0.5."""
    caption_setting: models.CaptionSetting | Mapping[str, Any] | None
    """Caption look; every field is optional."""
    model_version: str | models.ModelVersion | None
    """The lipsync model; `standard` is the default, the `aurora_*` models cost more."""
    visual_styles: Required[Sequence[str]]
    aspect_ratios: Sequence[str | models.AspectRatio] | None


class LinkToVideoRenderSinglePreviewOptions(TypedDict, total=False):
    """The `LinkToVideoRenderSinglePreviewRequest` body.

    Fields:
        media_job (required): The `media_job` of the chosen entry of `previews`; a UUID.
    """

    media_job: Required[str | uuid.UUID]
    """The `media_job` of the chosen entry of `previews`."""


class AiShortsOptions(TypedDict, total=False):
    """An AI Shorts task (a script to a short video).

    Fields:
        script (required): The script of the short video.
        aspect_ratio: The video's shape. Both spellings are taken; responses use the `x`
            form (`9:16` comes back as `9x16`); one of `16:9`, `1:1`, `9:16`, `16x9`, `1x1`,
            `9x16`.
        style: For example `4K realistic`.
        accent: A voice accent id from `GET /api/voices/`.
        caption_setting: Caption look; every field is optional.
        background_music_url: URL of the background music; an http(s) URL; at most 255
            characters.
        background_music_volume: Volume of the background music; from 0; to 1.
        voiceover_volume: Volume of the voice-over; from 0; to 1.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    script: Required[str]
    """The script of the short video."""
    aspect_ratio: str | models.AspectRatio | None
    """The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`)."""
    style: str | None
    """For example `4K realistic`."""
    accent: str | None
    """A voice accent id from `GET /api/voices/`."""
    caption_setting: models.CaptionSetting | Mapping[str, Any] | None
    """Caption look; every field is optional."""
    background_music_url: str | None
    """URL of the background music."""
    background_music_volume: float | None
    """Volume of the background music."""
    voiceover_volume: float | None
    """Volume of the voice-over."""
    webhook_url: str | None


class AiEditingOptions(TypedDict, total=False):
    """An AI Editing task (an uploaded video, edited in a style).

    Fields:
        video_url (required): URL of the video to edit; an http(s) URL.
        editing_style: The AI Editing style; one of `film`, `geometric_gradient`, `glitch`,
            `glitter_gradient`, `paper`.
        caption_setting: Caption look; every field is optional.
        background_music_url: URL of the background music; an http(s) URL; at most 255
            characters.
        background_music_volume: Volume of the background music; from 0; to 1.
        voiceover_volume: Volume of the voice-over; from 0; to 1.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    video_url: Required[str]
    """URL of the video to edit."""
    editing_style: str | models.EditingStyle | None
    """The AI Editing style."""
    caption_setting: models.CaptionSetting | Mapping[str, Any] | None
    """Caption look; every field is optional."""
    background_music_url: str | None
    """URL of the background music."""
    background_music_volume: float | None
    """Volume of the background music."""
    voiceover_volume: float | None
    """Volume of the voice-over."""
    webhook_url: str | None


class CustomTemplateJobOptions(TypedDict, total=False):
    """A video from one of your custom templates.

    Fields:
        template_id (required): The template's id; a UUID.
        variables (required): The template's variables (JSON).
        name: At most 255 characters.
        webhook_url: An http(s) URL; at most 200 characters.
        model_version: The lipsync model; `standard` is the default, the `aurora_*` models
            cost more; one of `standard`, `aurora_v1`, `aurora_v1_fast`.
        is_hidden: Hide the job; True or False.
    """

    template_id: Required[str | uuid.UUID]
    """The template's id."""
    variables: Required[Mapping[str, Any]]
    """The template's variables (JSON)."""
    name: str | None
    webhook_url: str | None
    model_version: str | models.ModelVersion | None
    """The lipsync model; `standard` is the default, the `aurora_*` models cost more."""
    is_hidden: bool | None
    """Hide the job."""


class CustomTemplatePreviewOptions(TypedDict, total=False):
    """A preview of a fixed template (the older custom-template API).

    Fields:
        visual_style (required): The fixed template, e.g. `style1`; at most 255 characters.
        data (required): The template's fields (JSON): `address`, `city`, `state`, `sqft`,
            `bedrooms`, `bathrooms`, `price`, `estimated_monthly_payment`, `openhouseDate_1`
            (`date`, `time`), `listing_images` (`image_1` to `image_5`), `location_image`,
            `name`, `email`, `phone_number`, `office_name`, `head_shot`.
        name: A name for the video; at most 255 characters.
        webhook_url: Called when the render ends (there is no GET); an http(s) URL; at most
            200 characters.
    """

    visual_style: Required[str]
    """The fixed template, e.g. `style1`."""
    data: Required[Mapping[str, Any]]
    """The template's fields (JSON): `address`, `city`, `state`, `sqft`, `bedrooms`, `bathrooms`, `price`, `estimated_monthly_payment`, `openhouseDate_1` (`date`, `time`), `listing_images` (`image_1` to `image_5`), `location_image`, `name`, `email`, `phone_number`, `office_name`, `head_shot`."""
    name: str | None
    """A name for the video."""
    webhook_url: str | None
    """Called when the render ends (there is no GET)."""


class ProductImageOptions(TypedDict, total=False):
    """A product image to a preview image (the first step of product to video).

    Fields:
        type: The flow; `product_anyshot` (default) is the one documented in full; matching
            `^[A-Za-z0-9_-]+$`.
        product_url (required): URL of the product image; an http(s) URL; at most 200
            characters.
        image_prompt: What the preview image should show.
        aspect_ratio: The video's shape. Both spellings are taken; responses use the `x`
            form (`9:16` comes back as `9x16`); one of `16:9`, `1:1`, `9:16`, `16x9`, `1x1`,
            `9x16`.
        override_avatar: A persona id; a UUID.
        product_showcase_url: URL of a product showcase image; an http(s) URL.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    type: str | None
    """The flow; `product_anyshot` (default) is the one documented in full."""
    product_url: Required[str]
    """URL of the product image."""
    image_prompt: str | None
    """What the preview image should show."""
    aspect_ratio: str | models.AspectRatio | None
    """The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`)."""
    override_avatar: str | uuid.UUID | None
    """A persona id."""
    product_showcase_url: str | None
    """URL of a product showcase image."""
    webhook_url: str | None


class ProductVideoOptions(TypedDict, total=False):
    """The preview image of a task to a video (the second step).

    Fields:
        motion_style: For example `talking`; matching `^[A-Za-z0-9_-]+$`.
        video_prompt: What the video should show.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    motion_style: str | None
    """For example `talking`."""
    video_prompt: str | None
    """What the video should show."""
    webhook_url: str | None


class DyoaOptions(TypedDict, total=False):
    """A Design-Your-Own-Avatar request (an avatar described in words).

    Fields:
        name (required): A name for the avatar; at most 255 characters.
        age_group (required): For example `infant`, `child`, `young_adult`,
            `early_middle_age` (the whole set is not documented); matching
            `^[A-Za-z0-9_-]+$`.
        gender (required): `m` (male), `f` (female) or `nb` (non-binary); one of `m`, `f`,
            `nb`.
        more_details: Face, hair, build.
        outfit_description: What the avatar wears.
        background_description: The setting behind the avatar.
    """

    name: Required[str]
    """A name for the avatar."""
    age_group: Required[str]
    """For example `infant`, `child`, `young_adult`, `early_middle_age` (the whole set is not documented)."""
    gender: Required[str | models.Gender]
    """`m` (male), `f` (female) or `nb` (non-binary)."""
    more_details: str | None
    """Face, hair, build."""
    outfit_description: str | None
    """What the avatar wears."""
    background_description: str | None
    """The setting behind the avatar."""


class DyoaSubmitForReviewOptions(TypedDict, total=False):
    """The photo (one of the request's `photos`, status `draft`) to make the avatar from.

    Fields:
        chosen_photo_id (required): A UUID.
    """

    chosen_photo_id: Required[str | uuid.UUID]


class AssetGeneratorOptions(TypedDict, total=False):
    """An asset-generator job (an image, video or audio file from a model).

    Fields:
        model_name (required): A model of `GET /api/asset_generator/schemas/`, e.g. `nano-
            banana`; at most 255 characters.
        input_params (required): The model's parameters; they must satisfy its
            `input_params_schema`.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    model_name: Required[str]
    """A model of `GET /api/asset_generator/schemas/`, e.g. `nano-banana`."""
    input_params: Required[Mapping[str, Any]]
    """The model's parameters; they must satisfy its `input_params_schema`."""
    webhook_url: str | None


class InspirationJobOptions(TypedDict, total=False):
    """A job from an AI ad template.

    Fields:
        inspiration_id (required): The AI ad template's id (`GET /api/inspirations/`); a
            UUID.
        input_params (required): The template's parameters (keys are its labels, e.g.
            `Product Image`); they must satisfy its `input_params_schema`.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    inspiration_id: Required[str | uuid.UUID]
    """The AI ad template's id (`GET /api/inspirations/`)."""
    input_params: Required[Mapping[str, Any]]
    """The template's parameters (keys are its labels, e.g. `Product Image`); they must satisfy its `input_params_schema`."""
    webhook_url: str | None


class IabImagesOptions(TypedDict, total=False):
    """Image ads in several IAB banner sizes from one image.

    Fields:
        image (required): URL of the source image; an http(s) URL.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    image: Required[str]
    """URL of the source image."""
    webhook_url: str | None


class AdsCloneOptions(TypedDict, total=False):
    """An Ad Clone task (inferred from the GET schema; the create page was not recovered).

    Fields:
        link (required): A link (`/api/links/`) that has at least one image; a UUID.
        video_url (required): The reference ad video; an http(s) URL.
        aspect_ratio: E.g. `9x16` (the default); at most 16 characters.
        language: The video's language; null keeps the reference video's; at most 32
            characters.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    link: Required[str | uuid.UUID]
    """A link (`/api/links/`) that has at least one image."""
    video_url: Required[str]
    """The reference ad video."""
    aspect_ratio: str | None
    """e.g. `9x16` (the default)."""
    language: str | None
    """The video's language; null keeps the reference video's."""
    webhook_url: str | None


class TextGeneratorOptions(TypedDict, total=False):
    """A text generation request.

    Fields:
        model_name (required): A Gemini model, e.g. `gemini-2.5-flash`; at most 255
            characters.
        messages (required): At least 1 item(s).
        system_instruction: Instructions the model follows for the whole conversation.
        config: Generation settings (all optional).
        webhook_url: An http(s) URL; at most 200 characters.
    """

    model_name: Required[str]
    """A Gemini model, e.g. `gemini-2.5-flash`."""
    messages: Required[Sequence[models.TextGeneratorMessage | Mapping[str, Any]]]
    system_instruction: str | None
    """Instructions the model follows for the whole conversation."""
    config: models.TextGeneratorConfig | Mapping[str, Any] | None
    """Generation settings (all optional)."""
    webhook_url: str | None


class AiScriptOptions(TypedDict, total=False):
    """Ad scripts for a product link.

    Fields:
        link (required): A link (`/api/links/`) with the product; a UUID.
        language: E.g. `en`; at most 32 characters.
        target_audience: Who the ad is for; at most 1000 characters.
        video_length: Seconds; from 1.
        script_styles: Script styles to write.
        webhook_url: An http(s) URL; at most 200 characters.
    """

    link: Required[str | uuid.UUID]
    """A link (`/api/links/`) with the product."""
    language: str | None
    """e.g. `en`."""
    target_audience: str | None
    """Who the ad is for."""
    video_length: int | None
    """Seconds."""
    script_styles: Sequence[str] | None
    """Script styles to write."""
    webhook_url: str | None


class VideoFromUrlOptions(TypedDict, total=False):
    """A video from a link (also the body of `preview`). Without `link`.

    Fields:
        name: At most 255 characters.
        target_platform: For example `Instagram`.
        target_audience: For example `Young Adults`.
        language: A language code such as `en` (default) or `ar`.
        video_length: Seconds, e.g. 15 or 30; from 1.
        aspect_ratio: The video's shape. Both spellings are taken; responses use the `x`
            form (`9:16` comes back as `9x16`); one of `16:9`, `1:1`, `9:16`, `16x9`, `1x1`,
            `9x16`.
        script_style: For example `BenefitsV2` or `DIY`; matching `^[A-Za-z0-9_-]+$`.
        visual_style: For example `AvatarBubbleTemplate`; matching `^[A-Za-z0-9_-]+$`.
        override_avatar: A persona id to use instead of the matched one; a UUID.
        override_voice: A voice accent id to use instead of the avatar's.
        override_script: A script to use instead of the one the service writes.
        background_music_url: URL of the background music; random music if not given; an
            http(s) URL; at most 255 characters.
        background_music_volume: Volume of the background music (the visual style's if not
            given); from 0; to 1.
        voiceover_volume: Volume of the voice-over; from 0; to 1.
        webhook_url: An http(s) URL; at most 200 characters.
        no_background_music: No background music; True or False.
        no_caption: No captions; True or False.
        no_emotion: Turn emotion off; True or False.
        no_cta: No call to action; True or False.
        no_stock_broll: No stock B-roll footage; True or False.
        caption_style: A caption style name, for example `normal-black`.
        caption_offset_x: A decimal string from -0.5 to 0.5; matching `^-?\\d*\\.?\\d+$`.
        caption_offset_y: A decimal string from -0.5 to 0.5; matching `^-?\\d*\\.?\\d+$`.
        caption_setting: Caption look; every field is optional.
        model_version: The lipsync model; `standard` is the default, the `aurora_*` models
            cost more; one of `standard`, `aurora_v1`, `aurora_v1_fast`.
    """

    name: str | None
    target_platform: str | None
    """For example `Instagram`."""
    target_audience: str | None
    """For example `Young Adults`."""
    language: str | None
    """A language code such as `en` (default) or `ar`."""
    video_length: int | None
    """Seconds, e.g. 15 or 30."""
    aspect_ratio: str | models.AspectRatio | None
    """The video's shape. Both spellings are taken; responses use the `x` form (`9:16` comes back as `9x16`)."""
    script_style: str | None
    """For example `BenefitsV2` or `DIY`."""
    visual_style: str | None
    """For example `AvatarBubbleTemplate`."""
    override_avatar: str | uuid.UUID | None
    """A persona id to use instead of the matched one."""
    override_voice: str | None
    """A voice accent id to use instead of the avatar's."""
    override_script: str | None
    """A script to use instead of the one the service writes."""
    background_music_url: str | None
    """URL of the background music; random music if not given."""
    background_music_volume: float | None
    """Volume of the background music (the visual style's if not given)."""
    voiceover_volume: float | None
    """Volume of the voice-over."""
    webhook_url: str | None
    no_background_music: bool | None
    """No background music."""
    no_caption: bool | None
    """No captions."""
    no_emotion: bool | None
    """Turn emotion off."""
    no_cta: bool | None
    """No call to action."""
    no_stock_broll: bool | None
    """No stock B-roll footage."""
    caption_style: str | None
    """A caption style name, for example `normal-black`."""
    caption_offset_x: str | float | None
    """A decimal string from -0.5 to 0.5."""
    caption_offset_y: str | float | None
    """A decimal string from -0.5 to 0.5."""
    caption_setting: models.CaptionSetting | Mapping[str, Any] | None
    """Caption look; every field is optional."""
    model_version: str | models.ModelVersion | None
    """The lipsync model; `standard` is the default, the `aurora_*` models cost more."""


OPTIONS_CLASSES: dict[str, type] = {
    "PersonaUploadRequest": AvatarDetails,
    "PersonaUrlCreateRequest": PersonaUrlOptions,
    "LipsyncCreateRequest": LipsyncOptions,
    "LipsyncV2CreateRequest": LipsyncV2Options,
    "TextToSpeechCreateRequest": TextToSpeechOptions,
    "AuroraCreateRequest": AuroraOptions,
    "LinkCreateRequest": LinkOptions,
    "LinkParamsRequest": LinkParams,
    "LinkToVideoCreateRequest": LinkToVideoOptions,
    "LinkToVideoPreviewListRequest": PreviewListOptions,
    "LinkToVideoRenderSinglePreviewRequest": LinkToVideoRenderSinglePreviewOptions,
    "AiShortsCreateRequest": AiShortsOptions,
    "AiEditingCreateRequest": AiEditingOptions,
    "CustomTemplateJobCreateRequest": CustomTemplateJobOptions,
    "CustomTemplatePreviewRequest": CustomTemplatePreviewOptions,
    "ProductToVideoGenImageRequest": ProductImageOptions,
    "ProductToVideoGenVideoRequest": ProductVideoOptions,
    "DyoaCreateRequest": DyoaOptions,
    "DyoaSubmitForReviewRequest": DyoaSubmitForReviewOptions,
    "AssetGeneratorCreateRequest": AssetGeneratorOptions,
    "InspirationJobCreateRequest": InspirationJobOptions,
    "IabImagesCreateRequest": IabImagesOptions,
    "AdsCloneCreateRequest": AdsCloneOptions,
    "TextGeneratorCreateRequest": TextGeneratorOptions,
    "AiScriptCreateRequest": AiScriptOptions,
}


"""The `TypedDict` of each request schema."""
