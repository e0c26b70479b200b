from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY_TYPE,
    UNSET,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_datetime,
    parse_uuid,
)

T = TypeVar("T", bound="AiEditing")


_NAMES = (
    "id",
    "status",
    "media_job",
    "failed_reason",
    "video_output",
    "preview",
    "editor_url",
    "credits_used",
    "duration",
    "is_hidden",
    "progress",
    "permission_type",
    "name",
    "script",
    "aspect_ratio",
    "is_talking_video",
    "is_one_person_in_video",
    "editing_style",
    "audio_url",
    "video_url",
    "size",
    "created_from_api",
    "caption_setting",
    "background_music_url",
    "background_music_volume",
    "voiceover_volume",
    "webhook_url",
    "created_at",
    "updated_at",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    frozenset({int, float, type(None), str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    ANY_TYPE,
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class AiEditing:
    """An AI Editing task.

    Attributes:
        id (UUID):
        status (str): One of `JobStatus`; a plain string so that a new value never breaks parsing.
        media_job (None | str | Unset):
        failed_reason (None | str | Unset):
        video_output (None | str | Unset): URL of the finished MP4; null until `status` is `done`.
        preview (None | str | Unset):
        editor_url (None | str | Unset):
        credits_used (int | None | Unset):
        duration (float | None | Unset):
        is_hidden (bool | None | Unset):
        progress (float | None | str | Unset): From 0 to 1; a number on some documentation pages, a string on others.
        permission_type (None | str | Unset):
        name (None | str | Unset):
        script (None | str | Unset):
        aspect_ratio (None | str | Unset):
        is_talking_video (bool | None | Unset):
        is_one_person_in_video (bool | None | Unset):
        editing_style (None | str | Unset): One of `EditingStyle`.
        audio_url (None | str | Unset):
        video_url (None | str | Unset):
        size (int | None | Unset):
        created_from_api (bool | None | Unset):
        caption_setting (Any | Unset):
        background_music_url (None | str | Unset):
        background_music_volume (float | None | Unset):
        voiceover_volume (float | None | Unset):
        webhook_url (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    status: str
    media_job: str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    video_output: str | Unset | None = UNSET
    preview: str | Unset | None = UNSET
    editor_url: str | Unset | None = UNSET
    credits_used: int | Unset | None = UNSET
    duration: float | Unset | None = UNSET
    is_hidden: bool | Unset | None = UNSET
    progress: float | str | Unset | None = UNSET
    permission_type: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    script: str | Unset | None = UNSET
    aspect_ratio: str | Unset | None = UNSET
    is_talking_video: bool | Unset | None = UNSET
    is_one_person_in_video: bool | Unset | None = UNSET
    editing_style: str | Unset | None = UNSET
    audio_url: str | Unset | None = UNSET
    video_url: str | Unset | None = UNSET
    size: int | Unset | None = UNSET
    created_from_api: bool | Unset | None = UNSET
    caption_setting: Any | Unset = UNSET
    background_music_url: str | Unset | None = UNSET
    background_music_volume: float | Unset | None = UNSET
    voiceover_volume: float | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        media_job: str | Unset | None
        if isinstance(self.media_job, Unset):
            media_job = UNSET
        else:
            media_job = self.media_job

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        video_output: str | Unset | None
        if isinstance(self.video_output, Unset):
            video_output = UNSET
        else:
            video_output = self.video_output

        preview: str | Unset | None
        if isinstance(self.preview, Unset):
            preview = UNSET
        else:
            preview = self.preview

        editor_url: str | Unset | None
        if isinstance(self.editor_url, Unset):
            editor_url = UNSET
        else:
            editor_url = self.editor_url

        credits_used: int | Unset | None
        if isinstance(self.credits_used, Unset):
            credits_used = UNSET
        else:
            credits_used = self.credits_used

        duration: float | Unset | None
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        is_hidden: bool | Unset | None
        if isinstance(self.is_hidden, Unset):
            is_hidden = UNSET
        else:
            is_hidden = self.is_hidden

        progress: float | str | Unset | None
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        permission_type: str | Unset | None
        if isinstance(self.permission_type, Unset):
            permission_type = UNSET
        else:
            permission_type = self.permission_type

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        script: str | Unset | None
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        aspect_ratio: str | Unset | None
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        is_talking_video: bool | Unset | None
        if isinstance(self.is_talking_video, Unset):
            is_talking_video = UNSET
        else:
            is_talking_video = self.is_talking_video

        is_one_person_in_video: bool | Unset | None
        if isinstance(self.is_one_person_in_video, Unset):
            is_one_person_in_video = UNSET
        else:
            is_one_person_in_video = self.is_one_person_in_video

        editing_style: str | Unset | None
        if isinstance(self.editing_style, Unset):
            editing_style = UNSET
        else:
            editing_style = self.editing_style

        audio_url: str | Unset | None
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        video_url: str | Unset | None
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        size: int | Unset | None
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        created_from_api: bool | Unset | None
        if isinstance(self.created_from_api, Unset):
            created_from_api = UNSET
        else:
            created_from_api = self.created_from_api

        caption_setting = self.caption_setting

        background_music_url: str | Unset | None
        if isinstance(self.background_music_url, Unset):
            background_music_url = UNSET
        else:
            background_music_url = self.background_music_url

        background_music_volume: float | Unset | None
        if isinstance(self.background_music_volume, Unset):
            background_music_volume = UNSET
        else:
            background_music_volume = self.background_music_volume

        voiceover_volume: float | Unset | None
        if isinstance(self.voiceover_volume, Unset):
            voiceover_volume = UNSET
        else:
            voiceover_volume = self.voiceover_volume

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if media_job is not UNSET:
            field_dict["media_job"] = media_job
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if video_output is not UNSET:
            field_dict["video_output"] = video_output
        if preview is not UNSET:
            field_dict["preview"] = preview
        if editor_url is not UNSET:
            field_dict["editor_url"] = editor_url
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if duration is not UNSET:
            field_dict["duration"] = duration
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if progress is not UNSET:
            field_dict["progress"] = progress
        if permission_type is not UNSET:
            field_dict["permission_type"] = permission_type
        if name is not UNSET:
            field_dict["name"] = name
        if script is not UNSET:
            field_dict["script"] = script
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if is_talking_video is not UNSET:
            field_dict["is_talking_video"] = is_talking_video
        if is_one_person_in_video is not UNSET:
            field_dict["is_one_person_in_video"] = is_one_person_in_video
        if editing_style is not UNSET:
            field_dict["editing_style"] = editing_style
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if size is not UNSET:
            field_dict["size"] = size
        if created_from_api is not UNSET:
            field_dict["created_from_api"] = created_from_api
        if caption_setting is not UNSET:
            field_dict["caption_setting"] = caption_setting
        if background_music_url is not UNSET:
            field_dict["background_music_url"] = background_music_url
        if background_music_volume is not UNSET:
            field_dict["background_music_volume"] = background_music_volume
        if voiceover_volume is not UNSET:
            field_dict["voiceover_volume"] = voiceover_volume
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _id,
                status,
                media_job,
                failed_reason,
                video_output,
                preview,
                editor_url,
                credits_used,
                duration,
                is_hidden,
                progress,
                permission_type,
                name,
                script,
                aspect_ratio,
                is_talking_video,
                is_one_person_in_video,
                editing_style,
                audio_url,
                video_url,
                size,
                created_from_api,
                caption_setting,
                background_music_url,
                background_music_volume,
                voiceover_volume,
                webhook_url,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 29
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            media_job = _get("media_job", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            video_output = _get("video_output", UNSET)
            preview = _get("preview", UNSET)
            editor_url = _get("editor_url", UNSET)
            credits_used = _get("credits_used", UNSET)
            duration = _get("duration", UNSET)
            is_hidden = _get("is_hidden", UNSET)
            progress = _get("progress", UNSET)
            permission_type = _get("permission_type", UNSET)
            name = _get("name", UNSET)
            script = _get("script", UNSET)
            aspect_ratio = _get("aspect_ratio", UNSET)
            is_talking_video = _get("is_talking_video", UNSET)
            is_one_person_in_video = _get("is_one_person_in_video", UNSET)
            editing_style = _get("editing_style", UNSET)
            audio_url = _get("audio_url", UNSET)
            video_url = _get("video_url", UNSET)
            size = _get("size", UNSET)
            created_from_api = _get("created_from_api", UNSET)
            caption_setting = _get("caption_setting", UNSET)
            background_music_url = _get("background_music_url", UNSET)
            background_music_volume = _get("background_music_volume", UNSET)
            voiceover_volume = _get("voiceover_volume", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(media_job) is str or media_job is None or media_job is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(video_output) is str or video_output is None or video_output is UNSET)
            and (type(preview) is str or preview is None or preview is UNSET)
            and (type(editor_url) is str or editor_url is None or editor_url is UNSET)
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
            and (type(is_hidden) is bool or is_hidden is None or is_hidden is UNSET)
            and (
                type(progress) is int
                or type(progress) is float
                or progress is None
                or type(progress) is str
                or progress is UNSET
            )
            and (
                type(permission_type) is str or permission_type is None or permission_type is UNSET
            )
            and (type(name) is str or name is None or name is UNSET)
            and (type(script) is str or script is None or script is UNSET)
            and (type(aspect_ratio) is str or aspect_ratio is None or aspect_ratio is UNSET)
            and (
                type(is_talking_video) is bool
                or is_talking_video is None
                or is_talking_video is UNSET
            )
            and (
                type(is_one_person_in_video) is bool
                or is_one_person_in_video is None
                or is_one_person_in_video is UNSET
            )
            and (type(editing_style) is str or editing_style is None or editing_style is UNSET)
            and (type(audio_url) is str or audio_url is None or audio_url is UNSET)
            and (type(video_url) is str or video_url is None or video_url is UNSET)
            and (type(size) is int or type(size) is float or size is None or size is UNSET)
            and (
                type(created_from_api) is bool
                or created_from_api is None
                or created_from_api is UNSET
            )
            and (
                type(background_music_url) is str
                or background_music_url is None
                or background_music_url is UNSET
            )
            and (
                type(background_music_volume) is int
                or type(background_music_volume) is float
                or background_music_volume is None
                or background_music_volume is UNSET
            )
            and (
                type(voiceover_volume) is int
                or type(voiceover_volume) is float
                or voiceover_volume is None
                or voiceover_volume is UNSET
            )
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
            and (type(_created_at) is str or _created_at is UNSET)
            and (type(_updated_at) is str or _updated_at is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    status,
                    media_job,
                    failed_reason,
                    video_output,
                    preview,
                    editor_url,
                    credits_used,
                    duration,
                    is_hidden,
                    progress,
                    permission_type,
                    name,
                    script,
                    aspect_ratio,
                    is_talking_video,
                    is_one_person_in_video,
                    editing_style,
                    audio_url,
                    video_url,
                    size,
                    created_from_api,
                    caption_setting,
                    background_music_url,
                    background_music_volume,
                    voiceover_volume,
                    webhook_url,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.media_job = media_job
        _model.failed_reason = failed_reason
        _model.video_output = video_output
        _model.preview = preview
        _model.editor_url = editor_url
        _model.credits_used = credits_used
        _model.duration = duration
        _model.is_hidden = is_hidden
        _model.progress = progress
        _model.permission_type = permission_type
        _model.name = name
        _model.script = script
        _model.aspect_ratio = aspect_ratio
        _model.is_talking_video = is_talking_video
        _model.is_one_person_in_video = is_one_person_in_video
        _model.editing_style = editing_style
        _model.audio_url = audio_url
        _model.video_url = video_url
        _model.size = size
        _model.created_from_api = created_from_api
        _model.caption_setting = caption_setting
        _model.background_music_url = background_music_url
        _model.background_music_volume = background_music_volume
        _model.voiceover_volume = voiceover_volume
        _model.webhook_url = webhook_url
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
