from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_generator_message_role import TextGeneratorMessageRole
from ..types import check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="TextGeneratorMessage")


_NAMES = (
    "role",
    "content",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class TextGeneratorMessage:
    """
    Attributes:
        role (TextGeneratorMessageRole):
        content (str):
    """

    role: TextGeneratorMessageRole
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _role,
                content,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 2
        except KeyError:
            _role = src_dict["role"]
            content = src_dict["content"]
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (type(_role) is str and type(content) is str):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _role,
                    content,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        role = TextGeneratorMessageRole(_role)

        _model.role = role
        _model.content = content
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
