"""Validated request bodies and parameters, shared by the sync and async resources.

Every check runs here, before a request exists; each failure is an `InvalidInputError`
(a `ValueError`) that names the field and the rule.
"""

from __future__ import annotations

import uuid
from enum import Enum
from typing import Any

from creatify_api import models
from creatify_api.types import UNSET, File, Unset
from typing_extensions import Required, TypedDict

from ._constants import (
    MAX_BACKGROUND_URL_LENGTH,
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    MAX_WEBHOOK_URL_LENGTH,
)
from ._exceptions import InvalidInputError
from ._validation import (
    check_bool,
    check_caption_offset,
    check_choice,
    check_exactly_one,
    check_ids,
    check_labels,
    check_optional_text,
    check_optional_url,
    check_text,
    check_url,
    check_uuid,
)
from ._video import (
    OpenedVideo,
    ProgressCallback,
    UploadCounter,
    UploadReader,
    VideoSource,
    open_video,
)


class AvatarDetails(TypedDict, total=False):
    """The fields of a custom avatar besides its videos (keyword arguments of
    `avatars.create_from_files` and `avatars.create_from_urls`).

    Fields:
        creator_name (required): identifies the real person (not shown); at most 255
            characters.
        gender (required): `m`, `f` or `nb`.
        video_scene: a word for the background, e.g. `office`; at most 255 characters.
        keywords: comma separated; at most 255 characters.
        labels: a list of strings, each at most 255 characters.
        webhook_url: called when the avatar is created; an http(s) URL of at most 200
            characters.
        gdown_url: a Google Drive URL of the training video.
    """

    creator_name: Required[str]
    """Identifies the real person (not shown); at most 255 characters."""
    gender: Required[str | models.Gender]
    """`m`, `f` or `nb`."""
    video_scene: str | None
    """A word for the background, e.g. `office`; at most 255 characters."""
    keywords: str | None
    """Comma separated; at most 255 characters."""
    labels: list[str] | None
    webhook_url: str | None
    """Called when the avatar is created; an http(s) URL of at most 200 characters."""
    gdown_url: str | None
    """A Google Drive URL of the training video."""


class LipsyncOptions(TypedDict, total=False):
    """The body of an AI Avatar v1 task: `creator` and one of `text` or `audio`
    (keyword arguments of `lipsyncs.create`, `preview` and `create_and_wait`).

    Fields:
        creator (required): the persona (avatar) id, a UUID.
        text: the script to speak. Give `text` or `audio`, not both.
        audio: URL of an audio file to lip-sync to, instead of `text`.
        name: a name for the video; at most 255 characters.
        aspect_ratio: `16:9`, `1:1`, `9:16` (or `16x9`, `1x1`, `9x16`).
        accent: an accent id from `voices.list()`.
        webhook_url: called when the video is done; an http(s) URL of at most 200
            characters.
        green_screen, transparent_background, no_caption, no_music: True or False.
        caption_style: a caption style name.
        caption_offset_x, caption_offset_y: numbers from -0.5 to 0.5.
        background_asset_image_url: an http(s) URL of at most 1024 characters.
        model_version: `standard` (default), `aurora_v1` or `aurora_v1_fast`.
    """

    creator: Required[str | uuid.UUID]
    """The persona (avatar) id."""
    text: str | None
    audio: str | None
    """URL of an audio file, instead of `text`."""
    name: str | None
    aspect_ratio: str | models.AspectRatio | None
    """`16:9`, `1:1`, `9:16` (or `16x9`, `1x1`, `9x16`)."""
    accent: str | None
    """An accent id from `voices.list()`."""
    webhook_url: str | None
    green_screen: bool | None
    transparent_background: bool | None
    no_caption: bool | None
    no_music: bool | None
    caption_style: str | None
    caption_offset_x: str | float | None
    """From -0.5 to 0.5."""
    caption_offset_y: str | float | None
    background_asset_image_url: str | None
    model_version: str | models.ModelVersion | None
    """`standard` (default), `aurora_v1` or `aurora_v1_fast`."""


def _unset(value: Any) -> Any:
    return UNSET if value is None else value


def _check_unknown(given: dict[str, Any], allowed: type) -> None:
    unknown = set(given) - set(allowed.__annotations__)
    if unknown:
        raise InvalidInputError(", ".join(sorted(unknown)), "is not a field of this request")


def avatar_fields(details: AvatarDetails) -> dict[str, Any]:
    """Checked avatar fields, as keyword arguments of the generated request models."""
    raw: dict[str, Any] = dict(details)
    _check_unknown(raw, AvatarDetails)
    for name in ("creator_name", "gender"):
        if name not in raw:
            raise InvalidInputError(name, "is required")
    fields: dict[str, Any] = {
        "creator_name": check_text(
            "creator_name", raw["creator_name"], max_length=MAX_NAME_LENGTH, required=True
        ),
        "gender": check_choice("gender", raw["gender"], models.Gender),
        "video_scene": check_optional_text(
            "video_scene", raw.get("video_scene"), max_length=MAX_NAME_LENGTH
        ),
        "keywords": check_optional_text(
            "keywords", raw.get("keywords"), max_length=MAX_NAME_LENGTH
        ),
        "webhook_url": check_optional_url(
            "webhook_url", raw.get("webhook_url"), max_length=MAX_WEBHOOK_URL_LENGTH
        ),
        "gdown_url": check_optional_url("gdown_url", raw.get("gdown_url")),
        "labels": None
        if raw.get("labels") is None
        else check_labels("labels", raw["labels"], max_length=MAX_NAME_LENGTH),
    }
    return {k: _unset(v) for k, v in fields.items()}


