from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast
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

T = TypeVar("T", bound="LipsyncV2")


_NAMES = (
    "id",
    "status",
    "name",
    "output",
    "video_thumbnail",
    "created_at",
    "updated_at",
    "credits_used",
    "duration",
    "progress",
    "failed_reason",
    "media_job",
    "webhook_url",
    "preview",
    "editor_url",
    "aspect_ratio",
    "model_version",
    "video_inputs",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({list, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class LipsyncV2:
    """An AI Avatar v2 task.

    Attributes:
        id (UUID):
        status (str): One of `JobStatus`; a plain string so that a new value never breaks parsing.
        name (None | str | Unset):
        output (None | str | Unset): URL of the finished MP4; null until `status` is `done`.
        video_thumbnail (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        credits_used (int | None | Unset):
        duration (int | None | Unset): Seconds.
        progress (float | None | str | Unset): From 0 to 1; a number on some documentation pages, a string on others.
        failed_reason (None | str | Unset):
        media_job (None | str | Unset):
        webhook_url (None | str | Unset):
        preview (None | str | Unset):
        editor_url (None | str | Unset): Only with editor access; expires after 24 hours.
        aspect_ratio (None | str | Unset): The `x` form, e.g. `9x16`.
        model_version (None | str | Unset):
        video_inputs (list[Any] | None | Unset): The scenes as sent.
    """

    id: UUID
    status: str
    name: str | Unset | None = UNSET
    output: str | Unset | None = UNSET
    video_thumbnail: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    credits_used: int | Unset | None = UNSET
    duration: int | Unset | None = UNSET
    progress: float | str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    media_job: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    preview: str | Unset | None = UNSET
    editor_url: str | Unset | None = UNSET
    aspect_ratio: str | Unset | None = UNSET
    model_version: str | Unset | None = UNSET
    video_inputs: list[Any] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

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

        aspect_ratio: str | Unset | None
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        model_version: str | Unset | None
        if isinstance(self.model_version, Unset):
            model_version = UNSET
        else:
            model_version = self.model_version

        video_inputs: list[Any] | Unset | None
        if isinstance(self.video_inputs, Unset):
            video_inputs = UNSET
        elif isinstance(self.video_inputs, list):
            video_inputs = self.video_inputs

        else:
            video_inputs = self.video_inputs

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
        if output is not UNSET:
            field_dict["output"] = output
        if video_thumbnail is not UNSET:
            field_dict["video_thumbnail"] = video_thumbnail
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
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if preview is not UNSET:
            field_dict["preview"] = preview
        if editor_url is not UNSET:
            field_dict["editor_url"] = editor_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if video_inputs is not UNSET:
            field_dict["video_inputs"] = video_inputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _id,
                status,
                name,
                output,
                video_thumbnail,
                _created_at,
                _updated_at,
                credits_used,
                duration,
                progress,
                failed_reason,
                media_job,
                webhook_url,
                preview,
                editor_url,
                aspect_ratio,
                model_version,
                _video_inputs,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 18
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            name = _get("name", UNSET)
            output = _get("output", UNSET)
            video_thumbnail = _get("video_thumbnail", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            credits_used = _get("credits_used", UNSET)
            duration = _get("duration", UNSET)
            progress = _get("progress", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            media_job = _get("media_job", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            preview = _get("preview", UNSET)
            editor_url = _get("editor_url", UNSET)
            aspect_ratio = _get("aspect_ratio", UNSET)
            model_version = _get("model_version", UNSET)
            _video_inputs = _get("video_inputs", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(name) is str or name is None or name is UNSET)
            and (type(output) is str or output is None or output is UNSET)
            and (
                type(video_thumbnail) is str or video_thumbnail is None or video_thumbnail is UNSET
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
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
            and (type(preview) is str or preview is None or preview is UNSET)
            and (type(editor_url) is str or editor_url is None or editor_url is UNSET)
            and (type(aspect_ratio) is str or aspect_ratio is None or aspect_ratio is UNSET)
            and (type(model_version) is str or model_version is None or model_version is UNSET)
            and (type(_video_inputs) is list or _video_inputs is None or _video_inputs is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    status,
                    name,
                    output,
                    video_thumbnail,
                    _created_at,
                    _updated_at,
                    credits_used,
                    duration,
                    progress,
                    failed_reason,
                    media_job,
                    webhook_url,
                    preview,
                    editor_url,
                    aspect_ratio,
                    model_version,
                    _video_inputs,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.name = name
        _model.output = output
        _model.video_thumbnail = video_thumbnail
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
        _model.webhook_url = webhook_url
        _model.preview = preview
        _model.editor_url = editor_url
        _model.aspect_ratio = aspect_ratio
        _model.model_version = model_version

        def _parse_video_inputs(data: object) -> list[Any] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                video_inputs_type_0 = cast(list[Any], data)

                return video_inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        video_inputs = _parse_video_inputs(_video_inputs)

        _model.video_inputs = video_inputs
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
