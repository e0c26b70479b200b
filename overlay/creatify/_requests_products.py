"""Validated request bodies of the product areas: links, URL-to-video, AI Shorts, AI
Editing, custom templates, product to video and Design Your Own Avatar.

Each body is a `TypedDict` of its options and a table of checks, one per field; every
check runs before a request exists, and each failure is an `InvalidInputError` that
names the field and the rule. Where the vendor documents no limit or set of values (most
free strings), the check is only a type and a generous length, so that a value the
service takes is never refused here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, TypeVar

from creatify_api import models
from creatify_api.types import UNSET, Unset
from typing_extensions import Required, TypedDict

from ._constants import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_WEBHOOK_URL_LENGTH
from ._exceptions import InvalidInputError
from ._requests import _check_unknown, _unset
from ._validation import (
    check_bool,
    check_caption_offset,
    check_choice,
    check_text,
    check_url,
    check_uuid,
)

M = TypeVar("M")
Check = Callable[[str, Any], Any]

# Limits the vendor's pages give for these bodies.
MAX_PRODUCT_URL_LENGTH = 200
MAX_MUSIC_URL_LENGTH = 255
# A link "needs at least one video, or at least three images" (the URL-to-video guide).
MIN_LINK_IMAGES = 3


# ---------------------------------------------------------------- the options


class LinkParams(TypedDict, total=False):
    """A link made (or replaced) from your own product data: at least one video URL, or
    at least three image URLs."""

    title: str
    description: str
    image_urls: list[str]
    video_urls: list[str]
    logo_url: str | None


class _VideoFromLinkOptions(TypedDict, total=False):
    name: str | None
    """At most 255 characters."""
    target_platform: str | None
    """For example `Instagram`, `TikTok`, `Facebook`."""
    target_audience: str | None
    """For example `Young Adults`."""
    language: str
    """A language code: `en` (default), `ar`, ..."""
    video_length: int
    """Seconds, e.g. 15, 30 or 60."""
    aspect_ratio: str | models.AspectRatio
    """`16x9`, `1x1`, `9x16` (or `16:9`, `1:1`, `9:16`)."""
    script_style: str
    """For example `DIY` or `BenefitsV2`."""
    visual_style: str
    """For example `AvatarBubbleTemplate` or `FullScreenTemplate` (one word)."""
    override_avatar: str | uuid.UUID | None
    """A persona id to use instead of the one the service picks."""
    override_voice: str | None
    """A voice accent id (see `voices.list()`)."""
    override_script: str | None
    background_music_url: str | None
    """An http(s) URL of at most 255 characters."""
    background_music_volume: float | None
    """From 0 to 1."""
    voiceover_volume: float | None
    """From 0 to 1."""
    webhook_url: str | None
    """Called when the video is done or failed; at most 200 characters."""
    no_background_music: bool
    no_caption: bool
    no_emotion: bool
    no_cta: bool
    no_stock_broll: bool
    caption_style: str | None
    caption_offset_x: str | float | None
    """From -0.5 to 0.5."""
    caption_offset_y: str | float | None
    caption_setting: Mapping[str, Any] | models.CaptionSetting
    model_version: str | models.ModelVersion
    """`standard`, `aurora_v1` or `aurora_v1_fast`."""


class VideoFromUrlOptions(_VideoFromLinkOptions, total=False):
    """The options of `link_to_videos.from_url`: those of `create` without `link`."""


class LinkToVideoOptions(_VideoFromLinkOptions, total=False):
    """The body of a URL-to-video task (and of its preview): `link` and how to make it."""

    link: Required[str | uuid.UUID]
    """The link id (`links.create(url).id`)."""


class PreviewListOptions(LinkToVideoOptions, total=False):
    """`LinkToVideoOptions` plus the visual styles (and aspect ratios) to preview."""

    visual_styles: Required[list[str]]
    aspect_ratios: list[str | models.AspectRatio]


class _MusicAndVoice(TypedDict, total=False):
    caption_setting: Mapping[str, Any] | models.CaptionSetting
    background_music_url: str | None
    background_music_volume: float | None
    """From 0 to 1."""
    voiceover_volume: float | None
    """From 0 to 1."""
    webhook_url: str | None
    """Called when the video is done or failed; at most 200 characters."""


class AiShortsOptions(_MusicAndVoice, total=False):
    """The body of an AI Shorts task: a script to a short video."""

    script: Required[str]
    aspect_ratio: str | models.AspectRatio
    style: str
    """For example `4K realistic`."""
    accent: str | None
    """A voice accent id (see `voices.list()`)."""


class AiEditingOptions(_MusicAndVoice, total=False):
    """The body of an AI Editing task: a video to edit, and a style."""

    video_url: Required[str]
    editing_style: str | models.EditingStyle
    """`film`, `geometric_gradient`, `glitch`, `glitter_gradient` or `paper`."""


class CustomTemplateJobOptions(TypedDict, total=False):
    """The body of a custom-template video: the template and its variables."""

    template_id: Required[str | uuid.UUID]
    variables: Required[Mapping[str, Any]]
    """The template's variables, as JSON (string keys)."""
    name: str | None
    webhook_url: str | None
    model_version: str | models.ModelVersion
    is_hidden: bool


