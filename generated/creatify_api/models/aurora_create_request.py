from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aurora_model_version import AuroraModelVersion
from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="AuroraCreateRequest")


_NAMES = (
    "image",
    "audio",
    "name",
    "text_prompt",
    "prompt_guidance_scale",
    "model_version",
    "webhook_url",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({int, float, Unset}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class AuroraCreateRequest:
    """An Aurora task (a photo and an audio clip to a talking video).

    Attributes:
        image (str): URL of a PNG, JPEG or WebP image.
        audio (str): URL of an MP3 or WAV file, 60 seconds at most.
        name (None | str | Unset):
        text_prompt (str | Unset): Visual style, scene, camera, mood and motion hints.
        prompt_guidance_scale (float | Unset): How closely the video follows `text_prompt`. Default: 1.0.
        model_version (AuroraModelVersion | Unset): The Aurora model; `aurora_v1` is the default.
        webhook_url (None | str | Unset):
    """

    image: str
    audio: str
    name: str | Unset | None = UNSET
    text_prompt: str | Unset = UNSET
    prompt_guidance_scale: float | Unset = 1.0
    model_version: AuroraModelVersion | Unset = UNSET
    webhook_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        audio = self.audio

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        text_prompt = self.text_prompt

        prompt_guidance_scale = self.prompt_guidance_scale

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version.value

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "audio": audio,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if text_prompt is not UNSET:
            field_dict["text_prompt"] = text_prompt
        if prompt_guidance_scale is not UNSET:
            field_dict["prompt_guidance_scale"] = prompt_guidance_scale
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                image,
                audio,
                name,
                text_prompt,
                prompt_guidance_scale,
                _model_version,
                webhook_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 7
        except KeyError:
            _get = src_dict.get
            image = src_dict["image"]
            audio = src_dict["audio"]
            name = _get("name", UNSET)
            text_prompt = _get("text_prompt", UNSET)
            prompt_guidance_scale = _get("prompt_guidance_scale", UNSET)
            _model_version = _get("model_version", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(image) is str
            and type(audio) is str
            and (type(name) is str or name is None or name is UNSET)
            and (type(text_prompt) is str or text_prompt is UNSET)
            and (
                type(prompt_guidance_scale) is int
                or type(prompt_guidance_scale) is float
                or prompt_guidance_scale is UNSET
            )
            and (type(_model_version) is str or _model_version is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    image,
                    audio,
                    name,
                    text_prompt,
                    prompt_guidance_scale,
                    _model_version,
                    webhook_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.image = image
        _model.audio = audio
        _model.name = name
        _model.text_prompt = text_prompt
        _model.prompt_guidance_scale = prompt_guidance_scale
        _model_version = _model_version
        model_version: AuroraModelVersion | Unset
        if _model_version is UNSET:
            model_version = UNSET
        else:
            model_version = AuroraModelVersion(_model_version)

        _model.model_version = model_version
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
