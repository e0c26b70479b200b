from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..types import (
    UNSET,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_datetime,
    parse_uuid,
)

T = TypeVar("T", bound="PersonaCreateResponse")


_NAMES = (
    "id",
    "gender",
    "creator_name",
    "video_scene",
    "keywords",
    "lipsync_input",
    "gdown_url",
    "consent_video",
    "lipsync_input_url",
    "labels",
    "matching_voice_non_null",
    "original_voice_provider",
    "process_status",
    "failed_reason",
    "webhook_url",
    "created_at",
    "updated_at",
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
    frozenset({list, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class PersonaCreateResponse:
    """A custom avatar as the create call returns it.

    Attributes:
        id (UUID):
        gender (Gender | Unset): `m` (male), `f` (female) or `nb` (non-binary).
        creator_name (str | Unset):
        video_scene (None | str | Unset):
        keywords (None | str | Unset):
        lipsync_input (None | str | Unset):
        gdown_url (None | str | Unset):
        consent_video (None | str | Unset): The URL of the consent video.
        lipsync_input_url (None | str | Unset):
        labels (list[str] | None | Unset):
        matching_voice_non_null (None | str | Unset):
        original_voice_provider (None | str | Unset): `elevenlabs`, `minimax` or `fishaudio` today; a plain string so
            that a new
            provider never breaks parsing.
        process_status (str | Unset): One of `ProcessStatus`; a plain string so that a new value never breaks parsing.
        failed_reason (None | str | Unset):
        webhook_url (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    gender: Gender | Unset = UNSET
    creator_name: str | Unset = UNSET
    video_scene: str | Unset | None = UNSET
    keywords: str | Unset | None = UNSET
    lipsync_input: str | Unset | None = UNSET
    gdown_url: str | Unset | None = UNSET
    consent_video: str | Unset | None = UNSET
    lipsync_input_url: str | Unset | None = UNSET
    labels: list[str] | Unset | None = UNSET
    matching_voice_non_null: str | Unset | None = UNSET
    original_voice_provider: str | Unset | None = UNSET
    process_status: str | Unset = UNSET
    failed_reason: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

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

        lipsync_input: str | Unset | None
        if isinstance(self.lipsync_input, Unset):
            lipsync_input = UNSET
        else:
            lipsync_input = self.lipsync_input

        gdown_url: str | Unset | None
        if isinstance(self.gdown_url, Unset):
            gdown_url = UNSET
        else:
            gdown_url = self.gdown_url

        consent_video: str | Unset | None
        if isinstance(self.consent_video, Unset):
            consent_video = UNSET
        else:
            consent_video = self.consent_video

        lipsync_input_url: str | Unset | None
        if isinstance(self.lipsync_input_url, Unset):
            lipsync_input_url = UNSET
        else:
            lipsync_input_url = self.lipsync_input_url

        labels: list[str] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        matching_voice_non_null: str | Unset | None
        if isinstance(self.matching_voice_non_null, Unset):
            matching_voice_non_null = UNSET
        else:
            matching_voice_non_null = self.matching_voice_non_null

        original_voice_provider: str | Unset | None
        if isinstance(self.original_voice_provider, Unset):
            original_voice_provider = UNSET
        else:
            original_voice_provider = self.original_voice_provider

        process_status = self.process_status

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

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
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender
        if creator_name is not UNSET:
            field_dict["creator_name"] = creator_name
        if video_scene is not UNSET:
            field_dict["video_scene"] = video_scene
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if lipsync_input is not UNSET:
            field_dict["lipsync_input"] = lipsync_input
        if gdown_url is not UNSET:
            field_dict["gdown_url"] = gdown_url
        if consent_video is not UNSET:
            field_dict["consent_video"] = consent_video
        if lipsync_input_url is not UNSET:
            field_dict["lipsync_input_url"] = lipsync_input_url
        if labels is not UNSET:
            field_dict["labels"] = labels
        if matching_voice_non_null is not UNSET:
            field_dict["matching_voice_non_null"] = matching_voice_non_null
        if original_voice_provider is not UNSET:
            field_dict["original_voice_provider"] = original_voice_provider
        if process_status is not UNSET:
            field_dict["process_status"] = process_status
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
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
                _gender,
                creator_name,
                video_scene,
                keywords,
                lipsync_input,
                gdown_url,
                consent_video,
                lipsync_input_url,
                _labels,
                matching_voice_non_null,
                original_voice_provider,
                process_status,
                failed_reason,
                webhook_url,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 17
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            _gender = _get("gender", UNSET)
            creator_name = _get("creator_name", UNSET)
            video_scene = _get("video_scene", UNSET)
            keywords = _get("keywords", UNSET)
            lipsync_input = _get("lipsync_input", UNSET)
            gdown_url = _get("gdown_url", UNSET)
            consent_video = _get("consent_video", UNSET)
            lipsync_input_url = _get("lipsync_input_url", UNSET)
            _labels = _get("labels", UNSET)
            matching_voice_non_null = _get("matching_voice_non_null", UNSET)
            original_voice_provider = _get("original_voice_provider", UNSET)
            process_status = _get("process_status", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and (type(_gender) is str or _gender is UNSET)
            and (type(creator_name) is str or creator_name is UNSET)
            and (type(video_scene) is str or video_scene is None or video_scene is UNSET)
            and (type(keywords) is str or keywords is None or keywords is UNSET)
            and (type(lipsync_input) is str or lipsync_input is None or lipsync_input is UNSET)
            and (type(gdown_url) is str or gdown_url is None or gdown_url is UNSET)
            and (type(consent_video) is str or consent_video is None or consent_video is UNSET)
            and (
                type(lipsync_input_url) is str
                or lipsync_input_url is None
                or lipsync_input_url is UNSET
            )
            and (type(_labels) is list or _labels is None or _labels is UNSET)
            and (
                type(matching_voice_non_null) is str
                or matching_voice_non_null is None
                or matching_voice_non_null is UNSET
            )
            and (
                type(original_voice_provider) is str
                or original_voice_provider is None
                or original_voice_provider is UNSET
            )
            and (type(process_status) is str or process_status is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
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
                    _gender,
                    creator_name,
                    video_scene,
                    keywords,
                    lipsync_input,
                    gdown_url,
                    consent_video,
                    lipsync_input_url,
                    _labels,
                    matching_voice_non_null,
                    original_voice_provider,
                    process_status,
                    failed_reason,
                    webhook_url,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _gender = _gender
        gender: Gender | Unset
        if _gender is UNSET:
            gender = UNSET
        else:
            gender = Gender(_gender)

        _model.gender = gender
        _model.creator_name = creator_name
        _model.video_scene = video_scene
        _model.keywords = keywords
        _model.lipsync_input = lipsync_input
        _model.gdown_url = gdown_url
        _model.consent_video = consent_video
        _model.lipsync_input_url = lipsync_input_url

        def _parse_labels(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                labels_type_0 = cast(list[str], data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        labels = _parse_labels(_labels)

        _model.labels = labels
        _model.matching_voice_non_null = matching_voice_non_null
        _model.original_voice_provider = original_voice_provider
        _model.process_status = process_status
        _model.failed_reason = failed_reason
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
