from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.link_to_video_preview import LinkToVideoPreview


T = TypeVar("T", bound="PreviewListWebhookPayload")


_NAMES = (
    "id",
    "status",
    "failed_reason",
    "previews",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({list, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class PreviewListWebhookPayload:
    """The webhook of `POST /api/link_to_videos/preview_list_async/`: the previews made
    so far (it can arrive with `status` `pending`).

        Attributes:
            id (str):
            status (str):
            failed_reason (None | str | Unset):
            previews (list[LinkToVideoPreview] | None | Unset):
    """

    id: str
    status: str
    failed_reason: str | Unset | None = UNSET
    previews: list[LinkToVideoPreview] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

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
        if previews is not UNSET:
            field_dict["previews"] = previews

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_to_video_preview import LinkToVideoPreview

        try:  # every known key is there
            (
                id,
                status,
                failed_reason,
                _previews,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 4
        except KeyError:
            _get = src_dict.get
            id = src_dict["id"]
            status = src_dict["status"]
            failed_reason = _get("failed_reason", UNSET)
            _previews = _get("previews", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(id) is str
            and type(status) is str
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (type(_previews) is list or _previews is None or _previews is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    id,
                    status,
                    failed_reason,
                    _previews,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.id = id
        _model.status = status
        _model.failed_reason = failed_reason

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
