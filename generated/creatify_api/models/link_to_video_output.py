from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="LinkToVideoOutput")


_NAMES = (
    "media_job",
    "visual_style",
    "aspect_ratio",
    "duration",
    "video_output",
    "video_thumbnail",
    "status",
    "progress",
    "failed_reason",
)
_TYPES = (
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), str, Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class LinkToVideoOutput:
    """One rendered video of a link-to-video task.

    Attributes:
        media_job (None | str | Unset):
        visual_style (None | str | Unset):
        aspect_ratio (None | str | Unset):
        duration (float | None | Unset):
        video_output (None | str | Unset):
        video_thumbnail (None | str | Unset):
        status (None | str | Unset):
        progress (float | None | str | Unset): From 0 to 1; a number on some documentation pages, a string on others.
        failed_reason (None | str | Unset):
    """

    media_job: str | Unset | None = UNSET
    visual_style: str | Unset | None = UNSET
    aspect_ratio: str | Unset | None = UNSET
    duration: float | Unset | None = UNSET
    video_output: str | Unset | None = UNSET
    video_thumbnail: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    progress: float | str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
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

        duration: float | Unset | None
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        video_output: str | Unset | None
        if isinstance(self.video_output, Unset):
            video_output = UNSET
        else:
            video_output = self.video_output

        video_thumbnail: str | Unset | None
        if isinstance(self.video_thumbnail, Unset):
            video_thumbnail = UNSET
        else:
            video_thumbnail = self.video_thumbnail

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        progress: float | str | Unset | None
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_job is not UNSET:
            field_dict["media_job"] = media_job
        if visual_style is not UNSET:
            field_dict["visual_style"] = visual_style
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if video_output is not UNSET:
            field_dict["video_output"] = video_output
        if video_thumbnail is not UNSET:
            field_dict["video_thumbnail"] = video_thumbnail
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                media_job,
                visual_style,
                aspect_ratio,
                duration,
                video_output,
                video_thumbnail,
                status,
                progress,
                failed_reason,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 9
        except KeyError:
            _get = src_dict.get
            media_job = _get("media_job", UNSET)
            visual_style = _get("visual_style", UNSET)
            aspect_ratio = _get("aspect_ratio", UNSET)
            duration = _get("duration", UNSET)
            video_output = _get("video_output", UNSET)
            video_thumbnail = _get("video_thumbnail", UNSET)
            status = _get("status", UNSET)
            progress = _get("progress", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(media_job) is str or media_job is None or media_job is UNSET)
            and (type(visual_style) is str or visual_style is None or visual_style is UNSET)
            and (type(aspect_ratio) is str or aspect_ratio is None or aspect_ratio is UNSET)
            and (
                type(duration) is int
                or type(duration) is float
                or duration is None
                or duration is UNSET
            )
            and (type(video_output) is str or video_output is None or video_output is UNSET)
            and (
                type(video_thumbnail) is str or video_thumbnail is None or video_thumbnail is UNSET
            )
            and (type(status) is str or status is None or status is UNSET)
            and (
                type(progress) is int
                or type(progress) is float
                or progress is None
                or type(progress) is str
                or progress is UNSET
            )
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    media_job,
                    visual_style,
                    aspect_ratio,
                    duration,
                    video_output,
                    video_thumbnail,
                    status,
                    progress,
                    failed_reason,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.media_job = media_job
        _model.visual_style = visual_style
        _model.aspect_ratio = aspect_ratio
        _model.duration = duration
        _model.video_output = video_output
        _model.video_thumbnail = video_thumbnail
        _model.status = status
        _model.progress = progress
        _model.failed_reason = failed_reason
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
