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
    from ..models.dyoa_photo import DyoaPhoto
    from ..models.dyoa_review import DyoaReview


T = TypeVar("T", bound="Dyoa")


_NAMES = (
    "id",
    "status",
    "user",
    "workspace",
    "name",
    "age_group",
    "gender",
    "more_details",
    "outfit_description",
    "background_description",
    "photos",
    "reviews",
    "created_at",
    "updated_at",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({list, type(None), Unset}),
    frozenset({list, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class Dyoa:
    """A Design-Your-Own-Avatar request.

    Attributes:
        id (UUID):
        status (str): One of `DyoaStatus`; a plain string so that a new value never breaks parsing.
        user (int | None | Unset):
        workspace (None | str | Unset):
        name (None | str | Unset):
        age_group (None | str | Unset):
        gender (None | str | Unset):
        more_details (None | str | Unset):
        outfit_description (None | str | Unset):
        background_description (None | str | Unset):
        photos (list[DyoaPhoto] | None | Unset):
        reviews (list[DyoaReview] | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    status: str
    user: int | Unset | None = UNSET
    workspace: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    age_group: str | Unset | None = UNSET
    gender: str | Unset | None = UNSET
    more_details: str | Unset | None = UNSET
    outfit_description: str | Unset | None = UNSET
    background_description: str | Unset | None = UNSET
    photos: list[DyoaPhoto] | Unset | None = UNSET
    reviews: list[DyoaReview] | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        user: int | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        workspace: str | Unset | None
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        else:
            workspace = self.workspace

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        age_group: str | Unset | None
        if isinstance(self.age_group, Unset):
            age_group = UNSET
        else:
            age_group = self.age_group

        gender: str | Unset | None
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        more_details: str | Unset | None
        if isinstance(self.more_details, Unset):
            more_details = UNSET
        else:
            more_details = self.more_details

        outfit_description: str | Unset | None
        if isinstance(self.outfit_description, Unset):
            outfit_description = UNSET
        else:
            outfit_description = self.outfit_description

        background_description: str | Unset | None
        if isinstance(self.background_description, Unset):
            background_description = UNSET
        else:
            background_description = self.background_description

        photos: list[dict[str, Any]] | Unset | None
        if isinstance(self.photos, Unset):
            photos = UNSET
        elif isinstance(self.photos, list):
            photos = []
            for photos_type_0_item_data in self.photos:
                photos_type_0_item = photos_type_0_item_data.to_dict()
                photos.append(photos_type_0_item)

        else:
            photos = self.photos

        reviews: list[dict[str, Any]] | Unset | None
        if isinstance(self.reviews, Unset):
            reviews = UNSET
        elif isinstance(self.reviews, list):
            reviews = []
            for reviews_type_0_item_data in self.reviews:
                reviews_type_0_item = reviews_type_0_item_data.to_dict()
                reviews.append(reviews_type_0_item)

        else:
            reviews = self.reviews

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
                "status": status,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if name is not UNSET:
            field_dict["name"] = name
        if age_group is not UNSET:
            field_dict["age_group"] = age_group
        if gender is not UNSET:
            field_dict["gender"] = gender
        if more_details is not UNSET:
            field_dict["more_details"] = more_details
        if outfit_description is not UNSET:
            field_dict["outfit_description"] = outfit_description
        if background_description is not UNSET:
            field_dict["background_description"] = background_description
        if photos is not UNSET:
            field_dict["photos"] = photos
        if reviews is not UNSET:
            field_dict["reviews"] = reviews
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dyoa_photo import DyoaPhoto
        from ..models.dyoa_review import DyoaReview

        try:  # every known key is there
            (
                _id,
                status,
                user,
                workspace,
                name,
                age_group,
                gender,
                more_details,
                outfit_description,
                background_description,
                _photos,
                _reviews,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 14
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            user = _get("user", UNSET)
            workspace = _get("workspace", UNSET)
            name = _get("name", UNSET)
            age_group = _get("age_group", UNSET)
            gender = _get("gender", UNSET)
            more_details = _get("more_details", UNSET)
            outfit_description = _get("outfit_description", UNSET)
            background_description = _get("background_description", UNSET)
            _photos = _get("photos", UNSET)
            _reviews = _get("reviews", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(user) is int or type(user) is float or user is None or user is UNSET)
            and (type(workspace) is str or workspace is None or workspace is UNSET)
            and (type(name) is str or name is None or name is UNSET)
            and (type(age_group) is str or age_group is None or age_group is UNSET)
            and (type(gender) is str or gender is None or gender is UNSET)
            and (type(more_details) is str or more_details is None or more_details is UNSET)
            and (
                type(outfit_description) is str
                or outfit_description is None
                or outfit_description is UNSET
            )
            and (
                type(background_description) is str
                or background_description is None
                or background_description is UNSET
            )
            and (type(_photos) is list or _photos is None or _photos is UNSET)
            and (type(_reviews) is list or _reviews is None or _reviews is UNSET)
            and (type(_created_at) is str or _created_at is UNSET)
            and (type(_updated_at) is str or _updated_at is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    status,
                    user,
                    workspace,
                    name,
                    age_group,
                    gender,
                    more_details,
                    outfit_description,
                    background_description,
                    _photos,
                    _reviews,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.user = user
        _model.workspace = workspace
        _model.name = name
        _model.age_group = age_group
        _model.gender = gender
        _model.more_details = more_details
        _model.outfit_description = outfit_description
        _model.background_description = background_description

        def _parse_photos(data: object) -> list[DyoaPhoto] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _photos_type_0 = data
                photos_type_0 = list(map(DyoaPhoto.from_dict, _photos_type_0))

                return photos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        photos = _parse_photos(_photos)

        _model.photos = photos

        def _parse_reviews(data: object) -> list[DyoaReview] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _reviews_type_0 = data
                reviews_type_0 = list(map(DyoaReview.from_dict, _reviews_type_0))

                return reviews_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        reviews = _parse_reviews(_reviews)

        _model.reviews = reviews
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
