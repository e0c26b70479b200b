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

T = TypeVar("T", bound="PersonaV2")


_NAMES = (
    "id",
    "created_at",
    "updated_at",
    "gender",
    "age_range",
    "location",
    "style",
    "creator_name",
    "video_scene",
    "keywords",
    "preview_image_16_9",
    "preview_image_1_1",
    "preview_image_9_16",
    "preview_video_16_9",
    "preview_video_1_1",
    "preview_video_9_16",
    "landscape_preview_video",
    "squared_preview_video",
    "is_active",
    "process_status",
    "failed_reason",
    "type",
    "suitable_industries",
    "portrait_preview_video",
)
_TYPES = (
    frozenset({str}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({bool, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), list, Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class PersonaV2:
    """One of your custom avatars.

    Attributes:
        id (UUID):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        gender (None | str | Unset): `m`, `f` or `nb`.
        age_range (None | str | Unset): `child`, `teen`, `adult` or `senior`.
        location (None | str | Unset): `outdoor`, `fantasy`, `indoor` or `other`.
        style (None | str | Unset): `selfie`, `presenter` or `other`.
        creator_name (None | str | Unset):
        video_scene (None | str | Unset):
        keywords (None | str | Unset):
        preview_image_16_9 (None | str | Unset):
        preview_image_1_1 (None | str | Unset):
        preview_image_9_16 (None | str | Unset):
        preview_video_16_9 (None | str | Unset):
        preview_video_1_1 (None | str | Unset):
        preview_video_9_16 (None | str | Unset):
        landscape_preview_video (None | str | Unset):
        squared_preview_video (None | str | Unset):
        is_active (bool | Unset): False while a custom avatar is under review; true once it is usable.
        process_status (None | str | Unset): One of `ProcessStatus`; a plain string so that a new value never breaks
            parsing.
        failed_reason (None | str | Unset):
        type_ (None | str | Unset):
        suitable_industries (list[str] | None | str | Unset): A string on the vendor's page, an array in the live
            answers a public client reports.
        portrait_preview_video (None | str | Unset):
    """

    id: UUID
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    gender: str | Unset | None = UNSET
    age_range: str | Unset | None = UNSET
    location: str | Unset | None = UNSET
    style: str | Unset | None = UNSET
    creator_name: str | Unset | None = UNSET
    video_scene: str | Unset | None = UNSET
    keywords: str | Unset | None = UNSET
    preview_image_16_9: str | Unset | None = UNSET
    preview_image_1_1: str | Unset | None = UNSET
    preview_image_9_16: str | Unset | None = UNSET
    preview_video_16_9: str | Unset | None = UNSET
    preview_video_1_1: str | Unset | None = UNSET
    preview_video_9_16: str | Unset | None = UNSET
    landscape_preview_video: str | Unset | None = UNSET
    squared_preview_video: str | Unset | None = UNSET
    is_active: bool | Unset = UNSET
    process_status: str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    suitable_industries: list[str] | str | Unset | None = UNSET
    portrait_preview_video: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        gender: str | Unset | None
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        age_range: str | Unset | None
        if isinstance(self.age_range, Unset):
            age_range = UNSET
        else:
            age_range = self.age_range

        location: str | Unset | None
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        style: str | Unset | None
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        creator_name: str | Unset | None
        if isinstance(self.creator_name, Unset):
            creator_name = UNSET
        else:
            creator_name = self.creator_name

        video_scene: str | Unset | None
        if isinstance(self.video_scene, Unset):
            video_scene = UNSET
        else:
            video_scene = self.video_scene

        keywords: str | Unset | None
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        else:
            keywords = self.keywords

        preview_image_16_9: str | Unset | None
        if isinstance(self.preview_image_16_9, Unset):
            preview_image_16_9 = UNSET
        else:
            preview_image_16_9 = self.preview_image_16_9

        preview_image_1_1: str | Unset | None
        if isinstance(self.preview_image_1_1, Unset):
            preview_image_1_1 = UNSET
        else:
            preview_image_1_1 = self.preview_image_1_1

        preview_image_9_16: str | Unset | None
        if isinstance(self.preview_image_9_16, Unset):
            preview_image_9_16 = UNSET
        else:
            preview_image_9_16 = self.preview_image_9_16

        preview_video_16_9: str | Unset | None
        if isinstance(self.preview_video_16_9, Unset):
            preview_video_16_9 = UNSET
        else:
            preview_video_16_9 = self.preview_video_16_9

        preview_video_1_1: str | Unset | None
        if isinstance(self.preview_video_1_1, Unset):
            preview_video_1_1 = UNSET
        else:
            preview_video_1_1 = self.preview_video_1_1

        preview_video_9_16: str | Unset | None
        if isinstance(self.preview_video_9_16, Unset):
            preview_video_9_16 = UNSET
        else:
            preview_video_9_16 = self.preview_video_9_16

        landscape_preview_video: str | Unset | None
        if isinstance(self.landscape_preview_video, Unset):
            landscape_preview_video = UNSET
        else:
            landscape_preview_video = self.landscape_preview_video

        squared_preview_video: str | Unset | None
        if isinstance(self.squared_preview_video, Unset):
            squared_preview_video = UNSET
        else:
            squared_preview_video = self.squared_preview_video

        is_active = self.is_active

        process_status: str | Unset | None
        if isinstance(self.process_status, Unset):
            process_status = UNSET
        else:
            process_status = self.process_status

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        suitable_industries: list[str] | str | Unset | None
        if isinstance(self.suitable_industries, Unset):
            suitable_industries = UNSET
        elif isinstance(self.suitable_industries, list):
            suitable_industries = self.suitable_industries

        else:
            suitable_industries = self.suitable_industries

        portrait_preview_video: str | Unset | None
        if isinstance(self.portrait_preview_video, Unset):
            portrait_preview_video = UNSET
        else:
            portrait_preview_video = self.portrait_preview_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if gender is not UNSET:
            field_dict["gender"] = gender
        if age_range is not UNSET:
            field_dict["age_range"] = age_range
        if location is not UNSET:
            field_dict["location"] = location
        if style is not UNSET:
            field_dict["style"] = style
        if creator_name is not UNSET:
            field_dict["creator_name"] = creator_name
        if video_scene is not UNSET:
            field_dict["video_scene"] = video_scene
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if preview_image_16_9 is not UNSET:
            field_dict["preview_image_16_9"] = preview_image_16_9
        if preview_image_1_1 is not UNSET:
            field_dict["preview_image_1_1"] = preview_image_1_1
        if preview_image_9_16 is not UNSET:
            field_dict["preview_image_9_16"] = preview_image_9_16
        if preview_video_16_9 is not UNSET:
            field_dict["preview_video_16_9"] = preview_video_16_9
        if preview_video_1_1 is not UNSET:
            field_dict["preview_video_1_1"] = preview_video_1_1
        if preview_video_9_16 is not UNSET:
            field_dict["preview_video_9_16"] = preview_video_9_16
        if landscape_preview_video is not UNSET:
            field_dict["landscape_preview_video"] = landscape_preview_video
        if squared_preview_video is not UNSET:
            field_dict["squared_preview_video"] = squared_preview_video
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if process_status is not UNSET:
            field_dict["process_status"] = process_status
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if type_ is not UNSET:
            field_dict["type"] = type_
        if suitable_industries is not UNSET:
            field_dict["suitable_industries"] = suitable_industries
        if portrait_preview_video is not UNSET:
            field_dict["portrait_preview_video"] = portrait_preview_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _id,
                _created_at,
                _updated_at,
                gender,
                age_range,
                location,
                style,
                creator_name,
                video_scene,
                keywords,
                preview_image_16_9,
                preview_image_1_1,
                preview_image_9_16,
                preview_video_16_9,
                preview_video_1_1,
                preview_video_9_16,
                landscape_preview_video,
                squared_preview_video,
                is_active,
                process_status,
                failed_reason,
                type_,
                _suitable_industries,
                portrait_preview_video,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 24
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            gender = _get("gender", UNSET)
            age_range = _get("age_range", UNSET)
            location = _get("location", UNSET)
            style = _get("style", UNSET)
            creator_name = _get("creator_name", UNSET)
            video_scene = _get("video_scene", UNSET)
            keywords = _get("keywords", UNSET)
            preview_image_16_9 = _get("preview_image_16_9", UNSET)
            preview_image_1_1 = _get("preview_image_1_1", UNSET)
            preview_image_9_16 = _get("preview_image_9_16", UNSET)
            preview_video_16_9 = _get("preview_video_16_9", UNSET)
            preview_video_1_1 = _get("preview_video_1_1", UNSET)
            preview_video_9_16 = _get("preview_video_9_16", UNSET)
            landscape_preview_video = _get("landscape_preview_video", UNSET)
            squared_preview_video = _get("squared_preview_video", UNSET)
            is_active = _get("is_active", UNSET)
            process_status = _get("process_status", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            type_ = _get("type", UNSET)
            _suitable_industries = _get("suitable_industries", UNSET)
            portrait_preview_video = _get("portrait_preview_video", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and (type(_created_at) is str or _created_at is UNSET)
            and (type(_updated_at) is str or _updated_at is UNSET)
            and (type(gender) is str or gender is None or gender is UNSET)
            and (type(age_range) is str or age_range is None or age_range is UNSET)
            and (type(location) is str or location is None or location is UNSET)
            and (type(style) is str or style is None or style is UNSET)
            and (type(creator_name) is str or creator_name is None or creator_name is UNSET)
            and (type(video_scene) is str or video_scene is None or video_scene is UNSET)
            and (type(keywords) is str or keywords is None or keywords is UNSET)
            and (
                type(preview_image_16_9) is str
                or preview_image_16_9 is None
                or preview_image_16_9 is UNSET
            )
            and (
                type(preview_image_1_1) is str
                or preview_image_1_1 is None
                or preview_image_1_1 is UNSET
            )
            and (
                type(preview_image_9_16) is str
                or preview_image_9_16 is None
                or preview_image_9_16 is UNSET
            )
            and (
                type(preview_video_16_9) is str
                or preview_video_16_9 is None
                or preview_video_16_9 is UNSET
            )
            and (
                type(preview_video_1_1) is str
                or preview_video_1_1 is None
                or preview_video_1_1 is UNSET
            )
            and (
                type(preview_video_9_16) is str
                or preview_video_9_16 is None
                or preview_video_9_16 is UNSET
            )
            and (
                type(landscape_preview_video) is str
                or landscape_preview_video is None
                or landscape_preview_video is UNSET
            )
            and (
                type(squared_preview_video) is str
                or squared_preview_video is None
                or squared_preview_video is UNSET
            )
            and (type(is_active) is bool or is_active is UNSET)
            and (type(process_status) is str or process_status is None or process_status is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(type_) is str or type_ is None or type_ is UNSET)
            and (
                type(_suitable_industries) is str
                or _suitable_industries is None
                or type(_suitable_industries) is list
                or _suitable_industries is UNSET
            )
            and (
                type(portrait_preview_video) is str
                or portrait_preview_video is None
                or portrait_preview_video is UNSET
            )
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    _created_at,
                    _updated_at,
                    gender,
                    age_range,
                    location,
                    style,
                    creator_name,
                    video_scene,
                    keywords,
                    preview_image_16_9,
                    preview_image_1_1,
                    preview_image_9_16,
                    preview_video_16_9,
                    preview_video_1_1,
                    preview_video_9_16,
                    landscape_preview_video,
                    squared_preview_video,
                    is_active,
                    process_status,
                    failed_reason,
                    type_,
                    _suitable_industries,
                    portrait_preview_video,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
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
        _model.gender = gender
        _model.age_range = age_range
        _model.location = location
        _model.style = style
        _model.creator_name = creator_name
        _model.video_scene = video_scene
        _model.keywords = keywords
        _model.preview_image_16_9 = preview_image_16_9
        _model.preview_image_1_1 = preview_image_1_1
        _model.preview_image_9_16 = preview_image_9_16
        _model.preview_video_16_9 = preview_video_16_9
        _model.preview_video_1_1 = preview_video_1_1
        _model.preview_video_9_16 = preview_video_9_16
        _model.landscape_preview_video = landscape_preview_video
        _model.squared_preview_video = squared_preview_video
        _model.is_active = is_active
        _model.process_status = process_status
        _model.failed_reason = failed_reason
        _model.type_ = type_

        def _parse_suitable_industries(data: object) -> list[str] | str | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                suitable_industries_type_1 = cast(list[str], data)

                return suitable_industries_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        suitable_industries = _parse_suitable_industries(_suitable_industries)

        _model.suitable_industries = suitable_industries
        _model.portrait_preview_video = portrait_preview_video
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
