"""creatify.testing.FakeCreatify: the mock's state machine in-process, on the fake's clock."""

from __future__ import annotations

import json
import sys
import threading
import time
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest
from creatify import (
    InternalServerError,
    InvalidInputError,
    LipsyncFailed,
    NotFoundError,
    RateLimitError,
)
from creatify.testing import FakeCreatify
from creatify.testing._fake import DEFAULT_BASE_URL
from creatify.testing._spec import coerce
from openapi_schema_validator import OAS30Validator

from tests.spec import load_spec, resolve

AVATAR = "00000000-0000-0000-0000-000000000001"


def raw(
    fake: FakeCreatify, method: str, path: str, body: Any = None, **headers: str
) -> httpx.Response:
    """A request as any HTTP client would send it (no SDK checks in front)."""
    sent = {"X-API-ID": "acc", "X-API-KEY": "secret-key", **headers}
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        return http.request(method, path, json=body, headers=sent)


def success_schema(path: str, method: str) -> dict[str, Any]:
    op = load_spec()["paths"][path][method]
    for code, answer in op["responses"].items():
        if str(code).startswith("2"):
            schema = resolve(answer)["content"]["application/json"]["schema"]
            return {**schema, "components": load_spec()["components"]}
    raise AssertionError(f"no 2xx answer for {method} {path}")


def test_a_lipsync_is_created_waited_for_and_downloaded_without_real_waiting(tmp_path) -> None:
    fake = FakeCreatify(job_seconds=30)
    client = fake.client()
    started = time.monotonic()
    video = client.lipsyncs.create_and_wait(text="Hello", creator=AVATAR)
    assert time.monotonic() - started < 5  # 30 s of the fake's time, no real sleeping
    assert video.status == "done"
    assert fake.now() - 1_700_000_000 >= 30
    target = client.lipsyncs.download(video, tmp_path / "out.mp4")
    data = target.read_bytes()
    assert data[4:8] == b"ftyp"  # a real MP4 from the package's data
    assert [r.method for r in fake.requests][:2] == ["POST", "GET"]


def test_the_key_is_redacted_in_recorded_requests() -> None:
    fake = FakeCreatify()
    client = fake.client(api_id="me", api_key="sk-very-secret")
    client.lipsyncs.create(text="Hi", creator=AVATAR, name="first")
    sent = fake.requests[-1]
    assert (sent.method, sent.path) == ("POST", "/api/lipsyncs/")
    assert sent.json["name"] == "first"
    assert sent.headers["x-api-id"] == "me"
    assert "sk-very-secret" not in repr(fake.requests)
    assert "sk-very-secret" not in json.dumps([r.headers for r in fake.requests])


def test_fail_next_and_the_name_marker_fail_the_job() -> None:
    fake = FakeCreatify()
    client = fake.client()
    fake.fail_next("lipsyncs", reason="out of credits")
    with pytest.raises(LipsyncFailed, match="out of credits") as failed:
        client.lipsyncs.create_and_wait(text="Hi", creator=AVATAR)
    assert failed.value.failed_reason == "out of credits"
    # Only the next one: the following job ends well.
    assert client.lipsyncs.create_and_wait(text="Hi", creator=AVATAR).status == "done"
    with pytest.raises(LipsyncFailed):
        client.lipsyncs.create_and_wait(text="Hi", creator=AVATAR, name="x [mock:failed]")


def test_reject_next_takes_a_client_namespace_too() -> None:
    fake = FakeCreatify()
    fake.reject_next("lipsyncs", reason="moderation")
    job = fake.client().lipsyncs.create(text="Hi", creator=AVATAR)
    fake.advance(60)
    assert (
        raw(fake, "GET", f"/api/lipsyncs/{job.id}/", **{"X-API-ID": "fake-api-id"}).json()["status"]
        == "rejected"
    )


def test_a_429_fault_is_retried_and_more_of_them_raise() -> None:
    fake = FakeCreatify()
    client = fake.client(max_retries=2)
    job = client.lipsyncs.create(text="Hi", creator=AVATAR)
    fake.fault_next(status=429, retry_after=30)
    before, started = fake.now(), time.monotonic()
    assert client.lipsyncs.get(job.id).id == job.id
    assert fake.now() - before >= 30 and time.monotonic() - started < 5  # the fake's time
    assert [r.method for r in fake.requests[-2:]] == ["GET", "GET"]
    fake.fault_next(status=429, retry_after=0, times=3)
    with pytest.raises(RateLimitError):
        client.lipsyncs.get(job.id)


def test_unknown_and_foreign_ids_are_not_found() -> None:
    fake = FakeCreatify()
    mine = fake.client(api_id="a").lipsyncs.create(text="Hi", creator=AVATAR)
    other = fake.client(api_id="b")
    with pytest.raises(NotFoundError):
        other.lipsyncs.get(mine.id)
    with pytest.raises(NotFoundError):
        other.lipsyncs.get("7f2c1a9e-0000-4000-8000-000000000000")
    assert other.lipsyncs.list() == []


def test_every_path_parameter_of_the_spec_is_a_uuid() -> None:
    """The fake's router (`_spec.Routes`) matches each path parameter as a UUID only."""
    spec = load_spec()
    for path, item in spec["paths"].items():
        scopes = [item, *(op for op in item.values() if isinstance(op, dict))]
        params = [resolve(p) for scope in scopes for p in scope.get("parameters", [])]
        for param in (p for p in params if p["in"] == "path"):
            assert resolve(param["schema"]).get("format") == "uuid", (path, param["name"])
    fake = FakeCreatify()
    assert raw(fake, "GET", "/api/lipsyncs/not-a-uuid/").status_code == 404
    made = raw(fake, "POST", "/api/lipsyncs/", {"text": "Hi", "creator": AVATAR}).json()
    assert raw(fake, "GET", f"/api/lipsyncs/{made['id'].upper()}/").status_code == 200


