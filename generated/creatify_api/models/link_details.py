from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="LinkDetails")


_NAMES = (
    "url",
    "title",
    "description",
    "image_urls",
    "video_urls",
    "logo_url",
)
_TYPES = (
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({list, type(None), Unset}),
    frozenset({list, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class LinkDetails:
    """What was scraped (or given) for a link.

    Attributes:
        url (None | str | Unset):
        title (None | str | Unset):
        description (None | str | Unset):
        image_urls (list[str] | None | Unset):
        video_urls (list[str] | None | Unset):
        logo_url (None | str | Unset):
    """

    url: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    image_urls: list[str] | Unset | None = UNSET
    video_urls: list[str] | Unset | None = UNSET
    logo_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        image_urls: list[str] | Unset | None
        if isinstance(self.image_urls, Unset):
            image_urls = UNSET
        elif isinstance(self.image_urls, list):
            image_urls = self.image_urls

        else:
            image_urls = self.image_urls

        video_urls: list[str] | Unset | None
        if isinstance(self.video_urls, Unset):
            video_urls = UNSET
        elif isinstance(self.video_urls, list):
            video_urls = self.video_urls

        else:
            video_urls = self.video_urls

        logo_url: str | Unset | None
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
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
                url,
                title,
                description,
                _image_urls,
                _video_urls,
                logo_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 6
        except KeyError:
            _get = src_dict.get
            url = _get("url", UNSET)
            title = _get("title", UNSET)
            description = _get("description", UNSET)
            _image_urls = _get("image_urls", UNSET)
            _video_urls = _get("video_urls", UNSET)
            logo_url = _get("logo_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(url) is str or url is None or url is UNSET)
            and (type(title) is str or title is None or title is UNSET)
            and (type(description) is str or description is None or description is UNSET)
            and (type(_image_urls) is list or _image_urls is None or _image_urls is UNSET)
            and (type(_video_urls) is list or _video_urls is None or _video_urls is UNSET)
            and (type(logo_url) is str or logo_url is None or logo_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    url,
                    title,
                    description,
                    _image_urls,
                    _video_urls,
                    logo_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.url = url
        _model.title = title
        _model.description = description

        def _parse_image_urls(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_urls_type_0 = cast(list[str], data)

                return image_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        image_urls = _parse_image_urls(_image_urls)

        _model.image_urls = image_urls

        def _parse_video_urls(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                video_urls_type_0 = cast(list[str], data)

                return video_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        video_urls = _parse_video_urls(_video_urls)

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
