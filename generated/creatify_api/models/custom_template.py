from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar
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

if TYPE_CHECKING:
    from ..models.custom_template_data_type_0 import CustomTemplateDataType0


T = TypeVar("T", bound="CustomTemplate")


_NAMES = (
    "id",
    "status",
    "visual_style",
    "data",
    "name",
    "media_job",
    "video_output",
    "preview",
    "failed_reason",
    "credits_used",
    "progress",
    "webhook_url",
    "created_at",
    "updated_at",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({dict, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class CustomTemplate:
    """A fixed-template video task (preview, then render).

    Attributes:
        id (UUID):
        status (str): `pending`, `in_queue`, `running`, then `done` or `failed`.
        visual_style (None | str | Unset):
        data (CustomTemplateDataType0 | None | Unset):
        name (None | str | Unset):
        media_job (None | str | Unset):
        video_output (None | str | Unset): URL of the MP4 (the webhook's `output`).
        preview (None | str | Unset):
        failed_reason (None | str | Unset):
        credits_used (int | None | Unset):
        progress (float | None | str | Unset): From 0 to 1; a number on some documentation pages, a string on others.
        webhook_url (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    status: str
    visual_style: str | Unset | None = UNSET
    data: CustomTemplateDataType0 | Unset | None = UNSET
    name: str | Unset | None = UNSET
    media_job: str | Unset | None = UNSET
    video_output: str | Unset | None = UNSET
    preview: str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    credits_used: int | Unset | None = UNSET
    progress: float | str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_template_data_type_0 import CustomTemplateDataType0

        id = str(self.id)

        status = self.status

        visual_style: str | Unset | None
        if isinstance(self.visual_style, Unset):
            visual_style = UNSET
        else:
            visual_style = self.visual_style

        data: dict[str, Any] | Unset | None
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, CustomTemplateDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        media_job: str | Unset | None
        if isinstance(self.media_job, Unset):
            media_job = UNSET
        else:
            media_job = self.media_job

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

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        credits_used: int | Unset | None
        if isinstance(self.credits_used, Unset):
            credits_used = UNSET
        else:
            credits_used = self.credits_used

        progress: float | str | Unset | None
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

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
        if visual_style is not UNSET:
            field_dict["visual_style"] = visual_style
        if data is not UNSET:
            field_dict["data"] = data
        if name is not UNSET:
            field_dict["name"] = name
        if media_job is not UNSET:
            field_dict["media_job"] = media_job
        if video_output is not UNSET:
            field_dict["video_output"] = video_output
        if preview is not UNSET:
            field_dict["preview"] = preview
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if progress is not UNSET:
            field_dict["progress"] = progress
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_template_data_type_0 import CustomTemplateDataType0

        try:  # every known key is there
            (
                _id,
                status,
                visual_style,
                _data,
                name,
                media_job,
                video_output,
                preview,
                failed_reason,
                credits_used,
                progress,
                webhook_url,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 14
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            visual_style = _get("visual_style", UNSET)
            _data = _get("data", UNSET)
            name = _get("name", UNSET)
            media_job = _get("media_job", UNSET)
            video_output = _get("video_output", UNSET)
            preview = _get("preview", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            credits_used = _get("credits_used", UNSET)
            progress = _get("progress", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(visual_style) is str or visual_style is None or visual_style is UNSET)
            and (type(_data) is dict or _data is None or _data is UNSET)
            and (type(name) is str or name is None or name is UNSET)
            and (type(media_job) is str or media_job is None or media_job is UNSET)
            and (type(video_output) is str or video_output is None or video_output is UNSET)
            and (type(preview) is str or preview is None or preview is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (
                type(credits_used) is int
                or type(credits_used) is float
                or credits_used is None
                or credits_used is UNSET
            )
            and (
                type(progress) is int
                or type(progress) is float
                or progress is None
                or type(progress) is str
                or progress is UNSET
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
                    visual_style,
                    _data,
                    name,
                    media_job,
                    video_output,
                    preview,
                    failed_reason,
                    credits_used,
                    progress,
                    webhook_url,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.visual_style = visual_style

        def _parse_data(data: object) -> CustomTemplateDataType0 | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = CustomTemplateDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        data = _parse_data(_data)

        _model.data = data
        _model.name = name
        _model.media_job = media_job
        _model.video_output = video_output
        _model.preview = preview
        _model.failed_reason = failed_reason
        _model.credits_used = credits_used
        _model.progress = progress
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
