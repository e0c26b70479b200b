from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="PersonaCount")


_NAMES = (
    "max_count",
    "current_count",
)
_TYPES = (
    frozenset({int, float}),
    frozenset({int, float}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class PersonaCount:
    """
    Attributes:
        max_count (int):
        current_count (int):
    """

    max_count: int
    current_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_count = self.max_count

        current_count = self.current_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_count": max_count,
                "current_count": current_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                max_count,
                current_count,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 2
        except KeyError:
            max_count = src_dict["max_count"]
            current_count = src_dict["current_count"]
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(max_count) is int or type(max_count) is float)
            and (type(current_count) is int or type(current_count) is float)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    max_count,
                    current_count,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.max_count = max_count
        _model.current_count = current_count
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
