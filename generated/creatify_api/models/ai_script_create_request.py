from __future__ import annotations

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
    parse_uuid,
)

T = TypeVar("T", bound="AiScriptCreateRequest")


_NAMES = (
    "link",
    "language",
    "target_audience",
    "video_length",
    "script_styles",
    "webhook_url",
)
_TYPES = (
    frozenset({str}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({int, float, Unset}),
    frozenset({list, Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class AiScriptCreateRequest:
    """Ad scripts for a product link.

    Attributes:
        link (UUID): A link (`/api/links/`) with the product.
        language (str | Unset): e.g. `en`.
        target_audience (str | Unset): Who the ad is for.
        video_length (int | Unset): Seconds.
        script_styles (list[str] | Unset): Script styles to write.
        webhook_url (None | str | Unset):
    """

    link: UUID
    language: str | Unset = UNSET
    target_audience: str | Unset = UNSET
    video_length: int | Unset = UNSET
    script_styles: list[str] | Unset = UNSET
    webhook_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = str(self.link)

        language = self.language

        target_audience = self.target_audience

        video_length = self.video_length

        script_styles: list[str] | Unset = UNSET
        if not isinstance(self.script_styles, Unset):
            script_styles = self.script_styles

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
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if video_length is not UNSET:
            field_dict["video_length"] = video_length
        if script_styles is not UNSET:
            field_dict["script_styles"] = script_styles
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _link,
                language,
                target_audience,
                video_length,
                _script_styles,
                webhook_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 6
        except KeyError:
            _get = src_dict.get
            _link = src_dict["link"]
            language = _get("language", UNSET)
            target_audience = _get("target_audience", UNSET)
            video_length = _get("video_length", UNSET)
            _script_styles = _get("script_styles", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_link) is str
            and (type(language) is str or language is UNSET)
            and (type(target_audience) is str or target_audience is UNSET)
            and (type(video_length) is int or type(video_length) is float or video_length is UNSET)
            and (type(_script_styles) is list or _script_styles is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _link,
                    language,
                    target_audience,
                    video_length,
                    _script_styles,
                    webhook_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        link = parse_uuid(_link)

        _model.link = link
        _model.language = language
        _model.target_audience = target_audience
        _model.video_length = video_length
        script_styles = cast(list[str], _script_styles)

        _model.script_styles = script_styles
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
