from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v2_character_avatar_style import V2CharacterAvatarStyle
from ..models.v2_character_type import V2CharacterType
from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.offset import Offset


T = TypeVar("T", bound="V2Character")


_NAMES = (
    "avatar_id",
    "type",
    "avatar_style",
    "scale",
    "offset",
    "hidden",
)
_TYPES = (
    frozenset({str}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({int, float, Unset}),
    frozenset({dict, Unset}),
    frozenset({bool, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class V2Character:
    """The avatar of one scene.

    Attributes:
        avatar_id (str): A persona id (`GET /api/personas/`).
        type_ (V2CharacterType | Unset): Only `avatar` is supported. Default: V2CharacterType.AVATAR.
        avatar_style (V2CharacterAvatarStyle | Unset):  Default: V2CharacterAvatarStyle.NORMAL.
        scale (float | Unset): Between 0 and 2, both excluded; default 1. Default: 1.0.
        offset (Offset | Unset): A position relative to the frame's centre.
        hidden (bool | Unset): Hide the avatar (default false). Default: False.
    """

    avatar_id: str
    type_: V2CharacterType | Unset = V2CharacterType.AVATAR
    avatar_style: V2CharacterAvatarStyle | Unset = V2CharacterAvatarStyle.NORMAL
    scale: float | Unset = 1.0
    offset: Offset | Unset = UNSET
    hidden: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_id = self.avatar_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        avatar_style: str | Unset = UNSET
        if not isinstance(self.avatar_style, Unset):
            avatar_style = self.avatar_style.value

        scale = self.scale

        offset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset, Unset):
            offset = self.offset.to_dict()

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatar_id": avatar_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if avatar_style is not UNSET:
            field_dict["avatar_style"] = avatar_style
        if scale is not UNSET:
            field_dict["scale"] = scale
        if offset is not UNSET:
            field_dict["offset"] = offset
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offset import Offset

        try:  # every known key is there
            (
                avatar_id,
                _type_,
                _avatar_style,
                scale,
                _offset,
                hidden,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 6
        except KeyError:
            _get = src_dict.get
            avatar_id = src_dict["avatar_id"]
            _type_ = _get("type", UNSET)
            _avatar_style = _get("avatar_style", UNSET)
            scale = _get("scale", UNSET)
            _offset = _get("offset", UNSET)
            hidden = _get("hidden", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(avatar_id) is str
            and (type(_type_) is str or _type_ is UNSET)
            and (type(_avatar_style) is str or _avatar_style is UNSET)
            and (type(scale) is int or type(scale) is float or scale is UNSET)
            and (type(_offset) is dict or _offset is UNSET)
            and (type(hidden) is bool or hidden is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    avatar_id,
                    _type_,
                    _avatar_style,
                    scale,
                    _offset,
                    hidden,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.avatar_id = avatar_id
        _type_ = _type_
        type_: V2CharacterType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = V2CharacterType(_type_)

        _model.type_ = type_
        _avatar_style = _avatar_style
        avatar_style: V2CharacterAvatarStyle | Unset
        if _avatar_style is UNSET:
            avatar_style = UNSET
        else:
            avatar_style = V2CharacterAvatarStyle(_avatar_style)

        _model.avatar_style = avatar_style
        _model.scale = scale
        _offset = _offset
        offset: Offset | Unset
        if _offset is UNSET:
            offset = UNSET
        else:
            offset = Offset.from_dict(_offset)

        _model.offset = offset
        _model.hidden = hidden
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