class ProductImageOptions(TypedDict, total=False):
    """The first step of product to video: a product image to a preview image."""

    product_url: Required[str]
    """URL of the product image; at most 200 characters."""
    type: str
    """The flow; the service's default is `product_anyshot`."""
    image_prompt: str | None
    aspect_ratio: str | models.AspectRatio
    override_avatar: str | uuid.UUID | None
    """A persona id."""
    product_showcase_url: str | None
    webhook_url: str | None


class ProductVideoOptions(TypedDict, total=False):
    """The second step of product to video: the preview image to a video."""

    motion_style: str
    """For example `talking`."""
    video_prompt: str | None
    webhook_url: str | None


class DyoaOptions(TypedDict, total=False):
    """A Design-Your-Own-Avatar request: an avatar described in words."""

    name: Required[str]
    age_group: Required[str]
    """For example `child`, `young_adult`, `early_middle_age`."""
    gender: Required[str | models.Gender]
    """`m`, `f` or `nb`."""
    more_details: str
    """Face, hair, build."""
    outfit_description: str
    background_description: str


# ---------------------------------------------------------------- the checks of one field


def _text(max_length: int = MAX_NAME_LENGTH, *, required: bool = False) -> Check:
    return lambda field, value: check_text(field, value, max_length=max_length, required=required)


def _url(max_length: int | None = None) -> Check:
    return lambda field, value: check_url(field, value, max_length=max_length)


def _choice(choices: type[Enum]) -> Check:
    return lambda field, value: check_choice(field, value, choices)


def _uuid_text(field: str, value: Any) -> str:
    """A UUID sent as a string field (the schema types it as a plain string)."""
    return str(check_uuid(field, value))


