from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_types, lazy_additional_properties, new_instance

if TYPE_CHECKING:
    from ..models.text_to_speech import TextToSpeech


T = TypeVar("T", bound="PaginatedTextToSpeechList")


_NAMES = (
    "count",
    "results",
    "next",
    "previous",
)
_TYPES = (
    frozenset({int, float}),
    frozenset({list}),
    frozenset({str, type(None), Unset}),
    frozenset({str, type(None), Unset}),
)
_FIELDS = frozenset(_NAMES)
_KNOWN = itemgetter(*_NAMES)


@lazy_additional_properties
@_attrs_define
class PaginatedTextToSpeechList:
    """One page of text-to-speech tasks (the page shape of `PaginatedPersonaList`).

    Attributes:
        count (int):
        results (list[TextToSpeech]):
        next_ (None | str | Unset):
        previous (None | str | Unset):
    """

    count: int
    results: list[TextToSpeech]
    next_: str | Unset | None = UNSET
    previous: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        next_: str | Unset | None
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: str | Unset | None
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "results": results,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_to_speech import TextToSpeech

        try:  # every known key is there
            (
                count,
                _results,
                next_,
                previous,
            ) = _KNOWN(src_dict)
            _has_unknown_keys = len(src_dict) != 4
        except KeyError:
            _get = src_dict.get
            count = src_dict["count"]
            _results = src_dict["results"]
            next_ = _get("next", UNSET)
            previous = _get("previous", UNSET)
            _has_unknown_keys = not (src_dict.keys() <= _FIELDS)

        if not (
            (type(count) is int or type(count) is float)
            and type(_results) is list
            and (type(next_) is str or next_ is None or next_ is UNSET)
            and (type(previous) is str or previous is None or previous is UNSET)
        ):
            check_types(
                cls,
                _NAMES,
                _TYPES,
                (
                    count,
                    _results,
                    next_,
                    previous,
                ),
            )
        _model = new_instance(cls)  # fields set one by one: faster than cls(**all)
        _model.count = count
        _results = _results
        results = list(map(TextToSpeech.from_dict, _results))

        _model.results = results
        _model.next_ = next_
        _model.previous = previous
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
