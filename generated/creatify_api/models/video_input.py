from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.caption_setting import CaptionSetting
    from ..models.transition_effect import TransitionEffect
    from ..models.v2_background import V2Background
    from ..models.v2_character import V2Character
    from ..models.v2_voice import V2Voice
    from ..models.video_input_cta import VideoInputCta


T = TypeVar("T", bound="VideoInput")


_NAMES = (
    "character",
    "voice",
    "background",
    "caption_setting",
    "transition_effect",
    "visual_style",
    "cta",
)
_TYPES = (
    frozenset({dict}),
    frozenset({dict}),
    frozenset({dict, Unset}),
    frozenset({dict, Unset}),
    frozenset({dict, Unset}),
    frozenset({str, Unset}),
    frozenset({dict, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class VideoInput:
    """One scene of an AI Avatar v2 video.

    Attributes:
        character (V2Character): The avatar of one scene.
        voice (V2Voice): What the avatar of one scene says.
        background (V2Background | Unset): The background of one scene.
        caption_setting (CaptionSetting | Unset): Caption look; every field is optional.
        transition_effect (TransitionEffect | Unset):
        visual_style (str | Unset): A visual style id such as `FullAvatar` (the set is not documented).
        cta (VideoInputCta | Unset): Call to action of the scene (`cta_logo`, `cta_caption`, `cta_background_blur`,
            `transition_effect`).
    """

    character: V2Character
    voice: V2Voice
    background: V2Background | Unset = UNSET
    caption_setting: CaptionSetting | Unset = UNSET
    transition_effect: TransitionEffect | Unset = UNSET
    visual_style: str | Unset = UNSET
    cta: VideoInputCta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        character = self.character.to_dict()

        voice = self.voice.to_dict()

        background: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background.to_dict()

        caption_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caption_setting, Unset):
            caption_setting = self.caption_setting.to_dict()

        transition_effect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transition_effect, Unset):
            transition_effect = self.transition_effect.to_dict()

        visual_style = self.visual_style

        cta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cta, Unset):
            cta = self.cta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "character": character,
                "voice": voice,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if caption_setting is not UNSET:
            field_dict["caption_setting"] = caption_setting
        if transition_effect is not UNSET:
            field_dict["transition_effect"] = transition_effect
        if visual_style is not UNSET:
            field_dict["visual_style"] = visual_style
        if cta is not UNSET:
            field_dict["cta"] = cta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caption_setting import CaptionSetting
        from ..models.transition_effect import TransitionEffect
        from ..models.v2_background import V2Background
        from ..models.v2_character import V2Character
        from ..models.v2_voice import V2Voice
        from ..models.video_input_cta import VideoInputCta

        try:  # every known key is there
            (
                _character,
                _voice,
                _background,
                _caption_setting,
                _transition_effect,
                visual_style,
                _cta,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 7
        except KeyError:
            _get = src_dict.get
            _character = src_dict["character"]
            _voice = src_dict["voice"]
            _background = _get("background", UNSET)
            _caption_setting = _get("caption_setting", UNSET)
            _transition_effect = _get("transition_effect", UNSET)
            visual_style = _get("visual_style", UNSET)
            _cta = _get("cta", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_character) is dict
            and type(_voice) is dict
            and (type(_background) is dict or _background is UNSET)
            and (type(_caption_setting) is dict or _caption_setting is UNSET)
            and (type(_transition_effect) is dict or _transition_effect is UNSET)
            and (type(visual_style) is str or visual_style is UNSET)
            and (type(_cta) is dict or _cta is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _character,
                    _voice,
                    _background,
                    _caption_setting,
                    _transition_effect,
                    visual_style,
                    _cta,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        character = V2Character.from_dict(_character)

        _model.character = character
        voice = V2Voice.from_dict(_voice)

        _model.voice = voice
        _background = _background
        background: V2Background | Unset
        if _background is UNSET:
            background = UNSET
        else:
            background = V2Background.from_dict(_background)

        _model.background = background
        _caption_setting = _caption_setting
        caption_setting: CaptionSetting | Unset
        if _caption_setting is UNSET:
            caption_setting = UNSET
        else:
            caption_setting = CaptionSetting.from_dict(_caption_setting)

        _model.caption_setting = caption_setting
        _transition_effect = _transition_effect
        transition_effect: TransitionEffect | Unset
        if _transition_effect is UNSET:
            transition_effect = UNSET
        else:
            transition_effect = TransitionEffect.from_dict(_transition_effect)

        _model.transition_effect = transition_effect
        _model.visual_style = visual_style
        _cta = _cta
        cta: VideoInputCta | Unset
        if _cta is UNSET:
            cta = UNSET
        else:
            cta = VideoInputCta.from_dict(_cta)

        _model.cta = cta
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
