from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="BackgroundMusic")


_NAMES = (
    "url",
    "volume",
)
_TYPES = (
    frozenset({str, Unset}),
    frozenset({int, float, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class BackgroundMusic:
    """Music under the whole video, and its volume.

    Attributes:
        url (str | Unset):
        volume (float | Unset):
    """

    url: str | Unset = UNSET
    volume: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                url,
                volume,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 2
        except KeyError:
            _get = src_dict.get
            url = _get("url", UNSET)
            volume = _get("volume", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(url) is str or url is UNSET)
            and (type(volume) is int or type(volume) is float or volume is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    url,
                    volume,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.url = url
        _model.volume = volume
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