def test_bad_input_is_refused_before_any_request() -> None:
    fake = FakeCreatify()
    with pytest.raises(InvalidInputError, match="creator"):
        fake.client().lipsyncs.create(text="Hi", creator="not-a-uuid")
    assert fake.requests == []


def test_the_service_checks_a_raw_request_as_drf_would() -> None:
    fake = FakeCreatify()
    bad = raw(fake, "POST", "/api/lipsyncs/", {"text": "Hi", "creator": "nope"})
    assert bad.status_code == 400 and "creator" in bad.json()
    assert raw(fake, "GET", "/api/nothing/").status_code == 404
    assert raw(fake, "DELETE", "/api/lipsyncs/").status_code == 405
    anonymous = httpx.Client(transport=fake.transport(), base_url=fake.base_url)
    assert anonymous.get("/api/lipsyncs/").status_code == 401


def test_every_broken_nested_field_is_named_as_drf_names_it() -> None:
    """Two broken fields of one scene's voice, and the next scene's: every one is in the
    400, nested as a serializer nests them (V7-3)."""
    voice = {"type": "text", "input_text": "Hi", "volume": 9, "duration": "abc"}
    scene = {"character": {"type": "avatar", "avatar_id": AVATAR}, "voice": voice}
    second = {**scene, "voice": {**voice, "duration": 1.0, "volume": 5}}
    answer = raw(FakeCreatify(), "POST", "/api/lipsyncs_v2/", {"video_inputs": [scene, second]})
    assert answer.status_code == 400
    voices = [item["voice"] for item in answer.json()["video_inputs"]]
    assert [sorted(v) for v in voices] == [["duration", "volume"], ["volume"]], voices


@pytest.mark.parametrize(
    ("path", "method", "body"),
    [
        ("/api/lipsyncs/", "post", {"text": "Hi", "creator": AVATAR}),
        ("/api/lipsyncs/", "get", None),
        ("/api/voices/", "get", None),
        ("/api/musics/", "get", None),
        ("/api/personas/", "get", None),
        ("/api/personas/paginated/", "get", None),
        ("/api/remaining_credits/", "get", None),
        ("/api/text_to_speech/", "post", {"script": "Hi", "accent": AVATAR}),
    ],
)
def test_answers_are_valid_against_the_spec(path: str, method: str, body: Any) -> None:
    fake = FakeCreatify()
    raw(fake, "POST", "/api/lipsyncs/", {"text": "Hi", "creator": AVATAR})
    fake.advance(100)
    answer = raw(fake, method.upper(), path, body)
    assert answer.status_code in (200, 201), answer.text
    OAS30Validator(success_schema(path, method)).validate(answer.json())


def test_a_done_record_is_valid_against_the_spec() -> None:
    fake = FakeCreatify()
    created = raw(fake, "POST", "/api/lipsyncs/", {"text": "Hi", "creator": AVATAR}).json()
    for seconds in (0, 1, 100):
        fake.advance(seconds)
        answer = raw(fake, "GET", f"/api/lipsyncs/{created['id']}/")
        OAS30Validator(success_schema("/api/lipsyncs/{id}/", "get")).validate(answer.json())
    assert answer.json()["output"].startswith(fake.base_url + "/media/")


def test_a_webhook_reaches_a_listener() -> None:
    fake = FakeCreatify()
    client = fake.client()
    with client.webhooks.listen() as hook:
        job = client.lipsyncs.create(text="Hi", creator=AVATAR, webhook_url=hook.url)
        video = client.lipsyncs.wait(job.id, webhook=hook)
        assert video.status == "done"
        assert [e.id for e in hook.events][:1] == [str(job.id)]
    assert fake.webhooks[0]["status"] == 200
    assert fake.webhooks[0]["payload"]["status"] == "done"


def test_a_webhook_reaches_a_listener_past_a_proxy_in_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Y2-2: the delivery is loopback by rule: `HTTP_PROXY` (a closed port) is not used."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    test_a_webhook_reaches_a_listener()


def test_the_preview_list_webhook_carries_the_previews() -> None:
    """PreviewListWebhookPayload (facts.md §1): a webhook user learns the previews'
    `media_job`s from it, to render one (R2-M7: it had no `previews`)."""
    fake = FakeCreatify()
    body = {"link": AVATAR, "visual_styles": ["style"], "webhook_url": "http://127.0.0.1:9/h"}
    job = raw(fake, "POST", "/api/link_to_videos/preview_list_async/", body)
    assert job.status_code == 200, job.text
    fake.advance(100)
    (entry,) = fake.webhooks
    previews = raw(fake, "GET", f"/api/link_to_videos/{job.json()['id']}/").json()["previews"]
    assert entry["payload"]["status"] == "pending"
    assert entry["payload"]["previews"] == previews and previews[0]["media_job"]
    schema = load_spec()["components"]["schemas"]["PreviewListWebhookPayload"]
    validator = OAS30Validator({**schema, "components": load_spec()["components"]})
    validator.validate(entry["payload"])


