from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="TransitionEffect")


_NAMES = (
    "transition_in",
    "transition_out",
)
_TYPES = (
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class TransitionEffect:
    """
    Attributes:
        transition_in (None | str | Unset): For example `fade`; null for none.
        transition_out (None | str | Unset): For example `fade`; null for none.
    """

    transition_in: str | Unset | None = UNSET
    transition_out: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transition_in: str | Unset | None
        if isinstance(self.transition_in, Unset):
            transition_in = UNSET
        else:
            transition_in = self.transition_in

        transition_out: str | Unset | None
        if isinstance(self.transition_out, Unset):
            transition_out = UNSET
        else:
            transition_out = self.transition_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transition_in is not UNSET:
            field_dict["transition_in"] = transition_in
        if transition_out is not UNSET:
            field_dict["transition_out"] = transition_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                transition_in,
                transition_out,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 2
        except KeyError:
            _get = src_dict.get
            transition_in = _get("transition_in", UNSET)
            transition_out = _get("transition_out", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(transition_in) is str or transition_in is None or transition_in is UNSET)
            and (type(transition_out) is str or transition_out is None or transition_out is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    transition_in,
                    transition_out,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.transition_in = transition_in
        _model.transition_out = transition_out
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
