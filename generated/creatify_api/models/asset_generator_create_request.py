from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.asset_generator_create_request_input_params import (
        AssetGeneratorCreateRequestInputParams,
    )


T = TypeVar("T", bound="AssetGeneratorCreateRequest")


_NAMES = (
    "model_name",
    "input_params",
    "webhook_url",
)
_TYPES = (
    frozenset({str}),
    frozenset({dict}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class AssetGeneratorCreateRequest:
    """An asset-generator job (an image, video or audio file from a model).

    Attributes:
        model_name (str): A model of `GET /api/asset_generator/schemas/`, e.g. `nano-banana`.
        input_params (AssetGeneratorCreateRequestInputParams): The model's parameters; they must satisfy its
            `input_params_schema`.
        webhook_url (None | str | Unset):
    """

    model_name: str
    input_params: AssetGeneratorCreateRequestInputParams
    webhook_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        input_params = self.input_params.to_dict()

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
                "input_params": input_params,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_generator_create_request_input_params import (
            AssetGeneratorCreateRequestInputParams,
        )

        try:  # every known key is there
            (
                model_name,
                _input_params,
                webhook_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 3
        except KeyError:
            _get = src_dict.get
            model_name = src_dict["model_name"]
            _input_params = src_dict["input_params"]
            webhook_url = _get("webhook_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(model_name) is str
            and type(_input_params) is dict
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    model_name,
                    _input_params,
                    webhook_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.model_name = model_name
        input_params = AssetGeneratorCreateRequestInputParams.from_dict(_input_params)

        _model.input_params = input_params
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
