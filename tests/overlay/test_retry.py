"""The retry policy, against a real server on 127.0.0.1 that counts what it receives."""

from __future__ import annotations

import email.utils
import logging
import time
from typing import Any

import httpx
import pytest
from creatify import (
    APIConnectionError,
    APITimeoutError,
    AsyncCreatify,
    Creatify,
    InternalServerError,
    RateLimitError,
)
from creatify._retry import build_policies, next_try, retry_after

from tests.faults.server import Fault, closed_port, serving
from tests.overlay.helpers import API_KEY, CREATOR_ID, Script, json_response, lipsync

OK_VOICES = Fault(body=b"[]")
CREATED = Fault(
    status=201, body=b'{"id": "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394", "status": "pending"}'
)


def client_for(url: str, **kwargs: Any) -> Creatify:
    kwargs.setdefault("retry_backoff", 0.01)
    return Creatify("id", API_KEY, url, **kwargs)


def create(client: Creatify) -> Any:
    return client.lipsyncs.create(creator=CREATOR_ID, text="Hello")


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_is_retried_on_transient_statuses(status: int) -> None:
    """A GET that meets 408/429/5xx is sent again and succeeds."""
    with serving(Fault(status=status, body=b'{"detail": "x"}'), OK_VOICES) as server:
        assert client_for(server.url).voices.list() == []
    assert server.count("GET") == 2


def test_get_gives_up_after_max_retries() -> None:
    """Retries are bounded: 1 + max_retries requests, then the typed error."""
    with serving(Fault(status=503, body=b'{"detail": "busy"}')) as server:
        with pytest.raises(InternalServerError, match="503"):
            client_for(server.url, max_retries=3).voices.list()
    assert server.count() == 4


def test_get_is_retried_after_a_reset() -> None:
    """A connection reset before the answer is retried for a GET."""
    with serving(Fault(reset_before_response=True), OK_VOICES) as server:
        assert client_for(server.url).voices.list() == []
    assert server.count() == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_post_is_never_retried_after_a_server_error(status: int) -> None:
    """A create that got a 5xx may have been acted on: it is sent once."""
    with serving(Fault(status=status, body=b'{"detail": "x"}'), CREATED) as server:
        with pytest.raises(InternalServerError):
            create(client_for(server.url))
    assert server.count("POST") == 1


def test_post_is_never_retried_after_a_read_timeout() -> None:
    """A create whose answer never came is not sent again (counted by the server)."""
    with serving(Fault(hang=True), CREATED) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            create(client_for(server.url, timeout=0.5))
        elapsed = time.monotonic() - started
    assert server.count("POST") == 1
    assert elapsed < 3


def test_post_is_never_retried_after_a_reset() -> None:
    """A reset after the body was sent is not retried for a create."""
    with serving(Fault(reset_before_response=True), CREATED) as server:
        with pytest.raises(APIConnectionError):
            create(client_for(server.url))
    assert server.count("POST") == 1


def test_post_is_retried_on_429_after_retry_after() -> None:
    """429 means not acted on: the create is sent again after Retry-After seconds."""
    throttled = Fault(
        status=429,
        body=b'{"detail": "slow"}',
        headers={"Content-Type": "application/json", "Retry-After": "1"},
    )
    with serving(throttled, CREATED) as server:
        started = time.monotonic()
        task = create(client_for(server.url))
        elapsed = time.monotonic() - started
    assert task.status == "pending"
    assert server.count("POST") == 2
    assert elapsed >= 0.95


def test_retry_after_is_capped_by_max_retry_wait() -> None:
    """A Retry-After longer than max_retry_wait waits only the cap."""
    throttled = Fault(
        status=429, body=b"{}", headers={"Content-Type": "application/json", "Retry-After": "3600"}
    )
    with serving(throttled, OK_VOICES) as server:
        started = time.monotonic()
        client_for(server.url, max_retry_wait=0.2).voices.list()
    assert time.monotonic() - started < 2
    assert server.count() == 2


def test_429_after_the_last_retry_raises_rate_limit_error() -> None:
    """When 429 persists the error carries the server's Retry-After."""
    throttled = Fault(
        status=429,
        body=b'{"detail": "slow"}',
        headers={"Content-Type": "application/json", "Retry-After": "0"},
    )
    with serving(throttled) as server, pytest.raises(RateLimitError) as info:
        client_for(server.url, max_retries=1).voices.list()
    assert info.value.retry_after == 0.0
    assert server.count() == 2


def test_connection_refused_is_a_connection_error() -> None:
    """Nothing listening: an APIConnectionError after the retries, quickly."""
    started = time.monotonic()
    with pytest.raises(APIConnectionError):
        client_for(f"http://127.0.0.1:{closed_port()}").voices.list()
    assert time.monotonic() - started < 2


def test_post_is_retried_when_the_connection_was_never_made() -> None:
    """A connect error means the create never left: it is sent again.

    httpx.MockTransport: a real server cannot refuse one connection and accept the next.
    """
    script = Script(
        [
            httpx.ConnectError("refused"),
            json_response(201, lipsync("pending")),
        ]
    )
    client = Creatify(
        "id", API_KEY, "http://127.0.0.1:9", transport=httpx.MockTransport(script), retry_backoff=0
    )
    assert create(client).status == "pending"
    assert script.count == 2