def test_a_delivery_that_fails_costs_only_itself(caplog: pytest.LogCaptureFixture) -> None:
    """A URL the loopback rule and the `format: uri` check take but httpx refuses (a
    control character): the POST used to raise out of `advance` (or out of the next API
    call). It is logged with the job's id, not the URL."""
    fake = FakeCreatify()
    client = fake.client()
    odd = {"text": "Hi", "creator": AVATAR, "webhook_url": "http://127.0.0.1:9/secret-token/\x01"}
    bad = raw(fake, "POST", "/api/lipsyncs/", odd).json()
    with caplog.at_level("WARNING", logger="creatify.testing"):
        fake.advance(100)
    (entry,) = fake.webhooks
    assert entry["id"] == bad["id"] and entry["error"].startswith("InvalidURL")
    assert bad["id"] in caplog.text and "secret-token" not in caplog.text
    with client.webhooks.listen() as hook:
        good = client.lipsyncs.create(text="Hi", creator=AVATAR, webhook_url=hook.url)
        fake.advance(100)
    assert fake.webhooks[-1]["id"] == str(good.id) and fake.webhooks[-1]["status"] == 200


def test_head_is_get_without_the_body() -> None:
    fake = FakeCreatify()
    job = raw(fake, "POST", "/api/lipsyncs/", {"text": "Hi", "creator": AVATAR}).json()
    for path in (f"/api/lipsyncs/{job['id']}/", "/api/lipsyncs/", "/media/lipsync-output.mp4"):
        got, head = raw(fake, "GET", path), raw(fake, "HEAD", path)
        assert (head.status_code, head.content) == (200, b""), path
        assert int(head.headers["content-length"]) == len(got.content), path


def test_a_refused_webhook_url_is_logged_not_sent() -> None:
    fake = FakeCreatify()
    job = fake.client().lipsyncs.create(
        text="Hi", creator=AVATAR, webhook_url="https://example.com/h"
    )
    fake.advance(100)
    assert fake.webhooks == [{"id": str(job.id), "url": "https://example.com/h", "refused": True}]


async def test_the_async_client_waits_on_the_fake_clock() -> None:
    fake = FakeCreatify(job_seconds=600)
    async with fake.async_client() as client:
        video = await client.lipsyncs.create_and_wait(text="Hi", creator=AVATAR)
        assert video.status == "done"
        async with client.webhooks.listen() as hook:
            job = await client.lipsyncs.create(text="Hi", creator=AVATAR, webhook_url=hook.url)
            assert (await client.lipsyncs.wait(job.id, webhook=hook)).status == "done"
            assert len(hook.events) >= 1


def test_catalogues_and_pages() -> None:
    fake = FakeCreatify()
    client = fake.client()
    assert client.voices.list()
    assert client.music.list()
    stock = client.avatars.list()
    assert stock and client.avatars.get(stock[0].id).id == stock[0].id
    for _ in range(12):
        raw(fake, "POST", "/api/lipsyncs/", {"text": "Hi", "creator": AVATAR})
    page = raw(fake, "GET", "/api/personas/paginated/?page_size=1&page=2").json()
    assert page["previous"] and page["count"] == len(stock)


def test_the_text_stream_streams_the_text_jobs_text() -> None:
    """As the repository's mock streams it: the fake answered 200 `null` as JSON, and the
    stream yielded nothing."""
    client = FakeCreatify().client()
    sent = {"model_name": "gemini-2.5-flash", "messages": [{"role": "user", "content": "Hi"}]}
    chunks = list(client.text_generator.stream(**sent))
    assert len(chunks) > 1
    assert "".join(chunks) == client.text_generator.create_and_wait(**sent).response_text


async def test_the_async_fixture_is_bound_to_the_fake(
    creatify_fake: FakeCreatify, async_creatify_client: Any
) -> None:
    video = await async_creatify_client.lipsyncs.create_and_wait(text="Hi", creator=AVATAR)
    assert video.status == "done"
    assert creatify_fake.requests[0].path == "/api/lipsyncs/"


def test_the_mocks_headers_work_on_the_fake_too() -> None:
    fake = FakeCreatify()
    body = {"text": "Hi", "creator": AVATAR}
    throttled = raw(fake, "GET", "/api/voices/", **{"X-Mock-Fault": "429=7"})
    assert throttled.status_code == 429 and throttled.headers["retry-after"] == "7"
    assert raw(fake, "GET", "/api/voices/", **{"X-Mock-Fault": "nope"}).status_code == 400
    with pytest.raises(httpx.RemoteProtocolError):
        raw(fake, "GET", "/api/voices/", **{"X-Mock-Fault": "reset"})
    job = raw(
        fake,
        "POST",
        "/api/lipsyncs/",
        body,
        **{"X-Mock-Outcome": "failed", "X-Mock-Failed-Reason": "why", "X-Mock-Job-Seconds": "1"},
    ).json()
    fake.advance(1)
    ended = raw(fake, "GET", f"/api/lipsyncs/{job['id']}/").json()
    assert (ended["status"], ended["failed_reason"]) == ("failed", "why")
    assert raw(fake, "POST", "/api/lipsyncs/", body, **{"X-Mock-Outcome": "odd"}).status_code == 400


def test_a_clock_stepped_back_does_not_break_a_running_job() -> None:
    """A wall clock may step back (NTP): a job's progress stays at 0, not negative, and its
    GET answers (it divided by zero in a one-step stage)."""
    now = [1000.0]
    fake = FakeCreatify(job_seconds=10, clock=lambda: now[0])
    client = fake.client()
    job = client.product_to_videos.gen_image(product_url="https://example.com/p")
    now[0] += 20
    client.product_to_videos.gen_video(job.id)
    now[0] -= 1
    assert client.product_to_videos.get(job.id).id == job.id


