from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="PersonaWebhookPayload")


_NAMES = (
    "id",
    "process_status",
    "is_active",
    "failed_reason",
)
_TYPES = (
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({bool, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class PersonaWebhookPayload:
    """The webhook of a custom-avatar create ("when the creator is created, we will send a
    webhook to the url"). The pages do not show its body; the SDK expects the persona
    object (`id`, `process_status`, `is_active`, ...) and keeps whatever comes.

        Attributes:
            id (str):
            process_status (None | str | Unset):
            is_active (bool | None | Unset):
            failed_reason (None | str | Unset):
    """

    id: str
    process_status: str | Unset | None = UNSET
    is_active: bool | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        process_status: str | Unset | None
        if isinstance(self.process_status, Unset):
            process_status = UNSET
        else:
            process_status = self.process_status

        is_active: bool | Unset | None
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if process_status is not UNSET:
            field_dict["process_status"] = process_status
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                id,
                process_status,
                is_active,
                failed_reason,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 4
        except KeyError:
            _get = src_dict.get
            id = src_dict["id"]
            process_status = _get("process_status", UNSET)
            is_active = _get("is_active", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(id) is str
            and (type(process_status) is str or process_status is None or process_status is UNSET)
            and (type(is_active) is bool or is_active is None or is_active is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    id,
                    process_status,
                    is_active,
                    failed_reason,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.id = id
        _model.process_status = process_status
        _model.is_active = is_active
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
