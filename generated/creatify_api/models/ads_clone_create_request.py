from __future__ import annotations

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
    parse_uuid,
)

T = TypeVar("T", bound="AdsCloneCreateRequest")


_NAMES = (
    "link",
    "video_url",
    "aspect_ratio",
    "language",
    "webhook_url",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class AdsCloneCreateRequest:
    """An Ad Clone task (inferred from the GET schema; the create page was not recovered).

    Attributes:
        link (UUID): A link (`/api/links/`) that has at least one image.
        video_url (str): The reference ad video.
        aspect_ratio (str | Unset): e.g. `9x16` (the default). Default: '9x16'.
        language (None | str | Unset): The video's language; null keeps the reference video's.
        webhook_url (None | str | Unset):
    """

    link: UUID
    video_url: str
    aspect_ratio: str | Unset = "9x16"
    language: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = str(self.link)

        video_url = self.video_url

        aspect_ratio = self.aspect_ratio

        language: str | Unset | None
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link": link,
                "video_url": video_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if language is not UNSET:
            field_dict["language"] = language
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _link,
                video_url,
                aspect_ratio,
                language,
                webhook_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 5
        except KeyError:
            _get = src_dict.get
            _link = src_dict["link"]
            video_url = src_dict["video_url"]
            aspect_ratio = _get("aspect_ratio", UNSET)
            language = _get("language", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_link) is str
            and type(video_url) is str
            and (type(aspect_ratio) is str or aspect_ratio is UNSET)
            and (type(language) is str or language is None or language is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _link,
                    video_url,
                    aspect_ratio,
                    language,
                    webhook_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        link = parse_uuid(_link)

        _model.link = link
        _model.video_url = video_url
        _model.aspect_ratio = aspect_ratio
        _model.language = language
        _model.webhook_url = webhook_url
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
