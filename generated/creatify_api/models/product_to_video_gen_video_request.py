from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="ProductToVideoGenVideoRequest")


_NAMES = (
    "motion_style",
    "video_prompt",
    "webhook_url",
)
_TYPES = (
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class ProductToVideoGenVideoRequest:
    """The preview image of a task to a video (the second step).

    Attributes:
        motion_style (str | Unset): For example `talking`.
        video_prompt (None | str | Unset): What the video should show.
        webhook_url (None | str | Unset):
    """

    motion_style: str | Unset = UNSET
    video_prompt: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        motion_style = self.motion_style

        video_prompt: str | Unset | None
        if isinstance(self.video_prompt, Unset):
            video_prompt = UNSET
        else:
            video_prompt = self.video_prompt

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if motion_style is not UNSET:
            field_dict["motion_style"] = motion_style
        if video_prompt is not UNSET:
            field_dict["video_prompt"] = video_prompt
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                motion_style,
                video_prompt,
                webhook_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 3
        except KeyError:
            _get = src_dict.get
            motion_style = _get("motion_style", UNSET)
            video_prompt = _get("video_prompt", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(motion_style) is str or motion_style is UNSET)
            and (type(video_prompt) is str or video_prompt is None or video_prompt is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    motion_style,
                    video_prompt,
                    webhook_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.motion_style = motion_style
        _model.video_prompt = video_prompt
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
