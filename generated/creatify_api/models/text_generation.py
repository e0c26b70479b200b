from __future__ import annotations

import datetime
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
    parse_datetime,
    parse_uuid,
)

if TYPE_CHECKING:
    from ..models.text_generation_config_type_0 import TextGenerationConfigType0


T = TypeVar("T", bound="TextGeneration")


_NAMES = (
    "id",
    "status",
    "model_name",
    "messages",
    "config",
    "system_instruction",
    "response_text",
    "failed_reason",
    "credits_used",
    "created_at",
    "updated_at",
)
_TYPES = (
    frozenset({str}),
    frozenset({str}),
    frozenset({str, type(None), Unset}),
    frozenset({list, type(None), Unset}),
    frozenset({dict, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
    frozenset({int, float, type(None), Unset}),
    frozenset({str, Unset}),
    frozenset({str, Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class TextGeneration:
    """A text generation job.

    Attributes:
        id (UUID):
        status (str): pending, running, done or failed (a plain string).
        model_name (None | str | Unset):
        messages (list[Any] | None | Unset):
        config (None | TextGenerationConfigType0 | Unset):
        system_instruction (None | str | Unset):
        response_text (None | str | Unset):
        failed_reason (None | str | Unset):
        credits_used (float | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    status: str
    model_name: str | Unset | None = UNSET
    messages: list[Any] | Unset | None = UNSET
    config: TextGenerationConfigType0 | Unset | None = UNSET
    system_instruction: str | Unset | None = UNSET
    response_text: str | Unset | None = UNSET
    failed_reason: str | Unset | None = UNSET
    credits_used: float | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.text_generation_config_type_0 import TextGenerationConfigType0

        id = str(self.id)

        status = self.status

        model_name: str | Unset | None
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        messages: list[Any] | Unset | None
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = self.messages

        else:
            messages = self.messages

        config: dict[str, Any] | Unset | None
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, TextGenerationConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        system_instruction: str | Unset | None
        if isinstance(self.system_instruction, Unset):
            system_instruction = UNSET
        else:
            system_instruction = self.system_instruction

        response_text: str | Unset | None
        if isinstance(self.response_text, Unset):
            response_text = UNSET
        else:
            response_text = self.response_text

        failed_reason: str | Unset | None
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        credits_used: float | Unset | None
        if isinstance(self.credits_used, Unset):
            credits_used = UNSET
        else:
            credits_used = self.credits_used

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if messages is not UNSET:
            field_dict["messages"] = messages
        if config is not UNSET:
            field_dict["config"] = config
        if system_instruction is not UNSET:
            field_dict["system_instruction"] = system_instruction
        if response_text is not UNSET:
            field_dict["response_text"] = response_text
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_generation_config_type_0 import TextGenerationConfigType0

        try:  # every known key is there
            (
                _id,
                status,
                model_name,
                _messages,
                _config,
                system_instruction,
                response_text,
                failed_reason,
                credits_used,
                _created_at,
                _updated_at,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 11
        except KeyError:
            _get = src_dict.get
            _id = src_dict["id"]
            status = src_dict["status"]
            model_name = _get("model_name", UNSET)
            _messages = _get("messages", UNSET)
            _config = _get("config", UNSET)
            system_instruction = _get("system_instruction", UNSET)
            response_text = _get("response_text", UNSET)
            failed_reason = _get("failed_reason", UNSET)
            credits_used = _get("credits_used", UNSET)
            _created_at = _get("created_at", UNSET)
            _updated_at = _get("updated_at", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(_id) is str
            and type(status) is str
            and (type(model_name) is str or model_name is None or model_name is UNSET)
            and (type(_messages) is list or _messages is None or _messages is UNSET)
            and (type(_config) is dict or _config is None or _config is UNSET)
            and (
                type(system_instruction) is str
                or system_instruction is None
                or system_instruction is UNSET
            )
            and (type(response_text) is str or response_text is None or response_text is UNSET)
            and (type(failed_reason) is str or failed_reason is None or failed_reason is UNSET)
            and (
                type(credits_used) is int
                or type(credits_used) is float
                or credits_used is None
                or credits_used is UNSET
            )
            and (type(_created_at) is str or _created_at is UNSET)
            and (type(_updated_at) is str or _updated_at is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    _id,
                    status,
                    model_name,
                    _messages,
                    _config,
                    system_instruction,
                    response_text,
                    failed_reason,
                    credits_used,
                    _created_at,
                    _updated_at,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        id = parse_uuid(_id)

        _model.id = id
        _model.status = status
        _model.model_name = model_name

        def _parse_messages(data: object) -> list[Any] | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = cast(list[Any], data)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        messages = _parse_messages(_messages)

        _model.messages = messages

        def _parse_config(data: object) -> TextGenerationConfigType0 | Unset | None:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = TextGenerationConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        config = _parse_config(_config)

        _model.config = config
        _model.system_instruction = system_instruction
        _model.response_text = response_text
        _model.failed_reason = failed_reason
        _model.credits_used = credits_used
        _created_at = _created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _model.created_at = created_at
        _updated_at = _updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        _model.updated_at = updated_at
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
