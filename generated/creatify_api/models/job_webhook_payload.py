from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="JobWebhookPayload")


_NAMES = (
    "id",
    "status",
    "failed_reason",
    "output",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class JobWebhookPayload:
    """What the service POSTs to `webhook_url` when an AI Avatar task (v1 or v2) succeeds
    or fails. The documentation sketches the keys only; more may come, and the same task
    may be reported more than once.

        Attributes:
            id (str):
            status (str): One of `LipsyncStatus` / `JobStatus`.
            failed_reason (None | str | Unset):
            output (None | str | Unset): URL of the video once `status` is `done`.
    """

    id: str
    status: str
    failed_reason: str | Unset | None = UNSET
    output: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        output: str | Unset | None
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:  # every known key is there
            (
                id,
                status,
                failed_reason,
                output,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 4
        except KeyError:
            _get = src_dict.get
            id = src_dict["id"]
            status = src_dict["status"]
            failed_reason = _get("failed_reason", UNSET)
            output = _get("output", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(id) is str
            and type(status) is str
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(output) is str or output is None or output is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    id,
                    status,
                    failed_reason,
                    output,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.id = id
        _model.status = status
        _model.failed_reason = failed_reason
        _model.output = output
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
