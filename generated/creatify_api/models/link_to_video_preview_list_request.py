from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..models.model_version import ModelVersion
from ..types import (
    UNSET,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_uuid,
)

if TYPE_CHECKING:
    from ..models.caption_setting import CaptionSetting


T = TypeVar("T", bound="LinkToVideoPreviewListRequest")


_NAMES = (
    "link",
    "visual_styles",
    "name",
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
    "background_music_url",
    "background_music_volume",
    "voiceover_volume",
    "webhook_url",
    "no_background_music",
    "no_caption",
    "no_emotion",
    "no_cta",
    "no_stock_broll",
    "caption_style",
    "caption_offset_x",
    "caption_offset_y",
    "caption_setting",
    "model_version",
    "aspect_ratios",
)
_TYPES = (
    frozenset({str}),
    frozenset({list}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({int, float, Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({bool, Unset}),
    frozenset({bool, Unset}),
    frozenset({bool, Unset}),
    frozenset({bool, Unset}),
    frozenset({bool, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({dict, Unset}),
    frozenset({str, Unset}),
    frozenset({list, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class LinkToVideoPreviewListRequest:
    """Previews of one link in several visual styles, made asynchronously.

    Attributes:
        link (UUID): The id of a link (`POST /api/links/`).
        visual_styles (list[str]):
        name (None | str | Unset):
        target_platform (None | str | Unset): For example `Instagram`.
        target_audience (None | str | Unset): For example `Young Adults`.
        language (str | Unset): A language code such as `en` (default) or `ar`. Default: 'en'.
        video_length (int | Unset): Seconds, e.g. 15 or 30.
        aspect_ratio (AspectRatio | Unset): The video's shape. Both spellings are taken; responses use the `x` form
            (`9:16`
            comes back as `9x16`).
        script_style (str | Unset): For example `BenefitsV2` or `DIY`.
        visual_style (str | Unset): For example `AvatarBubbleTemplate`.
        override_avatar (None | Unset | UUID): A persona id to use instead of the matched one.
        override_voice (None | str | Unset): A voice accent id to use instead of the avatar's.
        override_script (None | str | Unset): A script to use instead of the one the service writes.
        background_music_url (None | str | Unset): URL of the background music; random music if not given.
        background_music_volume (float | None | Unset): Volume of the background music (the visual style's if not
            given).
        voiceover_volume (float | None | Unset): Volume of the voice-over.
        webhook_url (None | str | Unset):
        no_background_music (bool | Unset): No background music.
        no_caption (bool | Unset): No captions.
        no_emotion (bool | Unset): Turn emotion off.
        no_cta (bool | Unset): No call to action.
        no_stock_broll (bool | Unset): No stock B-roll footage.
        caption_style (None | str | Unset): A caption style name, for example `normal-black`.
        caption_offset_x (None | str | Unset): A decimal string from -0.5 to 0.5.
        caption_offset_y (None | str | Unset): A decimal string from -0.5 to 0.5.
        caption_setting (CaptionSetting | Unset): Caption look; every field is optional.
        model_version (ModelVersion | Unset): The lipsync model; `standard` is the default, the `aurora_*` models cost
            more.
        aspect_ratios (list[AspectRatio] | Unset):
    """

    link: UUID
    visual_styles: list[str]
    name: str | Unset | None = UNSET
    target_platform: str | Unset | None = UNSET
    target_audience: str | Unset | None = UNSET
    language: str | Unset = "en"
    video_length: int | Unset = UNSET
    aspect_ratio: AspectRatio | Unset = UNSET
    script_style: str | Unset = UNSET
    visual_style: str | Unset = UNSET
    override_avatar: Unset | UUID | None = UNSET
    override_voice: str | Unset | None = UNSET
    override_script: str | Unset | None = UNSET
    background_music_url: str | Unset | None = UNSET
    background_music_volume: float | Unset | None = UNSET
    voiceover_volume: float | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    no_background_music: bool | Unset = UNSET
    no_caption: bool | Unset = UNSET
    no_emotion: bool | Unset = UNSET
    no_cta: bool | Unset = UNSET
    no_stock_broll: bool | Unset = UNSET
    caption_style: str | Unset | None = UNSET
    caption_offset_x: str | Unset | None = UNSET
    caption_offset_y: str | Unset | None = UNSET
    caption_setting: CaptionSetting | Unset = UNSET
    model_version: ModelVersion | Unset = UNSET
    aspect_ratios: list[AspectRatio] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = str(self.link)

        visual_styles = self.visual_styles

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        language = self.language

        video_length = self.video_length

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        script_style = self.script_style

        visual_style = self.visual_style

        override_avatar: str | Unset | None
        if isinstance(self.override_avatar, Unset):
            override_avatar = UNSET
        elif isinstance(self.override_avatar, UUID):
            override_avatar = str(self.override_avatar)
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

        background_music_url: str | Unset | None
        if isinstance(self.background_music_url, Unset):
            background_music_url = UNSET
        else:
            background_music_url = self.background_music_url

        background_music_volume: float | Unset | None
        if isinstance(self.background_music_volume, Unset):
            background_music_volume = UNSET
        else:
            background_music_volume = self.background_music_volume

        voiceover_volume: float | Unset | None
        if isinstance(self.voiceover_volume, Unset):
            voiceover_volume = UNSET
        else:
            voiceover_volume = self.voiceover_volume

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        no_background_music = self.no_background_music

        no_caption = self.no_caption

        no_emotion = self.no_emotion

        no_cta = self.no_cta

        no_stock_broll = self.no_stock_broll

        caption_style: str | Unset | None
        if isinstance(self.caption_style, Unset):
            caption_style = UNSET
        else:
            caption_style = self.caption_style

        caption_offset_x: str | Unset | None
        if isinstance(self.caption_offset_x, Unset):
            caption_offset_x = UNSET
        else:
            caption_offset_x = self.caption_offset_x

        caption_offset_y: str | Unset | None
        if isinstance(self.caption_offset_y, Unset):
            caption_offset_y = UNSET
        else:
            caption_offset_y = self.caption_offset_y

        caption_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caption_setting, Unset):
            caption_setting = self.caption_setting.to_dict()

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version.value

        aspect_ratios: list[str] | Unset = UNSET
        if not isinstance(self.aspect_ratios, Unset):
            aspect_ratios = []
            for aspect_ratios_item_data in self.aspect_ratios:
                aspect_ratios_item = aspect_ratios_item_data.value
                aspect_ratios.append(aspect_ratios_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link": link,
                "visual_styles": visual_styles,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
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
        if background_music_url is not UNSET:
            field_dict["background_music_url"] = background_music_url
        if background_music_volume is not UNSET:
            field_dict["background_music_volume"] = background_music_volume
        if voiceover_volume is not UNSET:
            field_dict["voiceover_volume"] = voiceover_volume
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if no_background_music is not UNSET:
            field_dict["no_background_music"] = no_background_music
        if no_caption is not UNSET:
            field_dict["no_caption"] = no_caption
        if no_emotion is not UNSET:
            field_dict["no_emotion"] = no_emotion
        if no_cta is not UNSET:
            field_dict["no_cta"] = no_cta
        if no_stock_broll is not UNSET:
            field_dict["no_stock_broll"] = no_stock_broll
        if caption_style is not UNSET:
            field_dict["caption_style"] = caption_style
        if caption_offset_x is not UNSET:
            field_dict["caption_offset_x"] = caption_offset_x
        if caption_offset_y is not UNSET:
            field_dict["caption_offset_y"] = caption_offset_y
        if caption_setting is not UNSET:
            field_dict["caption_setting"] = caption_setting
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if aspect_ratios is not UNSET:
            field_dict["aspect_ratios"] = aspect_ratios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caption_setting import CaptionSetting

        try:  # every known key is there
            (
                _link,
                _visual_styles,
                name,
                target_platform,
                target_audience,
                language,
                video_length,
                _aspect_ratio,
                script_style,
                visual_style,
                _override_avatar,
                override_voice,
                override_script,
                background_music_url,
                background_music_volume,
                voiceover_volume,
                webhook_url,
                no_background_music,
                no_caption,
                no_emotion,
                no_cta,
                no_stock_broll,
                caption_style,
                caption_offset_x,
                caption_offset_y,
                _caption_setting,
                _model_version,
                _aspect_ratios,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 28
        except KeyError:
            _get = src_dict.get
            _link = src_dict["link"]
            _visual_styles = src_dict["visual_styles"]
            name = _get("name", UNSET)
            target_platform = _get("target_platform", UNSET)
            target_audience = _get("target_audience", UNSET)
            language = _get("language", UNSET)
            video_length = _get("video_length", UNSET)
            _aspect_ratio = _get("aspect_ratio", UNSET)
            script_style = _get("script_style", UNSET)
            visual_style = _get("visual_style", UNSET)
            _override_avatar = _get("override_avatar", UNSET)
            override_voice = _get("override_voice", UNSET)
            override_script = _get("override_script", UNSET)
            background_music_url = _get("background_music_url", UNSET)
            background_music_volume = _get("background_music_volume", UNSET)
            voiceover_volume = _get("voiceover_volume", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            no_background_music = _get("no_background_music", UNSET)
            no_caption = _get("no_caption", UNSET)
            no_emotion = _get("no_emotion", UNSET)
            no_cta = _get("no_cta", UNSET)
            no_stock_broll = _get("no_stock_broll", UNSET)
            caption_style = _get("caption_style", UNSET)
            caption_offset_x = _get("caption_offset_x", UNSET)
            caption_offset_y = _get("caption_offset_y", UNSET)
            _caption_setting = _get("caption_setting", UNSET)
            _model_version = _get("model_version", UNSET)
            _aspect_ratios = _get("aspect_ratios", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_link) is str
            and type(_visual_styles) is list
            and (type(name) is str or name is None or name is UNSET)
            and (
                type(target_platform) is str or target_platform is None or target_platform is UNSET
            )
            and (
                type(target_audience) is str or target_audience is None or target_audience is UNSET
            )
            and (type(language) is str or language is UNSET)
            and (type(video_length) is int or type(video_length) is float or video_length is UNSET)
            and (type(_aspect_ratio) is str or _aspect_ratio is UNSET)
            and (type(script_style) is str or script_style is UNSET)
            and (type(visual_style) is str or visual_style is UNSET)
            and (
                type(_override_avatar) is str
                or _override_avatar is None
                or _override_avatar is UNSET
            )
            and (type(override_voice) is str or override_voice is None or override_voice is UNSET)
            and (
                type(override_script) is str or override_script is None or override_script is UNSET
            )
            and (
                type(background_music_url) is str
                or background_music_url is None
                or background_music_url is UNSET
            )
            and (
                type(background_music_volume) is int
                or type(background_music_volume) is float
                or background_music_volume is None
                or background_music_volume is UNSET
            )
            and (
                type(voiceover_volume) is int
                or type(voiceover_volume) is float
                or voiceover_volume is None
                or voiceover_volume is UNSET
            )
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
            and (type(no_background_music) is bool or no_background_music is UNSET)
            and (type(no_caption) is bool or no_caption is UNSET)
            and (type(no_emotion) is bool or no_emotion is UNSET)
            and (type(no_cta) is bool or no_cta is UNSET)
            and (type(no_stock_broll) is bool or no_stock_broll is UNSET)
            and (type(caption_style) is str or caption_style is None or caption_style is UNSET)
            and (
                type(caption_offset_x) is str
                or caption_offset_x is None
                or caption_offset_x is UNSET
            )
            and (
                type(caption_offset_y) is str
                or caption_offset_y is None
                or caption_offset_y is UNSET
            )
            and (type(_caption_setting) is dict or _caption_setting is UNSET)
            and (type(_model_version) is str or _model_version is UNSET)
            and (type(_aspect_ratios) is list or _aspect_ratios is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _link,
                    _visual_styles,
                    name,
                    target_platform,
                    target_audience,
                    language,
                    video_length,
                    _aspect_ratio,
                    script_style,
                    visual_style,
                    _override_avatar,
                    override_voice,
                    override_script,
                    background_music_url,
                    background_music_volume,
                    voiceover_volume,
                    webhook_url,
                    no_background_music,
                    no_caption,
                    no_emotion,
                    no_cta,
                    no_stock_broll,
                    caption_style,
                    caption_offset_x,
                    caption_offset_y,
                    _caption_setting,
                    _model_version,
                    _aspect_ratios,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        link = parse_uuid(_link)

        _model.link = link
        visual_styles = cast(list[str], _visual_styles)

        _model.visual_styles = visual_styles
        _model.name = name
        _model.target_platform = target_platform
        _model.target_audience = target_audience
        _model.language = language
        _model.video_length = video_length
        _aspect_ratio = _aspect_ratio
        aspect_ratio: AspectRatio | Unset
        if _aspect_ratio is UNSET:
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio(_aspect_ratio)

        _model.aspect_ratio = aspect_ratio
        _model.script_style = script_style
        _model.visual_style = visual_style

        def _parse_override_avatar(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                override_avatar_type_0 = parse_uuid(data)

                return override_avatar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        override_avatar = _parse_override_avatar(_override_avatar)

        _model.override_avatar = override_avatar
        _model.override_voice = override_voice
        _model.override_script = override_script
        _model.background_music_url = background_music_url
        _model.background_music_volume = background_music_volume
        _model.voiceover_volume = voiceover_volume
        _model.webhook_url = webhook_url
        _model.no_background_music = no_background_music
        _model.no_caption = no_caption
        _model.no_emotion = no_emotion
        _model.no_cta = no_cta
        _model.no_stock_broll = no_stock_broll
        _model.caption_style = caption_style
        _model.caption_offset_x = caption_offset_x
        _model.caption_offset_y = caption_offset_y
        _caption_setting = _caption_setting
        caption_setting: CaptionSetting | Unset
        if _caption_setting is UNSET:
            caption_setting = UNSET
        else:
            caption_setting = CaptionSetting.from_dict(_caption_setting)

        _model.caption_setting = caption_setting
        _model_version = _model_version
        model_version: ModelVersion | Unset
        if _model_version is UNSET:
            model_version = UNSET
        else:
            model_version = ModelVersion(_model_version)

        _model.model_version = model_version
        _aspect_ratios = _aspect_ratios
        aspect_ratios: list[AspectRatio] | Unset = UNSET
        if _aspect_ratios is not UNSET:
            aspect_ratios = []
            for aspect_ratios_item_data in _aspect_ratios:
                aspect_ratios_item = AspectRatio(aspect_ratios_item_data)

                aspect_ratios.append(aspect_ratios_item)

        _model.aspect_ratios = aspect_ratios
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
