"""What `make mock` (the layer over Prism) and the fake (`FakeCreatify`, which `creatify mock`
serves) answer alike: each test runs on both, each time with an account of its own."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import creatify
import httpx
import pytest
from creatify import Creatify
from creatify._jobs import JOB_KINDS
from creatify.testing import FakeCreatify
from creatify.testing._resources import AREAS

from tests.spec import load_spec, resolve

FAST = {"poll_interval": 0.05, "max_interval": 0.2, "timeout": 60.0}
# The job kinds whose wait has no `rejected` end (the vendor documents none for them).
NEVER_REJECTED = [a for a in AREAS if a.name in JOB_KINDS and not JOB_KINDS[a.name].rejected]
FAILED = {"X-Mock-Outcome": "failed"}


@dataclass
class Mock:
    http: httpx.Client  # requests as any HTTP client sends them
    sdk: Creatify  # the SDK, on the same account
    later: Callable[[float], None]  # let that many seconds pass


@pytest.fixture(params=["fake", "make mock"])
def mock(request: pytest.FixtureRequest) -> Iterator[Mock]:
    account = {"X-API-ID": f"both-{uuid.uuid4()}", "X-API-KEY": "both-key"}
    credentials = {"api_id": account["X-API-ID"], "api_key": account["X-API-KEY"]}
    if request.param == "fake":
        fake = FakeCreatify()
        http = httpx.Client(transport=fake.transport(), base_url=fake.base_url, headers=account)
        with http, fake.client(**credentials) as sdk:
            yield Mock(http, sdk, fake.advance)
        return
    base_url = request.getfixturevalue("mock_base_url")
    with (
        httpx.Client(base_url=base_url, headers=account, timeout=10) as http,
        Creatify(base_url=base_url, max_retries=0, **credentials) as sdk,
    ):
        yield Mock(http, sdk, time.sleep)


def request_example(path: str) -> dict[str, Any]:
    """The spec's first example of the JSON body of `POST path`."""
    body = resolve(load_spec()["paths"][path]["post"]["requestBody"])
    examples = body["content"]["application/json"]["examples"]
    return dict(resolve(next(iter(examples.values())))["value"])


# ---------------------------------------------------------------- outcomes (S5-1)


def test_the_kinds_that_are_never_rejected_are_the_ones_whose_wait_cannot_end_so() -> None:
    names = {area.name for area in NEVER_REJECTED}
    assert names == {
        "asset_generator",
        "inspiration_jobs",
        "text_generator",
        "ai_scripts",
        "product_to_videos",
    }
    assert "rejected" in JOB_KINDS["iab_images"].rejected, "its status is the spec's JobStatus"


@pytest.mark.parametrize("area", NEVER_REJECTED, ids=lambda area: area.name)
def test_a_rejection_of_a_kind_that_is_never_rejected_is_refused(mock: Mock, area: Any) -> None:
    """Its wait has no `rejected` end: a job ending so would run into the time-out."""
    (path,) = area.creates
    body = request_example(path)
    answer = mock.http.post(path, json=body, headers={"X-Mock-Outcome": "rejected"})
    assert answer.status_code == 400, answer.text
    assert list(answer.json()) == ["X-Mock-Outcome"]
    assert "failed" in answer.json()["X-Mock-Outcome"][0]
    if area.name_field != "name":  # product to video has no marker field: the header only
        marked = body.get(area.name_field)
        marker = "x [mock:rejected]"
        body[area.name_field] = {**marked, "note": marker} if isinstance(marked, dict) else marker
        answer = mock.http.post(path, json=body)
        assert answer.status_code == 400, answer.text
        assert list(answer.json()) == [area.name_field]
    asked_to_fail = mock.http.post(path, json=request_example(path), headers=FAILED)
    assert asked_to_fail.is_success, asked_to_fail.text


def test_a_rejection_of_a_later_step_is_refused_too(mock: Mock) -> None:
    made = mock.http.post(
        "/api/product_to_videos/gen_image/",
        json=request_example("/api/product_to_videos/gen_image/"),
    ).json()
    path = f"/api/product_to_videos/{made['id']}/gen_video/"
    body = request_example("/api/product_to_videos/{id}/gen_video/")
    answer = mock.http.post(path, json=body, headers={"X-Mock-Outcome": "rejected"})
    assert answer.status_code == 400 and list(answer.json()) == ["X-Mock-Outcome"]


