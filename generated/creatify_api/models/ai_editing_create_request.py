from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.editing_style import EditingStyle
from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.caption_setting import CaptionSetting


T = TypeVar("T", bound="AiEditingCreateRequest")


_NAMES = (
    "video_url",
    "editing_style",
    "caption_setting",
    "background_music_url",
    "background_music_volume",
    "voiceover_volume",
    "webhook_url",
)
_TYPES = (
    frozenset({str}),
    frozenset({str, Unset}),
    frozenset({dict, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class AiEditingCreateRequest:
    """An AI Editing task (an uploaded video, edited in a style).

    Attributes:
        video_url (str): URL of the video to edit.
        editing_style (EditingStyle | Unset): The AI Editing style.
        caption_setting (CaptionSetting | Unset): Caption look; every field is optional.
        background_music_url (None | str | Unset): URL of the background music.
        background_music_volume (float | None | Unset): Volume of the background music.
        voiceover_volume (float | None | Unset): Volume of the voice-over.
        webhook_url (None | str | Unset):
    """

    video_url: str
    editing_style: EditingStyle | Unset = UNSET
    caption_setting: CaptionSetting | Unset = UNSET
    background_music_url: str | Unset | None = UNSET
    background_music_volume: float | Unset | None = UNSET
    voiceover_volume: float | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        editing_style: str | Unset = UNSET
        if not isinstance(self.editing_style, Unset):
            editing_style = self.editing_style.value

        caption_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caption_setting, Unset):
            caption_setting = self.caption_setting.to_dict()

        background_music_url: str | Unset | None
        if isinstance(self.background_music_url, Unset):
            background_music_url = UNSET
        else:
            background_music_url = self.background_music_url

        background_music_volume: float | Unset | None
        if isinstance(self.background_music_volume, Unset):
            background_music_volume = UNSET
        else:
            background_music_volume = self.background_music_volume

        voiceover_volume: float | Unset | None
        if isinstance(self.voiceover_volume, Unset):
            voiceover_volume = UNSET
        else:
            voiceover_volume = self.voiceover_volume

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if editing_style is not UNSET:
            field_dict["editing_style"] = editing_style
        if caption_setting is not UNSET:
            field_dict["caption_setting"] = caption_setting
        if background_music_url is not UNSET:
            field_dict["background_music_url"] = background_music_url
        if background_music_volume is not UNSET:
            field_dict["background_music_volume"] = background_music_volume
        if voiceover_volume is not UNSET:
            field_dict["voiceover_volume"] = voiceover_volume
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caption_setting import CaptionSetting

        try:  # every known key is there
            (
                video_url,
                _editing_style,
                _caption_setting,
                background_music_url,
                background_music_volume,
                voiceover_volume,
                webhook_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 7
        except KeyError:
            _get = src_dict.get
            video_url = src_dict["video_url"]
            _editing_style = _get("editing_style", UNSET)
            _caption_setting = _get("caption_setting", UNSET)
            background_music_url = _get("background_music_url", UNSET)
            background_music_volume = _get("background_music_volume", UNSET)
            voiceover_volume = _get("voiceover_volume", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(video_url) is str
            and (type(_editing_style) is str or _editing_style is UNSET)
            and (type(_caption_setting) is dict or _caption_setting is UNSET)
            and (
                type(background_music_url) is str
                or background_music_url is None
                or background_music_url is UNSET
            )
            and (
                type(background_music_volume) is int
                or type(background_music_volume) is float
                or background_music_volume is None
                or background_music_volume is UNSET
            )
            and (
                type(voiceover_volume) is int
                or type(voiceover_volume) is float
                or voiceover_volume is None
                or voiceover_volume is UNSET
            )
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    video_url,
                    _editing_style,
                    _caption_setting,
                    background_music_url,
                    background_music_volume,
                    voiceover_volume,
                    webhook_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.video_url = video_url
        _editing_style = _editing_style
        editing_style: EditingStyle | Unset
        if _editing_style is UNSET:
            editing_style = UNSET
        else:
            editing_style = EditingStyle(_editing_style)

        _model.editing_style = editing_style
        _caption_setting = _caption_setting
        caption_setting: CaptionSetting | Unset
        if _caption_setting is UNSET:
            caption_setting = UNSET
        else:
            caption_setting = CaptionSetting.from_dict(_caption_setting)

        _model.caption_setting = caption_setting
        _model.background_music_url = background_music_url
        _model.background_music_volume = background_music_volume
        _model.voiceover_volume = voiceover_volume
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
