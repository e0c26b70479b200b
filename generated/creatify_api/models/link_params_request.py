from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="LinkParamsRequest")


_NAMES = (
    "title",
    "description",
    "image_urls",
    "video_urls",
    "logo_url",
)
_TYPES = (
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({list, Unset}),
    frozenset({list, Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class LinkParamsRequest:
    """A link made (or replaced) from your own product data. Give at least one video,
    or at least three images.

        Attributes:
            title (str | Unset): The product's name.
            description (str | Unset): The product's description.
            image_urls (list[str] | Unset): Image URLs of the product (three or more, unless a video is given).
            video_urls (list[str] | Unset): Video URLs of the product.
            logo_url (None | str | Unset): URL of the product's logo.
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    logo_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        logo_url: str | Unset | None
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                title,
                description,
                _image_urls,
                _video_urls,
                logo_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 5
        except KeyError:
            _get = src_dict.get
            title = _get("title", UNSET)
            description = _get("description", UNSET)
            _image_urls = _get("image_urls", UNSET)
            _video_urls = _get("video_urls", UNSET)
            logo_url = _get("logo_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(title) is str or title is UNSET)
            and (type(description) is str or description is UNSET)
            and (type(_image_urls) is list or _image_urls is UNSET)
            and (type(_video_urls) is list or _video_urls is UNSET)
            and (type(logo_url) is str or logo_url is None or logo_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    title,
                    description,
                    _image_urls,
                    _video_urls,
                    logo_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.title = title
        _model.description = description
        image_urls = cast(list[str], _image_urls)

        _model.image_urls = image_urls
        video_urls = cast(list[str], _video_urls)

        _model.video_urls = video_urls
        _model.logo_url = logo_url
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