def test_max_retries_zero_sends_once() -> None:
    """max_retries=0 switches retries off."""
    with serving(Fault(status=503, body=b"{}")) as server, pytest.raises(InternalServerError):
        client_for(server.url, max_retries=0).voices.list()
    assert server.count() == 1


@pytest.mark.parametrize(
    ("method", "outcome", "retried"),
    [
        ("GET", 503, True),
        ("GET", 404, False),
        ("GET", httpx.ReadTimeout("slow"), True),
        ("POST", 503, False),
        ("POST", 429, True),
        ("POST", httpx.ReadTimeout("slow"), False),
        ("POST", httpx.ConnectError("refused"), True),
        # PUT (`links.update`) and DELETE (`dyoa.delete`) are retried as a POST is.
        ("DELETE", 503, False),
        ("DELETE", 429, True),
        ("PUT", httpx.ConnectError("refused"), True),
        ("PUT", httpx.ReadTimeout("slow"), False),
        # A method no operation uses is sent once.
        ("PATCH", httpx.ConnectError("refused"), False),
    ],
)
def test_which_outcomes_get_another_attempt(
    method: str, outcome: int | Exception, retried: bool
) -> None:
    """The transport's decision (`next_try`) by method and outcome, and that the
    policy of the next attempt counts one more attempt made."""
    policies = build_policies(max_retries=2, backoff=0.5, max_wait=60, budget=300)
    retry = policies.get(method)
    answer = outcome if isinstance(outcome, Exception) else httpx.Response(outcome)
    following = next_try(retry, answer, None)
    assert (following is not None) is retried
    if following is not None:
        assert retry is not None
        assert following[0].attempts_made == retry.attempts_made + 1
        second = next_try(following[0], answer, None)
        assert second is not None
        assert next_try(second[0], answer, None) is None  # 2 retries


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("2", 2.0),
        ("1.5", 1.5),  # decimal seconds: was not read at all
        ("-5", 0.0),  # in the past: at once
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        ("soon", None),
        ("", None),
    ],
)
def test_retry_after_is_read_in_one_place(header: str, seconds: float | None) -> None:
    request = httpx.Request("GET", "https://api.creatify.ai/api/voices/")
    response = httpx.Response(429, headers={"Retry-After": header}, request=request)
    assert retry_after(response.headers) == seconds
    error = RateLimitError("429", response=response, body=None)
    assert error.retry_after == seconds


def test_a_date_in_the_future_is_its_seconds_from_now() -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 28 < (retry_after({"Retry-After": later}) or 0) <= 30


@pytest.mark.parametrize("header", ["0.6", "-5", "soon"])
def test_a_retry_after_of_any_form_prints_nothing_and_a_decimal_is_waited(
    header: str, caplog: pytest.LogCaptureFixture
) -> None:
    """httpx-retries logged "Retry-After header is not a valid HTTP date: 1.5" through its
    own logger (on stderr, via Python's last-resort handler) for each retry, and did not
    wait a decimal's seconds (S3-9)."""
    busy = Fault(status=503, body=b"{}", headers={"Retry-After": header})
    caplog.set_level(logging.WARNING)  # what Python's last-resort handler prints
    with serving(busy, OK_VOICES) as server:
        started = time.monotonic()
        client_for(server.url).voices.list()
        took = time.monotonic() - started
    assert server.count() == 2
    assert [r.name for r in caplog.records if not r.name.startswith("creatify")] == []
    if header == "0.6":
        assert took >= 0.55, took


BODY_CUT_SHORT = Fault(body=b'[{"id": ', declared_length=1000)  # then the server closes
BODY_TOO_SLOW = Fault(body=b"[]" + b" " * 100, trickle_delay=0.02)  # 2 s for the body


@pytest.mark.parametrize("broken", [BODY_CUT_SHORT, BODY_TOO_SLOW], ids=["cut", "slow"])
def test_a_get_whose_body_breaks_is_retried(broken: Fault) -> None:
    """Its headers came, then the body broke (cut short, or past `response_deadline`):
    tried again like an answer whose headers never came (was: one try, then the error;
    S3-10)."""
    with serving(broken, OK_VOICES) as server:
        assert client_for(server.url, response_deadline=0.5).voices.list() == []
    assert server.count("GET") == 2


async def test_an_async_get_whose_body_breaks_is_retried() -> None:
    with serving(BODY_CUT_SHORT, OK_VOICES) as server:
        async with AsyncCreatify("id", API_KEY, server.url, retry_backoff=0.01) as client:
            assert await client.voices.list() == []
    assert server.count("GET") == 2


def test_a_create_whose_body_breaks_is_never_sent_again() -> None:
    with serving(Fault(status=201, body=b'{"id": ', declared_length=1000), CREATED) as server:
        with pytest.raises(APIConnectionError) as caught:
            create(client_for(server.url))
    assert server.count("POST") == 1
    assert caught.value.maybe_created
