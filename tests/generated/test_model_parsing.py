"""The fast paths of the generated models' `from_dict` give what the plain ones give.

`from_dict` reads every known key with one `itemgetter` call when all are there and
counts the keys to find unknown ones; otherwise it reads them one by one and compares
the key set (openapi/templates/model.py.jinja). UUIDs are read by `parse_uuid`, which
skips `UUID()`'s string passes for the service's form. Each test here compares a fast
path with the plain way on inputs that take both paths.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import sys
import types
from typing import Any
from uuid import UUID, SafeUUID

import attrs
import pytest
from creatify_api.models import JobWebhookPayload, Lipsync, Persona
from creatify_api.models.persona import _FIELDS
from creatify_api.types import UNSET, parse_datetime, parse_uuid
from dateutil.parser import isoparse
from hypothesis import given
from hypothesis import strategies as st

CANONICAL = "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60"


def outcome(parse: Any, value: Any) -> tuple[str, Any]:
    """What a parser gives: the UUID (as its int and safety) or the error (type, text)."""
    try:
        parsed = parse(value)
    except Exception as error:
        return "error", (type(error), str(error))
    assert type(parsed) is UUID
    return "uuid", (parsed.int, parsed.is_safe, str(parsed), hash(parsed))


@pytest.mark.parametrize(
    "value",
    [
        CANONICAL,
        CANONICAL.upper(),
        CANONICAL.replace("-", ""),
        "{" + CANONICAL + "}",
        "urn:uuid:" + CANONICAL,
        "uuid:" + CANONICAL,
        " " + CANONICAL[1:],  # int() takes leading space, and so does UUID()
        "+" + CANONICAL[1:],
        "0x" + CANONICAL[2:],
        "1_2" + CANONICAL[3:],
        "-" * 4 + "0" * 32,
        "\u0661" * 32,  # Arabic-Indic digits: int() reads them, UUID() too
        CANONICAL[:-1],
        CANONICAL + "0",
        CANONICAL[:-1] + "g",
        "-" + CANONICAL[1:],
        "",
        "not a uuid",
        None,
        42,
        CANONICAL.encode(),
    ],
)
def test_parse_uuid_gives_what_uuid_gives(value: Any) -> None:
    """Same UUID (value, safety, text, hash) or the same error, on every form."""
    assert outcome(parse_uuid, value) == outcome(UUID, value)


@given(st.uuids())
def test_parse_uuid_reads_every_canonical_uuid(value: UUID) -> None:
    parsed = parse_uuid(str(value))
    assert parsed == value
    assert parsed.is_safe is SafeUUID.unknown


@given(st.text(alphabet="0123456789abcdefABCDEF-{}:urnid _+x\u0661", max_size=45))
def test_parse_uuid_matches_uuid_on_near_misses(value: str) -> None:
    assert outcome(parse_uuid, value) == outcome(UUID, value)


@pytest.mark.parametrize(
    "stamp",
    ["2024-01-10T08:00:00Z", "2025-05-21T11:04:11.533648-07:00", "2024-01-10T08:00:00+00:00"],
)
def test_parse_datetime_reads_z_and_offsets(stamp: str) -> None:
    parsed = parse_datetime(stamp)
    assert parsed == isoparse(stamp)
    assert parsed.utcoffset() is not None


def persona(**changes: Any) -> dict[str, Any]:
    """A persona with every known key (the fast path), then `changes` (None deletes)."""
    body: dict[str, Any] = {name: None for name in _FIELDS}
    body |= {
        "id": CANONICAL,
        "created_at": "2024-01-10T08:00:00Z",
        "updated_at": "2024-01-11T09:30:00.5+02:00",
        "gender": "f",
        "is_active": True,
        "process_status": "done",
        "type": "stock",
    }
    for key, value in changes.items():
        if value is None:
            del body[key]
        else:
            body[key] = value
    return body


def fields(parsed: Persona) -> dict[str, Any]:
    return {field.name: getattr(parsed, field.name) for field in attrs.fields(Persona)}


EXPECTED = {
    "id": UUID(CANONICAL),
    "created_at": dt.datetime(2024, 1, 10, 8, tzinfo=dt.timezone.utc),
    "updated_at": isoparse("2024-01-11T09:30:00.5+02:00"),
    "gender": "f",
    "is_active": True,
    "process_status": "done",
    "type_": "stock",
    "keywords": None,
}


@pytest.mark.parametrize(
    ("changes", "unset", "unknown"),
    [
        # Every known key: the one-call path, no unknown key.
        ({}, set(), {}),
        # Every known key and one more: the count says so.
        ({"extra": 1}, set(), {"extra": 1}),
        # A key missing: read one by one.
        ({"gender": None}, {"gender"}, {}),
        # As many keys as known, one of them unknown: the count alone would miss it.
        ({"gender": None, "extra": 1}, {"gender"}, {"extra": 1}),
        (
            {"created_at": None, "keywords": None, "a": 1, "b": [2]},
            {"created_at", "keywords"},
            {"a": 1, "b": [2]},
        ),
    ],
)
@pytest.mark.parametrize("mapping", [dict, types.MappingProxyType])
def test_persona_from_dict_takes_both_paths_alike(
    changes: dict[str, Any], unset: set[str], unknown: dict[str, Any], mapping: Any
) -> None:
    parsed = Persona.from_dict(mapping(persona(**changes)))
    got = fields(parsed)
    for name, value in EXPECTED.items():
        assert got[name] == (UNSET if name in unset else value), name
    assert parsed.additional_properties == unknown
    assert Persona.from_dict(parsed.to_dict()) == parsed


@pytest.mark.parametrize("extra", [{}, {"extra": 1}])
def test_a_missing_required_key_still_raises_key_error(extra: dict[str, Any]) -> None:
    with pytest.raises(KeyError, match="'id'"):
        Persona.from_dict(persona(id=None, **extra))


def test_additional_properties_are_not_shared_between_instances() -> None:
    first, second = Persona.from_dict(persona()), Persona.from_dict(persona())
    first["note"] = "mine"
    assert "note" not in second


def test_additional_properties_made_on_first_read_behave_as_a_dict_set_at_parse() -> None:
    """With no unknown keys from_dict leaves the slot empty (types.lazy_additional_properties);
    the first read makes the one dict that later reads, writes, copies and pickles see."""
    parsed = Persona.from_dict(persona())
    slot = vars(Persona)["additional_properties"]._slot  # the attrs slot, under the descriptor
    with pytest.raises(AttributeError):
        slot.__get__(parsed)  # left empty by from_dict
    assert parsed == Persona.from_dict(persona()) and "additional_properties={}" in repr(parsed)
    extra = parsed.additional_properties
    assert extra == {} and parsed.additional_properties is extra
    parsed["note"] = "mine"
    assert extra == {"note": "mine"} and parsed.to_dict()["note"] == "mine"
    pickled = pickle.loads(pickle.dumps(parsed))  # noqa: S301 - our own bytes
    for copied in (pickled, copy.copy(parsed), copy.deepcopy(parsed)):
        assert copied == parsed and copied["note"] == "mine"
    made = Persona(id=UUID(CANONICAL))
    assert made.additional_properties == {}
    made.additional_properties = {"a": 1}
    assert made["a"] == 1
    del made.additional_properties
    assert made.additional_properties == {}


def test_a_nested_union_and_a_model_field_parse_on_both_paths() -> None:
    """Lipsync has unions with converted members; the webhook keeps unknown keys."""
    full = Lipsync.from_dict({"id": CANONICAL, "status": "done", "progress": "0.5"})
    assert full.progress == "0.5"
    payload = {"id": "x", "status": "done", "output": None}
    assert JobWebhookPayload.from_dict(payload).additional_properties == {}
    assert JobWebhookPayload.from_dict({**payload, "more": 1}).additional_properties == {"more": 1}


JSON_SAMPLES = ["text", 5, 2.5, True, None, [1], {"a": 1}]


def refusal(model: Any, body: dict[str, Any]) -> str | None:
    """The type check's refusal of this model's own field, or None when there is none."""
    try:
        model.from_dict(body)
    except TypeError as error:
        if str(error).startswith(f"{model.__name__}."):
            return str(error)
    except Exception:  # noqa: S110 - an allowed type whose value does not convert
        pass
    return None


@pytest.mark.parametrize(
    ("model", "base", "drop"),
    [
        (Persona, persona(), None),  # every key: the one-call path
        (Persona, persona(), "keywords"),  # a key missing: one by one
        (Lipsync, {"id": CANONICAL, "status": "done"}, None),  # unions, a nested model
    ],
    ids=["persona-all-keys", "persona-one-by-one", "lipsync"],
)
def test_the_inline_type_test_refuses_exactly_what_types_refuses(
    model: Any, base: dict[str, Any], drop: str | None
) -> None:
    """from_dict's inline test of each value's type (model.py.jinja, type_test) and the
    `_TYPES` that check_types names the field from agree on every JSON type."""
    module = sys.modules[model.__module__]
    for name, allowed in zip(module._NAMES, module._TYPES, strict=True):
        for value in JSON_SAMPLES:
            body = {key: item for key, item in base.items() if key != drop} | {name: value}
            error = refusal(model, body)
            if type(value) in allowed:
                assert error is None, (name, value)
            else:
                assert error is not None, (name, value)
                assert error.startswith(f"{model.__name__}.{name} must be"), error