def test_image_ads_asked_to_be_rejected_end_the_wait(mock: Mock) -> None:
    body = request_example("/api/iab_images/")
    headers = {"X-Mock-Outcome": "rejected", "X-Mock-Failed-Reason": "not an ad"}
    made = mock.http.post("/api/iab_images/", json=body, headers=headers).json()
    with pytest.raises(creatify.IabImagesRejected) as rejected:
        mock.sdk.iab_images.wait(made["id"], **FAST)
    assert rejected.value.failed_reason == "not an ad"


def test_a_rejected_dyoa_request_raises_with_the_reviews_reason(mock: Mock) -> None:
    draft = mock.sdk.dyoa.create_and_wait(name="Mia", age_group="young_adult", gender="f", **FAST)
    headers = {"X-Mock-Outcome": "rejected", "X-Mock-Failed-Reason": "not a real person"}
    path = f"/api/dyoa/{draft.id}/submit_for_review/"
    chosen = {"chosen_photo_id": str(draft.photos[0].id)}
    assert mock.http.post(path, json=chosen, headers=headers).is_success
    with pytest.raises(creatify.DyoaRejected) as rejected:
        mock.sdk.dyoa.wait(draft.id, **FAST)
    assert rejected.value.failed_reason == "not a real person"
    assert "not a real person" in str(rejected.value)


# ---------------------------------------------------------------- lists (S2-10, S2-12)

PERSONA = {
    "lipsync_input": "https://example.com/a.mp4",
    "creator_name": "Jo",
    "gender": "m",
    "video_scene": "office",
}


def test_the_custom_avatar_count_is_the_accounts_own(mock: Mock) -> None:
    assert mock.sdk.avatars.count().current_count == 0
    for path in ("/api/personas_v2/", "/api/personas/", "/api/personas_v2/"):
        body = PERSONA if path == "/api/personas_v2/" else request_example(path)
        made = mock.http.post(path, json=body)
        assert made.is_success, made.text
    counted = mock.sdk.avatars.count()
    assert (counted.max_count, counted.current_count) == (5, 3)
    other = mock.http.get("/api/personas_v2/count/", headers={"X-API-ID": "someone-else"})
    assert other.json() == {"max_count": 5, "current_count": 0}


@pytest.mark.parametrize(
    ("ordering", "scripts"),
    [
        (None, ["b", "a", "c"]),  # newest first
        ("created_at", ["c", "a", "b"]),
        ("-created_at", ["b", "a", "c"]),
        ("script", ["a", "b", "c"]),
        ("-script", ["c", "b", "a"]),
        ("nonsense", ["b", "a", "c"]),  # a field DRF does not know is ignored
        ("-nonsense,script", ["a", "b", "c"]),
        (" -script , created_at", ["c", "b", "a"]),
    ],
)
def test_a_list_sorts_by_its_ordering_as_drf_does(
    mock: Mock, ordering: str | None, scripts: list[str]
) -> None:
    body = request_example("/api/text_to_speech/")
    for script in ("c", "a", "b"):
        assert mock.http.post("/api/text_to_speech/", json={**body, "script": script}).is_success
        mock.later(0.01)
    query = {} if ordering is None else {"ordering": ordering}
    listed = mock.http.get("/api/text_to_speech/", params=query).json()
    assert [job["script"] for job in listed] == scripts
    if ordering is not None and ordering.strip() == ordering:  # the SDK checks its text
        assert [job.script for job in mock.sdk.text_to_speech.list(ordering=ordering)] == scripts


# ---------------------------------------------------------------- query filters (V4-2)


@pytest.mark.parametrize(
    "path", ["/api/personas/", "/api/personas/paginated/", "/api/personas_v2/"]
)
@pytest.mark.parametrize(
    ("query", "errors"),
    [
        ("gender=m,x", {"gender": ['"x" is not a valid choice.']}),  # was "m,x" on make mock
        ("gender=,", {"gender": ['"" is not a valid choice.']}),  # was '","' twice
        ("gender=m,,f", {"gender": ['"" is not a valid choice.']}),
        ("age_range=adult,bogus", {"age_range": ['"bogus" is not a valid choice.']}),
        (
            "gender=x,y&style=selfie,z",
            {"gender": ['"x" is not a valid choice.'], "style": ['"z" is not a valid choice.']},
        ),
    ],
)
def test_a_bad_part_of_a_comma_separated_filter_is_named(
    mock: Mock, path: str, query: str, errors: dict[str, list[str]]
) -> None:
    """Each parameter with a bad part is named, by its first bad part, in the same words on
    both mocks (the fake's check: make mock quoted the whole value, once per bad part)."""
    answer = mock.http.get(f"{path}?{query}")
    assert (answer.status_code, answer.json()) == (400, errors)
