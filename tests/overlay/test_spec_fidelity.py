"""What the vendor's pages document, the SDK sends and reads (openapi/README.md, points
19 to 24): each test fails when the spec or the SDK's checks narrow it again.

Calls that can go to the mock do (Prism checks each request against the spec); the
scripted loopback server (tests/faults/server.py) shows the exact query sent, and a
create answer the spec's examples do not show.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import creatify
import pytest
from creatify import Creatify, InvalidInputError
from creatify._requests import checked_body
from creatify_api.models import Location
from creatify_api.types import UNSET

from tests.faults.server import Fault, serving
from tests.overlay.helpers import API_KEY, CREATOR_ID
from tests.overlay.products_helpers import Both, Offline

PERSONA = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
VIDEO = "https://example.com/james.mp4"
DRIVE = "https://drive.google.com/file/d/1AbCdEf/view"


def test_list_mine_reads_suitable_industries_as_the_page_documents_it(both: Both) -> None:
    """S4-1: the page's example has a string; the live API an array (the mock's `mine`)."""
    (documented,) = both("avatars.list_mine", headers={"Prefer": "example=docs"})
    assert documented.suitable_industries == "<string>"
    parsed = creatify.PersonaV2.from_dict({"id": PERSONA, "suitable_industries": ["beauty"]})
    assert parsed.suitable_industries == ["beauty"]


@pytest.mark.parametrize(
    ("filters", "sent"),
    [
        ({"gender": "m,f"}, {"gender": ["m,f"]}),
        (
            {"age_range": "adult,senior", "style": "selfie"},
            {"age_range": ["adult,senior"], "style": ["selfie"]},
        ),
        ({"location": ["indoor", Location.OUTDOOR]}, {"location": ["indoor,outdoor"]}),
    ],
)
@pytest.mark.parametrize("call", ["list", "list_mine"])
def test_a_filter_takes_several_values_comma_separated(
    call: str, filters: dict[str, object], sent: dict[str, list[str]]
) -> None:
    """S4-2, S4-3: "Filter by one or more genders (comma-separated)", on both lists."""
    with serving(Fault(body=b"[]")) as server, Creatify("id", API_KEY, server.url) as client:
        assert getattr(client.avatars, call)(**filters) == []
    assert parse_qs(urlsplit(server.received[0].path).query) == sent


@pytest.mark.parametrize("value", ["m,x", "m,", "", "m, f", [], ["m", "x"]])
def test_a_bad_part_of_a_filter_is_refused_naming_the_field_and_the_values(
    offline: Offline, value: object
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        offline("avatars.list_page", 1, 10, gender=value)
    assert refused.value.field == "gender"
    assert "of m, f, nb" in str(refused.value)


@pytest.mark.parametrize("gender", ["m,f", ["m", "f"]])
def test_both_mocks_take_several_filter_values(both: Both, gender: object) -> None:
    """Both mocks answer `gender=m,f` with the avatars of either, as the service does."""
    found = {p.gender for p in both("avatars.list", gender=gender)}
    assert found == {"m", "f"}


def test_list_mine_filters_go_to_the_mock(both: Both) -> None:
    """S4-3: the spec's `personas_v2_list` takes the filters (Prism checks them)."""
    mine = both("avatars.list_mine", gender="m", style="presenter")
    assert all(p.gender == "m" for p in mine)


def test_create_from_urls_reads_an_answer_with_only_an_id() -> None:
    """S4-10: `POST /api/personas/` documents no answer; only `id` is required of it."""
    answer = Fault(status=201, body=json.dumps({"id": PERSONA}).encode())
    with serving(answer) as server, Creatify("id", API_KEY, server.url) as client:
        made = client.avatars.create_from_urls(lipsync_input=VIDEO, creator_name="J", gender="m")
    assert str(made.id) == PERSONA
    assert made.gender is UNSET


@pytest.mark.parametrize("endpoint", ["personas", "personas_v2"])
def test_a_url_avatar_takes_a_google_drive_video_alone(both: Both, endpoint: str) -> None:
    """S4-8: PersonaCreateSerializerV2 requires neither `lipsync_input` nor `gdown_url`."""
    made = both(
        "avatars.create_from_urls",
        gdown_url=DRIVE,
        creator_name="J",
        gender="m",
        endpoint=endpoint,
        original_voice_provider="minimax",  # S4-6 (b): writable in the serializer
    )
    assert made.id


def test_a_url_avatar_without_a_training_video_is_refused(offline: Offline) -> None:
    with pytest.raises(InvalidInputError) as refused:
        offline("avatars.create_from_urls", creator_name="J", gender="m")
    assert refused.value.field == "lipsync_input or gdown_url"


@pytest.mark.parametrize("call", ["create", "preview"])
def test_a_v1_caption_position_is_sent(both: Both, call: str) -> None:
    """S4-6 (a): `caption_position` (`center`) of the v1 `Lipsync` request schema."""
    job = both(f"lipsyncs.{call}", creator=CREATOR_ID, text="Hi", caption_position="center")
    assert job.id


@pytest.mark.parametrize("call", ["create", "preview"])
def test_a_v1_text_over_3600_characters_is_refused_before_sending(
    offline: Offline, call: str
) -> None:
    """S4-9: "Maximum length: 3600" (the `Lipsync` request schema)."""
    assert checked_body("LipsyncCreateRequest", {"creator": CREATOR_ID, "text": "a" * 3600})
    with pytest.raises(InvalidInputError, match="at most 3600"):
        offline(f"lipsyncs.{call}", creator=CREATOR_ID, text="a" * 3601)


def test_lipsync_status_knows_rejected() -> None:
    """S4-7: the v1 GET page lists `rejected`; the SDK's wait ends on it."""
    assert creatify.LipsyncStatus("rejected").value == "rejected"