def _fraction(field: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidInputError(field, f"must be a number from 0 to 1, got {value!r}")
    if not 0 <= value <= 1:
        raise InvalidInputError(field, f"must be from 0 to 1, got {value!r}")
    return float(value)


def _seconds(field: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInputError(field, f"must be a whole number of seconds from 1, got {value!r}")
    return value


def _word(field: str, value: Any) -> str:
    """A style id such as `FullScreenTemplate`: the set changes, its shape does not."""
    text = check_text(field, value, max_length=MAX_NAME_LENGTH, required=True)
    if not text.replace("_", "").replace("-", "").isalnum():
        raise InvalidInputError(
            field,
            f"must be one word (letters, digits, _ or -), e.g. FullScreenTemplate; got {text!r}",
        )
    return text


def _list_of(check: Check, *, min_items: int = 0) -> Check:
    def check_list(field: str, values: Any) -> list[Any]:
        if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
            raise InvalidInputError(field, "must be a list")
        if len(values) < min_items:
            raise InvalidInputError(field, f"must hold at least {min_items} item(s)")
        return [check(f"{field}[{i}]", v) for i, v in enumerate(values)]

    return check_list


def _json_object(field: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise InvalidInputError(field, "must be a mapping with string keys (a JSON object)")
    return dict(value)


def _caption_setting(field: str, value: Any) -> models.CaptionSetting:
    if isinstance(value, models.CaptionSetting):
        return value
    try:
        return models.CaptionSetting.from_dict(_json_object(field, value))
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise InvalidInputError(field, f"is not a caption setting: {exc}") from None


def _variables(field: str, value: Any) -> models.CustomTemplateJobCreateRequestVariables:
    return models.CustomTemplateJobCreateRequestVariables.from_dict(_json_object(field, value))


# ---------------------------------------------------------------- the checks of one body

_WEBHOOK = _url(MAX_WEBHOOK_URL_LENGTH)
_MUSIC_AND_VOICE: dict[str, Check] = {
    "caption_setting": _caption_setting,
    "background_music_url": _url(MAX_MUSIC_URL_LENGTH),
    "background_music_volume": _fraction,
    "voiceover_volume": _fraction,
    "webhook_url": _WEBHOOK,
}
_VIDEO_FROM_LINK: dict[str, Check] = {
    **_MUSIC_AND_VOICE,
    "name": _text(),
    "target_platform": _text(),
    "target_audience": _text(),
    "language": _text(required=True),
    "video_length": _seconds,
    "aspect_ratio": _choice(models.AspectRatio),
    "script_style": _word,
    "visual_style": _word,
    "override_avatar": _uuid_text,
    "override_voice": _text(required=True),
    "override_script": _text(MAX_TEXT_LENGTH, required=True),
    "no_background_music": check_bool,
    "no_caption": check_bool,
    "no_emotion": check_bool,
    "no_cta": check_bool,
    "no_stock_broll": check_bool,
    "caption_style": _text(),
    "caption_offset_x": check_caption_offset,
    "caption_offset_y": check_caption_offset,
    "model_version": _choice(models.ModelVersion),
}
_LINK_TO_VIDEO: dict[str, Check] = {**_VIDEO_FROM_LINK, "link": check_uuid}
_PREVIEW_LIST: dict[str, Check] = {
    **_LINK_TO_VIDEO,
    "visual_styles": _list_of(_word, min_items=1),
    "aspect_ratios": _list_of(_choice(models.AspectRatio)),
}
_LINK_PARAMS: dict[str, Check] = {
    "title": _text(MAX_TEXT_LENGTH),
    "description": _text(MAX_TEXT_LENGTH),
    "image_urls": _list_of(_url()),
    "video_urls": _list_of(_url()),
    "logo_url": _url(),
}
_AI_SHORTS: dict[str, Check] = {
    **_MUSIC_AND_VOICE,
    "script": _text(MAX_TEXT_LENGTH, required=True),
    "aspect_ratio": _choice(models.AspectRatio),
    "style": _text(required=True),
    "accent": _text(required=True),
}
_AI_EDITING: dict[str, Check] = {
    **_MUSIC_AND_VOICE,
    "video_url": _url(),
    "editing_style": _choice(models.EditingStyle),
}
_CUSTOM_TEMPLATE_JOB: dict[str, Check] = {
    "template_id": check_uuid,
    "variables": _variables,
    "name": _text(),
    "webhook_url": _WEBHOOK,
    "model_version": _choice(models.ModelVersion),
    "is_hidden": check_bool,
}
_PRODUCT_IMAGE: dict[str, Check] = {
    "product_url": _url(MAX_PRODUCT_URL_LENGTH),
    "type": _word,
    "image_prompt": _text(MAX_TEXT_LENGTH),
    "aspect_ratio": _choice(models.AspectRatio),
    "override_avatar": _uuid_text,
    "product_showcase_url": _url(),
    "webhook_url": _WEBHOOK,
}
_PRODUCT_VIDEO: dict[str, Check] = {
    "motion_style": _word,
    "video_prompt": _text(MAX_TEXT_LENGTH),
    "webhook_url": _WEBHOOK,
}
_DYOA: dict[str, Check] = {
    "name": _text(required=True),
    "age_group": _word,
    "gender": _choice(models.Gender),
    "more_details": _text(MAX_TEXT_LENGTH),
    "outfit_description": _text(MAX_TEXT_LENGTH),
    "background_description": _text(MAX_TEXT_LENGTH),
}
# Option names that are Python keywords or builtins in the generated models.
_RENAMES = {"type": "type_"}


def _checked(
    options: Mapping[str, Any],
    allowed: type,
    checks: dict[str, Check],
    model: type[M],
    required: tuple[str, ...] = (),
) -> M:
    """Check every given option with its field's check; None means "not sent"."""
    raw = dict(options)
    _check_unknown(raw, allowed)
    # The `Required[...]` keys of `allowed`: its string annotations cannot tell them.
    for name in required:
        if raw.get(name) is None:
            raise InvalidInputError(name, "is required")
    fields = {
        _RENAMES.get(name, name): checks[name](name, value)
        for name, value in raw.items()
        if value is not None
    }
    return model(**{k: _unset(v) for k, v in fields.items()})


def link_request(url: str) -> models.LinkCreateRequest:
    return models.LinkCreateRequest(url=check_url("url", url))


def link_params_request(params: LinkParams) -> models.LinkParamsRequest:
    body = _checked(params, LinkParams, _LINK_PARAMS, models.LinkParamsRequest)
    images = body.image_urls if isinstance(body.image_urls, list) else []
    videos = body.video_urls if isinstance(body.video_urls, list) else []
    if not videos and len(images) < MIN_LINK_IMAGES:
        raise InvalidInputError(
            "image_urls, video_urls",
            f"give at least one video URL or at least {MIN_LINK_IMAGES} image URLs; "
            f"got {len(images)} image(s) and no video",
        )
    return body


def video_from_url_options(options: VideoFromUrlOptions) -> None:
    """Check `from_url`'s options before the link is made (a bad option costs nothing)."""
    _checked({**options, "link": uuid.UUID(int=0)}, LinkToVideoOptions, _LINK_TO_VIDEO, dict)


def link_to_video_request(options: LinkToVideoOptions) -> models.LinkToVideoCreateRequest:
    return _checked(
        options, LinkToVideoOptions, _LINK_TO_VIDEO, models.LinkToVideoCreateRequest, ("link",)
    )


def preview_list_request(options: PreviewListOptions) -> models.LinkToVideoPreviewListRequest:
    return _checked(
        options,
        PreviewListOptions,
        _PREVIEW_LIST,
        models.LinkToVideoPreviewListRequest,
        ("link", "visual_styles"),
    )


def render_single_preview_request(
    media_job: str | uuid.UUID,
) -> models.LinkToVideoRenderSinglePreviewRequest:
    return models.LinkToVideoRenderSinglePreviewRequest(
        media_job=check_uuid("media_job", media_job)
    )


def ai_shorts_request(options: AiShortsOptions) -> models.AiShortsCreateRequest:
    return _checked(options, AiShortsOptions, _AI_SHORTS, models.AiShortsCreateRequest, ("script",))


def ai_editing_request(options: AiEditingOptions) -> models.AiEditingCreateRequest:
    return _checked(
        options, AiEditingOptions, _AI_EDITING, models.AiEditingCreateRequest, ("video_url",)
    )


def custom_template_job_request(
    options: CustomTemplateJobOptions,
) -> models.CustomTemplateJobCreateRequest:
    return _checked(
        options,
        CustomTemplateJobOptions,
        _CUSTOM_TEMPLATE_JOB,
        models.CustomTemplateJobCreateRequest,
        ("template_id", "variables"),
    )


def product_image_request(options: ProductImageOptions) -> models.ProductToVideoGenImageRequest:
    return _checked(
        options,
        ProductImageOptions,
        _PRODUCT_IMAGE,
        models.ProductToVideoGenImageRequest,
        ("product_url",),
    )


def product_video_request(options: ProductVideoOptions) -> models.ProductToVideoGenVideoRequest:
    return _checked(
        options, ProductVideoOptions, _PRODUCT_VIDEO, models.ProductToVideoGenVideoRequest
    )


def dyoa_request(options: DyoaOptions) -> models.DyoaCreateRequest:
    return _checked(
        options, DyoaOptions, _DYOA, models.DyoaCreateRequest, ("name", "age_group", "gender")
    )


def ordering_param(ordering: str | None) -> str | Unset:
    """A list's `ordering`: a field name, `-` first for descending (`-created_at`)."""
    if ordering is None:
        return UNSET
    return check_text("ordering", ordering, max_length=MAX_NAME_LENGTH, required=True)
