from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.offset import Offset


T = TypeVar("T", bound="CaptionSetting")


_NAMES = (
    "style",
    "offset",
    "font_family",
    "font_size",
    "font_style",
    "background_color",
    "text_color",
    "highlight_text_color",
    "max_width",
    "line_height",
    "text_shadow",
    "hidden",
    "override_visual_style",
)
_TYPES = (
    frozenset({str, Unset}),
    frozenset({dict, Unset}),
    frozenset({str, Unset}),
    frozenset({int, float, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({bool, Unset}),
    frozenset({bool, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class CaptionSetting:
    """Caption look; every field is optional.

    Attributes:
        style (str | Unset): A caption style such as `normal-black` (the set grows; see the AI Avatar v1 caption
            styles).
        offset (Offset | Unset): A position relative to the frame's centre.
        font_family (str | Unset):  Example: Montserrat.
        font_size (float | Unset):
        font_style (None | str | Unset): For example `font-bold`.
        background_color (None | str | Unset):
        text_color (None | str | Unset):
        highlight_text_color (None | str | Unset):
        max_width (float | None | Unset):
        line_height (float | None | Unset):
        text_shadow (None | str | Unset):
        hidden (bool | Unset):
        override_visual_style (bool | Unset):
    """

    style: str | Unset = UNSET
    offset: Offset | Unset = UNSET
    font_family: str | Unset = UNSET
    font_size: float | Unset = UNSET
    font_style: str | Unset | None = UNSET
    background_color: str | Unset | None = UNSET
    text_color: str | Unset | None = UNSET
    highlight_text_color: str | Unset | None = UNSET
    max_width: float | Unset | None = UNSET
    line_height: float | Unset | None = UNSET
    text_shadow: str | Unset | None = UNSET
    hidden: bool | Unset = UNSET
    override_visual_style: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style = self.style

        offset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset, Unset):
            offset = self.offset.to_dict()

        font_family = self.font_family

        font_size = self.font_size

        font_style: str | Unset | None
        if isinstance(self.font_style, Unset):
            font_style = UNSET
        else:
            font_style = self.font_style

        background_color: str | Unset | None
        if isinstance(self.background_color, Unset):
            background_color = UNSET
        else:
            background_color = self.background_color

        text_color: str | Unset | None
        if isinstance(self.text_color, Unset):
            text_color = UNSET
        else:
            text_color = self.text_color

        highlight_text_color: str | Unset | None
        if isinstance(self.highlight_text_color, Unset):
            highlight_text_color = UNSET
        else:
            highlight_text_color = self.highlight_text_color

        max_width: float | Unset | None
        if isinstance(self.max_width, Unset):
            max_width = UNSET
        else:
            max_width = self.max_width

        line_height: float | Unset | None
        if isinstance(self.line_height, Unset):
            line_height = UNSET
        else:
            line_height = self.line_height

        text_shadow: str | Unset | None
        if isinstance(self.text_shadow, Unset):
            text_shadow = UNSET
        else:
            text_shadow = self.text_shadow

        hidden = self.hidden

        override_visual_style = self.override_visual_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if style is not UNSET:
            field_dict["style"] = style
        if offset is not UNSET:
            field_dict["offset"] = offset
        if font_family is not UNSET:
            field_dict["font_family"] = font_family
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if font_style is not UNSET:
            field_dict["font_style"] = font_style
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if highlight_text_color is not UNSET:
            field_dict["highlight_text_color"] = highlight_text_color
        if max_width is not UNSET:
            field_dict["max_width"] = max_width
        if line_height is not UNSET:
            field_dict["line_height"] = line_height
        if text_shadow is not UNSET:
            field_dict["text_shadow"] = text_shadow
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if override_visual_style is not UNSET:
            field_dict["override_visual_style"] = override_visual_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offset import Offset

        try:  # every known key is there
            (
                style,
                _offset,
                font_family,
                font_size,
                font_style,
                background_color,
                text_color,
                highlight_text_color,
                max_width,
                line_height,
                text_shadow,
                hidden,
                override_visual_style,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 13
        except KeyError:
            _get = src_dict.get
            style = _get("style", UNSET)
            _offset = _get("offset", UNSET)
            font_family = _get("font_family", UNSET)
            font_size = _get("font_size", UNSET)
            font_style = _get("font_style", UNSET)
            background_color = _get("background_color", UNSET)
            text_color = _get("text_color", UNSET)
            highlight_text_color = _get("highlight_text_color", UNSET)
            max_width = _get("max_width", UNSET)
            line_height = _get("line_height", UNSET)
            text_shadow = _get("text_shadow", UNSET)
            hidden = _get("hidden", UNSET)
            override_visual_style = _get("override_visual_style", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(style) is str or style is UNSET)
            and (type(_offset) is dict or _offset is UNSET)
            and (type(font_family) is str or font_family is UNSET)
            and (type(font_size) is int or type(font_size) is float or font_size is UNSET)
            and (type(font_style) is str or font_style is None or font_style is UNSET)
            and (
                type(background_color) is str
                or background_color is None
                or background_color is UNSET
            )
            and (type(text_color) is str or text_color is None or text_color is UNSET)
            and (
                type(highlight_text_color) is str
                or highlight_text_color is None
                or highlight_text_color is UNSET
            )
            and (
                type(max_width) is int
                or type(max_width) is float
                or max_width is None
                or max_width is UNSET
            )
            and (
                type(line_height) is int
                or type(line_height) is float
                or line_height is None
                or line_height is UNSET
            )
            and (type(text_shadow) is str or text_shadow is None or text_shadow is UNSET)
            and (type(hidden) is bool or hidden is UNSET)
            and (type(override_visual_style) is bool or override_visual_style is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    style,
                    _offset,
                    font_family,
                    font_size,
                    font_style,
                    background_color,
                    text_color,
                    highlight_text_color,
                    max_width,
                    line_height,
                    text_shadow,
                    hidden,
                    override_visual_style,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.style = style
        _offset = _offset
        offset: Offset | Unset
        if _offset is UNSET:
            offset = UNSET
        else:
            offset = Offset.from_dict(_offset)

        _model.offset = offset
        _model.font_family = font_family
        _model.font_size = font_size
        _model.font_style = font_style
        _model.background_color = background_color
        _model.text_color = text_color
        _model.highlight_text_color = highlight_text_color
        _model.max_width = max_width
        _model.line_height = line_height
        _model.text_shadow = text_shadow
        _model.hidden = hidden
        _model.override_visual_style = override_visual_style
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
