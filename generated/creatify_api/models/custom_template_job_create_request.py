from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_version import ModelVersion
from ..types import (
    UNSET,
    Unset,
    check_types,
    lazy_additional_properties,
    new_instance,
    parse_uuid,
)

if TYPE_CHECKING:
    from ..models.custom_template_job_create_request_variables import (
        CustomTemplateJobCreateRequestVariables,
    )


T = TypeVar("T", bound="CustomTemplateJobCreateRequest")


_NAMES = (
    "template_id",
    "variables",
    "name",
    "webhook_url",
    "model_version",
    "is_hidden",
)
_TYPES = (
    frozenset({str}),
    frozenset({dict}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({bool, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class CustomTemplateJobCreateRequest:
    """A video from one of your custom templates.

    Attributes:
        template_id (UUID): The template's id.
        variables (CustomTemplateJobCreateRequestVariables): The template's variables (JSON).
        name (None | str | Unset):
        webhook_url (None | str | Unset):
        model_version (ModelVersion | Unset): The lipsync model; `standard` is the default, the `aurora_*` models cost
            more.
        is_hidden (bool | Unset): Hide the job.
    """

    template_id: UUID
    variables: CustomTemplateJobCreateRequestVariables
    name: str | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    model_version: ModelVersion | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = str(self.template_id)

        variables = self.variables.to_dict()

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

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version.value

        is_hidden = self.is_hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "variables": variables,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_template_job_create_request_variables import (
            CustomTemplateJobCreateRequestVariables,
        )

        try:  # every known key is there
            (
                _template_id,
                _variables,
                name,
                webhook_url,
                _model_version,
                is_hidden,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 6
        except KeyError:
            _get = src_dict.get
            _template_id = src_dict["template_id"]
            _variables = src_dict["variables"]
            name = _get("name", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _model_version = _get("model_version", UNSET)
            is_hidden = _get("is_hidden", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_template_id) is str
            and type(_variables) is dict
            and (type(name) is str or name is None or name is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
            and (type(_model_version) is str or _model_version is UNSET)
            and (type(is_hidden) is bool or is_hidden is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _template_id,
                    _variables,
                    name,
                    webhook_url,
                    _model_version,
                    is_hidden,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        template_id = parse_uuid(_template_id)

        _model.template_id = template_id
        variables = CustomTemplateJobCreateRequestVariables.from_dict(_variables)

        _model.variables = variables
        _model.name = name
        _model.webhook_url = webhook_url
        _model_version = _model_version
        model_version: ModelVersion | Unset
        if _model_version is UNSET:
            model_version = UNSET
        else:
            model_version = ModelVersion(_model_version)

        _model.model_version = model_version
        _model.is_hidden = is_hidden
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
