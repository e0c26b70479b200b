from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="DyoaCreateRequest")


_NAMES = (
    "name",
    "age_group",
    "gender",
    "more_details",
    "outfit_description",
    "background_description",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class DyoaCreateRequest:
    """A Design-Your-Own-Avatar request (an avatar described in words).

    Attributes:
        name (str): A name for the avatar.
        age_group (str): For example `infant`, `child`, `young_adult`, `early_middle_age` (the whole set is not
            documented).
        gender (Gender): `m` (male), `f` (female) or `nb` (non-binary).
        more_details (str | Unset): Face, hair, build.
        outfit_description (str | Unset): What the avatar wears.
        background_description (str | Unset): The setting behind the avatar.
    """

    name: str
    age_group: str
    gender: Gender
    more_details: str | Unset = UNSET
    outfit_description: str | Unset = UNSET
    background_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        age_group = self.age_group

        gender = self.gender.value

        more_details = self.more_details

        outfit_description = self.outfit_description

        background_description = self.background_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "age_group": age_group,
                "gender": gender,
            }
        )
        if more_details is not UNSET:
            field_dict["more_details"] = more_details
        if outfit_description is not UNSET:
            field_dict["outfit_description"] = outfit_description
        if background_description is not UNSET:
            field_dict["background_description"] = background_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                name,
                age_group,
                _gender,
                more_details,
                outfit_description,
                background_description,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 6
        except KeyError:
            _get = src_dict.get
            name = src_dict["name"]
            age_group = src_dict["age_group"]
            _gender = src_dict["gender"]
            more_details = _get("more_details", UNSET)
            outfit_description = _get("outfit_description", UNSET)
            background_description = _get("background_description", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(name) is str
            and type(age_group) is str
            and type(_gender) is str
            and (type(more_details) is str or more_details is UNSET)
            and (type(outfit_description) is str or outfit_description is UNSET)
            and (type(background_description) is str or background_description is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    name,
                    age_group,
                    _gender,
                    more_details,
                    outfit_description,
                    background_description,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.name = name
        _model.age_group = age_group
        gender = Gender(_gender)

        _model.gender = gender
        _model.more_details = more_details
        _model.outfit_description = outfit_description
        _model.background_description = background_description
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
