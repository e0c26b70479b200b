from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_details import LinkDetails


T = TypeVar("T", bound="Link")


_FIELDS = frozenset(
    (
        "id",
        "url",
        "link",
        "created_at",
        "updated_at",
    )
)


@_attrs_define
class Link:
    """A link (a product's title, description, images and videos) to make videos from.

    Attributes:
        id (UUID):
        url (None | str | Unset):
        link (LinkDetails | Unset): What was scraped (or given) for a link.
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    url: str | Unset | None = UNSET
    link: LinkDetails | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if link is not UNSET:
            field_dict["link"] = link
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_details import LinkDetails

        _get = src_dict.get
        _model = object.__new__(cls)  # fields set one by one: faster than cls(**all)
        id = UUID(src_dict["id"])

        _model.id = id
        url = _get("url", UNSET)

        _model.url = url
        _link = _get("link", UNSET)
        link: LinkDetails | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = LinkDetails.from_dict(_link)

        _model.link = link
        _created_at = _get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at.replace("Z", "+00:00"))

        _model.created_at = created_at
        _updated_at = _get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at.replace("Z", "+00:00"))

        _model.updated_at = updated_at
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
