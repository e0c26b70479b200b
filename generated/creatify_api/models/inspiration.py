from __future__ import annotations

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
    parse_uuid,
)

if TYPE_CHECKING:
    from ..models.inspiration_input_params_schema_type_0 import InspirationInputParamsSchemaType0


T = TypeVar("T", bound="Inspiration")


_NAMES = (
    "id",
    "name",
    "description",
    "gen_type",
    "input_params_schema",
    "preview_image",
    "preview_video",
    "credit_cost",
    "categories",
    "labels",
)
_TYPES = (
    frozenset({str}),
    frozenset({str, Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({dict, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({list, Unset}),
    frozenset({list, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class Inspiration:
    """An AI ad template ("Community Creation"), with the JSON Schema of its `input_params`.

    Attributes:
        id (UUID):
        name (str | Unset):
        description (None | str | Unset):
        gen_type (None | str | Unset):
        input_params_schema (InspirationInputParamsSchemaType0 | None | Unset):
        preview_image (None | str | Unset):
        preview_video (None | str | Unset):
        credit_cost (int | None | Unset): Credits a job from this template costs.
        categories (list[Any] | Unset):
        labels (list[Any] | Unset):
    """

    id: UUID
    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    gen_type: str | Unset | None = UNSET
    input_params_schema: InspirationInputParamsSchemaType0 | Unset | None = UNSET
    preview_image: str | Unset | None = UNSET
    preview_video: str | Unset | None = UNSET
    credit_cost: int | Unset | None = UNSET
    categories: list[Any] | Unset = UNSET
    labels: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inspiration_input_params_schema_type_0 import (
            InspirationInputParamsSchemaType0,
        )

        id = str(self.id)

        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        gen_type: str | Unset | None
        if isinstance(self.gen_type, Unset):
            gen_type = UNSET
        else:
            gen_type = self.gen_type

        input_params_schema: dict[str, Any] | Unset | None
        if isinstance(self.input_params_schema, Unset):
            input_params_schema = UNSET
        elif isinstance(self.input_params_schema, InspirationInputParamsSchemaType0):
            input_params_schema = self.input_params_schema.to_dict()
        else:
            input_params_schema = self.input_params_schema

        preview_image: str | Unset | None
        if isinstance(self.preview_image, Unset):
            preview_image = UNSET
        else:
            preview_image = self.preview_image

        preview_video: str | Unset | None
        if isinstance(self.preview_video, Unset):
            preview_video = UNSET
        else:
            preview_video = self.preview_video

        credit_cost: int | Unset | None
        if isinstance(self.credit_cost, Unset):
            credit_cost = UNSET
        else:
            credit_cost = self.credit_cost

        categories: list[Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        labels: list[Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if gen_type is not UNSET:
            field_dict["gen_type"] = gen_type
        if input_params_schema is not UNSET:
            field_dict["input_params_schema"] = input_params_schema
        if preview_image is not UNSET:
            field_dict["preview_image"] = preview_image
        if preview_video is not UNSET:
            field_dict["preview_video"] = preview_video
        if credit_cost is not UNSET:
            field_dict["credit_cost"] = credit_cost
        if categories is not UNSET:
            field_dict["categories"] = categories
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inspiration_input_params_schema_type_0 import (
            InspirationInputParamsSchemaType0,
        )

        try:  # every known key is there
            (
                _id,
                name,
                description,
                gen_type,
                _input_params_schema,
                preview_image,
                preview_video,
                credit_cost,
                _categories,
                _labels,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 10
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            name = _get("name", UNSET)
            description = _get("description", UNSET)
            gen_type = _get("gen_type", UNSET)
            _input_params_schema = _get("input_params_schema", UNSET)
            preview_image = _get("preview_image", UNSET)
            preview_video = _get("preview_video", UNSET)
            credit_cost = _get("credit_cost", UNSET)
            _categories = _get("categories", UNSET)
            _labels = _get("labels", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and (type(name) is str or name is UNSET)
            and (type(description) is str or description is None or description is UNSET)
            and (type(gen_type) is str or gen_type is None or gen_type is UNSET)
            and (
                type(_input_params_schema) is dict
                or _input_params_schema is None
                or _input_params_schema is UNSET
            )
            and (type(preview_image) is str or preview_image is None or preview_image is UNSET)
            and (type(preview_video) is str or preview_video is None or preview_video is UNSET)
            and (
                type(credit_cost) is int
                or type(credit_cost) is float
                or credit_cost is None
                or credit_cost is UNSET
            )
            and (type(_categories) is list or _categories is UNSET)
            and (type(_labels) is list or _labels is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    name,
                    description,
                    gen_type,
                    _input_params_schema,
                    preview_image,
                    preview_video,
                    credit_cost,
                    _categories,
                    _labels,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.name = name
        _model.description = description
        _model.gen_type = gen_type

        def _parse_input_params_schema(
            data: object,
        ) -> InspirationInputParamsSchemaType0 | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_params_schema_type_0 = InspirationInputParamsSchemaType0.from_dict(data)

                return input_params_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        input_params_schema = _parse_input_params_schema(_input_params_schema)

        _model.input_params_schema = input_params_schema
        _model.preview_image = preview_image
        _model.preview_video = preview_video
        _model.credit_cost = credit_cost
        categories = cast(list[Any], _categories)

        _model.categories = categories
        labels = cast(list[Any], _labels)

        _model.labels = labels
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
