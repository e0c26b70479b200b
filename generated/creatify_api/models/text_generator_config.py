from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.text_generator_config_response_json_schema import (
        TextGeneratorConfigResponseJsonSchema,
    )


T = TypeVar("T", bound="TextGeneratorConfig")


_NAMES = (
    "temperature",
    "max_output_tokens",
    "top_p",
    "top_k",
    "presence_penalty",
    "frequency_penalty",
    "seed",
    "stop_sequences",
    "response_mime_type",
    "response_json_schema",
)
_TYPES = (
    frozenset({int, float, Unset}),
    frozenset({int, float, Unset}),
    frozenset({int, float, Unset}),
    frozenset({int, float, Unset}),
    frozenset({int, float, Unset}),
    frozenset({int, float, Unset}),
    frozenset({int, float, Unset}),
    frozenset({list, Unset}),
    frozenset({str, Unset}),
    frozenset({dict, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class TextGeneratorConfig:
    """Generation settings (all optional).

    Attributes:
        temperature (float | Unset):
        max_output_tokens (int | Unset):
        top_p (float | Unset):
        top_k (int | Unset):
        presence_penalty (float | Unset):
        frequency_penalty (float | Unset):
        seed (int | Unset):
        stop_sequences (list[str] | Unset):
        response_mime_type (str | Unset): e.g. `text/plain` or `application/json`.
        response_json_schema (TextGeneratorConfigResponseJsonSchema | Unset):
    """

    temperature: float | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    top_p: float | Unset = UNSET
    top_k: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    seed: int | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    response_mime_type: str | Unset = UNSET
    response_json_schema: TextGeneratorConfigResponseJsonSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temperature = self.temperature

        max_output_tokens = self.max_output_tokens

        top_p = self.top_p

        top_k = self.top_k

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        seed = self.seed

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        response_mime_type = self.response_mime_type

        response_json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_json_schema, Unset):
            response_json_schema = self.response_json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if response_mime_type is not UNSET:
            field_dict["response_mime_type"] = response_mime_type
        if response_json_schema is not UNSET:
            field_dict["response_json_schema"] = response_json_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_generator_config_response_json_schema import (
            TextGeneratorConfigResponseJsonSchema,
        )

        try:  # every known key is there
            (
                temperature,
                max_output_tokens,
                top_p,
                top_k,
                presence_penalty,
                frequency_penalty,
                seed,
                _stop_sequences,
                response_mime_type,
                _response_json_schema,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 10
        except KeyError:
            _get = src_dict.get
            temperature = _get("temperature", UNSET)
            max_output_tokens = _get("max_output_tokens", UNSET)
            top_p = _get("top_p", UNSET)
            top_k = _get("top_k", UNSET)
            presence_penalty = _get("presence_penalty", UNSET)
            frequency_penalty = _get("frequency_penalty", UNSET)
            seed = _get("seed", UNSET)
            _stop_sequences = _get("stop_sequences", UNSET)
            response_mime_type = _get("response_mime_type", UNSET)
            _response_json_schema = _get("response_json_schema", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(temperature) is int or type(temperature) is float or temperature is UNSET)
            and (
                type(max_output_tokens) is int
                or type(max_output_tokens) is float
                or max_output_tokens is UNSET
            )
            and (type(top_p) is int or type(top_p) is float or top_p is UNSET)
            and (type(top_k) is int or type(top_k) is float or top_k is UNSET)
            and (
                type(presence_penalty) is int
                or type(presence_penalty) is float
                or presence_penalty is UNSET
            )
            and (
                type(frequency_penalty) is int
                or type(frequency_penalty) is float
                or frequency_penalty is UNSET
            )
            and (type(seed) is int or type(seed) is float or seed is UNSET)
            and (type(_stop_sequences) is list or _stop_sequences is UNSET)
            and (type(response_mime_type) is str or response_mime_type is UNSET)
            and (type(_response_json_schema) is dict or _response_json_schema is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    temperature,
                    max_output_tokens,
                    top_p,
                    top_k,
                    presence_penalty,
                    frequency_penalty,
                    seed,
                    _stop_sequences,
                    response_mime_type,
                    _response_json_schema,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.temperature = temperature
        _model.max_output_tokens = max_output_tokens
        _model.top_p = top_p
        _model.top_k = top_k
        _model.presence_penalty = presence_penalty
        _model.frequency_penalty = frequency_penalty
        _model.seed = seed
        stop_sequences = cast(list[str], _stop_sequences)

        _model.stop_sequences = stop_sequences
        _model.response_mime_type = response_mime_type
        _response_json_schema = _response_json_schema
        response_json_schema: TextGeneratorConfigResponseJsonSchema | Unset
        if _response_json_schema is UNSET:
            response_json_schema = UNSET
        else:
            response_json_schema = TextGeneratorConfigResponseJsonSchema.from_dict(
                _response_json_schema
            )

        _model.response_json_schema = response_json_schema
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
