from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.accent import Accent


T = TypeVar("T", bound="Voice")


_NAMES = (
    "name",
    "accents",
    "gender",
)
_TYPES = (
    frozenset({str}),
    frozenset({list}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class Voice:
    """
    Attributes:
        name (str):
        accents (list[Accent]):
        gender (None | str | Unset):
    """

    name: str
    accents: list[Accent]
    gender: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        accents = []
        for accents_item_data in self.accents:
            accents_item = accents_item_data.to_dict()
            accents.append(accents_item)

        gender: str | Unset | None
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "accents": accents,
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accent import Accent

        try:  # every known key is there
            (
                name,
                _accents,
                gender,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 3
        except KeyError:
            _get = src_dict.get
            name = src_dict["name"]
            _accents = src_dict["accents"]
            gender = _get("gender", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(name) is str
            and type(_accents) is list
            and (type(gender) is str or gender is None or gender is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    name,
                    _accents,
                    gender,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.name = name
        _accents = _accents
        accents = list(map(Accent.from_dict, _accents))

        _model.accents = accents
        _model.gender = gender
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
