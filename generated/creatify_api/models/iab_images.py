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
    from ..models.iab_images_images_type_0 import IabImagesImagesType0


T = TypeVar("T", bound="IabImages")


_NAMES = (
    "id",
    "status",
    "image",
    "failed_reason",
    "images",
    "credits_used",
    "webhook_url",
    "created_at",
    "updated_at",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({dict, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class IabImages:
    """An image-ads task ("IABImages").

    Attributes:
        id (UUID):
        status (str): One of `JobStatus` (the guide polls "until done"); a plain string.
        image (None | str | Unset):
        failed_reason (None | str | Unset):
        images (IabImagesImagesType0 | None | Unset): Banner size (e.g. `300x250`) to the image's URL, once `done`
            (inferred; the pages show no field for the sizes).
        credits_used (float | None | Unset):
        webhook_url (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    status: str
    image: str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    images: IabImagesImagesType0 | Unset | None = UNSET
    credits_used: float | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.iab_images_images_type_0 import IabImagesImagesType0

        id = str(self.id)

        status = self.status

        image: str | Unset | None
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        images: dict[str, Any] | Unset | None
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, IabImagesImagesType0):
            images = self.images.to_dict()
        else:
            images = self.images

        credits_used: float | Unset | None
        if isinstance(self.credits_used, Unset):
            credits_used = UNSET
        else:
            credits_used = self.credits_used

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

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
        if image is not UNSET:
            field_dict["image"] = image
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if images is not UNSET:
            field_dict["images"] = images
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iab_images_images_type_0 import IabImagesImagesType0

        try:  # every known key is there
            (
                _id,
                status,
                image,
                failed_reason,
                _images,
                credits_used,
                webhook_url,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 9
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            image = _get("image", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            _images = _get("images", UNSET)
            credits_used = _get("credits_used", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(image) is str or image is None or image is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(_images) is dict or _images is None or _images is UNSET)
            and (
                type(credits_used) is int
                or type(credits_used) is float
                or credits_used is None
                or credits_used is UNSET
            )
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
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
                    image,
                    failed_reason,
                    _images,
                    credits_used,
                    webhook_url,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.image = image
        _model.failed_reason = failed_reason

        def _parse_images(data: object) -> IabImagesImagesType0 | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                images_type_0 = IabImagesImagesType0.from_dict(data)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        images = _parse_images(_images)

        _model.images = images
        _model.credits_used = credits_used
        _model.webhook_url = webhook_url
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
