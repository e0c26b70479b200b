from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_datetime,
    parse_uuid,
)

T = TypeVar("T", bound="Lipsync")


_NAMES = (
    "id",
    "status",
    "name",
    "text",
    "creator",
    "model_version",
    "output",
    "video_thumbnail",
    "aspect_ratio",
    "green_screen",
    "transparent_background",
    "created_at",
    "updated_at",
    "credits_used",
    "duration",
    "progress",
    "failed_reason",
    "media_job",
    "is_hidden",
    "audio_url",
    "webhook_url",
    "accent",
    "preview",
    "preview_audio",
    "editor_url",
    "no_caption",
    "no_music",
    "caption_style",
    "caption_offset_x",
    "caption_offset_y",
    "background_asset_image_url",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class Lipsync:
    """An AI Avatar v1 task.

    Attributes:
        id (UUID):
        status (str): One of `LipsyncStatus`; a plain string so that a new value never breaks parsing.
        name (None | str | Unset):
        text (None | str | Unset):
        creator (None | str | Unset): The persona's id.
        model_version (None | str | Unset):
        output (None | str | Unset): URL of the finished MP4; null until `status` is `done`.
        video_thumbnail (None | str | Unset):
        aspect_ratio (None | str | Unset): The `x` form, e.g. `9x16`.
        green_screen (bool | None | Unset):
        transparent_background (bool | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        credits_used (int | None | Unset):
        duration (int | None | Unset): Seconds.
        progress (float | None | str | Unset): From 0 to 1; a number on one documentation page, a string on another.
        failed_reason (None | str | Unset):
        media_job (None | str | Unset):
        is_hidden (bool | None | Unset):
        audio_url (None | str | Unset):
        webhook_url (None | str | Unset):
        accent (None | str | Unset):
        preview (None | str | Unset):
        preview_audio (None | str | Unset):
        editor_url (None | str | Unset): Only with editor access; expires after 24 hours.
        no_caption (bool | None | Unset):
        no_music (bool | None | Unset):
        caption_style (None | str | Unset):
        caption_offset_x (None | str | Unset):
        caption_offset_y (None | str | Unset):
        background_asset_image_url (None | str | Unset):
    """

    id: UUID
    status: str
    name: str | Unset | None = UNSET
    text: str | Unset | None = UNSET
    creator: str | Unset | None = UNSET
    model_version: str | Unset | None = UNSET
    output: str | Unset | None = UNSET
    video_thumbnail: str | Unset | None = UNSET
    aspect_ratio: str | Unset | None = UNSET
    green_screen: bool | Unset | None = UNSET
    transparent_background: bool | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    credits_used: int | Unset | None = UNSET
    duration: int | Unset | None = UNSET
    progress: float | str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    media_job: str | Unset | None = UNSET
    is_hidden: bool | Unset | None = UNSET
    audio_url: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    accent: str | Unset | None = UNSET
    preview: str | Unset | None = UNSET
    preview_audio: str | Unset | None = UNSET
    editor_url: str | Unset | None = UNSET
    no_caption: bool | Unset | None = UNSET
    no_music: bool | Unset | None = UNSET
    caption_style: str | Unset | None = UNSET
    caption_offset_x: str | Unset | None = UNSET
    caption_offset_y: str | Unset | None = UNSET
    background_asset_image_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        text: str | Unset | None
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        creator: str | Unset | None
        if isinstance(self.creator, Unset):
            creator = UNSET
        else:
            creator = self.creator

        model_version: str | Unset | None
        if isinstance(self.model_version, Unset):
            model_version = UNSET
        else:
            model_version = self.model_version

        output: str | Unset | None
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        video_thumbnail: str | Unset | None
        if isinstance(self.video_thumbnail, Unset):
            video_thumbnail = UNSET
        else:
            video_thumbnail = self.video_thumbnail

        aspect_ratio: str | Unset | None
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        green_screen: bool | Unset | None
        if isinstance(self.green_screen, Unset):
            green_screen = UNSET
        else:
            green_screen = self.green_screen

        transparent_background: bool | Unset | None
        if isinstance(self.transparent_background, Unset):
            transparent_background = UNSET
        else:
            transparent_background = self.transparent_background

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        credits_used: int | Unset | None
        if isinstance(self.credits_used, Unset):
            credits_used = UNSET
        else:
            credits_used = self.credits_used

        duration: int | Unset | None
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        progress: float | str | Unset | None
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        media_job: str | Unset | None
        if isinstance(self.media_job, Unset):
            media_job = UNSET
        else:
            media_job = self.media_job

        is_hidden: bool | Unset | None
        if isinstance(self.is_hidden, Unset):
            is_hidden = UNSET
        else:
            is_hidden = self.is_hidden

        audio_url: str | Unset | None
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        accent: str | Unset | None
        if isinstance(self.accent, Unset):
            accent = UNSET
        else:
            accent = self.accent

        preview: str | Unset | None
        if isinstance(self.preview, Unset):
            preview = UNSET
        else:
            preview = self.preview

        preview_audio: str | Unset | None
        if isinstance(self.preview_audio, Unset):
            preview_audio = UNSET
        else:
            preview_audio = self.preview_audio

        editor_url: str | Unset | None
        if isinstance(self.editor_url, Unset):
            editor_url = UNSET
        else:
            editor_url = self.editor_url

        no_caption: bool | Unset | None
        if isinstance(self.no_caption, Unset):
            no_caption = UNSET
        else:
            no_caption = self.no_caption

        no_music: bool | Unset | None
        if isinstance(self.no_music, Unset):
            no_music = UNSET
        else:
            no_music = self.no_music

        caption_style: str | Unset | None
        if isinstance(self.caption_style, Unset):
            caption_style = UNSET
        else:
            caption_style = self.caption_style

        caption_offset_x: str | Unset | None
        if isinstance(self.caption_offset_x, Unset):
            caption_offset_x = UNSET
        else:
            caption_offset_x = self.caption_offset_x

        caption_offset_y: str | Unset | None
        if isinstance(self.caption_offset_y, Unset):
            caption_offset_y = UNSET
        else:
            caption_offset_y = self.caption_offset_y

        background_asset_image_url: str | Unset | None
        if isinstance(self.background_asset_image_url, Unset):
            background_asset_image_url = UNSET
        else:
            background_asset_image_url = self.background_asset_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if text is not UNSET:
            field_dict["text"] = text
        if creator is not UNSET:
            field_dict["creator"] = creator
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if output is not UNSET:
            field_dict["output"] = output
        if video_thumbnail is not UNSET:
            field_dict["video_thumbnail"] = video_thumbnail
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if green_screen is not UNSET:
            field_dict["green_screen"] = green_screen
        if transparent_background is not UNSET:
            field_dict["transparent_background"] = transparent_background
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if duration is not UNSET:
            field_dict["duration"] = duration
        if progress is not UNSET:
            field_dict["progress"] = progress
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if media_job is not UNSET:
            field_dict["media_job"] = media_job
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if accent is not UNSET:
            field_dict["accent"] = accent
        if preview is not UNSET:
            field_dict["preview"] = preview
        if preview_audio is not UNSET:
            field_dict["preview_audio"] = preview_audio
        if editor_url is not UNSET:
            field_dict["editor_url"] = editor_url
        if no_caption is not UNSET:
            field_dict["no_caption"] = no_caption
        if no_music is not UNSET:
            field_dict["no_music"] = no_music
        if caption_style is not UNSET:
            field_dict["caption_style"] = caption_style
        if caption_offset_x is not UNSET:
            field_dict["caption_offset_x"] = caption_offset_x
        if caption_offset_y is not UNSET:
            field_dict["caption_offset_y"] = caption_offset_y
        if background_asset_image_url is not UNSET:
            field_dict["background_asset_image_url"] = background_asset_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _id,
                status,
                name,
                text,
                creator,
                model_version,
                output,
                video_thumbnail,
                aspect_ratio,
                green_screen,
                transparent_background,
                _created_at,
                _updated_at,
                credits_used,
                duration,
                progress,
                failed_reason,
                media_job,
                is_hidden,
                audio_url,
                webhook_url,
                accent,
                preview,
                preview_audio,
                editor_url,
                no_caption,
                no_music,
                caption_style,
                caption_offset_x,
                caption_offset_y,
                background_asset_image_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 31
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            name = _get("name", UNSET)
            text = _get("text", UNSET)
            creator = _get("creator", UNSET)
            model_version = _get("model_version", UNSET)
            output = _get("output", UNSET)
            video_thumbnail = _get("video_thumbnail", UNSET)
            aspect_ratio = _get("aspect_ratio", UNSET)
            green_screen = _get("green_screen", UNSET)
            transparent_background = _get("transparent_background", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            credits_used = _get("credits_used", UNSET)
            duration = _get("duration", UNSET)
            progress = _get("progress", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            media_job = _get("media_job", UNSET)
            is_hidden = _get("is_hidden", UNSET)
            audio_url = _get("audio_url", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            accent = _get("accent", UNSET)
            preview = _get("preview", UNSET)
            preview_audio = _get("preview_audio", UNSET)
            editor_url = _get("editor_url", UNSET)
            no_caption = _get("no_caption", UNSET)
            no_music = _get("no_music", UNSET)
            caption_style = _get("caption_style", UNSET)
            caption_offset_x = _get("caption_offset_x", UNSET)
            caption_offset_y = _get("caption_offset_y", UNSET)
            background_asset_image_url = _get("background_asset_image_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(name) is str or name is None or name is UNSET)
            and (type(text) is str or text is None or text is UNSET)
            and (type(creator) is str or creator is None or creator is UNSET)
            and (type(model_version) is str or model_version is None or model_version is UNSET)
            and (type(output) is str or output is None or output is UNSET)
            and (
                type(video_thumbnail) is str or video_thumbnail is None or video_thumbnail is UNSET
            )
            and (type(aspect_ratio) is str or aspect_ratio is None or aspect_ratio is UNSET)
            and (type(green_screen) is bool or green_screen is None or green_screen is UNSET)
            and (
                type(transparent_background) is bool
                or transparent_background is None
                or transparent_background is UNSET
            )
            and (type(_created_at) is str or _created_at is UNSET)
            and (type(_updated_at) is str or _updated_at is UNSET)
            and (
                type(credits_used) is int
                or type(credits_used) is float
                or credits_used is None
                or credits_used is UNSET
            )
            and (
                type(duration) is int
                or type(duration) is float
                or duration is None
                or duration is UNSET
            )
            and (
                type(progress) is int
                or type(progress) is float
                or progress is None
                or type(progress) is str
                or progress is UNSET
            )
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(media_job) is str or media_job is None or media_job is UNSET)
            and (type(is_hidden) is bool or is_hidden is None or is_hidden is UNSET)
            and (type(audio_url) is str or audio_url is None or audio_url is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
            and (type(accent) is str or accent is None or accent is UNSET)
            and (type(preview) is str or preview is None or preview is UNSET)
            and (type(preview_audio) is str or preview_audio is None or preview_audio is UNSET)
            and (type(editor_url) is str or editor_url is None or editor_url is UNSET)
            and (type(no_caption) is bool or no_caption is None or no_caption is UNSET)
            and (type(no_music) is bool or no_music is None or no_music is UNSET)
            and (type(caption_style) is str or caption_style is None or caption_style is UNSET)
            and (
                type(caption_offset_x) is str
                or caption_offset_x is None
                or caption_offset_x is UNSET
            )
            and (
                type(caption_offset_y) is str
                or caption_offset_y is None
                or caption_offset_y is UNSET
            )
            and (
                type(background_asset_image_url) is str
                or background_asset_image_url is None
                or background_asset_image_url is UNSET
            )
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    status,
                    name,
                    text,
                    creator,
                    model_version,
                    output,
                    video_thumbnail,
                    aspect_ratio,
                    green_screen,
                    transparent_background,
                    _created_at,
                    _updated_at,
                    credits_used,
                    duration,
                    progress,
                    failed_reason,
                    media_job,
                    is_hidden,
                    audio_url,
                    webhook_url,
                    accent,
                    preview,
                    preview_audio,
                    editor_url,
                    no_caption,
                    no_music,
                    caption_style,
                    caption_offset_x,
                    caption_offset_y,
                    background_asset_image_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.name = name
        _model.text = text
        _model.creator = creator
        _model.model_version = model_version
        _model.output = output
        _model.video_thumbnail = video_thumbnail
        _model.aspect_ratio = aspect_ratio
        _model.green_screen = green_screen
        _model.transparent_background = transparent_background
        _created_at = _created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _model.created_at = created_at
        _updated_at = _updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        _model.updated_at = updated_at
        _model.credits_used = credits_used
        _model.duration = duration
        _model.progress = progress
        _model.failed_reason = failed_reason
        _model.media_job = media_job
        _model.is_hidden = is_hidden
        _model.audio_url = audio_url
        _model.webhook_url = webhook_url
        _model.accent = accent
        _model.preview = preview
        _model.preview_audio = preview_audio
        _model.editor_url = editor_url
        _model.no_caption = no_caption
        _model.no_music = no_music
        _model.caption_style = caption_style
        _model.caption_offset_x = caption_offset_x
        _model.caption_offset_y = caption_offset_y
        _model.background_asset_image_url = background_asset_image_url
        if _has_unknown_keys:  # else left unset: {} on first read (lazy_additional_properties)
            d = {k: v for k, v in src_dict.items() if k not in _FIELDS}
            _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
