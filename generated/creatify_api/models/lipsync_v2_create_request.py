from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..models.model_version import ModelVersion
from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.background_music import BackgroundMusic
    from ..models.lipsync_v2_create_request_cta_end import LipsyncV2CreateRequestCtaEnd
    from ..models.video_input import VideoInput


T = TypeVar("T", bound="LipsyncV2CreateRequest")


_NAMES = (
    "video_inputs",
    "aspect_ratio",
    "background_music",
    "cta_end",
    "webhook_url",
    "name",
    "model_version",
)
_TYPES = (
    frozenset({list}),
    frozenset({str, Unset}),
    frozenset({dict, Unset}),
    frozenset({dict, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class LipsyncV2CreateRequest:
    """An AI Avatar v2 (multi-scene) task.

    Attributes:
        video_inputs (list[VideoInput]): The scenes of the video, in order.
        aspect_ratio (AspectRatio | Unset): The video's shape. Both spellings are taken; responses use the `x` form
            (`9:16`
            comes back as `9x16`).
        background_music (BackgroundMusic | Unset): Music under the whole video, and its volume.
        cta_end (LipsyncV2CreateRequestCtaEnd | Unset): Call to action at the end of the video (`cta_background`,
            `cta_logo`, `cta_caption`).
        webhook_url (None | str | Unset):
        name (None | str | Unset):
        model_version (ModelVersion | Unset): The lipsync model; `standard` is the default, the `aurora_*` models cost
            more.
    """

    video_inputs: list[VideoInput]
    aspect_ratio: AspectRatio | Unset = UNSET
    background_music: BackgroundMusic | Unset = UNSET
    cta_end: LipsyncV2CreateRequestCtaEnd | Unset = UNSET
    webhook_url: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    model_version: ModelVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_inputs = []
        for video_inputs_item_data in self.video_inputs:
            video_inputs_item = video_inputs_item_data.to_dict()
            video_inputs.append(video_inputs_item)

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        background_music: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_music, Unset):
            background_music = self.background_music.to_dict()

        cta_end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cta_end, Unset):
            cta_end = self.cta_end.to_dict()

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_inputs": video_inputs,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if background_music is not UNSET:
            field_dict["background_music"] = background_music
        if cta_end is not UNSET:
            field_dict["cta_end"] = cta_end
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if name is not UNSET:
            field_dict["name"] = name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_music import BackgroundMusic
        from ..models.lipsync_v2_create_request_cta_end import LipsyncV2CreateRequestCtaEnd
        from ..models.video_input import VideoInput

        try:  # every known key is there
            (
                _video_inputs,
                _aspect_ratio,
                _background_music,
                _cta_end,
                webhook_url,
                name,
                _model_version,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 7
        except KeyError:
            _get = src_dict.get
            _video_inputs = src_dict["video_inputs"]
            _aspect_ratio = _get("aspect_ratio", UNSET)
            _background_music = _get("background_music", UNSET)
            _cta_end = _get("cta_end", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            name = _get("name", UNSET)
            _model_version = _get("model_version", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_video_inputs) is list
            and (type(_aspect_ratio) is str or _aspect_ratio is UNSET)
            and (type(_background_music) is dict or _background_music is UNSET)
            and (type(_cta_end) is dict or _cta_end is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
            and (type(name) is str or name is None or name is UNSET)
            and (type(_model_version) is str or _model_version is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _video_inputs,
                    _aspect_ratio,
                    _background_music,
                    _cta_end,
                    webhook_url,
                    name,
                    _model_version,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _video_inputs = _video_inputs
        video_inputs = list(map(VideoInput.from_dict, _video_inputs))

        _model.video_inputs = video_inputs
        _aspect_ratio = _aspect_ratio
        aspect_ratio: AspectRatio | Unset
        if _aspect_ratio is UNSET:
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio(_aspect_ratio)

        _model.aspect_ratio = aspect_ratio
        _background_music = _background_music
        background_music: BackgroundMusic | Unset
        if _background_music is UNSET:
            background_music = UNSET
        else:
            background_music = BackgroundMusic.from_dict(_background_music)

        _model.background_music = background_music
        _cta_end = _cta_end
        cta_end: LipsyncV2CreateRequestCtaEnd | Unset
        if _cta_end is UNSET:
            cta_end = UNSET
        else:
            cta_end = LipsyncV2CreateRequestCtaEnd.from_dict(_cta_end)

        _model.cta_end = cta_end
        _model.webhook_url = webhook_url
        _model.name = name
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
