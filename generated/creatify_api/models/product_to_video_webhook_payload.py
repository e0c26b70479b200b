from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar
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

T = TypeVar("T", bound="ProductToVideoWebhookPayload")


_NAMES = (
    "id",
    "status",
    "type",
    "product_url",
    "aspect_ratio",
    "override_avatar",
    "motion_style",
    "product_showcase_url",
    "image_prompt",
    "video_prompt",
    "generated_video_url",
    "generated_photo_url",
    "created_at",
    "updated_at",
    "webhook_url",
    "failed_reason",
    "regen_type",
    "regen_source_id",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class ProductToVideoWebhookPayload:
    """The webhook of `gen_image` and `gen_video`: the whole product-to-video task
    (status `image_generated`, `video_generating`, `video_generated`, ...).

        Attributes:
            id (UUID):
            status (str): One of `ProductToVideoStatus`; a plain string so that a new value never breaks parsing.
            type_ (None | str | Unset):
            product_url (None | str | Unset):
            aspect_ratio (None | str | Unset):
            override_avatar (None | str | Unset):
            motion_style (None | str | Unset):
            product_showcase_url (None | str | Unset):
            image_prompt (None | str | Unset):
            video_prompt (None | str | Unset):
            generated_video_url (None | str | Unset): Set once `status` is `video_generated`.
            generated_photo_url (None | str | Unset): Set once `status` is `image_generated`.
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
            webhook_url (None | str | Unset):
            failed_reason (None | str | Unset):
            regen_type (None | str | Unset):
            regen_source_id (None | str | Unset):
    """

    id: UUID
    status: str
    type_: str | Unset | None = UNSET
    product_url: str | Unset | None = UNSET
    aspect_ratio: str | Unset | None = UNSET
    override_avatar: str | Unset | None = UNSET
    motion_style: str | Unset | None = UNSET
    product_showcase_url: str | Unset | None = UNSET
    image_prompt: str | Unset | None = UNSET
    video_prompt: str | Unset | None = UNSET
    generated_video_url: str | Unset | None = UNSET
    generated_photo_url: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    webhook_url: str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    regen_type: str | Unset | None = UNSET
    regen_source_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        product_url: str | Unset | None
        if isinstance(self.product_url, Unset):
            product_url = UNSET
        else:
            product_url = self.product_url

        aspect_ratio: str | Unset | None
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        override_avatar: str | Unset | None
        if isinstance(self.override_avatar, Unset):
            override_avatar = UNSET
        else:
            override_avatar = self.override_avatar

        motion_style: str | Unset | None
        if isinstance(self.motion_style, Unset):
            motion_style = UNSET
        else:
            motion_style = self.motion_style

        product_showcase_url: str | Unset | None
        if isinstance(self.product_showcase_url, Unset):
            product_showcase_url = UNSET
        else:
            product_showcase_url = self.product_showcase_url

        image_prompt: str | Unset | None
        if isinstance(self.image_prompt, Unset):
            image_prompt = UNSET
        else:
            image_prompt = self.image_prompt

        video_prompt: str | Unset | None
        if isinstance(self.video_prompt, Unset):
            video_prompt = UNSET
        else:
            video_prompt = self.video_prompt

        generated_video_url: str | Unset | None
        if isinstance(self.generated_video_url, Unset):
            generated_video_url = UNSET
        else:
            generated_video_url = self.generated_video_url

        generated_photo_url: str | Unset | None
        if isinstance(self.generated_photo_url, Unset):
            generated_photo_url = UNSET
        else:
            generated_photo_url = self.generated_photo_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        regen_type: str | Unset | None
        if isinstance(self.regen_type, Unset):
            regen_type = UNSET
        else:
            regen_type = self.regen_type

        regen_source_id: str | Unset | None
        if isinstance(self.regen_source_id, Unset):
            regen_source_id = UNSET
        else:
            regen_source_id = self.regen_source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if product_url is not UNSET:
            field_dict["product_url"] = product_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if override_avatar is not UNSET:
            field_dict["override_avatar"] = override_avatar
        if motion_style is not UNSET:
            field_dict["motion_style"] = motion_style
        if product_showcase_url is not UNSET:
            field_dict["product_showcase_url"] = product_showcase_url
        if image_prompt is not UNSET:
            field_dict["image_prompt"] = image_prompt
        if video_prompt is not UNSET:
            field_dict["video_prompt"] = video_prompt
        if generated_video_url is not UNSET:
            field_dict["generated_video_url"] = generated_video_url
        if generated_photo_url is not UNSET:
            field_dict["generated_photo_url"] = generated_photo_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if regen_type is not UNSET:
            field_dict["regen_type"] = regen_type
        if regen_source_id is not UNSET:
            field_dict["regen_source_id"] = regen_source_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _id,
                status,
                type_,
                product_url,
                aspect_ratio,
                override_avatar,
                motion_style,
                product_showcase_url,
                image_prompt,
                video_prompt,
                generated_video_url,
                generated_photo_url,
                _created_at,
                _updated_at,
                webhook_url,
                failed_reason,
                regen_type,
                regen_source_id,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 18
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            type_ = _get("type", UNSET)
            product_url = _get("product_url", UNSET)
            aspect_ratio = _get("aspect_ratio", UNSET)
            override_avatar = _get("override_avatar", UNSET)
            motion_style = _get("motion_style", UNSET)
            product_showcase_url = _get("product_showcase_url", UNSET)
            image_prompt = _get("image_prompt", UNSET)
            video_prompt = _get("video_prompt", UNSET)
            generated_video_url = _get("generated_video_url", UNSET)
            generated_photo_url = _get("generated_photo_url", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            regen_type = _get("regen_type", UNSET)
            regen_source_id = _get("regen_source_id", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(type_) is str or type_ is None or type_ is UNSET)
            and (type(product_url) is str or product_url is None or product_url is UNSET)
            and (type(aspect_ratio) is str or aspect_ratio is None or aspect_ratio is UNSET)
            and (
                type(override_avatar) is str or override_avatar is None or override_avatar is UNSET
            )
            and (type(motion_style) is str or motion_style is None or motion_style is UNSET)
            and (
                type(product_showcase_url) is str
                or product_showcase_url is None
                or product_showcase_url is UNSET
            )
            and (type(image_prompt) is str or image_prompt is None or image_prompt is UNSET)
            and (type(video_prompt) is str or video_prompt is None or video_prompt is UNSET)
            and (
                type(generated_video_url) is str
                or generated_video_url is None
                or generated_video_url is UNSET
            )
            and (
                type(generated_photo_url) is str
                or generated_photo_url is None
                or generated_photo_url is UNSET
            )
            and (type(_created_at) is str or _created_at is UNSET)
            and (type(_updated_at) is str or _updated_at is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(regen_type) is str or regen_type is None or regen_type is UNSET)
            and (
                type(regen_source_id) is str or regen_source_id is None or regen_source_id is UNSET
            )
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    status,
                    type_,
                    product_url,
                    aspect_ratio,
                    override_avatar,
                    motion_style,
                    product_showcase_url,
                    image_prompt,
                    video_prompt,
                    generated_video_url,
                    generated_photo_url,
                    _created_at,
                    _updated_at,
                    webhook_url,
                    failed_reason,
                    regen_type,
                    regen_source_id,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.type_ = type_
        _model.product_url = product_url
        _model.aspect_ratio = aspect_ratio
        _model.override_avatar = override_avatar
        _model.motion_style = motion_style
        _model.product_showcase_url = product_showcase_url
        _model.image_prompt = image_prompt
        _model.video_prompt = video_prompt
        _model.generated_video_url = generated_video_url
        _model.generated_photo_url = generated_photo_url
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
        _model.webhook_url = webhook_url
        _model.failed_reason = failed_reason
        _model.regen_type = regen_type
        _model.regen_source_id = regen_source_id
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
