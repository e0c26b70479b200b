"""What users of the real service meet: redirects, 400s that name the field, faults on demand."""

from __future__ import annotations

import http.server
import os
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from creatify.testing import FakeCreatify
from creatify.testing._server import running_fake

from tests.mock.helpers import CREATOR, client, still_answers, until
from tests.spec import load_spec


@pytest.fixture
def api(mock_base_url: str, auth_headers: dict[str, str]) -> httpx.Client:
    with client(mock_base_url, auth_headers) as c:
        yield c


def test_get_without_trailing_slash_redirects_like_django(api: httpx.Client) -> None:
    """The vendor's seed 004 polls `GET /api/lipsyncs/{id}` with no slash."""
    job = api.post("/api/lipsyncs/", json={"text": "slash", "creator": CREATOR}).json()
    answer = api.get(f"/api/lipsyncs/{job['id']}", params={"a": "1"})
    assert answer.status_code == 301
    assert answer.headers["location"] == f"/api/lipsyncs/{job['id']}/?a=1"
    followed = api.get(f"/api/lipsyncs/{job['id']}", follow_redirects=True)
    assert followed.json()["text"] == "slash"


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_any_method_without_trailing_slash_redirects_like_django(
    api: httpx.Client, method: str
) -> None:
    """Django's CommonMiddleware (APPEND_SLASH, DEBUG off) redirects whatever the method:
    it only asks whether the URL with a slash exists."""
    answer = api.request(method, "/api/lipsyncs", json={}, params={"a": "1"})
    assert (answer.status_code, answer.headers["location"]) == (301, "/api/lipsyncs/?a=1")
    missing = api.request(method, "/api/no_such_thing", json={})
    assert (missing.status_code, missing.json()) == (404, {"detail": "Not found."})


def test_head_is_get_without_the_body(api: httpx.Client) -> None:
    """DRF answers HEAD wherever it answers GET (the 405's `Allow` lists it): the same
    status and head, `Content-Length` the GET's, no body. Prism has no HEAD (a 405)."""
    # An account of its own, with one job that reads the same from one call to the next:
    # the shared account's list holds other tests' jobs, whose progress moves between calls.
    api.headers["X-API-ID"] = f"head-{time.monotonic_ns()}"
    slow = {"X-Mock-Job-Seconds": "1000"}
    job = api.post("/api/lipsyncs/", json={"text": "head", "creator": CREATOR}, headers=slow)
    paths = [
        f"/api/lipsyncs/{job.json()['id']}/",
        "/api/lipsyncs/",
        "/api/remaining_credits/",
        "/api/personas/paginated/?page_size=1",
    ]
    for path in paths:
        got, head = api.get(path), api.head(path)
        assert (head.status_code, head.content) == (200, b""), (path, head.status_code)
        assert head.headers["content-type"] == got.headers["content-type"], path
        assert int(head.headers["content-length"]) == len(got.content), path
    assert api.head("/api/lipsyncs/0b0b0b0b-0000-4000-8000-000000000000/").status_code == 404
    refused = api.delete(f"/api/lipsyncs/{job.json()['id']}/")
    assert refused.status_code == 405 and "HEAD" in refused.headers["allow"].split(", ")


def test_a_repeated_query_parameter_is_read_as_its_last_value(api: httpx.Client) -> None:
    """As DRF's `query_params.get` (a QueryDict): Prism took the repeats for an array and
    refused them ("Must be integer"); and DRF's page links sort the parameters by name."""
    fresh = {"X-API-ID": f"repeats-{time.monotonic_ns()}"}
    made = [
        api.post("/api/lipsyncs/", json={"text": str(n), "creator": CREATOR}, headers=fresh)
        for n in range(2)
    ]
    first, second = (job.json()["id"] for job in made)
    listed = api.get("/api/lipsyncs/", params=[("ids", first), ("ids", second)], headers=fresh)
    assert listed.status_code == 200, listed.text
    assert [job["id"] for job in listed.json()] == [second]
    persona = {"creator_name": "P", "gender": "f", "lipsync_input": "https://e.com/a.mp4"}
    assert api.post("/api/personas/", json=persona, headers=fresh).status_code == 201
    pages = "/api/personas/paginated/?page_size=1&page=1&page=2"
    page = api.get(pages, headers=fresh)
    assert page.status_code == 200, page.text
    single = api.get("/api/personas/paginated/", params={"page_size": 1, "page": 2}, headers=fresh)
    assert page.json()["results"] == single.json()["results"]
    base = str(api.base_url).rstrip("/")
    assert page.json()["next"] == f"{base}/api/personas/paginated/?page=3&page_size=1"
    assert page.json()["previous"] == f"{base}/api/personas/paginated/?page_size=1"


