"""`voices.find_accent`: the accent id users pass, found by voice and accent name."""

from __future__ import annotations

from typing import Any

import pytest
from creatify import InvalidInputError

from tests.overlay.helpers import Script, async_client, json_response, sync_client

VOICES: list[dict[str, Any]] = [
    {
        "name": "Aria",
        "gender": "female",
        "accents": [
            {"id": "aria-us", "accent_name": "American"},
            {"id": "aria-uk", "accent_name": "British English"},
            {"id": "aria-au", "accent_name": "Australian"},
        ],
    },
    {"name": "Ryan", "gender": "male", "accents": [{"id": "ryan-us", "accent_name": "American"}]},
    {"name": "Ariadne", "gender": None, "accents": []},
]


def find(voice: str, accent: str | None = None) -> str:
    return sync_client(Script([json_response(200, VOICES)])).voices.find_accent(voice, accent).id


@pytest.mark.parametrize(
    ("voice", "accent", "expected"),
    [
        ("Aria", "American", "aria-us"),
        ("aria", "AMERICAN", "aria-us"),  # case is ignored
        ("Aria", "British", "aria-uk"),  # the start of one accent name
        ("Ryan", None, "ryan-us"),  # the only accent
    ],
)
def test_finds_the_accent(voice: str, accent: str | None, expected: str) -> None:
    assert find(voice, accent) == expected


@pytest.mark.parametrize(
    ("voice", "accent", "field", "message"),
    [
        ("Arya", None, "voice", "close names: Aria"),
        ("Zed", None, "voice", "3 voices exist"),
        ("Aria", None, "accent", "American, British English, Australian"),
        ("Aria", "Irish", "accent", "no accents named 'Irish'"),
        ("Aria", "A", "accent", "several accents named 'A'"),
    ],
)
def test_a_miss_names_what_exists(voice: str, accent: str | None, field: str, message: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        find(voice, accent)
    assert info.value.field == field
    assert message in str(info.value)


async def test_async_finds_the_same_accent() -> None:
    async with async_client(Script([json_response(200, VOICES)])) as client:
        accent = await client.voices.find_accent("Aria", "Australian")
    assert accent.id == "aria-au"
