from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar, cast
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
    from ..models.ai_script_generated_scripts_type_0_item import AiScriptGeneratedScriptsType0Item
    from ..models.ai_script_product_type_0 import AiScriptProductType0


T = TypeVar("T", bound="AiScript")


_NAMES = (
    "id",
    "status",
    "language",
    "target_audience",
    "video_length",
    "script_styles",
    "generated_scripts",
    "product",
    "failed_reason",
    "credits_used",
    "created_at",
    "updated_at",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({list, type(None), Unset}),
    frozenset({list, type(None), Unset}),
    frozenset({dict, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class AiScript:
    """An AI scripts task and the scripts it wrote.

    Attributes:
        id (UUID):
        status (str): A free string (the page's example is `pending`).
        language (None | str | Unset):
        target_audience (None | str | Unset):
        video_length (int | None | Unset):
        script_styles (list[Any] | None | Unset):
        generated_scripts (list[AiScriptGeneratedScriptsType0Item] | None | Unset):
        product (AiScriptProductType0 | None | Unset):
        failed_reason (None | str | Unset):
        credits_used (float | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    status: str
    language: str | Unset | None = UNSET
    target_audience: str | Unset | None = UNSET
    video_length: int | Unset | None = UNSET
    script_styles: list[Any] | Unset | None = UNSET
    generated_scripts: list[AiScriptGeneratedScriptsType0Item] | Unset | None = UNSET
    product: AiScriptProductType0 | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    credits_used: float | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ai_script_product_type_0 import AiScriptProductType0

        id = str(self.id)

        status = self.status

        language: str | Unset | None
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        target_audience: str | Unset | None
        if isinstance(self.target_audience, Unset):
            target_audience = UNSET
        else:
            target_audience = self.target_audience

        video_length: int | Unset | None
        if isinstance(self.video_length, Unset):
            video_length = UNSET
        else:
            video_length = self.video_length

        script_styles: list[Any] | Unset | None
        if isinstance(self.script_styles, Unset):
            script_styles = UNSET
        elif isinstance(self.script_styles, list):
            script_styles = self.script_styles

        else:
            script_styles = self.script_styles

        generated_scripts: list[dict[str, Any]] | Unset | None
        if isinstance(self.generated_scripts, Unset):
            generated_scripts = UNSET
        elif isinstance(self.generated_scripts, list):
            generated_scripts = []
            for generated_scripts_type_0_item_data in self.generated_scripts:
                generated_scripts_type_0_item = generated_scripts_type_0_item_data.to_dict()
                generated_scripts.append(generated_scripts_type_0_item)

        else:
            generated_scripts = self.generated_scripts

        product: dict[str, Any] | Unset | None
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, AiScriptProductType0):
            product = self.product.to_dict()
        else:
            product = self.product

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        credits_used: float | Unset | None
        if isinstance(self.credits_used, Unset):
            credits_used = UNSET
        else:
            credits_used = self.credits_used

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
        if language is not UNSET:
            field_dict["language"] = language
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if video_length is not UNSET:
            field_dict["video_length"] = video_length
        if script_styles is not UNSET:
            field_dict["script_styles"] = script_styles
        if generated_scripts is not UNSET:
            field_dict["generated_scripts"] = generated_scripts
        if product is not UNSET:
            field_dict["product"] = product
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_script_generated_scripts_type_0_item import (
            AiScriptGeneratedScriptsType0Item,
        )
        from ..models.ai_script_product_type_0 import AiScriptProductType0

        try:  # every known key is there
            (
                _id,
                status,
                language,
                target_audience,
                video_length,
                _script_styles,
                _generated_scripts,
                _product,
                failed_reason,
                credits_used,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 12
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            language = _get("language", UNSET)
            target_audience = _get("target_audience", UNSET)
            video_length = _get("video_length", UNSET)
            _script_styles = _get("script_styles", UNSET)
            _generated_scripts = _get("generated_scripts", UNSET)
            _product = _get("product", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            credits_used = _get("credits_used", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(language) is str or language is None or language is UNSET)
            and (
                type(target_audience) is str or target_audience is None or target_audience is UNSET
            )
            and (
                type(video_length) is int
                or type(video_length) is float
                or video_length is None
                or video_length is UNSET
            )
            and (type(_script_styles) is list or _script_styles is None or _script_styles is UNSET)
            and (
                type(_generated_scripts) is list
                or _generated_scripts is None
                or _generated_scripts is UNSET
            )
            and (type(_product) is dict or _product is None or _product is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (
                type(credits_used) is int
                or type(credits_used) is float
                or credits_used is None
                or credits_used is UNSET
            )
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
                    language,
                    target_audience,
                    video_length,
                    _script_styles,
                    _generated_scripts,
                    _product,
                    failed_reason,
                    credits_used,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.language = language
        _model.target_audience = target_audience
        _model.video_length = video_length

        def _parse_script_styles(data: object) -> list[Any] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                script_styles_type_0 = cast(list[Any], data)

                return script_styles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        script_styles = _parse_script_styles(_script_styles)

        _model.script_styles = script_styles

        def _parse_generated_scripts(
            data: object,
        ) -> list[AiScriptGeneratedScriptsType0Item] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _generated_scripts_type_0 = data
                generated_scripts_type_0 = list(
                    map(AiScriptGeneratedScriptsType0Item.from_dict, _generated_scripts_type_0)
                )

                return generated_scripts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        generated_scripts = _parse_generated_scripts(_generated_scripts)

        _model.generated_scripts = generated_scripts

        def _parse_product(data: object) -> AiScriptProductType0 | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = AiScriptProductType0.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        product = _parse_product(_product)

        _model.product = product
        _model.failed_reason = failed_reason
        _model.credits_used = credits_used
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