@pytest.mark.parametrize(
    ("method", "url", "body", "field", "words"),
    [
        (
            "POST",
            "/api/lipsyncs/",
            {"creator": CREATOR, "aspect_ratio": "4:3"},
            "aspect_ratio",
            '"4:3" is not a valid choice',
        ),
        ("POST", "/api/lipsyncs/", {"text": "no creator"}, "creator", "This field is required."),
        (
            "POST",
            "/api/personas/",
            {"gender": "x", "creator_name": "A"},
            "gender",
            '"x" is not a valid choice',
        ),
    ],
)
def test_a_400_names_the_field_that_failed(
    api: httpx.Client, method: str, url: str, body: object, field: str, words: str
) -> None:
    answer = api.request(method, url, json=body)
    assert answer.status_code == 400
    errors = answer.json()
    assert field in errors, errors
    assert any(words in message for message in errors[field])


@pytest.mark.parametrize(
    ("query", "status", "page"),
    [
        ("page=last&page_size=2", 200, 3),  # DRF's `last_page_strings`
        ("page=&page_size=2", 200, 1),  # blank: page 1 (`get('page') or 1`)
        ("page=%2B2&page_size=2", 200, 2),  # int("+2")
        ("page=1&page_size=0", 200, 1),  # a bad page_size: the default (10)
        ("page_size=abc", 200, 1),
        ("page=4&page_size=2", 404, None),  # past the last page
        ("page=0", 404, None),
        ("page=-1", 404, None),
        ("page=abc", 404, None),
        ("page=1.0", 404, None),  # Prism takes it for a number, Django's int() does not
        ("page=1e0", 404, None),
        ("page=0x1", 404, None),
        ("page=2&page=0", 404, None),  # the last value counts
    ],
)
def test_pages_are_read_as_drfs_pagination_reads_them(
    api: httpx.Client, mock_base_url: str, query: str, status: int, page: int | None
) -> None:
    """DRF's PageNumberPagination (`page=last` is the last page; a page it cannot read is
    a 404 `Invalid page.`, documented for these lists; a bad `page_size` is ignored),
    in the fake and the mock alike: Prism would refuse `last` as no integer (a 400), so
    the layer keeps the page parameters from it and the shared state reads them."""
    account = {"X-API-ID": f"pages-{time.monotonic_ns()}"}
    for n in range(5):
        made = api.post(
            "/api/text_to_speech/", json={"script": f"s{n}", "accent": CREATOR}, headers=account
        )
        assert made.status_code == 201, made.text
    fake = FakeCreatify()
    with httpx.Client(
        transport=fake.transport(), base_url=fake.base_url, headers={**api.headers, **account}
    ) as http:
        for n in range(5):
            http.post("/api/text_to_speech/", json={"script": f"s{n}", "accent": CREATOR})
        faked = http.get(f"/api/text_to_speech/paginated/?{query}")
    answered = api.get(f"/api/text_to_speech/paginated/?{query}", headers=account)
    for answer in (answered, faked):
        assert answer.status_code == status, (answer.url, answer.text)
        if page is None:
            assert answer.json() == {"detail": "Invalid page."}
            continue
        size = len(answer.json()["results"])
        assert size == (5 if "page_size=2" not in query else 2 if page < 3 else 1)
        assert (answer.json()["previous"] is None) == (page == 1)
    if page is not None:
        assert [j["script"] for j in answered.json()["results"]] == [
            j["script"] for j in faked.json()["results"]
        ]


@pytest.mark.parametrize(
    ("method", "url", "sent"),
    [
        ("GET", "/api/lipsyncs/?ids=abc", {}),
        ("GET", "/api/personas/?gender=zz", {}),
        ("POST", "/api/lipsyncs/", {"json": {"text": "Hi"}}),
        ("POST", "/api/lipsyncs/", {"json": {"text": "Hi", "creator": "bad"}}),
        ("POST", "/api/lipsyncs/", {"json": {"text": True, "creator": CREATOR}}),
        ("POST", "/api/lipsyncs/", {"json": {"text": "Hi", "creator": CREATOR, "name": "n" * 256}}),
        ("POST", "/api/lipsyncs/", {"json": {"creator": CREATOR, "webhook_url": "no url"}}),
        ("POST", "/api/lipsyncs/", {"json": {"creator": CREATOR, "aspect_ratio": "7:7"}}),
        ("POST", "/api/text_to_speech/", {"json": {"script": "", "accent": CREATOR}}),
        (
            "POST",
            "/api/personas_v2/",
            {
                "data": {"creator_name": "J", "gender": "zz"},
                "files": {"lipsync_input": ("a.mp4", b"\x00\x00\x00\x18ftypmp42", "video/mp4")},
            },
        ),
    ],
)
def test_the_fake_answers_a_bad_request_as_the_mock_does(
    api: httpx.Client, method: str, url: str, sent: dict[str, Any]
) -> None:
    """The same 400, in the same words (DRF's, from the fake's table, where the mock
    rewrites Prism's): the fake raised, answered 200 or 201, or said it in the SDK's
    words."""
    fake = FakeCreatify()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        faked = http.request(method, url, headers=dict(api.headers), **sent)
    answered = api.request(method, url, **sent)
    assert answered.status_code == 400, answered.text
    assert (faked.status_code, faked.json()) == (400, answered.json())


