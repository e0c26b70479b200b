from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY_TYPE,
    UNSET,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_datetime,
    parse_uuid,
)

T = TypeVar("T", bound="InspirationJob")


_NAMES = (
    "id",
    "status",
    "inspiration_id",
    "gen_type",
    "failed_reason",
    "input_params",
    "assets",
    "webhook_url",
    "credits_used",
    "created_at",
    "updated_at",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    ANY_TYPE,
    frozenset({list, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class InspirationJob:
    """A job from an AI ad template ("Community Recipe Media Job").

    Attributes:
        id (UUID):
        status (str): A free string (the page's example is `pending`); the SDK reads done and failed as the end.
        inspiration_id (None | Unset | UUID):
        gen_type (None | str | Unset):
        failed_reason (None | str | Unset):
        input_params (Any | Unset): The parameters; the GET page types them as a string, the create page as an object,
            so either is read.
        assets (list[Any] | None | Unset): The generated files once `done` (URL strings or objects with `url`).
        webhook_url (None | str | Unset):
        credits_used (float | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    status: str
    inspiration_id: Unset | UUID | None = UNSET
    gen_type: str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    input_params: Any | Unset = UNSET
    assets: list[Any] | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    credits_used: float | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        inspiration_id: str | Unset | None
        if isinstance(self.inspiration_id, Unset):
            inspiration_id = UNSET
        elif isinstance(self.inspiration_id, UUID):
            inspiration_id = str(self.inspiration_id)
        else:
            inspiration_id = self.inspiration_id

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

        input_params = self.input_params

        assets: list[Any] | Unset | None
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, list):
            assets = self.assets

        else:
            assets = self.assets

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
        if inspiration_id is not UNSET:
            field_dict["inspiration_id"] = inspiration_id
        if gen_type is not UNSET:
            field_dict["gen_type"] = gen_type
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if input_params is not UNSET:
            field_dict["input_params"] = input_params
        if assets is not UNSET:
            field_dict["assets"] = assets
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
        try:  # every known key is there
            (
                _id,
                status,
                _inspiration_id,
                gen_type,
                failed_reason,
                input_params,
                _assets,
                webhook_url,
                credits_used,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 11
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            _inspiration_id = _get("inspiration_id", UNSET)
            gen_type = _get("gen_type", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            input_params = _get("input_params", UNSET)
            _assets = _get("assets", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            credits_used = _get("credits_used", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (
                type(_inspiration_id) is str or _inspiration_id is None or _inspiration_id is UNSET
            )
            and (type(gen_type) is str or gen_type is None or gen_type is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(_assets) is list or _assets is None or _assets is UNSET)
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
                    _inspiration_id,
                    gen_type,
                    failed_reason,
                    input_params,
                    _assets,
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

        def _parse_inspiration_id(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inspiration_id_type_0 = parse_uuid(data)

                return inspiration_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        inspiration_id = _parse_inspiration_id(_inspiration_id)

        _model.inspiration_id = inspiration_id
        _model.gen_type = gen_type
        _model.failed_reason = failed_reason
        _model.input_params = input_params

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
