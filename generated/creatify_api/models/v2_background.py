from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v2_background_effect import V2BackgroundEffect
from ..models.v2_background_fit import V2BackgroundFit
from ..models.v2_background_type import V2BackgroundType
from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="V2Background")


_NAMES = (
    "type",
    "url",
    "fit",
    "effect",
)
_TYPES = (
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class V2Background:
    """The background of one scene.

    Attributes:
        type_ (V2BackgroundType | Unset):
        url (str | Unset): URL of the image or video.
        fit (V2BackgroundFit | Unset): `crop` fills the frame; `contain` (images only) fits with a blurred fill; `cover`
            is deprecated (use `crop`).
        effect (V2BackgroundEffect | Unset): An image effect; leave the field out for none.
    """

    type_: V2BackgroundType | Unset = UNSET
    url: str | Unset = UNSET
    fit: V2BackgroundFit | Unset = UNSET
    effect: V2BackgroundEffect | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        fit: str | Unset = UNSET
        if not isinstance(self.fit, Unset):
            fit = self.fit.value

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = self.effect.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if fit is not UNSET:
            field_dict["fit"] = fit
        if effect is not UNSET:
            field_dict["effect"] = effect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _type_,
                url,
                _fit,
                _effect,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 4
        except KeyError:
            _get = src_dict.get
            _type_ = _get("type", UNSET)
            url = _get("url", UNSET)
            _fit = _get("fit", UNSET)
            _effect = _get("effect", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(_type_) is str or _type_ is UNSET)
            and (type(url) is str or url is UNSET)
            and (type(_fit) is str or _fit is UNSET)
            and (type(_effect) is str or _effect is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _type_,
                    url,
                    _fit,
                    _effect,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _type_ = _type_
        type_: V2BackgroundType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = V2BackgroundType(_type_)

        _model.type_ = type_
        _model.url = url
        _fit = _fit
        fit: V2BackgroundFit | Unset
        if _fit is UNSET:
            fit = UNSET
        else:
            fit = V2BackgroundFit(_fit)

        _model.fit = fit
        _effect = _effect
        effect: V2BackgroundEffect | Unset
        if _effect is UNSET:
            effect = UNSET
        else:
            effect = V2BackgroundEffect(_effect)

        _model.effect = effect
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