def test_a_client_from_with_options_waits_on_the_fakes_clock() -> None:
    """Its new transports keep the fake's sleep: a 429's `Retry-After` moves the fake's
    clock, and no real time passes (it slept for real before)."""
    fake = FakeCreatify()
    patient = fake.client().with_options(max_retries=3)
    fake.fault_next(429, retry_after=30)
    before, started = fake.now(), time.monotonic()
    assert patient.credits.remaining() is not None
    assert time.monotonic() - started < 5  # no hang: a real wait would take 30 s
    assert fake.now() - before >= 30


def test_a_client_from_with_options_waits_for_a_webhook_on_the_fakes_clock() -> None:
    """Its namespaces are new: the listener it gives is bound to the fake too (it waited
    in real time, to the wait's timeout, before)."""
    patient = FakeCreatify().client().with_options(max_retries=3)
    started = time.monotonic()
    with patient.webhooks.listen() as hook:
        job = patient.lipsyncs.create(text="Hi", creator=AVATAR, webhook_url=hook.url)
        assert patient.lipsyncs.wait(job.id, webhook=hook, timeout=10).status == "done"
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    ("arguments", "header", "field"),
    [
        ({"status": 200}, "200", "status"),
        ({"status": 302}, "302", "status"),
        ({"status": 999}, "999", "status"),
        ({"status": True}, None, "status"),
        ({"status": 429, "retry_after": -5}, "429=-5", "retry_after"),
        ({"status": 429, "retry_after": float("nan")}, "429=nan", "retry_after"),
        ({"status": 429, "retry_after": 1.5}, "429=1.5", "retry_after"),
        ({"status": 500, "times": -1}, None, "times"),
        ({"status": 500, "times": 1.5}, None, "times"),
        # "Always fail": 10**9 built a list of 16 GiB, sys.maxsize raised MemoryError.
        ({"status": 500, "times": 10**6}, None, "times"),
        ({"status": 500, "times": sys.maxsize}, None, "times"),
        # A body JSON cannot hold: a bare TypeError out of the next request's transport.
        ({"status": 500, "body": object()}, None, "body"),
        ({"status": 500, "body": {"detail": float("nan")}}, None, "body"),
    ],
)
def test_fault_next_takes_what_the_fault_header_takes(
    arguments: dict[str, Any], header: str | None, field: str
) -> None:
    """One rule, two entry points: a value `X-Mock-Fault` refuses with a 400 is refused
    by `fault_next` too, naming the argument (a 200 fault broke the client's parsing, a
    NaN `retry_after` read "available in nan seconds", `times=-1` did nothing)."""
    fake = FakeCreatify()
    with pytest.raises(InvalidInputError) as refused:
        fake.fault_next(**arguments)
    assert refused.value.field == field
    if header is not None:
        answer = raw(fake, "GET", "/api/voices/", **{"X-Mock-Fault": header})
        assert answer.status_code == 400 and "X-Mock-Fault" in answer.json()
    assert fake.client(max_retries=0).credits.remaining() is not None  # nothing was queued
    fake.fault_next(status=503, retry_after=30.0, times=0)  # whole seconds, no fault at all
    fake.fault_next(status=418)
    assert raw(fake, "GET", "/api/voices/").status_code == 418


@pytest.mark.parametrize(
    "seconds",
    [float("nan"), float("inf"), 1e308, 10**400, -1, "soon", True, datetime.now(timezone.utc)],
)
def test_the_fakes_clock_takes_only_a_finite_step_forward(seconds: Any) -> None:
    """`advance(nan)` left the clock at NaN for good: every later wait raised a bare
    ValueError (or never ended); `start=nan` or a datetime raised one in the first call."""
    fake = FakeCreatify()
    before = fake.now()
    with pytest.raises(InvalidInputError, match=r"^seconds: must be a finite number from 0"):
        fake.advance(seconds)
    assert fake.now() == before
    with pytest.raises(InvalidInputError, match=r"^job_seconds"):
        FakeCreatify(job_seconds=seconds)
    with pytest.raises(InvalidInputError, match=r"^start: must be a finite number from 0"):
        FakeCreatify(start=seconds)
    fake.advance(0)
    assert fake.client().lipsyncs.create_and_wait(text="Hi", creator=AVATAR).status == "done"


def test_the_fakes_clock_stops_at_the_last_time_a_record_can_hold() -> None:
    """From 9999-12-31 23:59:59 a step refused, where the next create raised a bare
    ValueError ("year 10000 is out of range")."""
    fake = FakeCreatify(start=253_402_300_790)
    with pytest.raises(InvalidInputError, match=r"^seconds: must be a finite number from 0 to 9,"):
        fake.advance(10)
    fake.advance(9)
    assert fake.client().lipsyncs.create(text="Hi", creator=AVATAR).status


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/personas/?gender=zz", "gender"),
        ("/api/lipsyncs/?ids=abc", "ids"),
        ("/api/lipsyncs/?ids=a&ids=b&ids=abc", "ids"),  # the last value counts
        ("/api/text_to_speech/?ordering=" + "x" * 256, "ordering"),
    ],
)
def test_a_bad_query_parameter_is_a_400_naming_it(url: str, field: str) -> None:
    """As Prism answers the repository's mock, by the spec's rule of the parameter: the
    fake raised ValueError or ZeroDivisionError out of the transport (a 500 over HTTP),
    or answered page 0 with a `next` link back to page 1, or `ids=abc` with `[]`."""
    answer = raw(FakeCreatify(), "GET", url)
    assert answer.status_code == 400, answer.text
    assert list(answer.json()) == [field]


