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
    from ..models.asset_generation_input_params_type_0 import AssetGenerationInputParamsType0


T = TypeVar("T", bound="AssetGeneration")


_NAMES = (
    "id",
    "status",
    "model_name",
    "gen_type",
    "failed_reason",
    "assets",
    "input_params",
    "aspect_ratio",
    "output_nums",
    "duration",
    "resolution",
    "webhook_url",
    "credits_used",
    "created_at",
    "updated_at",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({list, type(None), Unset}),
    frozenset({dict, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class AssetGeneration:
    """An asset-generator job ("AI Tools Flow Asset").

    Attributes:
        id (UUID):
        status (str): initializing, generating, done or failed (a plain string so that a new value never breaks
            parsing).
        model_name (str | Unset):
        gen_type (None | str | Unset):
        failed_reason (None | str | Unset):
        assets (list[Any] | None | Unset): The generated files once `done`; the pages show no item shape, so each is a
            URL string or an object with a `url`.
        input_params (AssetGenerationInputParamsType0 | None | Unset):
        aspect_ratio (None | str | Unset):
        output_nums (int | None | Unset):
        duration (float | None | Unset):
        resolution (None | str | Unset): e.g. `1080x1920`.
        webhook_url (None | str | Unset):
        credits_used (float | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    status: str
    model_name: str | Unset = UNSET
    gen_type: str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    assets: list[Any] | Unset | None = UNSET
    input_params: AssetGenerationInputParamsType0 | Unset | None = UNSET
    aspect_ratio: str | Unset | None = UNSET
    output_nums: int | Unset | None = UNSET
    duration: float | Unset | None = UNSET
    resolution: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    credits_used: float | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_generation_input_params_type_0 import AssetGenerationInputParamsType0

        id = str(self.id)

        status = self.status

        model_name = self.model_name

        gen_type: str | Unset | None
        if isinstance(self.gen_type, Unset):
            gen_type = UNSET
        else:
            gen_type = self.gen_type

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        assets: list[Any] | Unset | None
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, list):
            assets = self.assets

        else:
            assets = self.assets

        input_params: dict[str, Any] | Unset | None
        if isinstance(self.input_params, Unset):
            input_params = UNSET
        elif isinstance(self.input_params, AssetGenerationInputParamsType0):
            input_params = self.input_params.to_dict()
        else:
            input_params = self.input_params

        aspect_ratio: str | Unset | None
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        output_nums: int | Unset | None
        if isinstance(self.output_nums, Unset):
            output_nums = UNSET
        else:
            output_nums = self.output_nums

        duration: float | Unset | None
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        resolution: str | Unset | None
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        else:
            resolution = self.resolution

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

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
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if gen_type is not UNSET:
            field_dict["gen_type"] = gen_type
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if assets is not UNSET:
            field_dict["assets"] = assets
        if input_params is not UNSET:
            field_dict["input_params"] = input_params
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if output_nums is not UNSET:
            field_dict["output_nums"] = output_nums
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_generation_input_params_type_0 import AssetGenerationInputParamsType0

        try:  # every known key is there
            (
                _id,
                status,
                model_name,
                gen_type,
                failed_reason,
                _assets,
                _input_params,
                aspect_ratio,
                output_nums,
                duration,
                resolution,
                webhook_url,
                credits_used,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 15
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            model_name = _get("model_name", UNSET)
            gen_type = _get("gen_type", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            _assets = _get("assets", UNSET)
            _input_params = _get("input_params", UNSET)
            aspect_ratio = _get("aspect_ratio", UNSET)
            output_nums = _get("output_nums", UNSET)
            duration = _get("duration", UNSET)
            resolution = _get("resolution", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            credits_used = _get("credits_used", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(model_name) is str or model_name is UNSET)
            and (type(gen_type) is str or gen_type is None or gen_type is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(_assets) is list or _assets is None or _assets is UNSET)
            and (type(_input_params) is dict or _input_params is None or _input_params is UNSET)
            and (type(aspect_ratio) is str or aspect_ratio is None or aspect_ratio is UNSET)
            and (
                type(output_nums) is int
                or type(output_nums) is float
                or output_nums is None
                or output_nums is UNSET
            )
            and (
                type(duration) is int
                or type(duration) is float
                or duration is None
                or duration is UNSET
            )
            and (type(resolution) is str or resolution is None or resolution is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
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
                    model_name,
                    gen_type,
                    failed_reason,
                    _assets,
                    _input_params,
                    aspect_ratio,
                    output_nums,
                    duration,
                    resolution,
                    webhook_url,
                    credits_used,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.model_name = model_name
        _model.gen_type = gen_type
        _model.failed_reason = failed_reason

        def _parse_assets(data: object) -> list[Any] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assets_type_0 = cast(list[Any], data)

                return assets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        assets = _parse_assets(_assets)

        _model.assets = assets

        def _parse_input_params(data: object) -> AssetGenerationInputParamsType0 | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_params_type_0 = AssetGenerationInputParamsType0.from_dict(data)

                return input_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        input_params = _parse_input_params(_input_params)

        _model.input_params = input_params
        _model.aspect_ratio = aspect_ratio
        _model.output_nums = output_nums
        _model.duration = duration
        _model.resolution = resolution
        _model.webhook_url = webhook_url
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
