from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_datetime,
    parse_uuid,
)

if TYPE_CHECKING:
    from ..models.link_to_video_output import LinkToVideoOutput
    from ..models.link_to_video_preview import LinkToVideoPreview


T = TypeVar("T", bound="LinkToVideo")


_NAMES = (
    "id",
    "status",
    "name",
    "link",
    "target_platform",
    "target_audience",
    "language",
    "video_length",
    "aspect_ratio",
    "script_style",
    "visual_style",
    "override_avatar",
    "override_voice",
    "override_script",
    "webhook_url",
    "media_job",
    "failed_reason",
    "is_hidden",
    "video_output",
    "video_thumbnail",
    "outputs",
    "credits_used",
    "duration",
    "progress",
    "preview",
    "previews",
    "editor_url",
    "created_at",
    "updated_at",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({list, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({list, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class LinkToVideo:
    """A video made from a link.

    Attributes:
        id (UUID):
        status (str): One of `JobStatus`; a plain string so that a new value never breaks parsing.
        name (None | str | Unset):
        link (None | str | Unset):
        target_platform (None | str | Unset):
        target_audience (None | str | Unset):
        language (None | str | Unset):
        video_length (int | None | Unset):
        aspect_ratio (None | str | Unset):
        script_style (None | str | Unset):
        visual_style (None | str | Unset):
        override_avatar (None | str | Unset):
        override_voice (None | str | Unset):
        override_script (None | str | Unset):
        webhook_url (None | str | Unset):
        media_job (None | str | Unset):
        failed_reason (None | str | Unset):
        is_hidden (bool | None | Unset):
        video_output (None | str | Unset): URL of the finished MP4; null until `status` is `done`.
        video_thumbnail (None | str | Unset):
        outputs (list[LinkToVideoOutput] | None | Unset):
        credits_used (int | None | Unset):
        duration (float | None | Unset):
        progress (float | None | str | Unset): From 0 to 1; a number on some documentation pages, a string on others.
        preview (None | str | Unset):
        previews (list[LinkToVideoPreview] | None | Unset):
        editor_url (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    status: str
    name: str | Unset | None = UNSET
    link: str | Unset | None = UNSET
    target_platform: str | Unset | None = UNSET
    target_audience: str | Unset | None = UNSET
    language: str | Unset | None = UNSET
    video_length: int | Unset | None = UNSET
    aspect_ratio: str | Unset | None = UNSET
    script_style: str | Unset | None = UNSET
    visual_style: str | Unset | None = UNSET
    override_avatar: str | Unset | None = UNSET
    override_voice: str | Unset | None = UNSET
    override_script: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    media_job: str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    is_hidden: bool | Unset | None = UNSET
    video_output: str | Unset | None = UNSET
    video_thumbnail: str | Unset | None = UNSET
    outputs: list[LinkToVideoOutput] | Unset | None = UNSET
    credits_used: int | Unset | None = UNSET
    duration: float | Unset | None = UNSET
    progress: float | str | Unset | None = UNSET
    preview: str | Unset | None = UNSET
    previews: list[LinkToVideoPreview] | Unset | None = UNSET
    editor_url: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        link: str | Unset | None
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        target_platform: str | Unset | None
        if isinstance(self.target_platform, Unset):
            target_platform = UNSET
        else:
            target_platform = self.target_platform

        target_audience: str | Unset | None
        if isinstance(self.target_audience, Unset):
            target_audience = UNSET
        else:
            target_audience = self.target_audience

        language: str | Unset | None
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        video_length: int | Unset | None
        if isinstance(self.video_length, Unset):
            video_length = UNSET
        else:
            video_length = self.video_length

        aspect_ratio: str | Unset | None
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        script_style: str | Unset | None
        if isinstance(self.script_style, Unset):
            script_style = UNSET
        else:
            script_style = self.script_style

        visual_style: str | Unset | None
        if isinstance(self.visual_style, Unset):
            visual_style = UNSET
        else:
            visual_style = self.visual_style

        override_avatar: str | Unset | None
        if isinstance(self.override_avatar, Unset):
            override_avatar = UNSET
        else:
            override_avatar = self.override_avatar

        override_voice: str | Unset | None
        if isinstance(self.override_voice, Unset):
            override_voice = UNSET
        else:
            override_voice = self.override_voice

        override_script: str | Unset | None
        if isinstance(self.override_script, Unset):
            override_script = UNSET
        else:
            override_script = self.override_script

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        media_job: str | Unset | None
        if isinstance(self.media_job, Unset):
            media_job = UNSET
        else:
            media_job = self.media_job

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        is_hidden: bool | Unset | None
        if isinstance(self.is_hidden, Unset):
            is_hidden = UNSET
        else:
            is_hidden = self.is_hidden

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

        outputs: list[dict[str, Any]] | Unset | None
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item = outputs_type_0_item_data.to_dict()
                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        credits_used: int | Unset | None
        if isinstance(self.credits_used, Unset):
            credits_used = UNSET
        else:
            credits_used = self.credits_used

        duration: float | Unset | None
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        progress: float | str | Unset | None
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        preview: str | Unset | None
        if isinstance(self.preview, Unset):
            preview = UNSET
        else:
            preview = self.preview

        previews: list[dict[str, Any]] | Unset | None
        if isinstance(self.previews, Unset):
            previews = UNSET
        elif isinstance(self.previews, list):
            previews = []
            for previews_type_0_item_data in self.previews:
                previews_type_0_item = previews_type_0_item_data.to_dict()
                previews.append(previews_type_0_item)

        else:
            previews = self.previews

        editor_url: str | Unset | None
        if isinstance(self.editor_url, Unset):
            editor_url = UNSET
        else:
            editor_url = self.editor_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if link is not UNSET:
            field_dict["link"] = link
        if target_platform is not UNSET:
            field_dict["target_platform"] = target_platform
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if language is not UNSET:
            field_dict["language"] = language
        if video_length is not UNSET:
            field_dict["video_length"] = video_length
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if script_style is not UNSET:
            field_dict["script_style"] = script_style
        if visual_style is not UNSET:
            field_dict["visual_style"] = visual_style
        if override_avatar is not UNSET:
            field_dict["override_avatar"] = override_avatar
        if override_voice is not UNSET:
            field_dict["override_voice"] = override_voice
        if override_script is not UNSET:
            field_dict["override_script"] = override_script
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if media_job is not UNSET:
            field_dict["media_job"] = media_job
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if video_output is not UNSET:
            field_dict["video_output"] = video_output
        if video_thumbnail is not UNSET:
            field_dict["video_thumbnail"] = video_thumbnail
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if duration is not UNSET:
            field_dict["duration"] = duration
        if progress is not UNSET:
            field_dict["progress"] = progress
        if preview is not UNSET:
            field_dict["preview"] = preview
        if previews is not UNSET:
            field_dict["previews"] = previews
        if editor_url is not UNSET:
            field_dict["editor_url"] = editor_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_to_video_output import LinkToVideoOutput
        from ..models.link_to_video_preview import LinkToVideoPreview

        try:  # every known key is there
            (
                _id,
                status,
                name,
                link,
                target_platform,
                target_audience,
                language,
                video_length,
                aspect_ratio,
                script_style,
                visual_style,
                override_avatar,
                override_voice,
                override_script,
                webhook_url,
                media_job,
                failed_reason,
                is_hidden,
                video_output,
                video_thumbnail,
                _outputs,
                credits_used,
                duration,
                progress,
                preview,
                _previews,
                editor_url,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 29
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            name = _get("name", UNSET)
            link = _get("link", UNSET)
            target_platform = _get("target_platform", UNSET)
            target_audience = _get("target_audience", UNSET)
            language = _get("language", UNSET)
            video_length = _get("video_length", UNSET)
            aspect_ratio = _get("aspect_ratio", UNSET)
            script_style = _get("script_style", UNSET)
            visual_style = _get("visual_style", UNSET)
            override_avatar = _get("override_avatar", UNSET)
            override_voice = _get("override_voice", UNSET)
            override_script = _get("override_script", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            media_job = _get("media_job", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            is_hidden = _get("is_hidden", UNSET)
            video_output = _get("video_output", UNSET)
            video_thumbnail = _get("video_thumbnail", UNSET)
            _outputs = _get("outputs", UNSET)
            credits_used = _get("credits_used", UNSET)
            duration = _get("duration", UNSET)
            progress = _get("progress", UNSET)
            preview = _get("preview", UNSET)
            _previews = _get("previews", UNSET)
            editor_url = _get("editor_url", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(name) is str or name is None or name is UNSET)
            and (type(link) is str or link is None or link is UNSET)
            and (
                type(target_platform) is str or target_platform is None or target_platform is UNSET
            )
            and (
                type(target_audience) is str or target_audience is None or target_audience is UNSET
            )
            and (type(language) is str or language is None or language is UNSET)
            and (
                type(video_length) is int
                or type(video_length) is float
                or video_length is None
                or video_length is UNSET
            )
            and (type(aspect_ratio) is str or aspect_ratio is None or aspect_ratio is UNSET)
            and (type(script_style) is str or script_style is None or script_style is UNSET)
            and (type(visual_style) is str or visual_style is None or visual_style is UNSET)
            and (
                type(override_avatar) is str or override_avatar is None or override_avatar is UNSET
            )
            and (type(override_voice) is str or override_voice is None or override_voice is UNSET)
            and (
                type(override_script) is str or override_script is None or override_script is UNSET
            )
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
            and (type(media_job) is str or media_job is None or media_job is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(is_hidden) is bool or is_hidden is None or is_hidden is UNSET)
            and (type(video_output) is str or video_output is None or video_output is UNSET)
            and (
                type(video_thumbnail) is str or video_thumbnail is None or video_thumbnail is UNSET
            )
            and (type(_outputs) is list or _outputs is None or _outputs is UNSET)
            and (
                type(credits_used) is int
                or type(credits_used) is float
                or credits_used is None
                or credits_used is UNSET
            )
            and (
                type(duration) is int
                or type(duration) is float
                or duration is None
                or duration is UNSET
            )
            and (
                type(progress) is int
                or type(progress) is float
                or progress is None
                or type(progress) is str
                or progress is UNSET
            )
            and (type(preview) is str or preview is None or preview is UNSET)
            and (type(_previews) is list or _previews is None or _previews is UNSET)
            and (type(editor_url) is str or editor_url is None or editor_url is UNSET)
            and (type(_created_at) is str or _created_at is UNSET)
            and (type(_updated_at) is str or _updated_at is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    status,
                    name,
                    link,
                    target_platform,
                    target_audience,
                    language,
                    video_length,
                    aspect_ratio,
                    script_style,
                    visual_style,
                    override_avatar,
                    override_voice,
                    override_script,
                    webhook_url,
                    media_job,
                    failed_reason,
                    is_hidden,
                    video_output,
                    video_thumbnail,
                    _outputs,
                    credits_used,
                    duration,
                    progress,
                    preview,
                    _previews,
                    editor_url,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.name = name
        _model.link = link
        _model.target_platform = target_platform
        _model.target_audience = target_audience
        _model.language = language
        _model.video_length = video_length
        _model.aspect_ratio = aspect_ratio
        _model.script_style = script_style
        _model.visual_style = visual_style
        _model.override_avatar = override_avatar
        _model.override_voice = override_voice
        _model.override_script = override_script
        _model.webhook_url = webhook_url
        _model.media_job = media_job
        _model.failed_reason = failed_reason
        _model.is_hidden = is_hidden
        _model.video_output = video_output
        _model.video_thumbnail = video_thumbnail

        def _parse_outputs(data: object) -> list[LinkToVideoOutput] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _outputs_type_0 = data
                outputs_type_0 = list(map(LinkToVideoOutput.from_dict, _outputs_type_0))

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        outputs = _parse_outputs(_outputs)

        _model.outputs = outputs
        _model.credits_used = credits_used
        _model.duration = duration
        _model.progress = progress
        _model.preview = preview

        def _parse_previews(data: object) -> list[LinkToVideoPreview] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _previews_type_0 = data
                previews_type_0 = list(map(LinkToVideoPreview.from_dict, _previews_type_0))

                return previews_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        previews = _parse_previews(_previews)

        _model.previews = previews
        _model.editor_url = editor_url
        _created_at = _created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _model.created_at = created_at
        _updated_at = _updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        _model.updated_at = updated_at
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