VIDEO_PART = ("a.mp4", b"\x00\x00\x00\x18ftypmp42", "video/mp4")
REQUIRED = "This field is required."
BLANK = "This field may not be blank."
NULL = "This field may not be null."
SCENE = {
    "character": {"type": "avatar", "avatar_id": CREATOR},
    "voice": {"type": "text", "input_text": "Hi", "voice_id": CREATOR},
}
JSON_TYPE = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    ("url", "sent", "status", "body"),
    [
        # A repeated form field is its last value (DRF's QueryDict), not a list.
        (
            "/api/personas_v2/",
            {
                "data": {"creator_name": "J", "gender": ["f", "zz"]},
                "files": {"lipsync_input": VIDEO_PART},
            },
            400,
            {"gender": ['"zz" is not a valid choice.']},
        ),
        # A body without a content type: no parser of DRF's takes "".
        (
            "/api/lipsyncs/",
            {"content": b'{"text": "Hi", "creator": "%s"}' % CREATOR.encode()},
            415,
            {"detail": 'Unsupported media type "" in request.'},
        ),
        # No body is no data: each required field is missing (Prism: "body required").
        ("/api/lipsyncs/", {"content": b""}, 400, {"creator": [REQUIRED]}),
        (
            "/api/lipsyncs/",
            {"content": b"", "headers": {"Content-Type": "application/json"}},
            400,
            {"creator": [REQUIRED]},
        ),
        # The spec has this body optional (openapi-python-client #1451): Prism took no
        # body and filled the answer from the example.
        (
            "/api/personas_v2/",
            {"content": b""},
            400,
            {"lipsync_input": [REQUIRED], "gender": [REQUIRED], "creator_name": [REQUIRED]},
        ),
        # Text of spaces only is blank to DRF's CharField (it trims); Prism took it.
        ("/api/lipsyncs/", {"json": {"text": "   ", "creator": CREATOR}}, 400, {"text": [BLANK]}),
        (
            "/api/personas_v2/",
            {
                "data": {"creator_name": "   ", "gender": "f"},
                "files": {"lipsync_input": VIDEO_PART},
            },
            400,
            {"creator_name": [BLANK]},
        ),
        # "Either audio or text is required" (the vendor's lipsync page).
        (
            "/api/lipsyncs/",
            {"json": {"creator": CREATOR}},
            400,
            {"non_field_errors": ["Either audio or text is required."]},
        ),
        # Checked against DRF 3.18.3 (mock/README.md, "What DRF was asked"):
        # a content type no parser of the view takes is DRF's 415, the header as sent
        # (both said 400 "Supported content types: ...", Prism's words).
        *(
            (
                "/api/lipsyncs/",
                {"content": b"Hi", "headers": {"Content-Type": kind}},
                415,
                {"detail": f'Unsupported media type "{kind}" in request.'},
            )
            for kind in (
                "text/plain",
                "text/plain; charset=utf-8",
                "application/x-www-form-urlencoded",
                "application/merge-patch+json",  # JSONParser takes application/json only
            )
        ),
        # JSON that is no object: a Serializer's words (Prism's were "must be object").
        (
            "/api/lipsyncs/",
            {"content": b"null", "headers": JSON_TYPE},
            400,
            {"non_field_errors": ["No data provided"]},
        ),
        *(
            (
                "/api/lipsyncs/",
                {"content": body, "headers": JSON_TYPE},
                400,
                {"non_field_errors": [f"Invalid data. Expected a dictionary, but got {kind}."]},
            )
            for body, kind in ((b"[1, 2]", "list"), (b'"Hi"', "str"), (b"5", "int"))
        ),
        # CharField's validators (the SDK's client-side words stay its own).
        (
            "/api/lipsyncs/",
            {
                "content": b'{"text": "a\\ud800", "creator": "%s"}' % CREATOR.encode(),
                "headers": JSON_TYPE,
            },
            400,
            {"text": ["Surrogate characters are not allowed: U+D800."]},
        ),
        (
            "/api/lipsyncs/",
            {"json": {"text": "a\x00b", "creator": CREATOR}},
            400,
            {"text": ["Null characters are not allowed."]},
        ),
        # DRF's JSONParser: Python's json error, NaN quoted (`repr`).
        (
            "/api/lipsyncs/",
            {"content": b"{bad", "headers": JSON_TYPE},
            400,
            {
                "detail": "JSON parse error - Expecting property name enclosed in double quotes:"
                " line 1 column 2 (char 1)"
            },
        ),
        (
            "/api/lipsyncs/",
            {"content": b"\xff", "headers": JSON_TYPE},
            400,
            {
                "detail": "JSON parse error - 'utf-8' codec can't decode byte 0xff in position 0:"
                " invalid start byte"
            },
        ),
        (
            "/api/lipsyncs/",
            {"content": b'{"text": NaN}', "headers": JSON_TYPE},
            400,
            {
                "detail": "JSON parse error - Out of range float values are not JSON compliant: 'NaN'"
            },
        ),
        ("/api/lipsyncs/", {"json": {}}, 400, {"creator": [REQUIRED]}),
        (
            "/api/lipsyncs/",
            {"json": {"text": "Hi", "creator": CREATOR, "name": "n" * 256}},
            400,
            {"name": ["Ensure this field has no more than 255 characters."]},
        ),
        (
            "/api/lipsyncs/",
            {"json": {"text": "Hi", "creator": CREATOR, "aspect_ratio": "x"}},
            400,
            {"aspect_ratio": ['"x" is not a valid choice.']},
        ),
        (
            "/api/lipsyncs/",
            {"json": {"text": "Hi", "creator": CREATOR, "webhook_url": "no url"}},
            400,
            {"webhook_url": ["Enter a valid URL."]},
        ),
        (
            "/api/lipsyncs/",
            {"json": {"text": "Hi", "creator": "x"}},
            400,
            {"creator": ["Must be a valid UUID."]},  # DRF 3.18's; older ones quoted the value
        ),
        # A serializer names every field that fails (R2-M2), not the first.
        (
            "/api/dyoa/",
            {"json": {}},
            400,
            {"name": [REQUIRED], "age_group": [REQUIRED], "gender": [REQUIRED]},
        ),
        (
            "/api/text_to_speech/",
            {"json": {"script": "", "webhook_url": "nope"}},
            400,
            {"script": [BLANK], "webhook_url": ["Enter a valid URL."]},
        ),
        # A malformed bracketed host: urlsplit's ValueError was a 500 (R2-M1).
        (
            "/api/text_to_speech/",
            {"json": {"script": "Hi", "webhook_url": "http://[::1"}},
            400,
            {"webhook_url": ["Enter a valid URL."]},
        ),
        # JSON's null for a field that is not nullable.
        (
            "/api/lipsyncs/",
            {"json": {"text": "Hi", "creator": CREATOR, "no_music": None}},
            400,
            {"no_music": ["This field may not be null."]},
        ),
        ("/api/lipsyncs/", {"json": {"text": "Hi", "creator": None}}, 400, {"creator": [NULL]}),
        # Errors inside a nested object, nested as DRF nests them (R2-M10), every one of
        # them, as a serializer collects them (V7-3).
        (
            "/api/lipsyncs_v2/",
            {"json": {"video_inputs": [{"character": {"type": "avatar"}}]}},
            400,
            {"video_inputs": [{"character": {"avatar_id": [REQUIRED]}, "voice": [REQUIRED]}]},
        ),
        (
            "/api/lipsyncs_v2/",
            {"json": {"video_inputs": [SCENE, {**SCENE, "character": {"type": "zz"}}]}},
            400,
            {
                "video_inputs": [
                    {},
                    {
                        "character": {
                            "type": ['"zz" is not a valid choice.'],
                            "avatar_id": [REQUIRED],
                        }
                    },
                ]
            },
        ),
        # A list or an object of the wrong type, a list too short: DRF's words (R2-M10).
        (
            "/api/lipsyncs_v2/",
            {"json": {"video_inputs": "x"}},
            400,
            {"video_inputs": ['Expected a list of items but got type "str".']},
        ),
        (
            "/api/lipsyncs_v2/",
            {"json": {"video_inputs": []}},
            400,
            {"video_inputs": ["Ensure this field has at least 1 elements."]},
        ),
        (
            "/api/lipsyncs_v2/",
            {"json": {"video_inputs": [SCENE], "background_music": "x"}},
            400,
            {
                "background_music": {
                    "non_field_errors": ["Invalid data. Expected a dictionary, but got str."]
                }
            },
        ),
        # The text generator's 400 is its page's `{"error": ...}`, naming the fields (R2-M1).
        (
            "/sse/text_generator/",
            {"json": {}},
            400,
            {
                "error": "Invalid request body: model_name: This field is required.;"
                " messages: This field is required."
            },
        ),
        (
            "/sse/text_generator/",
            {"json": {"model_name": "   ", "messages": [{"role": "user", "content": "Hi"}]}},
            400,
            {"error": f"Invalid request body: model_name: {BLANK}"},
        ),
        (
            "/sse/text_generator/",
            {
                "json": {
                    "model_name": "m",
                    "messages": [{"role": "user", "content": "Hi"}],
                    "config": None,
                }
            },
            400,
            {"error": f"Invalid request body: config: {NULL}"},
        ),
        # DRF's parse error is a string, not a list: its text kept whole, spaced out before (V4-3).
        (
            "/sse/text_generator/",
            {"content": b"xx", "headers": {"Content-Type": "application/json"}},
            400,
            {
                "error": "Invalid request body: JSON parse error - Expecting value: line 1 column 1 (char 0)"
            },
        ),
    ],
)
def test_the_fake_and_the_mock_answer_as_drf(
    api: httpx.Client, url: str, sent: dict[str, Any], status: int, body: object
) -> None:
    """Where Prism is laxer than DRF (or the fake stricter), both give DRF's answer: the
    mock checks what Prism took as the fake checks it (`Service.checked_body`)."""
    sent = dict(sent)
    headers = {**api.headers, **sent.pop("headers", {})}
    fake = FakeCreatify()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        faked = http.post(url, headers=headers, **sent)
    answered = api.post(url, headers=headers, **sent)
    assert (answered.status_code, answered.json()) == (status, body)
    assert (faked.status_code, faked.json()) == (status, body)


