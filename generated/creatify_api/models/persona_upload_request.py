from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.gender import Gender
from ..models.original_voice_provider import OriginalVoiceProvider
from ..types import (
    ANY_TYPE,
    UNSET,
    File,
    FileTypes,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
)

T = TypeVar("T", bound="PersonaUploadRequest")


_NAMES = (
    "lipsync_input",
    "gender",
    "creator_name",
    "consent_video",
    "video_scene",
    "keywords",
    "labels",
    "webhook_url",
    "gdown_url",
    "original_voice_provider",
)
_TYPES = (
    ANY_TYPE,
    frozenset({str}),
    frozenset({str}),
    ANY_TYPE,
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({list, Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class PersonaUploadRequest:
    """A custom-avatar upload (multipart/form-data).

    Attributes:
        lipsync_input (File): The training video (MP4 or QuickTime) of the person speaking.
        gender (Gender): `m` (male), `f` (female) or `nb` (non-binary).
        creator_name (str): Name of the persona, used to identify the real person, not for display.
        consent_video (File | Unset): The consent video (MP4 or QuickTime).
        video_scene (str | Unset): A word to describe the background setting, e.g. `office`.
        keywords (str | Unset): Keywords, comma separated.
        labels (list[str] | Unset): Labels for the avatar.
        webhook_url (str | Unset): Called when the avatar is created.
        gdown_url (str | Unset): A Google Drive URL of the training video.
        original_voice_provider (OriginalVoiceProvider | Unset): The provider of the avatar's original voice (the
            vendor's default `elevenlabs`).
    """

    lipsync_input: File
    gender: Gender
    creator_name: str
    consent_video: File | Unset = UNSET
    video_scene: str | Unset = UNSET
    keywords: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    gdown_url: str | Unset = UNSET
    original_voice_provider: OriginalVoiceProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lipsync_input = self.lipsync_input.to_tuple()

        gender = self.gender.value

        creator_name = self.creator_name

        consent_video: FileTypes | Unset = UNSET
        if not isinstance(self.consent_video, Unset):
            consent_video = self.consent_video.to_tuple()

        video_scene = self.video_scene

        keywords = self.keywords

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        webhook_url = self.webhook_url

        gdown_url = self.gdown_url

        original_voice_provider: str | Unset = UNSET
        if not isinstance(self.original_voice_provider, Unset):
            original_voice_provider = self.original_voice_provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lipsync_input": lipsync_input,
                "gender": gender,
                "creator_name": creator_name,
            }
        )
        if consent_video is not UNSET:
            field_dict["consent_video"] = consent_video
        if video_scene is not UNSET:
            field_dict["video_scene"] = video_scene
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if labels is not UNSET:
            field_dict["labels"] = labels
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if gdown_url is not UNSET:
            field_dict["gdown_url"] = gdown_url
        if original_voice_provider is not UNSET:
            field_dict["original_voice_provider"] = original_voice_provider

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("lipsync_input", self.lipsync_input.to_tuple()))

        files.append(("gender", (None, str(self.gender.value).encode(), "text/plain")))

        files.append(("creator_name", (None, str(self.creator_name).encode(), "text/plain")))

        if not isinstance(self.consent_video, Unset):
            files.append(("consent_video", self.consent_video.to_tuple()))

        if not isinstance(self.video_scene, Unset):
            files.append(("video_scene", (None, str(self.video_scene).encode(), "text/plain")))

        if not isinstance(self.keywords, Unset):
            files.append(("keywords", (None, str(self.keywords).encode(), "text/plain")))

        if not isinstance(self.labels, Unset):
            for labels_item_element in self.labels:
                files.append(("labels", (None, str(labels_item_element).encode(), "text/plain")))

        if not isinstance(self.webhook_url, Unset):
            files.append(("webhook_url", (None, str(self.webhook_url).encode(), "text/plain")))

        if not isinstance(self.gdown_url, Unset):
            files.append(("gdown_url", (None, str(self.gdown_url).encode(), "text/plain")))

        if not isinstance(self.original_voice_provider, Unset):
            files.append(
                (
                    "original_voice_provider",
                    (None, str(self.original_voice_provider.value).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                _lipsync_input,
                _gender,
                creator_name,
                _consent_video,
                video_scene,
                keywords,
                _labels,
                webhook_url,
                gdown_url,
                _original_voice_provider,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 10
        except KeyError:
            _get = src_dict.get
            _lipsync_input = src_dict["lipsync_input"]
            _gender = src_dict["gender"]
            creator_name = src_dict["creator_name"]
            _consent_video = _get("consent_video", UNSET)
            video_scene = _get("video_scene", UNSET)
            keywords = _get("keywords", UNSET)
            _labels = _get("labels", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            gdown_url = _get("gdown_url", UNSET)
            _original_voice_provider = _get("original_voice_provider", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_gender) is str
            and type(creator_name) is str
            and (type(video_scene) is str or video_scene is UNSET)
            and (type(keywords) is str or keywords is UNSET)
            and (type(_labels) is list or _labels is UNSET)
            and (type(webhook_url) is str or webhook_url is UNSET)
            and (type(gdown_url) is str or gdown_url is UNSET)
            and (type(_original_voice_provider) is str or _original_voice_provider is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _lipsync_input,
                    _gender,
                    creator_name,
                    _consent_video,
                    video_scene,
                    keywords,
                    _labels,
                    webhook_url,
                    gdown_url,
                    _original_voice_provider,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        lipsync_input = File(payload=BytesIO(_lipsync_input))

        _model.lipsync_input = lipsync_input
        gender = Gender(_gender)

        _model.gender = gender
        _model.creator_name = creator_name
        _consent_video = _consent_video
        consent_video: File | Unset
        if _consent_video is UNSET:
            consent_video = UNSET
        else:
            consent_video = File(payload=BytesIO(_consent_video))

        _model.consent_video = consent_video
        _model.video_scene = video_scene
        _model.keywords = keywords
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
