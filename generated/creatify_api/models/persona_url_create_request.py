from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..models.original_voice_provider import OriginalVoiceProvider
from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="PersonaUrlCreateRequest")


_NAMES = (
    "gender",
    "creator_name",
    "video_scene",
    "keywords",
    "lipsync_input",
    "consent_video",
    "labels",
    "webhook_url",
    "gdown_url",
    "original_voice_provider",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({list, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class PersonaUrlCreateRequest:
    """A custom-avatar request with publicly reachable video URLs (JSON).

    Attributes:
        gender (Gender): `m` (male), `f` (female) or `nb` (non-binary).
        creator_name (str): Name of the persona, used to identify the real person, not for display.
        video_scene (None | str | Unset): A word to describe the background setting, e.g. `office`.
        keywords (None | str | Unset): Keywords, comma separated.
        lipsync_input (str | Unset): Public URL of the training video.
        consent_video (None | str | Unset): Public URL of the consent video.
        labels (list[str] | Unset):
        webhook_url (None | str | Unset): Called when the avatar is created.
        gdown_url (str | Unset): A Google Drive URL of the training video, instead of `lipsync_input`.
        original_voice_provider (OriginalVoiceProvider | Unset): The provider of the avatar's original voice (the
            vendor's default `elevenlabs`).
    """

    gender: Gender
    creator_name: str
    video_scene: str | Unset | None = UNSET
    keywords: str | Unset | None = UNSET
    lipsync_input: str | Unset = UNSET
    consent_video: str | Unset | None = UNSET
    labels: list[str] | Unset = UNSET
    webhook_url: str | Unset | None = UNSET
    gdown_url: str | Unset = UNSET
    original_voice_provider: OriginalVoiceProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender = self.gender.value

        creator_name = self.creator_name

        video_scene: str | Unset | None
        if isinstance(self.video_scene, Unset):
            video_scene = UNSET
        else:
            video_scene = self.video_scene

        keywords: str | Unset | None
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        else:
            keywords = self.keywords

        lipsync_input = self.lipsync_input

        consent_video: str | Unset | None
        if isinstance(self.consent_video, Unset):
            consent_video = UNSET
        else:
            consent_video = self.consent_video

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        gdown_url = self.gdown_url

        original_voice_provider: str | Unset = UNSET
        if not isinstance(self.original_voice_provider, Unset):
            original_voice_provider = self.original_voice_provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gender": gender,
                "creator_name": creator_name,
            }
        )
        if video_scene is not UNSET:
            field_dict["video_scene"] = video_scene
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if lipsync_input is not UNSET:
            field_dict["lipsync_input"] = lipsync_input
        if consent_video is not UNSET:
            field_dict["consent_video"] = consent_video
        if labels is not UNSET:
            field_dict["labels"] = labels
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if gdown_url is not UNSET:
            field_dict["gdown_url"] = gdown_url
        if original_voice_provider is not UNSET:
            field_dict["original_voice_provider"] = original_voice_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _gender,
                creator_name,
                video_scene,
                keywords,
                lipsync_input,
                consent_video,
                _labels,
                webhook_url,
                gdown_url,
                _original_voice_provider,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 10
        except KeyError:
            _get = src_dict.get
            _gender = src_dict["gender"]
            creator_name = src_dict["creator_name"]
            video_scene = _get("video_scene", UNSET)
            keywords = _get("keywords", UNSET)
            lipsync_input = _get("lipsync_input", UNSET)
            consent_video = _get("consent_video", UNSET)
            _labels = _get("labels", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            gdown_url = _get("gdown_url", UNSET)
            _original_voice_provider = _get("original_voice_provider", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_gender) is str
            and type(creator_name) is str
            and (type(video_scene) is str or video_scene is None or video_scene is UNSET)
            and (type(keywords) is str or keywords is None or keywords is UNSET)
            and (type(lipsync_input) is str or lipsync_input is UNSET)
            and (type(consent_video) is str or consent_video is None or consent_video is UNSET)
            and (type(_labels) is list or _labels is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
            and (type(gdown_url) is str or gdown_url is UNSET)
            and (type(_original_voice_provider) is str or _original_voice_provider is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _gender,
                    creator_name,
                    video_scene,
                    keywords,
                    lipsync_input,
                    consent_video,
                    _labels,
                    webhook_url,
                    gdown_url,
                    _original_voice_provider,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        gender = Gender(_gender)

        _model.gender = gender
        _model.creator_name = creator_name
        _model.video_scene = video_scene
        _model.keywords = keywords
        _model.lipsync_input = lipsync_input
        _model.consent_video = consent_video
        labels = cast(list[str], _labels)

        _model.labels = labels
        _model.webhook_url = webhook_url
        _model.gdown_url = gdown_url
        _original_voice_provider = _original_voice_provider
        original_voice_provider: OriginalVoiceProvider | Unset
        if _original_voice_provider is UNSET:
            original_voice_provider = UNSET
        else:
            original_voice_provider = OriginalVoiceProvider(_original_voice_provider)

        _model.original_voice_provider = original_voice_provider
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
