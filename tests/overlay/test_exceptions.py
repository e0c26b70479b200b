"""Error statuses become typed exceptions whose message names method, path, status, detail."""

from __future__ import annotations

import datetime as dt
import email.utils

import httpx
import pytest
from creatify import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    CreatifyError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    WaitTimeout,
)
from creatify._exceptions import make_status_error

from tests.overlay.helpers import API_KEY, Script, json_response, sync_client

PERSONA = "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60"


def error_for(status: int, body: object, headers: dict[str, str] | None = None) -> APIStatusError:
    request = httpx.Request("GET", f"https://api.creatify.ai/api/personas/{PERSONA}/")
    response = json_response(status, body, headers)
    response.request = request
    return make_status_error(response)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (409, APIStatusError),
    ],
)
def test_each_status_maps_to_its_class(status: int, cls: type[APIStatusError]) -> None:
    """One mapping decides the class; every class is a CreatifyError."""
    error = error_for(status, {"detail": "nope"})
    assert type(error) is cls
    assert isinstance(error, CreatifyError)
    assert error.status_code == status


def test_message_names_method_path_status_and_detail() -> None:
    """The message is enough to act on without a debugger."""
    error = error_for(404, {"detail": "Not found."})
    assert str(error) == f"GET /api/personas/{PERSONA}/ -> 404 Not Found: Not found."
    assert error.method == "GET"
    assert error.detail == "Not found."


def test_bad_request_exposes_field_errors() -> None:
    """400 bodies map each field to its list of messages."""
    error = error_for(400, {"creator_name": ["This field is required."], "gender": "bad"})
    assert isinstance(error, BadRequestError)
    assert error.field_errors == {
        "creator_name": ["This field is required."],
        "gender": ["bad"],
    }
    assert "creator_name" in str(error)


def test_an_html_error_page_becomes_a_short_detail() -> None:
    """A proxy's HTML page is kept as text, trimmed, not a JSON crash."""
    request = httpx.Request("GET", "https://api.creatify.ai/api/voices/")
    response = httpx.Response(502, text="<html><body>Bad gateway" + "x" * 2000 + "</body></html>")
    response.request = request
    error = make_status_error(response)
    assert isinstance(error, InternalServerError)
    assert "Bad gateway" in str(error)
    assert len(str(error)) < 700


@pytest.mark.parametrize(
    ("header", "seconds"),
    # RFC 9110's delay-seconds are whole, but a decimal's wait is clear: waited (S3-9).
    [("7", 7.0), ("0", 0.0), (" 2 ", 2.0), ("1.5", 1.5), ("soon", None), ("", None)],
)
def test_retry_after_in_seconds(header: str, seconds: float | None) -> None:
    """Retry-After as a number of seconds."""
    assert retry_after(header) == seconds


def retry_after(header: str) -> float | None:
    error = error_for(429, {"detail": "slow down"}, {"Retry-After": header})
    assert isinstance(error, RateLimitError)
    return error.retry_after


def test_retry_after_as_an_http_date() -> None:
    """Retry-After as an HTTP date counts from now."""
    now = dt.datetime.now(dt.timezone.utc)
    later = email.utils.format_datetime(now + dt.timedelta(seconds=30), usegmt=True)
    earlier = email.utils.format_datetime(now - dt.timedelta(hours=1), usegmt=True)
    assert 28 <= (retry_after(later) or 0) <= 30
    assert retry_after(earlier) == 0.0


def test_rate_limit_error_carries_retry_after() -> None:
    """RateLimitError.retry_after reads the header."""
    error = error_for(429, {"detail": "slow down"}, {"Retry-After": "12"})
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 12.0


def test_server_errors_from_the_client_never_mention_the_key() -> None:
    """An error raised through the client names the request, not the credentials."""
    script = Script([json_response(401, {"detail": "Invalid key"})])
    with pytest.raises(AuthenticationError) as info:
        sync_client(script).voices.list()
    assert str(info.value) == "GET /api/voices/ -> 401 Unauthorized: Invalid key"
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)


def test_a_413_says_the_upload_is_too_large_for_this_server() -> None:
    """The mock (Prism) refuses bodies over 10 MiB with 413; the message says what it means."""
    error = error_for(413, {"detail": "request entity too large"})
    assert type(error) is APIStatusError
    assert "larger than this server accepts" in str(error)
    assert "10 MiB" in str(error)


@pytest.mark.parametrize(
    ("waited", "shown"), [(0.5012, "0.5"), (0.55, "0.55"), (2.0, "2"), (1800.4, "1800")]
)
def test_a_wait_timeout_says_the_seconds_as_a_person_gave_them(waited: float, shown: str) -> None:
    """`timeout=0.5` gave up after 0.5 s, not "1 s"; half an hour stays whole seconds."""
    assert f" after {shown} s;" in str(WaitTimeout("job", "running", waited))
