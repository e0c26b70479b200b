from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..models.lipsync_create_request_caption_position import LipsyncCreateRequestCaptionPosition
from ..models.model_version import ModelVersion
from ..types import (
    UNSET,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_uuid,
)

T = TypeVar("T", bound="LipsyncCreateRequest")


_NAMES = (
    "creator",
    "text",
    "audio",
    "name",
    "aspect_ratio",
    "accent",
    "webhook_url",
    "green_screen",
    "transparent_background",
    "no_caption",
    "no_music",
    "caption_style",
    "caption_position",
    "caption_offset_x",
    "caption_offset_y",
    "background_asset_image_url",
    "model_version",
)
_TYPES = (
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({bool, Unset}),
    frozenset({bool, Unset}),
    frozenset({bool, Unset}),
    frozenset({bool, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class LipsyncCreateRequest:
    """An AI Avatar v1 task. Give `text` or `audio`, one of them.

    Attributes:
        creator (UUID): The persona's id.
        text (None | str | Unset): The script the persona speaks.
        audio (None | str | Unset): URL of an audio file the persona lip-syncs to, instead of a text.
        name (None | str | Unset):
        aspect_ratio (AspectRatio | Unset): The video's shape. Both spellings are taken; responses use the `x` form
            (`9:16`
            comes back as `9x16`).
        accent (None | str | Unset): A voice accent id from `GET /api/voices/`.
        webhook_url (None | str | Unset):
        green_screen (bool | Unset): Put the avatar on a green screen.
        transparent_background (bool | Unset): A transparent background.
        no_caption (bool | Unset): No captions.
        no_music (bool | Unset): No background music.
        caption_style (None | str | Unset): For example `normal-black`.
        caption_position (LipsyncCreateRequestCaptionPosition | Unset): Where the caption goes; only `center` for now.
        caption_offset_x (None | str | Unset): A decimal string from -0.5 to 0.5.
        caption_offset_y (None | str | Unset): A decimal string from -0.5 to 0.5.
        background_asset_image_url (None | str | Unset): URL of a background image.
        model_version (ModelVersion | Unset): The lipsync model; `standard` is the default, the `aurora_*` models cost
            more.
    """

    creator: UUID
    text: str | Unset | None = UNSET
    audio: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    aspect_ratio: AspectRatio | Unset = UNSET
    accent: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    green_screen: bool | Unset = UNSET
    transparent_background: bool | Unset = UNSET
    no_caption: bool | Unset = UNSET
    no_music: bool | Unset = UNSET
    caption_style: str | Unset | None = UNSET
    caption_position: LipsyncCreateRequestCaptionPosition | Unset = UNSET
    caption_offset_x: str | Unset | None = UNSET
    caption_offset_y: str | Unset | None = UNSET
    background_asset_image_url: str | Unset | None = UNSET
    model_version: ModelVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creator = str(self.creator)

        text: str | Unset | None
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        audio: str | Unset | None
        if isinstance(self.audio, Unset):
            audio = UNSET
        else:
            audio = self.audio

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        accent: str | Unset | None
        if isinstance(self.accent, Unset):
            accent = UNSET
        else:
            accent = self.accent

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        green_screen = self.green_screen

        transparent_background = self.transparent_background

        no_caption = self.no_caption

        no_music = self.no_music

        caption_style: str | Unset | None
        if isinstance(self.caption_style, Unset):
            caption_style = UNSET
        else:
            caption_style = self.caption_style

        caption_position: str | Unset = UNSET
        if not isinstance(self.caption_position, Unset):
            caption_position = self.caption_position.value

        caption_offset_x: str | Unset | None
        if isinstance(self.caption_offset_x, Unset):
            caption_offset_x = UNSET
        else:
            caption_offset_x = self.caption_offset_x

        caption_offset_y: str | Unset | None
        if isinstance(self.caption_offset_y, Unset):
            caption_offset_y = UNSET
        else:
            caption_offset_y = self.caption_offset_y

        background_asset_image_url: str | Unset | None
        if isinstance(self.background_asset_image_url, Unset):
            background_asset_image_url = UNSET
        else:
            background_asset_image_url = self.background_asset_image_url

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creator": creator,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if audio is not UNSET:
            field_dict["audio"] = audio
        if name is not UNSET:
            field_dict["name"] = name
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if accent is not UNSET:
            field_dict["accent"] = accent
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if green_screen is not UNSET:
            field_dict["green_screen"] = green_screen
        if transparent_background is not UNSET:
            field_dict["transparent_background"] = transparent_background
        if no_caption is not UNSET:
            field_dict["no_caption"] = no_caption
        if no_music is not UNSET:
            field_dict["no_music"] = no_music
        if caption_style is not UNSET:
            field_dict["caption_style"] = caption_style
        if caption_position is not UNSET:
            field_dict["caption_position"] = caption_position
        if caption_offset_x is not UNSET:
            field_dict["caption_offset_x"] = caption_offset_x
        if caption_offset_y is not UNSET:
            field_dict["caption_offset_y"] = caption_offset_y
        if background_asset_image_url is not UNSET:
            field_dict["background_asset_image_url"] = background_asset_image_url
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _creator,
                text,
                audio,
                name,
                _aspect_ratio,
                accent,
                webhook_url,
                green_screen,
                transparent_background,
                no_caption,
                no_music,
                caption_style,
                _caption_position,
                caption_offset_x,
                caption_offset_y,
                background_asset_image_url,
                _model_version,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 17
        except KeyError:
            _get = src_dict.get
            _creator = src_dict["creator"]
            text = _get("text", UNSET)
            audio = _get("audio", UNSET)
            name = _get("name", UNSET)
            _aspect_ratio = _get("aspect_ratio", UNSET)
            accent = _get("accent", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            green_screen = _get("green_screen", UNSET)
            transparent_background = _get("transparent_background", UNSET)
            no_caption = _get("no_caption", UNSET)
            no_music = _get("no_music", UNSET)
            caption_style = _get("caption_style", UNSET)
            _caption_position = _get("caption_position", UNSET)
            caption_offset_x = _get("caption_offset_x", UNSET)
            caption_offset_y = _get("caption_offset_y", UNSET)
            background_asset_image_url = _get("background_asset_image_url", UNSET)
            _model_version = _get("model_version", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_creator) is str
            and (type(text) is str or text is None or text is UNSET)
            and (type(audio) is str or audio is None or audio is UNSET)
            and (type(name) is str or name is None or name is UNSET)
            and (type(_aspect_ratio) is str or _aspect_ratio is UNSET)
            and (type(accent) is str or accent is None or accent is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
            and (type(green_screen) is bool or green_screen is UNSET)
            and (type(transparent_background) is bool or transparent_background is UNSET)
            and (type(no_caption) is bool or no_caption is UNSET)
            and (type(no_music) is bool or no_music is UNSET)
            and (type(caption_style) is str or caption_style is None or caption_style is UNSET)
            and (type(_caption_position) is str or _caption_position is UNSET)
            and (
                type(caption_offset_x) is str
                or caption_offset_x is None
                or caption_offset_x is UNSET
            )
            and (
                type(caption_offset_y) is str
                or caption_offset_y is None
                or caption_offset_y is UNSET
            )
            and (
                type(background_asset_image_url) is str
                or background_asset_image_url is None
                or background_asset_image_url is UNSET
            )
            and (type(_model_version) is str or _model_version is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _creator,
                    text,
                    audio,
                    name,
                    _aspect_ratio,
                    accent,
                    webhook_url,
                    green_screen,
                    transparent_background,
                    no_caption,
                    no_music,
                    caption_style,
                    _caption_position,
                    caption_offset_x,
                    caption_offset_y,
                    background_asset_image_url,
                    _model_version,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        creator = parse_uuid(_creator)

        _model.creator = creator
        _model.text = text
        _model.audio = audio
        _model.name = name
        _aspect_ratio = _aspect_ratio
        aspect_ratio: AspectRatio | Unset
        if _aspect_ratio is UNSET:
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio(_aspect_ratio)

        _model.aspect_ratio = aspect_ratio
        _model.accent = accent
        _model.webhook_url = webhook_url
        _model.green_screen = green_screen
        _model.transparent_background = transparent_background
        _model.no_caption = no_caption
        _model.no_music = no_music
        _model.caption_style = caption_style
        _caption_position = _caption_position
        caption_position: LipsyncCreateRequestCaptionPosition | Unset
        if _caption_position is UNSET:
            caption_position = UNSET
        else:
            caption_position = LipsyncCreateRequestCaptionPosition(_caption_position)

        _model.caption_position = caption_position
        _model.caption_offset_x = caption_offset_x
        _model.caption_offset_y = caption_offset_y
        _model.background_asset_image_url = background_asset_image_url
        _model_version = _model_version
        model_version: ModelVersion | Unset
        if _model_version is UNSET:
            model_version = UNSET
        else:
            model_version = ModelVersion(_model_version)

        _model.model_version = model_version
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
