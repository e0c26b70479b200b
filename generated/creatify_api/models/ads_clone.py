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

T = TypeVar("T", bound="AdsClone")


_NAMES = (
    "id",
    "status",
    "link",
    "video_url",
    "aspect_ratio",
    "language",
    "failed_reason",
    "video_output",
    "credits_used",
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
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class AdsClone:
    """An Ad Clone task ("APIAdsCloneFlow").

    Attributes:
        id (UUID):
        status (str): One of `JobStatus` (inferred; the crawl of the page is cut after `language`).
        link (None | Unset | UUID):
        video_url (None | str | Unset):
        aspect_ratio (None | str | Unset):
        language (None | str | Unset):
        failed_reason (None | str | Unset):
        video_output (None | str | Unset): URL of the finished video (inferred from sibling products).
        credits_used (float | None | Unset):
        webhook_url (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    status: str
    link: Unset | UUID | None = UNSET
    video_url: str | Unset | None = UNSET
    aspect_ratio: str | Unset | None = UNSET
    language: str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    video_output: str | Unset | None = UNSET
    credits_used: float | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        link: str | Unset | None
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, UUID):
            link = str(self.link)
        else:
            link = self.link

        video_url: str | Unset | None
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        aspect_ratio: str | Unset | None
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        language: str | Unset | None
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

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

        credits_used: float | Unset | None
        if isinstance(self.credits_used, Unset):
            credits_used = UNSET
        else:
            credits_used = self.credits_used

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
        if link is not UNSET:
            field_dict["link"] = link
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if language is not UNSET:
            field_dict["language"] = language
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if video_output is not UNSET:
            field_dict["video_output"] = video_output
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
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
                _link,
                video_url,
                aspect_ratio,
                language,
                failed_reason,
                video_output,
                credits_used,
                webhook_url,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 12
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            _link = _get("link", UNSET)
            video_url = _get("video_url", UNSET)
            aspect_ratio = _get("aspect_ratio", UNSET)
            language = _get("language", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            video_output = _get("video_output", UNSET)
            credits_used = _get("credits_used", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(_link) is str or _link is None or _link is UNSET)
            and (type(video_url) is str or video_url is None or video_url is UNSET)
            and (type(aspect_ratio) is str or aspect_ratio is None or aspect_ratio is UNSET)
            and (type(language) is str or language is None or language is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(video_output) is str or video_output is None or video_output is UNSET)
            and (
                type(credits_used) is int
                or type(credits_used) is float
                or credits_used is None
                or credits_used is UNSET
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
                    _link,
                    video_url,
                    aspect_ratio,
                    language,
                    failed_reason,
                    video_output,
                    credits_used,
                    webhook_url,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status

        def _parse_link(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                link_type_0 = parse_uuid(data)

                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        link = _parse_link(_link)

        _model.link = link
        _model.video_url = video_url
        _model.aspect_ratio = aspect_ratio
        _model.language = language
        _model.failed_reason = failed_reason
        _model.video_output = video_output
        _model.credits_used = credits_used
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
