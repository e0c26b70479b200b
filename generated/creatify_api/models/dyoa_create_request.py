from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="DyoaCreateRequest")


_FIELDS = frozenset(
    (
        "name",
        "age_group",
        "gender",
        "more_details",
        "outfit_description",
        "background_description",
    )
)


@_attrs_define
class DyoaCreateRequest:
    """A Design-Your-Own-Avatar request (an avatar described in words).

    Attributes:
        name (str):
        age_group (str): For example `infant`, `child`, `young_adult`, `early_middle_age` (the whole set is not
            documented).
        gender (Gender): * `m` - Male
            * `f` - Female
            * `nb` - Non-Binary
        more_details (str | Unset): Face, hair, build.
        outfit_description (str | Unset):
        background_description (str | Unset):
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
        _get = src_dict.get
        _model = object.__new__(cls)  # fields set one by one: faster than cls(**all)
        _model.name = src_dict["name"]
        _model.age_group = src_dict["age_group"]
        gender = Gender(src_dict["gender"])

        _model.gender = gender
        _model.more_details = _get("more_details", UNSET)
        _model.outfit_description = _get("outfit_description", UNSET)
        _model.background_description = _get("background_description", UNSET)
        d = (
            {}
            if src_dict.keys() <= _FIELDS
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )

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
