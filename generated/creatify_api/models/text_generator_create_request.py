from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.text_generator_config import TextGeneratorConfig
    from ..models.text_generator_message import TextGeneratorMessage


T = TypeVar("T", bound="TextGeneratorCreateRequest")


_NAMES = (
    "model_name",
    "messages",
    "system_instruction",
    "config",
    "webhook_url",
)
_TYPES = (
    frozenset({str}),
    frozenset({list}),
    frozenset({str, Unset}),
    frozenset({dict, Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class TextGeneratorCreateRequest:
    """A text generation request.

    Attributes:
        model_name (str): A Gemini model, e.g. `gemini-2.5-flash`.
        messages (list[TextGeneratorMessage]):
        system_instruction (str | Unset): Instructions the model follows for the whole conversation. Default: ''.
        config (TextGeneratorConfig | Unset): Generation settings (all optional).
        webhook_url (None | str | Unset):
    """

    model_name: str
    messages: list[TextGeneratorMessage]
    system_instruction: str | Unset = ""
    config: TextGeneratorConfig | Unset = UNSET
    webhook_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        system_instruction = self.system_instruction

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

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
                "messages": messages,
            }
        )
        if system_instruction is not UNSET:
            field_dict["system_instruction"] = system_instruction
        if config is not UNSET:
            field_dict["config"] = config
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_generator_config import TextGeneratorConfig
        from ..models.text_generator_message import TextGeneratorMessage

        try:  # every known key is there
            (
                model_name,
                _messages,
                system_instruction,
                _config,
                webhook_url,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 5
        except KeyError:
            _get = src_dict.get
            model_name = src_dict["model_name"]
            _messages = src_dict["messages"]
            system_instruction = _get("system_instruction", UNSET)
            _config = _get("config", UNSET)
            webhook_url = _get("webhook_url", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            type(model_name) is str
            and type(_messages) is list
            and (type(system_instruction) is str or system_instruction is UNSET)
            and (type(_config) is dict or _config is UNSET)
            and (type(webhook_url) is str or webhook_url is None or webhook_url is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    model_name,
                    _messages,
                    system_instruction,
                    _config,
                    webhook_url,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.model_name = model_name
        _messages = _messages
        messages = list(map(TextGeneratorMessage.from_dict, _messages))

        _model.messages = messages
        _model.system_instruction = system_instruction
        _config = _config
        config: TextGeneratorConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = TextGeneratorConfig.from_dict(_config)

        _model.config = config
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
