from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="LinkToVideoPreview")


_NAMES = (
    "media_job",
    "visual_style",
    "aspect_ratio",
    "url",
    "editor_url",
    "duration",
)
_TYPES = (
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class LinkToVideoPreview:
    """One preview of a link-to-video task.

    Attributes:
        media_job (None | str | Unset):
        visual_style (None | str | Unset):
        aspect_ratio (None | str | Unset):
        url (None | str | Unset): The preview page.
        editor_url (None | str | Unset):
        duration (float | None | Unset):
    """

    media_job: str | Unset | None = UNSET
    visual_style: str | Unset | None = UNSET
    aspect_ratio: str | Unset | None = UNSET
    url: str | Unset | None = UNSET
    editor_url: str | Unset | None = UNSET
    duration: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_job: str | Unset | None
        if isinstance(self.media_job, Unset):
            media_job = UNSET
        else:
            media_job = self.media_job

        visual_style: str | Unset | None
        if isinstance(self.visual_style, Unset):
            visual_style = UNSET
        else:
            visual_style = self.visual_style

        aspect_ratio: str | Unset | None
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        editor_url: str | Unset | None
        if isinstance(self.editor_url, Unset):
            editor_url = UNSET
        else:
            editor_url = self.editor_url

        duration: float | Unset | None
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_job is not UNSET:
            field_dict["media_job"] = media_job
        if visual_style is not UNSET:
            field_dict["visual_style"] = visual_style
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if url is not UNSET:
            field_dict["url"] = url
        if editor_url is not UNSET:
            field_dict["editor_url"] = editor_url
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                media_job,
                visual_style,
                aspect_ratio,
                url,
                editor_url,
                duration,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 6
        except KeyError:
            _get = src_dict.get
            media_job = _get("media_job", UNSET)
            visual_style = _get("visual_style", UNSET)
            aspect_ratio = _get("aspect_ratio", UNSET)
            url = _get("url", UNSET)
            editor_url = _get("editor_url", UNSET)
            duration = _get("duration", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(media_job) is str or media_job is None or media_job is UNSET)
            and (type(visual_style) is str or visual_style is None or visual_style is UNSET)
            and (type(aspect_ratio) is str or aspect_ratio is None or aspect_ratio is UNSET)
            and (type(url) is str or url is None or url is UNSET)
            and (type(editor_url) is str or editor_url is None or editor_url is UNSET)
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
                    media_job,
                    visual_style,
                    aspect_ratio,
                    url,
                    editor_url,
                    duration,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.media_job = media_job
        _model.visual_style = visual_style
        _model.aspect_ratio = aspect_ratio
        _model.url = url
        _model.editor_url = editor_url
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
