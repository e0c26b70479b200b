from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="Offset")


_NAMES = (
    "x",
    "y",
)
_TYPES = (
    frozenset({int, float, Unset}),
    frozenset({int, float, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class Offset:
    """A position relative to the frame's centre.

    Attributes:
        x (float | Unset):
        y (float | Unset):
    """

    x: float | Unset = UNSET
    y: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                x,
                y,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 2
        except KeyError:
            _get = src_dict.get
            x = _get("x", UNSET)
            y = _get("y", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(x) is int or type(x) is float or x is UNSET)
            and (type(y) is int or type(y) is float or y is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    x,
                    y,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.x = x
        _model.y = y
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
