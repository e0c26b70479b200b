from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.asset_generator_model_input_params_schema import (
        AssetGeneratorModelInputParamsSchema,
    )


T = TypeVar("T", bound="AssetGeneratorModel")


_NAMES = (
    "model_name",
    "input_params_schema",
    "generation_type",
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
class AssetGeneratorModel:
    """One model of the asset generator and the JSON Schema of its `input_params`.

    Attributes:
        model_name (str):
        input_params_schema (AssetGeneratorModelInputParamsSchema): A JSON Schema (`$schema` or `schema_uri`,
            `required`, `properties`).
        generation_type (None | str | Unset): text_to_image, image_to_image, text_to_video, image_to_video,
            text_to_audio or audio_to_audio (a plain string).
    """

    model_name: str
    input_params_schema: AssetGeneratorModelInputParamsSchema
    generation_type: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        input_params_schema = self.input_params_schema.to_dict()

        generation_type: str | Unset | None
        if isinstance(self.generation_type, Unset):
            generation_type = UNSET
        else:
            generation_type = self.generation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
                "input_params_schema": input_params_schema,
            }
        )
        if generation_type is not UNSET:
            field_dict["generation_type"] = generation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_generator_model_input_params_schema import (
            AssetGeneratorModelInputParamsSchema,
        )

        try:  # every known key is there
            (
                model_name,
                _input_params_schema,
                generation_type,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 3
        except KeyError:
            _get = src_dict.get
            model_name = src_dict["model_name"]
            _input_params_schema = src_dict["input_params_schema"]
            generation_type = _get("generation_type", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(model_name) is str
            and type(_input_params_schema) is dict
            and (
                type(generation_type) is str or generation_type is None or generation_type is UNSET
            )
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    model_name,
                    _input_params_schema,
                    generation_type,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.model_name = model_name
        input_params_schema = AssetGeneratorModelInputParamsSchema.from_dict(_input_params_schema)

        _model.input_params_schema = input_params_schema
        _model.generation_type = generation_type
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
