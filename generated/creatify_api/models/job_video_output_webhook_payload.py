from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

T = TypeVar("T", bound="JobVideoOutputWebhookPayload")


_NAMES = (
    "id",
    "status",
    "failed_reason",
    "video_output",
    "output",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class JobVideoOutputWebhookPayload:
    """The webhook of the products whose result field is `video_output` (and of
    text-to-speech, whose page also names it `video_output`). Permissive: more keys may
    come, and the same task may be reported more than once.

        Attributes:
            id (str):
            status (str): One of `JobStatus`.
            failed_reason (None | str | Unset):
            video_output (None | str | Unset): URL of the result once `status` is `done`.
            output (None | str | Unset): The same URL under the key the task itself uses, should the service send it.
    """

    id: str
    status: str
    failed_reason: str | Unset | None = UNSET
    video_output: str | Unset | None = UNSET
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

        video_output: str | Unset | None
        if isinstance(self.video_output, Unset):
            video_output = UNSET
        else:
            video_output = self.video_output

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
        if video_output is not UNSET:
            field_dict["video_output"] = video_output
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
                video_output,
                output,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 5
        except KeyError:
            _get = src_dict.get
            id = src_dict["id"]
            status = src_dict["status"]
            failed_reason = _get("failed_reason", UNSET)
            video_output = _get("video_output", UNSET)
            output = _get("output", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(id) is str
            and type(status) is str
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(video_output) is str or video_output is None or video_output is UNSET)
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
                    video_output,
                    output,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.id = id
        _model.status = status
        _model.failed_reason = failed_reason
        _model.video_output = video_output
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