@pytest.mark.parametrize(
    ("url", "sent", "read"),
    [
        (
            "/api/lipsyncs/",
            {"text": "Hi", "creator": CREATOR, "green_screen": "true", "no_caption": 1},
            {"green_screen": True, "no_caption": True},
        ),
        (
            "/api/lipsyncs/",
            {"text": "Hi", "creator": CREATOR, "no_music": "0", "transparent_background": "on"},
            {"no_music": False, "transparent_background": True},
        ),
        ("/api/link_to_videos/", {"link": CREATOR, "video_length": "1.0"}, {"video_length": 1}),
        ("/api/link_to_videos/", {"link": CREATOR, "video_length": 30.0}, {"video_length": 30}),
        ("/api/link_to_videos/", {"link": CREATOR, "video_length": "15"}, {"video_length": 15}),
    ],
)
def test_json_text_for_a_boolean_or_an_integer_is_read_as_drf_reads_it(
    api: httpx.Client, url: str, sent: dict[str, Any], read: dict[str, Any]
) -> None:
    """DRF 3.18.3's BooleanField takes "true", "1", 1 in JSON and its IntegerField "1.0"
    and 1.0 (mock/README.md): Prism refused them by the spec's types, the fake too. The
    job keeps what DRF read."""
    fake = FakeCreatify()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        faked = http.post(url, headers=dict(api.headers), json=sent)
        faked_again = http.get(f"{url}{faked.json().get('id')}/", headers=dict(api.headers))
    answered = api.post(url, json=sent)
    assert (answered.status_code, faked.status_code) == (201, 201), (answered.text, faked.text)
    again = api.get(f"{url}{answered.json()['id']}/")
    for answer in (answered.json(), again.json(), faked.json(), faked_again.json()):
        assert {name: answer.get(name) for name in read} == read
    wrong = {**sent, **dict.fromkeys(read, "maybe")}
    refused = api.post(url, json=wrong)
    assert refused.status_code == 400 and set(refused.json()) == set(read), refused.text


