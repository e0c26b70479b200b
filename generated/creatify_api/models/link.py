from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_datetime,
    parse_uuid,
)

if TYPE_CHECKING:
    from ..models.link_details import LinkDetails


T = TypeVar("T", bound="Link")


_NAMES = (
    "id",
    "url",
    "link",
    "created_at",
    "updated_at",
)
_TYPES = (
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({dict, Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
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

        try:  # every known key is there
            (
                _id,
                url,
                _link,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 5
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            url = _get("url", UNSET)
            _link = _get("link", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and (type(url) is str or url is None or url is UNSET)
            and (type(_link) is dict or _link is UNSET)
            and (type(_created_at) is str or _created_at is UNSET)
            and (type(_updated_at) is str or _updated_at is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    url,
                    _link,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.url = url
        _link = _link
        link: LinkDetails | Unset
        if _link is UNSET:
            link = UNSET
        else:
            link = LinkDetails.from_dict(_link)

        _model.link = link
        _created_at = _created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _model.created_at = created_at
        _updated_at = _updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        _model.updated_at = updated_at
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
