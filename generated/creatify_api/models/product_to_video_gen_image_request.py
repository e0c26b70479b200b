from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..types import (
    UNSET,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_uuid,
)

T = TypeVar("T", bound="ProductToVideoGenImageRequest")


_NAMES = (
    "product_url",
    "type",
    "image_prompt",
    "aspect_ratio",
    "override_avatar",
    "product_showcase_url",
    "webhook_url",
)
_TYPES = (
    frozenset({str}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class ProductToVideoGenImageRequest:
    """A product image to a preview image (the first step of product to video).

    Attributes:
        product_url (str): URL of the product image.
        type_ (str | Unset): The flow; `product_anyshot` (default) is the one documented in full. Default:
            'product_anyshot'.
        image_prompt (None | str | Unset): What the preview image should show.
        aspect_ratio (AspectRatio | Unset): The video's shape. Both spellings are taken; responses use the `x` form
            (`9:16`
            comes back as `9x16`).
        override_avatar (None | Unset | UUID): A persona id.
        product_showcase_url (None | str | Unset): URL of a product showcase image.
        webhook_url (None | str | Unset):
    """

    product_url: str
    type_: str | Unset = "product_anyshot"
    image_prompt: str | Unset | None = UNSET
    aspect_ratio: AspectRatio | Unset = UNSET
    override_avatar: Unset | UUID | None = UNSET
    product_showcase_url: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_url = self.product_url

        type_ = self.type_

        image_prompt: str | Unset | None
        if isinstance(self.image_prompt, Unset):
            image_prompt = UNSET
        else:
            image_prompt = self.image_prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        override_avatar: str | Unset | None
        if isinstance(self.override_avatar, Unset):
            override_avatar = UNSET
        elif isinstance(self.override_avatar, UUID):
            override_avatar = str(self.override_avatar)
        else:
            override_avatar = self.override_avatar

        product_showcase_url: str | Unset | None
        if isinstance(self.product_showcase_url, Unset):
            product_showcase_url = UNSET
        else:
            product_showcase_url = self.product_showcase_url

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_url": product_url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_prompt is not UNSET:
            field_dict["image_prompt"] = image_prompt
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if override_avatar is not UNSET:
            field_dict["override_avatar"] = override_avatar
        if product_showcase_url is not UNSET:
            field_dict["product_showcase_url"] = product_showcase_url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                product_url,
                type_,
                image_prompt,
                _aspect_ratio,
                _override_avatar,
                product_showcase_url,
                webhook_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 7
        except KeyError:
            _get = src_dict.get
            product_url = src_dict["product_url"]
            type_ = _get("type", UNSET)
            image_prompt = _get("image_prompt", UNSET)
            _aspect_ratio = _get("aspect_ratio", UNSET)
            _override_avatar = _get("override_avatar", UNSET)
            product_showcase_url = _get("product_showcase_url", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(product_url) is str
            and (type(type_) is str or type_ is UNSET)
            and (type(image_prompt) is str or image_prompt is None or image_prompt is UNSET)
            and (type(_aspect_ratio) is str or _aspect_ratio is UNSET)
            and (
                type(_override_avatar) is str
                or _override_avatar is None
                or _override_avatar is UNSET
            )
            and (
                type(product_showcase_url) is str
                or product_showcase_url is None
                or product_showcase_url is UNSET
            )
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    product_url,
                    type_,
                    image_prompt,
                    _aspect_ratio,
                    _override_avatar,
                    product_showcase_url,
                    webhook_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.product_url = product_url
        _model.type_ = type_
        _model.image_prompt = image_prompt
        _aspect_ratio = _aspect_ratio
        aspect_ratio: AspectRatio | Unset
        if _aspect_ratio is UNSET:
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio(_aspect_ratio)

        _model.aspect_ratio = aspect_ratio

        def _parse_override_avatar(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                override_avatar_type_0 = parse_uuid(data)

                return override_avatar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        override_avatar = _parse_override_avatar(_override_avatar)

        _model.override_avatar = override_avatar
        _model.product_showcase_url = product_showcase_url
        _model.webhook_url = webhook_url
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
