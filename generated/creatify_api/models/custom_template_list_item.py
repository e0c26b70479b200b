from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="CustomTemplateListItem")


_NAMES = ("id",)
_TYPES = (frozenset({str}),)
_FIELDS = frozenset(_NAMES)


@lazy_additional_properties
@_attrs_define
class CustomTemplateListItem:
    """One of the templates `GET /api/custom_templates/` lists. Only third-party client
    code shows the path, and no code shows an item: `id` is the one field assumed
    (every record of the API has one); every other key is kept as it comes
    (`additional_properties`).

        Attributes:
            id (str):
    """

    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if type(id) is not str:
            check_types(cls, _NAMES, _TYPES, (id,))
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.id = id
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