def upload_request(
    lipsync_input: VideoSource,
    consent_video: VideoSource | None,
    details: AvatarDetails,
    on_progress: ProgressCallback | None,
) -> tuple[models.PersonaUploadRequest, list[OpenedVideo]]:
    """The multipart body of a custom-avatar upload; the caller closes the videos."""
    fields = avatar_fields(details)
    videos = [open_video("lipsync_input", lipsync_input)]
    try:
        if consent_video is not None:
            videos.append(open_video("consent_video", consent_video))
    except BaseException:
        videos[0].close()
        raise
    counter = UploadCounter(sum(v.size for v in videos), on_progress) if on_progress else None
    files = {
        v.field: File(
            payload=UploadReader(v, counter),  # type: ignore[arg-type]
            file_name=v.file_name,
            mime_type=v.content_type,
        )
        for v in videos
    }
    body = models.PersonaUploadRequest(
        lipsync_input=files["lipsync_input"],
        consent_video=files.get("consent_video", UNSET),
        **fields,
    )
    return body, videos


def url_request(
    lipsync_input: str, consent_video: str | None, details: AvatarDetails
) -> models.PersonaUrlCreateRequest:
    return models.PersonaUrlCreateRequest(
        lipsync_input=check_url("lipsync_input", lipsync_input),
        consent_video=_unset(check_optional_url("consent_video", consent_video)),
        **avatar_fields(details),
    )


def lipsync_request(options: LipsyncOptions) -> models.LipsyncCreateRequest:
    raw: dict[str, Any] = dict(options)
    _check_unknown(raw, LipsyncOptions)
    if "creator" not in raw:
        raise InvalidInputError("creator", "is required (the avatar id)")
    check_exactly_one({"text": raw.get("text"), "audio": raw.get("audio")})
    body: dict[str, Any] = {
        "creator": check_uuid("creator", raw["creator"]),
        "text": None
        if raw.get("text") is None
        else check_text("text", raw["text"], max_length=MAX_TEXT_LENGTH, required=True),
        "audio": check_optional_url("audio", raw.get("audio")),
        "name": check_optional_text("name", raw.get("name"), max_length=MAX_NAME_LENGTH),
        "accent": check_optional_text("accent", raw.get("accent"), max_length=MAX_NAME_LENGTH),
        "caption_style": check_optional_text(
            "caption_style", raw.get("caption_style"), max_length=MAX_NAME_LENGTH
        ),
        "webhook_url": check_optional_url(
            "webhook_url", raw.get("webhook_url"), max_length=MAX_WEBHOOK_URL_LENGTH
        ),
        "background_asset_image_url": check_optional_url(
            "background_asset_image_url",
            raw.get("background_asset_image_url"),
            max_length=MAX_BACKGROUND_URL_LENGTH,
        ),
    }
    if raw.get("aspect_ratio") is not None:
        body["aspect_ratio"] = check_choice("aspect_ratio", raw["aspect_ratio"], models.AspectRatio)
    if raw.get("model_version") is not None:
        body["model_version"] = check_choice(
            "model_version", raw["model_version"], models.ModelVersion
        )
    for flag in ("green_screen", "transparent_background", "no_caption", "no_music"):
        if raw.get(flag) is not None:
            body[flag] = check_bool(flag, raw[flag])
    for offset in ("caption_offset_x", "caption_offset_y"):
        if raw.get(offset) is not None:
            body[offset] = check_caption_offset(offset, raw[offset])
    return models.LipsyncCreateRequest(**{k: _unset(v) for k, v in body.items()})


def persona_filters(
    age_range: str | models.AgeRange | None,
    gender: str | models.Gender | None,
    location: str | models.Location | None,
    style: str | models.Style | None,
) -> dict[str, Any]:
    given: dict[str, tuple[Any, type[Enum]]] = {
        "age_range": (age_range, models.AgeRange),
        "gender": (gender, models.Gender),
        "location": (location, models.Location),
        "style": (style, models.Style),
    }
    return {
        name: UNSET if raw is None else check_choice(name, raw, choices)
        for name, (raw, choices) in given.items()
    }


def page_params(page: int, page_size: int) -> dict[str, int]:
    for name, value in (("page", page), ("page_size", page_size)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidInputError(name, f"must be a whole number from 1, got {value!r}")
    return {"page": page, "page_size": page_size}


def ids_param(ids: Any) -> str | Unset:
    if ids is None:
        return UNSET
    checked = check_ids("ids", ids)
    return ",".join(str(i) for i in checked) if checked else UNSET