def test_both_text_and_audio_make_a_lipsync_in_both(api: httpx.Client) -> None:
    """The vendor's lipsync page: "If both are provided, audio will be used". The
    service takes both; refusing them is the SDK's own rule, not the service's."""
    sent = {"text": "Hi", "audio": "https://example.com/a.mp3", "creator": CREATOR}
    fake = FakeCreatify()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        faked = http.post("/api/lipsyncs/", headers=dict(api.headers), json=sent)
    answered = api.post("/api/lipsyncs/", json=sent)
    assert (answered.status_code, faked.status_code) == (201, 201), (answered.text, faked.text)
    assert answered.json()["audio_url"] == faked.json()["audio_url"]


def test_a_field_the_schema_lacks_is_kept_at_no_level(api: httpx.Client) -> None:
    """DRF's serializers drop unknown keys, nested ones too: a GET shows the schema's."""
    scene = {
        "character": {"type": "avatar", "avatar_id": CREATOR, "zzz": 1},
        "voice": {"type": "text", "input_text": "hi", "yyy": 2},
        "xxx": 3,
    }
    made = api.post("/api/lipsyncs_v2/", json={"video_inputs": [scene], "www": 4})
    assert made.status_code == 201, made.text
    got = api.get(f"/api/lipsyncs_v2/{made.json()['id']}/").json()
    assert "www" not in got
    assert got["video_inputs"] == [
        {
            "character": {"type": "avatar", "avatar_id": CREATOR},
            "voice": {"type": "text", "input_text": "hi"},
        }
    ]