def test_good_and_blank_query_parameters_are_read_as_drf_reads_them() -> None:
    fake = FakeCreatify()
    made = [raw(fake, "POST", "/api/lipsyncs/", {"text": "Hi", "creator": AVATAR}) for _ in "ab"]
    first = made[0].json()["id"]
    assert [job["id"] for job in raw(fake, "GET", f"/api/lipsyncs/?ids={first}").json()] == [first]
    assert len(raw(fake, "GET", "/api/lipsyncs/?ids=&ordering=&unknown=x").json()) == 2
    page = raw(fake, "GET", "/api/personas/paginated/?page=%2B2&page_size=%201").json()
    assert page["previous"] and page["next"] is None and len(page["results"]) == 1
    page = raw(fake, "GET", "/api/personas/paginated/?page_size=1&page=2&page=").json()
    assert page["previous"] is None and page["next"]  # a blank page is page 1
    assert raw(fake, "GET", "/api/voices/?page=0").status_code == 200  # it takes no page


def test_a_field_the_schema_lacks_is_ignored_and_not_kept() -> None:
    """As DRF (the service) and the mock's Prism: the fake applied the SDK's own rule (a
    misspelt option is refused client-side) and answered 400."""
    fake = FakeCreatify()
    made = raw(fake, "POST", "/api/lipsyncs/", {"text": "Hi", "creator": AVATAR, "colour": 1})
    assert made.status_code == 201, made.text
    scene = {
        "character": {"type": "avatar", "avatar_id": AVATAR, "hat": "red"},
        "voice": {"type": "text", "input_text": "Hi"},
        "mood": "calm",
    }
    v2 = raw(fake, "POST", "/api/lipsyncs_v2/", {"video_inputs": [scene], "tempo": 2})
    assert v2.status_code == 201, v2.text
    (stored,) = v2.json()["video_inputs"]
    assert stored == {
        "character": {"type": "avatar", "avatar_id": AVATAR},
        "voice": {"type": "text", "input_text": "Hi"},
    }
    kept = json.dumps(fake.records())
    assert all(name not in kept for name in ("colour", "hat", "mood", "tempo"))


