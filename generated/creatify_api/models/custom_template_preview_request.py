from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.custom_template_preview_request_data import CustomTemplatePreviewRequestData


T = TypeVar("T", bound="CustomTemplatePreviewRequest")


_NAMES = (
    "visual_style",
    "data",
    "name",
    "webhook_url",
)
_TYPES = (
    frozenset({str}),
    frozenset({dict}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class CustomTemplatePreviewRequest:
    """A preview of a fixed template (the older custom-template API).

    Attributes:
        visual_style (str): The fixed template, e.g. `style1`.
        data (CustomTemplatePreviewRequestData): The template's fields (JSON): `address`, `city`, `state`, `sqft`,
            `bedrooms`, `bathrooms`, `price`, `estimated_monthly_payment`, `openhouseDate_1` (`date`, `time`),
            `listing_images` (`image_1` to `image_5`), `location_image`, `name`, `email`, `phone_number`, `office_name`,
            `head_shot`.
        name (None | str | Unset): A name for the video.
        webhook_url (None | str | Unset): Called when the render ends (there is no GET).
    """

    visual_style: str
    data: CustomTemplatePreviewRequestData
    name: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visual_style = self.visual_style

        data = self.data.to_dict()

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "visual_style": visual_style,
                "data": data,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_template_preview_request_data import CustomTemplatePreviewRequestData

        try:  # every known key is there
            (
                visual_style,
                _data,
                name,
                webhook_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 4
        except KeyError:
            _get = src_dict.get
            visual_style = src_dict["visual_style"]
            _data = src_dict["data"]
            name = _get("name", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(visual_style) is str
            and type(_data) is dict
            and (type(name) is str or name is None or name is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    visual_style,
                    _data,
                    name,
                    webhook_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.visual_style = visual_style
        data = CustomTemplatePreviewRequestData.from_dict(_data)

        _model.data = data
        _model.name = name
        _model.webhook_url = webhook_url
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