def test_prefer_code_400_is_still_prisms_example(api: httpx.Client) -> None:
    answer = api.get(f"/api/lipsyncs/{CREATOR}/", headers={"Prefer": "code=400"})
    assert answer.status_code == 400 and "creator_name" in answer.json()


@pytest.mark.skipif(
    not load_spec()["paths"]["/api/personas_v2/"]["post"]["requestBody"]["content"][
        "multipart/form-data"
    ]["encoding"]["labels"].get("allowReserved"),
    reason="the spec's labels encoding lacks allowReserved: true (fixed on the spec branch)",
)
def test_labels_take_reserved_characters(api: httpx.Client) -> None:
    files = {"lipsync_input": ("a.mp4", b"\x00\x00\x00\x18ftypmp42", "video/mp4")}
    data = {"creator_name": "L", "gender": "m", "labels": ["R&D", "a=b"]}
    answer = api.post("/api/personas_v2/", files=files, data=data)
    assert answer.status_code == 201, answer.text
    assert answer.json()["labels"] == ["R&D", "a=b"]


def test_media_urls_point_at_the_mock_itself(api: httpx.Client, mock_base_url: str) -> None:
    done = api.get(f"/api/lipsyncs/{CREATOR}/", headers={"Prefer": "example=done"}).json()
    assert done["output"] == f"{mock_base_url}/media/lipsync-output.mp4"
    assert httpx.get(done["output"]).content[4:8] == b"ftyp"


def test_health_route(mock_base_url: str) -> None:
    assert httpx.get(f"{mock_base_url}/__mock__/health").json()["service"] == "creatify-mock"


# ---------------------------------------------------------------- faults


@pytest.mark.parametrize(
    ("fault", "status"), [("429", 429), ("500", 500), ("503", 503), ("502", 502)]
)
def test_fault_statuses(api: httpx.Client, fault: str, status: int) -> None:
    before = len(api.get("/api/lipsyncs/").json())
    answer = api.post(
        "/api/lipsyncs/", json={"text": "f", "creator": CREATOR}, headers={"X-Mock-Fault": fault}
    )
    assert answer.status_code == status
    assert answer.json()["detail"]
    if status == 429:
        assert answer.headers["retry-after"] == "1"
    assert len(api.get("/api/lipsyncs/").json()) == before, "a fault creates nothing"


def test_fault_429_with_its_own_retry_after(api: httpx.Client) -> None:
    answer = api.get("/api/remaining_credits/", headers={"X-Mock-Fault": "429=7"})
    assert answer.status_code == 429 and answer.headers["retry-after"] == "7"


def test_fault_delay(api: httpx.Client) -> None:
    start = time.monotonic()
    answer = api.get("/api/remaining_credits/", headers={"X-Mock-Fault": "delay=0.6"})
    assert answer.status_code == 200
    assert time.monotonic() - start >= 0.6


def test_fault_reset_drops_the_connection(api: httpx.Client) -> None:
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError, httpx.ConnectError)):
        api.get("/api/remaining_credits/", headers={"X-Mock-Fault": "reset"})
    still_answers(api)


def test_fault_then_delay_in_order(api: httpx.Client) -> None:
    start = time.monotonic()
    answer = api.get("/api/remaining_credits/", headers={"X-Mock-Fault": "delay=0.3,503"})
    assert answer.status_code == 503 and time.monotonic() - start >= 0.3


# ---------------------------------------------------------------- whose port is it


def test_running_refuses_a_port_held_by_something_else() -> None:
    """`make demo` used to take any server on 4010 for the mock (e.g. python -m http.server)."""
    from serve import MockPortTaken, running

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with (
            pytest.raises(
                MockPortTaken, match=r"taken by something else .*, not the Creatify mock"
            ),
            running(server.server_address[1]),
        ):
            pass
    finally:
        server.shutdown()
        server.server_close()


def test_running_names_creatify_mock_when_it_holds_the_port() -> None:
    """`creatify mock` (the SDK's fake) answers /__mock__/health as itself: the refusal
    says so, not that nothing answers there."""
    from creatify.testing._server import running_fake
    from serve import MockPortTaken, running, what_listens

    with running_fake() as fake:
        port = int(fake.base_url.rsplit(":", 1)[1])
        assert what_listens(port) == "fake"
        for raw, wanted in ((False, "the Creatify mock"), (True, "plain Prism")):
            with pytest.raises(MockPortTaken) as refused, running(port, raw=raw):
                pass
            assert f"port {port} is taken by `creatify mock` (the SDK's in-process fake" in str(
                refused.value
            )
            assert f", not {wanted} (" in str(refused.value)


