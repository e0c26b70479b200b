from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Music")


@_attrs_define
class Music:
    """A background-music track (shape seen in client code only).

    Attributes:
        id (str):
        name (None | str | Unset):
        url (None | str | Unset):
        category (None | str | Unset):
        duration (float | None | Unset):
    """

    id: str
    name: str | Unset | None = UNSET
    url: str | Unset | None = UNSET
    category: str | Unset | None = UNSET
    duration: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        category: str | Unset | None
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        duration: float | Unset | None
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if category is not UNSET:
            field_dict["category"] = category
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        category = d.pop("category", UNSET)

        duration = d.pop("duration", UNSET)

        music = cls(
            id=id,
            name=name,
            url=url,
            category=category,
            duration=duration,
        )

        music.additional_properties = d
        return music

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
