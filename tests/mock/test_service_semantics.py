"""What a client written by someone else meets: the mock answers as the service (DRF) would.

Each test uses an account of its own (a fresh `X-API-ID`), as a new user would.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from creatify.testing._resources import AREAS, OWN_ONLY

from tests.mock.helpers import CREATOR, assert_valid, client, until
from tests.spec import load_spec

NOT_FOUND = {"detail": "Not found."}
UNKNOWN = "0b0b0b0b-0000-4000-8000-000000000000"
JOB_LISTS = sorted(  # and "your own custom avatars" (Y2-5)
    path
    for area in AREAS
    for path in area.lists
    if (not area.catalogue or path == OWN_ONLY) and "get" in load_spec()["paths"].get(path, {})
)
CATALOGUES = ["/api/personas/", "/api/voices/", "/api/musics/"]


@pytest.fixture
def api(mock_base_url: str) -> Iterator[httpx.Client]:
    fresh = {"X-API-ID": f"fresh-{uuid.uuid4()}", "X-API-KEY": "fresh-key"}
    with client(mock_base_url, fresh) as c:
        yield c


def wait_for(api: httpx.Client, path: str, status: str) -> dict:
    return until(lambda: (j := api.get(path).json()).get("status") == status and j)


@pytest.mark.parametrize("retrieve", sorted({area.retrieve for area in AREAS}))
def test_an_id_the_account_never_created_is_not_found(api: httpx.Client, retrieve: str) -> None:
    answer = api.get(f"{retrieve}{UNKNOWN}/")
    assert (answer.status_code, answer.json()) == (404, NOT_FOUND)


def test_actions_on_an_unknown_id_are_not_found(api: httpx.Client) -> None:
    for path in (f"/api/lipsyncs/{UNKNOWN}/render/", f"/api/dyoa/{UNKNOWN}/submit_for_review/"):
        answer = api.post(path, json={"chosen_photo_id": UNKNOWN})
        assert (answer.status_code, answer.json()) == (404, NOT_FOUND), path
    answer = api.put(f"/api/links/{UNKNOWN}/", json={"title": "x"})
    assert (answer.status_code, answer.json()) == (404, NOT_FOUND)


def test_the_example_is_still_there_when_asked_for(api: httpx.Client) -> None:
    answer = api.get(f"/api/lipsyncs/{UNKNOWN}/", headers={"Prefer": "example=running"})
    assert answer.status_code == 200 and answer.json()["status"] == "running"


def test_a_stock_avatar_reads_back(api: httpx.Client) -> None:
    stock = api.get("/api/personas/").json()[0]
    answer = api.get(f"/api/personas/{stock['id']}/")
    assert answer.status_code == 200 and answer.json()["id"] == stock["id"]


@pytest.mark.parametrize("path", JOB_LISTS)
def test_a_fresh_account_has_empty_job_lists(api: httpx.Client, path: str) -> None:
    answer = api.get(path)
    assert answer.status_code == 200
    found = answer.json()
    if isinstance(found, dict):  # a page (`/paginated/`): DRF's empty first page
        assert (found["count"], found["next"], found["previous"]) == (0, None, None), path
        found = found["results"]
    assert found == [], path


@pytest.mark.parametrize("path", CATALOGUES)
def test_catalogues_stay_populated_without_a_repeated_id(api: httpx.Client, path: str) -> None:
    items = api.get(path).json()
    assert items, path
    ids = [item["id"] for item in items if "id" in item]
    assert len(ids) == len(set(ids))


def test_an_account_sees_its_own_jobs_each_once(api: httpx.Client, mock_base_url: str) -> None:
    made = [
        api.post("/api/lipsyncs/", json={"text": f"t{n}", "creator": CREATOR}).json()["id"]
        for n in range(3)
    ]
    listed = [item["id"] for item in api.get("/api/lipsyncs/").json()]
    assert listed == made[::-1], "newest first, each once"
    with client(mock_base_url, {"X-API-ID": "someone-else", "X-API-KEY": "k"}) as other:
        assert not set(made) & {item["id"] for item in other.get("/api/lipsyncs/").json()}


def test_links_create_with_params_read_update_list(api: httpx.Client) -> None:
    sent = {
        "title": "Mineral cream",
        "description": "Plain.",
        "image_urls": [
            "https://example.com/1.jpg",
            "https://example.com/2.jpg",
            "https://example.com/3.jpg",
        ],
    }
    created = api.post("/api/links/link_with_params/", json=sent)
    assert created.status_code in (200, 201), created.text
    link = created.json()
    assert_valid(link, "Link")
    assert {k: link["link"][k] for k in sent} == sent
    assert link["url"] is None, "no page was scraped"
    changed = api.put(f"/api/links/{link['id']}/", json={"title": "Mineral cream 2"})
    assert changed.status_code == 200 and changed.json()["link"]["title"] == "Mineral cream 2"
    again = api.get(f"/api/links/{link['id']}/").json()
    assert again["link"]["title"] == "Mineral cream 2"
    assert again["link"]["image_urls"] == sent["image_urls"]
    assert [item["id"] for item in api.get("/api/links/").json()] == [link["id"]]


def test_a_link_from_a_url_keeps_it(api: httpx.Client) -> None:
    link = api.post("/api/links/", json={"url": "https://shop.example/p/1"}).json()
    assert link["url"] == "https://shop.example/p/1"
    assert api.get(f"/api/links/{link['id']}/").json()["url"] == "https://shop.example/p/1"


@pytest.mark.parametrize(
    "how",
    [
        {"json": {}},
        {"content": b""},
        {"content": b"", "headers": {"Content-Type": "application/json"}},
        {},
    ],
    ids=["empty-json-object", "no-body", "empty-body-json-type", "nothing"],
)
def test_render_takes_an_empty_object_or_no_body(api: httpx.Client, how: dict) -> None:
    preview = api.post("/api/lipsyncs/preview/", json={"text": "p", "creator": CREATOR}).json()
    assert preview["status"] == "pending"
    headers = {"X-Mock-Job-Seconds": "0.2", **how.pop("headers", {})}
    rendered = api.post(f"/api/lipsyncs/{preview['id']}/render/", headers=headers, **how)
    assert rendered.status_code in (200, 201), rendered.text
    assert "No supported content types" not in rendered.text
    done = wait_for(api, f"/api/lipsyncs/{preview['id']}/", "done")
    assert done["text"] == "p" and done["output"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/lipsyncs/paginated/",
        "/api/lipsyncs/not-a-uuid/",
        "/api/lipsyncs/abc%25/",
        "/api/lipsyncs/0b0b0b0b00004000800000000000000/",
        "/api/no_such_thing/",
    ],
)
def test_a_path_that_is_not_a_url_of_the_service_is_a_404(api: httpx.Client, path: str) -> None:
    answer = api.get(path)
    assert (answer.status_code, answer.json()) == (404, NOT_FOUND)


def test_a_wrong_method_is_a_405_with_allow(api: httpx.Client) -> None:
    answer = api.delete("/api/lipsyncs/")
    assert answer.status_code == 405
    assert answer.json() == {"detail": 'Method "DELETE" not allowed.'}
    assert set(answer.headers["allow"].split(", ")) == {"GET", "HEAD", "POST", "OPTIONS"}
    assert (
        api.patch(f"/api/links/{UNKNOWN}/", json={}).headers["allow"] == "GET, PUT, HEAD, OPTIONS"
    )


def test_pages_follow_drf_and_iter_all_ends(api: httpx.Client, mock_base_url: str) -> None:
    for n in range(3):
        body = {"creator_name": f"P{n}", "gender": "f", "lipsync_input": "https://e.com/a.mp4"}
        assert api.post("/api/personas/", json=body).status_code == 201
    total = len(api.get("/api/personas/").json())
    assert total >= 4, "three of mine and the stock catalogue"
    seen: list[str] = []
    url: str | None = "/api/personas/paginated/?page_size=2"
    pages = 0
    while url:
        page = api.get(url).json()
        assert_valid(page, "PaginatedPersonaList")
        assert page["count"] == total
        seen += [p["id"] for p in page["results"]]
        url, pages = page["next"], pages + 1
    assert pages == -(-total // 2) and len(seen) == len(set(seen)) == total
    last = api.get("/api/personas/paginated/", params={"page": pages, "page_size": 2}).json()
    assert last["next"] is None and last["previous"]
    past = api.get("/api/personas/paginated/", params={"page": pages + 1, "page_size": 2})
    assert (past.status_code, past.json()) == (404, {"detail": "Invalid page."})

    from creatify import Creatify

    with Creatify(str(api.headers["x-api-id"]), "fresh-key", mock_base_url) as sdk:
        everyone = [str(p.id) for p in sdk.avatars.iter_all(page_size=2)]
    assert everyone == seen


def test_dyoa_photos_then_draft_then_review(api: httpx.Client) -> None:
    body = {"name": "Designed", "age_group": "young_adult", "gender": "f"}
    created = api.post("/api/dyoa/", json=body, headers={"X-Mock-Job-Seconds": "0.3"}).json()
    assert created["status"] == "initializing" and created["photos"] == []
    draft = wait_for(api, f"/api/dyoa/{created['id']}/", "draft")
    assert_valid(draft, "Dyoa")
    assert len(draft["photos"]) == 2 and draft["reviews"] == []
    assert httpx.get(draft["photos"][0]["image"]).content[:3] == b"\xff\xd8\xff"
    wrong = api.post(
        f"/api/dyoa/{created['id']}/submit_for_review/", json={"chosen_photo_id": UNKNOWN}
    )
    assert wrong.status_code == 400 and "chosen_photo_id" in wrong.json()
    chosen = draft["photos"][0]["id"]
    submitted = api.post(
        f"/api/dyoa/{created['id']}/submit_for_review/",
        json={"chosen_photo_id": chosen},
        headers={"X-Mock-Job-Seconds": "0.3"},
    )
    assert submitted.status_code == 200 and submitted.json()["status"] == "pending"
    again = api.post(
        f"/api/dyoa/{created['id']}/submit_for_review/", json={"chosen_photo_id": chosen}
    )
    assert again.status_code == 400, "only a draft takes a photo"
    done = wait_for(api, f"/api/dyoa/{created['id']}/", "done")
    assert_valid(done, "Dyoa")
    (review,) = done["reviews"]
    assert review["photo"]["id"] == chosen and review["creator"]["id"]


def test_dyoa_review_can_end_rejected(api: httpx.Client) -> None:
    body = {"name": "Designed [mock:rejected]", "age_group": "child", "gender": "m"}
    created = api.post("/api/dyoa/", json=body, headers={"X-Mock-Job-Seconds": "0"}).json()
    photo = api.get(f"/api/dyoa/{created['id']}/").json()["photos"][1]["id"]
    api.post(
        f"/api/dyoa/{created['id']}/submit_for_review/",
        json={"chosen_photo_id": photo},
        headers={"X-Mock-Job-Seconds": "0"},
    )
    ended = api.get(f"/api/dyoa/{created['id']}/").json()
    assert ended["status"] == "rejected" and ended["reviews"][0]["status"] == "rejected"


def test_a_delete_answers_204_with_no_body_and_the_record_is_gone(api: httpx.Client) -> None:
    body = {"name": "A", "age_group": "young_adult", "gender": "f"}
    created = api.post("/api/dyoa/", json=body).json()
    deleted = api.delete(f"/api/dyoa/{created['id']}/")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert api.get(f"/api/dyoa/{created['id']}/").status_code == 404
    assert api.delete(f"/api/dyoa/{created['id']}/").json() == NOT_FOUND
    assert api.get("/api/dyoa/").json() == []
