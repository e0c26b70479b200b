from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v2_voice_type import V2VoiceType
from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="V2Voice")


_NAMES = (
    "type",
    "input_text",
    "input_audio",
    "voice_id",
    "volume",
    "duration",
)
_TYPES = (
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({int, float, Unset}),
    frozenset({int, float, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class V2Voice:
    """What the avatar of one scene says.

    Attributes:
        type_ (V2VoiceType | Unset): `text` (documented: "currently only 'text' is supported"); `audio` with
            `input_audio` is sent by public client code only. Default: V2VoiceType.TEXT.
        input_text (str | Unset): The script of the scene, up to 2,000 characters.
        input_audio (str | Unset): URL of an audio file, with `type` `audio` (seen in client code only).
        voice_id (str | Unset): A voice accent id from `GET /api/voices/`.
        volume (float | Unset):
        duration (float | None | Unset): Seconds (newest documentation only).
    """

    type_: V2VoiceType | Unset = V2VoiceType.TEXT
    input_text: str | Unset = UNSET
    input_audio: str | Unset = UNSET
    voice_id: str | Unset = UNSET
    volume: float | Unset = UNSET
    duration: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        input_text = self.input_text

        input_audio = self.input_audio

        voice_id = self.voice_id

        volume = self.volume

        duration: float | Unset | None
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if input_text is not UNSET:
            field_dict["input_text"] = input_text
        if input_audio is not UNSET:
            field_dict["input_audio"] = input_audio
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if volume is not UNSET:
            field_dict["volume"] = volume
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _type_,
                input_text,
                input_audio,
                voice_id,
                volume,
                duration,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 6
        except KeyError:
            _get = src_dict.get
            _type_ = _get("type", UNSET)
            input_text = _get("input_text", UNSET)
            input_audio = _get("input_audio", UNSET)
            voice_id = _get("voice_id", UNSET)
            volume = _get("volume", UNSET)
            duration = _get("duration", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(_type_) is str or _type_ is UNSET)
            and (type(input_text) is str or input_text is UNSET)
            and (type(input_audio) is str or input_audio is UNSET)
            and (type(voice_id) is str or voice_id is UNSET)
            and (type(volume) is int or type(volume) is float or volume is UNSET)
            and (
                type(duration) is int
                or type(duration) is float
                or duration is None
                or duration is UNSET
            )
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _type_,
                    input_text,
                    input_audio,
                    voice_id,
                    volume,
                    duration,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _type_ = _type_
        type_: V2VoiceType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = V2VoiceType(_type_)

        _model.type_ = type_
        _model.input_text = input_text
        _model.input_audio = input_audio
        _model.voice_id = voice_id
        _model.volume = volume
        _model.duration = duration
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
