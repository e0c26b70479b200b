from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_uuid,
)

T = TypeVar("T", bound="LinkToVideoRenderSinglePreviewRequest")


_NAMES = ("media_job",)
_TYPES = (frozenset({str}),)
_FIELDS = frozenset(_NAMES)


@lazy_additional_properties
@_attrs_define
class LinkToVideoRenderSinglePreviewRequest:
    """
    Attributes:
        media_job (UUID): The `media_job` of the chosen entry of `previews`.
    """

    media_job: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_job = str(self.media_job)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_job": media_job,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _media_job = src_dict["media_job"]
        _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if type(_media_job) is not str:
            check_types(cls, _NAMES, _TYPES, (_media_job,))
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        media_job = parse_uuid(_media_job)

        _model.media_job = media_job
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