@pytest.mark.parametrize(
    ("content", "errors"),
    [
        (b"[1, 2]", {"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]}),
        (b'"Hi"', {"non_field_errors": ["Invalid data. Expected a dictionary, but got str."]}),
        (b"null", {"non_field_errors": ["No data provided"]}),  # DRF 3.18.3's words
        (b"", {"creator": ["This field is required."]}),  # no body: DRF reads no data
    ],
)
def test_a_json_body_that_is_no_object_is_answered_as_the_mock_answers_it(
    content: bytes, errors: dict[str, list[str]]
) -> None:
    sent = {"X-API-ID": "acc", "X-API-KEY": "k", "Content-Type": "application/json"}
    with httpx.Client(transport=FakeCreatify().transport(), base_url=DEFAULT_BASE_URL) as http:
        answer = http.post("/api/lipsyncs/", content=content, headers=sent)
    assert (answer.status_code, answer.json()) == (400, errors)


def test_json_nested_too_deep_to_parse_is_drfs_parse_error() -> None:
    """Recording the request raised RecursionError out of the transport (over HTTP a 500)."""
    sent = {"X-API-ID": "acc", "X-API-KEY": "k", "Content-Type": "application/json"}
    with httpx.Client(transport=FakeCreatify().transport(), base_url=DEFAULT_BASE_URL) as http:
        answer = http.post("/api/lipsyncs/", content=b"[" * 100_000, headers=sent)
    assert answer.status_code == 400
    assert answer.json()["detail"].startswith("JSON parse error - ")


@pytest.mark.parametrize(
    ("path", "body", "errors"),
    [
        ("/api/lipsyncs/", {"text": "Hi"}, {"creator": ["This field is required."]}),
        (
            "/api/lipsyncs/",
            {"text": "Hi", "creator": "bad"},
            {"creator": ["Must be a valid UUID."]},
        ),
        (
            "/api/lipsyncs/",
            {"text": "Hi", "creator": AVATAR, "aspect_ratio": "7:7"},
            {"aspect_ratio": ['"7:7" is not a valid choice.']},
        ),
        # CharField takes a number as its text (`5` is "5"), not a boolean or a list.
        ("/api/lipsyncs/", {"text": True, "creator": AVATAR}, {"text": ["Not a valid string."]}),
        (
            "/api/lipsyncs/",
            {"text": "Hi", "creator": AVATAR, "name": "n" * 256},
            {"name": ["Ensure this field has no more than 255 characters."]},
        ),
        (
            "/api/lipsyncs/",
            {"text": "Hi", "creator": AVATAR, "webhook_url": "not a url"},
            {"webhook_url": ["Enter a valid URL."]},
        ),
        (
            "/api/text_to_speech/",
            {"script": "", "accent": AVATAR},
            {"script": ["This field may not be blank."]},
        ),
        (
            "/api/lipsyncs/?ids=abc",
            None,
            {"ids": ["This value does not match the required pattern."]},
        ),
    ],
)
def test_a_400_says_what_drf_says(
    path: str, body: dict[str, Any] | None, errors: dict[str, list[str]]
) -> None:
    """DRF's words for the spec's rule (`DRF_MESSAGES`, which the repository mock says in
    place of Prism's), not the SDK's (`must be a UUID, got 'bad'`, `is required`)."""
    answer = raw(FakeCreatify(), "GET" if body is None else "POST", path, body)
    assert (answer.status_code, answer.json()) == (400, errors)


def form_post(fake: FakeCreatify, path: str, **kwargs: Any) -> httpx.Response:
    """A form or multipart POST as any HTTP client sends it (`data=`, `files=`,
    `content=`)."""
    sent = {"X-API-ID": "acc", "X-API-KEY": "k", **kwargs.pop("headers", {})}
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        return http.post(path, headers=sent, **kwargs)


VIDEO = {"lipsync_input": ("me.mp4", b"\x00\x00\x00\x18ftypmp42", "video/mp4")}


@pytest.mark.parametrize(
    ("fields", "files", "errors"),
    [
        ({"creator_name": "J", "gender": "zz"}, VIDEO, {"gender": ['"zz" is not a valid choice.']}),
        ({"gender": "m"}, VIDEO, {"creator_name": ["This field is required."]}),
        (
            {"creator_name": "J", "gender": "m"},
            {"notes": ("a.txt", b"hi", "text/plain")},
            {"lipsync_input": ["This field is required."]},
        ),
        (
            {"creator_name": "J", "gender": "m", "labels": ["ok", "x" * 256]},
            VIDEO,
            {"labels": {"1": ["Ensure this field has no more than 255 characters."]}},
        ),
        (
            {"creator_name": "J", "gender": "m", "webhook_url": "nope"},
            VIDEO,
            {"webhook_url": ["Enter a valid URL."]},
        ),
    ],
)
def test_a_multipart_body_is_checked_by_the_spec_rules_of_its_content_type(
    fields: dict[str, Any], files: dict[str, Any], errors: dict[str, list[str]]
) -> None:
    """Only JSON was checked: a multipart `gender=zz` made an avatar of gender "zz", and a
    missing `creator_name` was filled from the spec's example ("James")."""
    fake = FakeCreatify()
    answer = form_post(fake, "/api/personas_v2/", data=fields, files=files)
    assert (answer.status_code, answer.json()) == (400, errors)
    assert fake.records() == []


def test_a_multipart_body_is_read_as_drfs_parser_reads_it() -> None:
    """Its text parts are the fields (a repeated one a list, one part a list of one where
    the field is an array), a file part is no field's value, an unknown part is ignored."""
    fake = FakeCreatify()
    fields = {"creator_name": "J", "gender": "f", "labels": ["a", "b"], "colour": "red"}
    made = form_post(fake, "/api/personas_v2/", data=fields, files=VIDEO)
    assert made.status_code == 201, made.text
    record = made.json()
    assert (record["creator_name"], record["gender"], record["labels"]) == ("J", "f", ["a", "b"])
    assert "colour" not in json.dumps(fake.records())
    one = form_post(fake, "/api/personas_v2/", data={**fields, "labels": "a"}, files=VIDEO)
    assert one.json()["labels"] == ["a"]


@pytest.mark.parametrize(
    ("path", "content_type", "content"),
    [
        ("/api/lipsyncs/", "application/x-www-form-urlencoded", b"text=Hi&creator=x"),
        ("/api/lipsyncs/", "text/plain", b"Hi"),
        ("/api/lipsyncs/", "application/vnd.api+json; charset=utf-8", b"{}"),
        ("/api/personas_v2/", "application/x-www-form-urlencoded", b"gender=m"),
    ],
)
def test_a_content_type_the_operation_does_not_take_is_drfs_415(
    path: str, content_type: str, content: bytes
) -> None:
    """No parser of the view takes it (DRF 3.18.3: the header quoted as sent; a `+json`
    type is not JSONParser's `application/json`): the fake made a lipsync from a form (or
    from text/plain, with every field null), and an avatar from `gender=m` alone."""
    fake = FakeCreatify()
    answer = form_post(fake, path, content=content, headers={"Content-Type": content_type})
    detail = {"detail": f'Unsupported media type "{content_type}" in request.'}
    assert (answer.status_code, answer.json()) == (415, detail)
    json_too = form_post(fake, "/api/lipsyncs/", json={"text": "Hi", "creator": AVATAR})
    assert json_too.status_code == 201
    assert len(fake.records()) == 1


def test_form_text_is_read_as_drf_reads_it_for_the_fields_type() -> None:
    """No form of the spec has a number or a boolean yet: the reading itself, as DRF's
    fields read text (a word that is no boolean is left for the check to refuse)."""
    assert coerce(["1", "2"], {"type": "integer"}) == 2  # the last of a repeated part
    assert coerce("7", {"type": "array", "items": {"type": "number"}}) == [7.0]
    assert [coerce(w, {"type": "boolean"}) for w in ("on", "No", "1", "maybe")] == [
        True,
        False,
        True,
        "maybe",
    ]
    assert coerce("1.5", {"type": "integer"}) == "1.5"
    assert coerce("1.0", {"type": "integer"}) == 1  # IntegerField drops ".0" (DRF 3.18.3)


async def test_a_raw_answer_of_the_fake_has_its_elapsed_time_as_over_http() -> None:
    """httpx sets `elapsed` when the answer's stream is closed: an answer made with its
    whole `content` was never streamed, and `.elapsed` raised RuntimeError (R1-R4)."""
    fake = FakeCreatify()
    raw_sync = fake.client().with_raw_response.credits.remaining()
    raw_async = await fake.async_client().with_raw_response.credits.remaining()
    assert raw_sync.elapsed.total_seconds() >= 0 and raw_async.elapsed.total_seconds() >= 0
    assert raw_sync.parsed.remaining_credits == raw_async.parsed.remaining_credits


async def test_a_sync_request_in_a_running_loop_leaves_due_webhooks_to_the_loop() -> None:
    """A test using both clients of one fake: a sync request made in the running loop
    POSTed the due webhook blocking, from inside the loop the async listener answers in;
    the loop froze 5 s and the delivery was logged as a ReadTimeout (S2-1). It is sent by
    the next async request, as `advance` in a loop leaves it."""
    fake = FakeCreatify()
    sync_client, async_client = fake.client(), fake.async_client()
    async with async_client.webhooks.listen() as hook:
        job = await async_client.lipsyncs.create(text="Hi", creator=AVATAR, webhook_url=hook.url)
        fake.advance(10)
        started = time.monotonic()
        assert sync_client.lipsyncs.get(job.id).status == "done"
        assert time.monotonic() - started < 2
        assert (await async_client.lipsyncs.wait(job.id, webhook=hook)).status == "done"
    assert [e.status for e in hook.events] == ["done"]
    assert [entry.get("status") for entry in fake.webhooks] == [200]


def test_records_can_be_read_while_another_thread_creates() -> None:
    """App code in a thread creates while the test reads `records()`: it iterated the
    records without the fake's lock and raised "dictionary changed size during
    iteration" (S2-4)."""
    fake = FakeCreatify()
    client = fake.client()
    creating = threading.Thread(
        target=lambda: [client.lipsyncs.create(text="Hi", creator=AVATAR) for _ in range(300)]
    )
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads change often: the race shows within a few records
    try:
        creating.start()
        while creating.is_alive():
            seen = fake.records()
    finally:
        creating.join()
        sys.setswitchinterval(switch)
    assert len(seen) <= len(fake.records()) == 300


@pytest.mark.parametrize(
    ("queue", "kind", "reason", "field"),
    [
        ("fail_next", "lipsync_v2s", None, "kind"),  # a bare ValueError
        ("fail_next", "links", None, "kind"),  # no job: the next links.create took it
        ("reject_next", "asset_generator_schemas", None, "kind"),  # queued for ever
        ("fail_next", "personas", None, "kind"),  # an area of the mock, not a namespace
        ("reject_next", "asset_generator", None, "kind"),  # its statuses have no `rejected`
        ("fail_next", "lipsyncs", 123, "reason"),  # the job's reads did not parse
        ("reject_next", "lipsyncs", b"bytes", "reason"),  # a TypeError from the transport
    ],
)
def test_fail_next_and_reject_next_refuse_what_no_job_can_take(
    queue: str, kind: str, reason: Any, field: str
) -> None:
    """The kind is one of the client's job namespaces (for `reject_next`, one whose jobs
    can be rejected) and the reason text: else `InvalidInputError` naming the argument,
    and nothing queued (S5-7, S2-5)."""
    fake = FakeCreatify()
    with pytest.raises(InvalidInputError) as refused:
        getattr(fake, queue)(kind, reason=reason)
    assert refused.value.field == field
    said = refused.value.rule.partition(" got ")[0]  # names the client's namespaces only
    assert "personas" not in said and "schemas" not in said
    assert not any(fake.state.queued.values())
    fake.fail_next("iab_images", reason="why")  # failed is an end of every kind
    fake.reject_next("avatars")
    assert [len(q) for q in fake.state.queued.values()] == [1, 1]


def test_a_429_from_fault_next_says_when_to_retry_as_the_header_does() -> None:
    """`fault_next(429)` answered without `Retry-After` while its body said "in 1
    seconds"; the header's 429, as DRF's throttle, sends `Retry-After: 1` (S2-6)."""
    fake = FakeCreatify()
    client = fake.client(max_retries=0)
    fake.fault_next(429)
    with pytest.raises(RateLimitError) as throttled:
        client.credits.remaining()
    assert throttled.value.retry_after == 1.0
    assert raw(fake, "GET", "/api/voices/", **{"X-Mock-Fault": "429"}).headers["retry-after"] == "1"
    fake.fault_next(503)
    assert "retry-after" not in raw(fake, "GET", "/api/voices/").headers


def test_a_queued_fault_is_the_streamed_text_generators_answer_too() -> None:
    """`fault_next(503)` then a stream: the stream (`/sse/...`) went through and the
    fault landed on the next, unrelated call (S2-9)."""
    fake = FakeCreatify()
    client = fake.client(max_retries=0)
    fake.fault_next(503)
    sent = {"model_name": "gemini-2.5-flash", "messages": [{"role": "user", "content": "Hi"}]}
    with pytest.raises(InternalServerError):
        list(client.text_generator.stream(**sent))
    assert client.credits.remaining() is not None
    fake.fault_next(503)  # a download of a job's output is not an API request
    assert raw(fake, "GET", "/media/lipsync-output.mp4").status_code == 200


async def test_a_client_of_the_fake_refuses_a_transport_of_its_own() -> None:
    """The fake is the client's transport: a given one raised a bare TypeError ("got
    multiple values for keyword argument 'transport'"); it is refused by name, before
    any client is made (S2-8)."""
    fake = FakeCreatify()
    with pytest.raises(InvalidInputError) as refused:
        fake.client(transport=httpx.HTTPTransport())
    assert refused.value.field == "transport" and "creatify_mock_server" in refused.value.rule
    with pytest.raises(InvalidInputError, match=r"^transport: "):
        fake.async_client(transport=httpx.AsyncHTTPTransport())


def test_a_paid_step_is_refused_where_the_task_does_not_await_it() -> None:
    """Y2-6: `gen_video` only of a task at image_generated (not before, not again after
    the video), `render` only of a preview (not of a created job, not twice): a 400 (the
    spec's error object), as the spec's descriptions say."""
    fake = FakeCreatify(job_seconds=10)
    task = raw(fake, "POST", "/api/product_to_videos/gen_image/", {"product_url": "https://e.x/p"})
    gen_video = f"/api/product_to_videos/{task.json()['id']}/gen_video/"
    assert raw(fake, "POST", gen_video, {}).status_code == 400  # image not ready yet
    fake.advance(10)
    assert raw(fake, "POST", gen_video, {}).status_code == 200
    fake.advance(10)
    refused = raw(fake, "POST", gen_video, {})  # the video is done: no second one
    assert refused.status_code == 400 and "video_generated" in str(refused.json())
    link = raw(fake, "POST", "/api/links/", {"url": "https://example.com/p"}).json()
    made = raw(fake, "POST", "/api/link_to_videos/", {"link": link["id"]}).json()
    unpreviewed = raw(fake, "POST", f"/api/link_to_videos/{made['id']}/render/")
    assert unpreviewed.status_code == 400
    (said,) = unpreviewed.json()["non_field_errors"]  # not "pending; it must be pending" (Z1-4)
    assert said == (
        "This task is pending and awaits no step (not a preview, or it was asked for); it"
        " must be pending, awaiting it."
    )
    body = {"text": "Hi", "creator": AVATAR}
    done = raw(fake, "POST", "/api/lipsyncs/", body).json()
    fake.advance(10)
    assert raw(fake, "POST", f"/api/lipsyncs/{done['id']}/render/").status_code == 400
    preview = raw(fake, "POST", "/api/lipsyncs/preview/", body).json()
    assert raw(fake, "POST", f"/api/lipsyncs/{preview['id']}/render/").status_code == 200
    again = raw(fake, "POST", f"/api/lipsyncs/{preview['id']}/render/")
    assert list(again.json()) == ["non_field_errors"]


def test_an_asset_generator_job_has_its_models_type_and_media(tmp_path: Any) -> None:
    """Y2-3: a video model's job ends `text_to_video` with an MP4, not the image example's
    `text_to_image` JPEG."""
    client = FakeCreatify().client()
    made = {}
    for model in client.asset_generator.models():
        job = client.asset_generator.create_and_wait(
            model_name=model.model_name, input_params={"prompt": "a cat"}
        )
        (file,) = client.asset_generator.download(job, tmp_path / model.generation_type)
        made[job.gen_type] = (file.suffix, file.read_bytes()[:12])
    assert made["text_to_image"][0] == ".jpg" and made["text_to_image"][1][:3] == b"\xff\xd8\xff"
    assert made["text_to_video"][0] == ".mp4" and made["text_to_video"][1][4:8] == b"ftyp"


def test_list_mine_holds_the_accounts_own_avatars_only() -> None:
    """Y2-5: `GET /api/personas_v2/` ("your own custom avatars") shows no stock avatar:
    as many as `count()` says; `list()` still shows the stock ones."""
    client = FakeCreatify().client()
    assert client.avatars.list_mine() == [] and client.avatars.count().current_count == 0
    client.avatars.create_from_urls(
        creator_name="Me", gender="m", lipsync_input="https://example.com/a.mp4"
    )
    assert [a.creator_name for a in client.avatars.list_mine()] == ["Me"]
    assert len(client.avatars.list()) > 1


@pytest.mark.parametrize("path", ["/sse/text_generator/", "/api/text_generator/"])
def test_a_text_model_that_is_no_gemini_one_is_the_documented_400(path: str) -> None:
    """Y2-4: the spec's 400 `{"error": "Model not found."}` (it was taken)."""
    fake = FakeCreatify()
    body = {"messages": [{"role": "user", "content": "Hi"}]}
    refused = raw(fake, "POST", path, {**body, "model_name": "no-such-model"})
    assert (refused.status_code, refused.json()) == (400, {"error": "Model not found."})
    assert raw(fake, "POST", path, {**body, "model_name": "gemini-2.5-flash"}).is_success


def test_the_default_429_says_1_second_as_drf_does() -> None:
    """Y2-10: DRF's `Throttled` words one second in the singular ("1 seconds." before)."""
    fake = FakeCreatify()
    fake.fault_next()
    fake.fault_next(retry_after=2)
    detail = "Request was throttled. Expected available in {}."
    assert raw(fake, "GET", "/api/lipsyncs/").json() == {"detail": detail.format("1 second")}
    assert raw(fake, "GET", "/api/lipsyncs/").json() == {"detail": detail.format("2 seconds")}


def test_the_avatar_count_never_says_more_used_than_there_are() -> None:
    """Y2-8: six custom avatars of five slots read `current_count 6` of `max_count 5`."""
    client = FakeCreatify().client()
    for n in range(6):
        client.avatars.create_from_urls(
            creator_name=f"Me {n}", gender="m", lipsync_input="https://example.com/a.mp4"
        )
    count = client.avatars.count()
    assert count.current_count == 6 and count.max_count == 6