@pytest.mark.parametrize("text", ["nan", "inf", "-Infinity", "1e999"])
def test_text_that_reads_as_no_finite_number_is_refused_at_once(
    api: httpx.Client, text: str
) -> None:
    """DRF reads `"nan"` as a float; handed on as a bare NaN, Prism stalled and the user
    got a 504 after 15 s. Now Prism gets the text, and refuses it as the fake does."""
    sent = {"link": CREATOR, "voiceover_volume": text}
    fake = FakeCreatify()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        faked = http.post("/api/link_to_videos/", headers=dict(api.headers), json=sent)
    started = time.monotonic()
    answered = api.post("/api/link_to_videos/", json=sent, timeout=30)
    assert time.monotonic() - started < 10  # "no stall", not a benchmark
    assert (answered.status_code, faked.status_code) == (400, 400), answered.text
    assert set(answered.json()) == set(faked.json()) == {"voiceover_volume"}


@pytest.mark.parametrize(
    ("path", "headers", "status"),
    [
        ("/api/remaining_credits/", {"user-agent": "café".encode()}, 200),
        ("/api/remaining_credits/", {"x-custom": b"\xff"}, 200),
        ("/api/remaining_credits/", {"x-api-key": "clé".encode()}, 401),
        ("/api/no_such_thing/", {"user-agent": "café".encode()}, 404),
    ],
)
def test_a_header_of_non_ascii_text_is_answered_as_by_the_mock(
    api: httpx.Client, path: str, headers: dict[str, bytes], status: int
) -> None:
    """creatify mock re-encoded Starlette's latin-1 text as ASCII: a 500 for any such
    header (R2-M5); a key no printable text can match is DRF's 401, as make mock's."""
    sent = {**api.headers, **headers}
    with running_fake() as fake:
        faked = httpx.get(f"{fake.base_url}{path}", headers=sent)
    answered = httpx.get(f"{api.base_url}{path}".replace("//api", "/api"), headers=sent)
    assert answered.status_code == status
    assert (faked.status_code, faked.json()) == (status, answered.json())


@pytest.mark.parametrize(
    ("wanted", "status", "content_range"),
    [
        ("bytes=0-9", 206, "bytes 0-9/{size}"),
        ("bytes=-4", 206, "bytes {first}-{last}/{size}"),
        ("bytes=999999999-", 416, "bytes */{size}"),
        ("words=1-2", 200, None),
    ],
)
def test_an_output_url_answers_a_range_as_its_host_does(
    api: httpx.Client, wanted: str, status: int, content_range: str | None
) -> None:
    """S3 and CloudFront (the vendor's output hosts) answer a `Range`: a resumable
    download works against both mocks alike (R2-M9: the fake sent the whole file)."""
    path = "/media/speech.mp3"
    fake = FakeCreatify()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        faked = http.get(path, headers={"Range": wanted})
        whole = http.get(path).content
    answered = api.get(path, headers={"Range": wanted})
    size = len(whole)
    for answer in (faked, answered):
        assert answer.status_code == status, answer.text
        assert answer.headers.get("accept-ranges") == "bytes"
        expected = content_range and content_range.format(size=size, first=size - 4, last=size - 1)
        assert answer.headers.get("content-range") == expected
    if status == 206:
        assert (
            faked.content
            == answered.content
            == whole[slice(*((0, 10) if "0-9" in wanted else (-4, None)))]
        )


@pytest.mark.parametrize(
    ("method", "url", "status", "body"),
    [
        (
            "POST",
            "/api/link_to_videos/preview_list_async/",  # an `allOf` body: both parts' fields
            400,
            {"link": [REQUIRED], "visual_styles": [REQUIRED]},
        ),
        ("POST", "/api/links/link_with_params/", 400, None),  # no required field: `validate`
        ("PUT", "/api/links/{id}/", 200, None),  # an update of no field
    ],
)
def test_no_body_is_no_data_in_both(
    api: httpx.Client, method: str, url: str, status: int, body: object
) -> None:
    """No body at all is DRF's empty data (R2-M8): make mock gave Prism's "Request body
    must be object" where the schema is an `allOf` or has no `required`, and creatify mock
    missed the `allOf`'s second part."""
    fake = FakeCreatify()
    answers = []
    with httpx.Client(
        transport=fake.transport(), base_url=fake.base_url, headers=dict(api.headers)
    ) as http:
        for c in (http, api):
            link = c.post("/api/links/", json={"url": "https://example.com/p"}).json()
            answers.append(c.request(method, url.format(id=link["id"])))
    faked, answered = answers
    assert (answered.status_code, faked.status_code) == (status, status), answered.text
    if status == 400:
        assert faked.json() == answered.json() == (body or answered.json())
        assert set(answered.json()) == set(body or {"non_field_errors"})


