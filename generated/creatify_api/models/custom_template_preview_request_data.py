from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import lazy_additional_properties, new_instance

T = TypeVar("T", bound="CustomTemplatePreviewRequestData")


_NAMES = ()
_FIELDS = frozenset(_NAMES)


@lazy_additional_properties
@_attrs_define
class CustomTemplatePreviewRequestData:
    """The template's fields (JSON): `address`, `city`, `state`, `sqft`, `bedrooms`, `bathrooms`, `price`,
    `estimated_monthly_payment`, `openhouseDate_1` (`date`, `time`), `listing_images` (`image_1` to `image_5`),
    `location_image`, `name`, `email`, `phone_number`, `office_name`, `head_shot`.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
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
