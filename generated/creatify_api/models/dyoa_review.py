from __future__ import annotations

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
    parse_uuid,
)

if TYPE_CHECKING:
    from ..models.dyoa_photo import DyoaPhoto
    from ..models.dyoa_review_creator_type_0 import DyoaReviewCreatorType0


T = TypeVar("T", bound="DyoaReview")


_NAMES = (
    "id",
    "status",
    "comment",
    "photo",
    "creator",
    "social_link",
)
_TYPES = (
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({dict, Unset}),
    frozenset({dict, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class DyoaReview:
    """
    Attributes:
        id (UUID):
        status (None | str | Unset):
        comment (None | str | Unset):
        photo (DyoaPhoto | Unset): A generated photo.
        creator (DyoaReviewCreatorType0 | None | Unset): The approved avatar (`id` and preview URLs).
        social_link (None | str | Unset):
    """

    id: UUID
    status: str | Unset | None = UNSET
    comment: str | Unset | None = UNSET
    photo: DyoaPhoto | Unset = UNSET
    creator: DyoaReviewCreatorType0 | Unset | None = UNSET
    social_link: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dyoa_review_creator_type_0 import DyoaReviewCreatorType0

        id = str(self.id)

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        comment: str | Unset | None
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        photo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.photo, Unset):
            photo = self.photo.to_dict()

        creator: dict[str, Any] | Unset | None
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, DyoaReviewCreatorType0):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        social_link: str | Unset | None
        if isinstance(self.social_link, Unset):
            social_link = UNSET
        else:
            social_link = self.social_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if comment is not UNSET:
            field_dict["comment"] = comment
        if photo is not UNSET:
            field_dict["photo"] = photo
        if creator is not UNSET:
            field_dict["creator"] = creator
        if social_link is not UNSET:
            field_dict["social_link"] = social_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dyoa_photo import DyoaPhoto
        from ..models.dyoa_review_creator_type_0 import DyoaReviewCreatorType0

        try:  # every known key is there
            (
                _id,
                status,
                comment,
                _photo,
                _creator,
                social_link,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 6
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = _get("status", UNSET)
            comment = _get("comment", UNSET)
            _photo = _get("photo", UNSET)
            _creator = _get("creator", UNSET)
            social_link = _get("social_link", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and (type(status) is str or status is None or status is UNSET)
            and (type(comment) is str or comment is None or comment is UNSET)
            and (type(_photo) is dict or _photo is UNSET)
            and (type(_creator) is dict or _creator is None or _creator is UNSET)
            and (type(social_link) is str or social_link is None or social_link is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    status,
                    comment,
                    _photo,
                    _creator,
                    social_link,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.comment = comment
        _photo = _photo
        photo: DyoaPhoto | Unset
        if _photo is UNSET:
            photo = UNSET
        else:
            photo = DyoaPhoto.from_dict(_photo)

        _model.photo = photo

        def _parse_creator(data: object) -> DyoaReviewCreatorType0 | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creator_type_0 = DyoaReviewCreatorType0.from_dict(data)

                return creator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        creator = _parse_creator(_creator)

        _model.creator = creator
        _model.social_link = social_link
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