@pytest.mark.parametrize(
    ("url", "sent", "read"),
    [
        ("/api/text_to_speech/", {"data": {"script": "Hi"}}, {"script": "Hi"}),
        ("/api/text_to_speech/", {"files": {"script": (None, "Hi")}}, {"script": "Hi"}),
        (
            "/api/lipsyncs/preview/",
            {"data": {"text": "Hi", "creator": CREATOR, "no_music": "true"}},
            {"text": "Hi", "no_music": True},
        ),
    ],
)
def test_a_form_is_taken_where_the_view_parses_one(
    api: httpx.Client, url: str, sent: dict[str, Any], read: dict[str, Any]
) -> None:
    """The vendor's YAML gives these views JSON, form and multipart parsers (the spec's
    `x-parsers`): `curl -d script=Hi` was a 415 from both mocks (R2-M4). Elsewhere a form
    is still DRF's 415."""
    fake = FakeCreatify()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        faked = http.post(url, headers=dict(api.headers), **sent)
        refused = http.post("/api/lipsyncs/", headers=dict(api.headers), **sent)
    answered = api.post(url, **sent)
    for answer in (faked, answered):
        assert answer.status_code in (200, 201), answer.text
        assert {name: answer.json()[name] for name in read} == read
    assert refused.status_code == api.post("/api/lipsyncs/", **sent).status_code == 415


@pytest.mark.parametrize(
    ("sent", "model"), [({}, "standard"), ({"model_version": "aurora_v1"}, "aurora_v1")]
)
def test_a_lipsync_reports_the_model_it_was_given_or_the_default(
    api: httpx.Client, sent: dict[str, str], model: str
) -> None:
    """ModelVersion: "`standard` is the default" (R4-L10: the finished job said the
    spec's example, `aurora_v1_fast`, where no model was sent)."""
    body = {"text": "Hi", "creator": CREATOR, **sent}
    fake = FakeCreatify()
    with httpx.Client(
        transport=fake.transport(), base_url=fake.base_url, headers=dict(api.headers)
    ) as http:
        made = http.post("/api/lipsyncs/", json=body).json()
        fake.advance(100)
        faked = http.get(f"/api/lipsyncs/{made['id']}/").json()
    job = api.post("/api/lipsyncs/", json=body).json()
    answered = until(
        lambda: (a := api.get(f"/api/lipsyncs/{job['id']}/").json())["status"] == "done" and a
    )
    assert (faked["status"], faked["model_version"]) == ("done", model)
    assert (job["model_version"], answered["model_version"]) == (model, model)


@pytest.mark.parametrize("path", ["/api/lipsyncs/", "/api/links/{id}/", "/api/remaining_credits/"])
def test_options_is_drfs_metadata_in_both(api: httpx.Client, path: str) -> None:
    """DRF's APIView answers OPTIONS (SimpleMetadata) and lists it in every `Allow`: both
    mocks said 405 (R2-M12)."""
    fake = FakeCreatify()
    link = api.post("/api/links/", json={"url": "https://example.com/p"}).json()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        faked = http.options(path.format(id=link["id"]), headers=dict(api.headers))
    answered = api.options(path.format(id=link["id"]))
    assert (answered.status_code, answered.json()) == (faked.status_code, faked.json())
    assert answered.status_code == 200 and set(answered.json()) >= {"name", "renders", "parses"}
    assert answered.headers["allow"] == faked.headers["allow"]
    assert "OPTIONS" in answered.headers["allow"].split(", ")
    refused = api.delete("/api/lipsyncs/")
    assert refused.headers["allow"] == "GET, POST, HEAD, OPTIONS"


@pytest.mark.timeout(300)
def test_the_mock_starts_and_answers_with_a_proxy_in_the_environment(
    monkeypatch: pytest.MonkeyPatch, auth_headers: dict[str, str]
) -> None:
    """Y2-2: its loopback traffic (the readiness checks, the layer's requests to Prism)
    never goes to `HTTP_PROXY` (here a closed port): it started, then 3 min, "did not
    answer"."""
    import serve

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.setattr(serve, "READY_TIMEOUT", 60.0)
    server = serve.MockServer(serve.free_port())
    server.start(log=Path(os.devnull))
    try:
        url = f"{server.base_url}/api/remaining_credits/"
        assert httpx.get(url, headers=auth_headers, trust_env=False).status_code == 200
    finally:
        server.stop()
