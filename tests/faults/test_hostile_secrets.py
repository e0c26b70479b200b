"""Careless secrets: keys read from files, signed storage URLs, errors that cross processes.

A key read from a file or a Kubernetes secret often ends in a newline (or a NUL, or a
space): it is stripped. A key no HTTP header can carry (a control character or a
non-ASCII one inside) is refused with `ConfigurationError` before any request, and its
text is in nothing the error holds. A signed storage URL's query is a credential for the
file: error text, reprs and pickles show the URL without it. Every error the SDK raises
survives a pickle round trip, in a real `ProcessPoolExecutor` too.

Real servers on 127.0.0.1 (tests/faults/server.py) answer; nothing is mocked.
"""

# ruff: noqa: S301 - the pickles loaded here are the test's own
from __future__ import annotations

import asyncio
import copy
import gzip
import json
import logging
import pickle
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import creatify
import httpx
import pytest
from creatify import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncCreatify,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    Creatify,
    CreatifyError,
    DownloadError,
    InternalServerError,
    InvalidInputError,
    InvalidWebhookError,
    JobFailedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    WaitTimeout,
)
from creatify._redact import MARKER, redact_url
from creatify.batch import BatchInputError
from creatify.batch._rows import RowError
from creatify_api.models import Lipsync

from tests.faults.server import Fault, closed_port, serving
from tests.overlay.helpers import LIPSYNC_ID
from tests.overlay.test_redaction import reachable_text

KEY = "sk-HOSTILE-5e2b9d7c41"
CREDITS = Fault(status=200, body=b'{"remaining_credits": 42}')
SIGNATURE = "b7e1c0ffee5ecret5ig"
SIGNED_QUERY = (
    "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20260101"
    f"&X-Amz-Expires=3600&X-Amz-Signature={SIGNATURE}"
)


def everything_about(error: BaseException) -> str:
    """The text of every place a secret could hide in an error."""
    return "\n".join(
        [
            str(error),
            repr(error),
            repr(error.args),
            "".join(traceback.format_exception(error)),
            reachable_text(error),
            repr(pickle.dumps(error)),
        ]
    )


# ---------------------------------------------------------------- keys


@pytest.mark.parametrize("around", ["\n", "\r\n", " ", "\x00", "\t", " \n\x00"])
def test_a_key_with_surrounding_whitespace_is_sent_stripped(around: str) -> None:
    with serving(CREDITS) as server:
        with Creatify(" id-1" + around, around + KEY + around, server.url) as client:
            assert client.credits.remaining().remaining_credits == 42
    assert server.received[0].headers["x-api-key"] == KEY
    assert server.received[0].headers["x-api-id"] == "id-1"


def test_a_key_from_the_environment_is_stripped_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CREATIFY_API_ID", "id-1\n")
    monkeypatch.setenv("CREATIFY_API_KEY", KEY + "\r\n")
    with serving(CREDITS) as server:
        with Creatify(base_url=server.url) as client:
            client.credits.remaining()
    assert server.received[0].headers["x-api-key"] == KEY


@pytest.mark.parametrize(
    ("bad_key", "what"),
    [
        (KEY[:6] + "\n" + KEY[6:], "a control character"),
        (KEY[:6] + "\x00" + KEY[6:], "a control character"),
        (KEY[:6] + "é" + KEY[6:], "not ASCII"),
        (KEY[:6] + "\u2028" + KEY[6:], "not ASCII"),
        (KEY[:6] + " " + KEY[6:], "a space"),
        (KEY[:6] + "\x7f" + KEY[6:], "a control character"),
    ],
    ids=["newline", "nul", "non-ascii", "line-separator", "space", "delete"],
)
def test_a_key_no_header_can_carry_is_refused_before_any_request(bad_key: str, what: str) -> None:
    with serving(CREDITS) as server:
        with pytest.raises(ConfigurationError) as caught:
            Creatify("id-1", bad_key, server.url).credits.remaining()
    assert server.received == []
    error = caught.value
    assert error.setting == "api_key"
    assert (
        f"CREATIFY_API_KEY (or api_key=) has a character an HTTP header cannot carry at position 7 ({what})"
        in str(error)
    )
    text = everything_about(error)
    assert KEY[:6] not in text and KEY[6:] not in text
    assert error.__context__ is None and error.__cause__ is None


def test_an_empty_or_blank_key_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"CREATIFY_API_KEY .*is empty"):
        Creatify("id-1", "\n", "http://127.0.0.1:1")


def test_a_bad_api_id_is_refused_naming_the_id() -> None:
    with pytest.raises(ConfigurationError, match=r"CREATIFY_API_ID \(or api_id=\)") as caught:
        Creatify("id\r\nX-Evil: 1", KEY, "http://127.0.0.1:1")
    assert caught.value.setting == "api_id"
    assert KEY not in everything_about(caught.value)


# ---------------------------------------------------------------- keys the server echoes


def credits_error(url: str, key: str, use_async: bool) -> APIStatusError:
    """The error of a credits look-up with `key`, by `Creatify` or `AsyncCreatify`."""

    async def in_async() -> None:
        async with AsyncCreatify("id-1", key, url, max_retries=0) as client:
            await client.credits.remaining()

    def in_sync() -> None:
        Creatify("id-1", key, url, max_retries=0).credits.remaining()

    with pytest.raises(APIStatusError) as caught:
        asyncio.run(in_async()) if use_async else in_sync()
    return caught.value


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_gzip_error_body_echoing_the_key_is_the_typed_error_redacted(use_async: bool) -> None:
    """A gzip-encoded body (nginx and Cloudflare compress, httpx accepts gzip) that echoes
    the key. The redacted copy of the answer kept `Content-Encoding: gzip` (and the wire's
    length) over the decoded body: httpx raised a bare DecodingError instead of our error."""
    echo = json.dumps({"detail": f"Invalid API key {KEY}", "pad": "x" * 200}).encode()
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with serving(Fault(status=401, body=gzip.compress(echo), headers=headers)) as server:
        error = credits_error(server.url, KEY, use_async)
    assert isinstance(error, AuthenticationError)
    assert str(error).endswith(": Invalid API key [redacted]")
    assert error.body == {"detail": "Invalid API key [redacted]", "pad": "x" * 200}
    assert error.response.json() == error.body
    assert "content-encoding" not in error.response.headers
    assert error.response.headers["content-length"] == str(len(error.response.content))
    assert error.response.headers["content-type"] == "application/json"
    assert KEY not in everything_about(error)


# A key with characters encoders escape, and the forms a server may echo it in.
ESCAPABLE_KEY = "sk-Zx9/Qw+7Lm=Pk2"
ECHOED_FORMS = {
    "as sent": ESCAPABLE_KEY,
    "JSON slash": "sk-Zx9\\/Qw+7Lm=Pk2",  # PHP's json_encode, Java's encoders
    "JSON unicode": "sk-Zx9\\u002FQw\\u002b7Lm\\u003dPk2",  # Gson escapes = and more
    "URL-encoded": "sk-Zx9%2FQw%2B7Lm%3DPk2",
    "URL-encoded lower": "sk-Zx9%2fQw%2b7Lm%3dPk2",
}


@pytest.mark.parametrize("form", ECHOED_FORMS, ids=list(ECHOED_FORMS))
def test_a_key_echoed_escaped_is_redacted_everywhere(form: str) -> None:
    """The key echoed JSON-escaped in the raw body (`response.json()` unescapes it back) or
    URL-encoded (in a URL the server quotes) reads `[redacted]` in the message, the
    parsed body, the detail and the response's content, like the key as sent."""
    raw = ECHOED_FORMS[form]
    body = b'{"detail": "Invalid API key ' + raw.encode() + b'"}'
    with serving(Fault(status=401, body=body)) as server:
        error = credits_error(server.url, ESCAPABLE_KEY, use_async=False)
    assert server.received[0].headers["x-api-key"] == ESCAPABLE_KEY
    assert str(error).endswith(": Invalid API key [redacted]")
    assert error.detail == "Invalid API key [redacted]"
    assert error.response.json() == error.body == {"detail": "Invalid API key [redacted]"}
    assert error.response.headers["content-length"] == str(len(error.response.content))
    text = everything_about(error) + repr(error.response.content)
    for shown in ECHOED_FORMS.values():
        assert shown not in text, shown


# ---------------------------------------------------------------- signed storage URLs


def test_redact_url_drops_a_signed_query_and_keeps_an_api_query() -> None:
    signed = redact_url(f"https://bucket.s3.amazonaws.com/v.mp4?{SIGNED_QUERY}")
    assert str(signed) == "https://bucket.s3.amazonaws.com/v.mp4"
    for query in ("sv=2021&sig=abc", "X-Goog-Signature=abc", "Policy=x&Key-Pair-Id=y", "token=t"):
        assert "?" not in str(redact_url(f"https://h/v.mp4?{query}")), query
    assert str(redact_url("https://api.creatify.ai/api/lipsyncs/?page=2")).endswith("?page=2")
    assert str(redact_url("https://user:pw@h/x")) == "https://user@h/x"


def download_from(api_url: str, output: str, tmp_path: Path, **kwargs: Any) -> None:
    with Creatify("id-1", KEY, api_url, max_retries=0, **kwargs) as client:
        client.lipsyncs.download(LIPSYNC_ID, tmp_path / "v.mp4")


def job_with_output(url: str) -> Fault:
    body = {"id": LIPSYNC_ID, "status": "done", "output": url}
    return Fault(status=200, body=json.dumps(body).encode())


@pytest.mark.parametrize(
    ("storage", "kind"),
    [
        (Fault(status=403, body=b"<Error>AccessDenied</Error>"), DownloadError),
        (Fault(status=404, body=b"<Error>NoSuchKey</Error>"), DownloadError),
        (Fault(hang=True), APITimeoutError),
        (Fault(reset_before_response=True), APIConnectionError),
    ],
    ids=["403", "404", "time-out", "reset"],
)
def test_a_signed_storage_url_is_shown_without_its_query(
    tmp_path: Path, storage: Fault, kind: type[CreatifyError]
) -> None:
    with serving(storage) as media:
        url = f"{media.url}/bucket/v.mp4?{SIGNED_QUERY}"
        with serving(job_with_output(url)) as api, pytest.raises(kind) as caught:
            download_from(api.url, url, tmp_path, timeout=0.5)
    assert media.received and SIGNATURE in media.received[0].path  # it was used, and hidden
    error = caught.value
    assert f"{media.url}/bucket/v.mp4" in str(error)
    text = everything_about(error)
    assert SIGNATURE not in text and "X-Amz-Credential" not in text and KEY not in text
    clone = pickle.loads(pickle.dumps(error))
    assert SIGNATURE not in repr(clone) and SIGNATURE not in str(clone)


# ---------------------------------------------------------------- pickles


def assert_same(error: BaseException, clone: BaseException) -> None:
    assert type(clone) is type(error)
    assert str(clone) == str(error) and clone.args == error.args
    for name, value in vars(error).items():
        if isinstance(value, (httpx.Request, httpx.Response)):
            continue
        assert getattr(clone, name) == value, name
    for name in ("request", "response"):
        if getattr(error, name, None) is not None:
            original, copied = getattr(error, name), getattr(clone, name)
            assert copied is not None
            if isinstance(original, httpx.Response):
                assert copied.status_code == original.status_code
                assert copied.content == original.content
                original, copied = original.request, copied.request
            assert (copied.method, copied.url) == (original.method, original.url)
            assert copied.headers.get("x-api-key") == MARKER


def status_error(status: int, body: bytes = b'{"detail": "no"}') -> APIStatusError:
    with serving(Fault(status=status, body=body, headers={"Retry-After": "3"})) as server:
        with pytest.raises(APIStatusError) as caught:
            Creatify("id-1", KEY, server.url, max_retries=0).credits.remaining()
    return caught.value


def raised_errors() -> list[BaseException]:
    """One of each error, raised by a real call where a server can produce it."""
    errors: list[BaseException] = [
        status_error(s) for s in (400, 401, 403, 404, 409, 429, 500, 503)
    ]
    with serving(Fault(status=200, body=b"not json")) as server:
        with pytest.raises(APIResponseValidationError) as validation:
            Creatify("id-1", KEY, server.url, max_retries=0).credits.remaining()
    errors.append(validation.value)
    with pytest.raises(APIConnectionError) as refused:
        Creatify(
            "id-1", KEY, f"http://127.0.0.1:{closed_port()}", max_retries=0
        ).credits.remaining()
    errors.append(refused.value)
    with serving(Fault(hang=True)) as server:
        with pytest.raises(APITimeoutError) as timed_out:
            Creatify("id-1", KEY, server.url, max_retries=0, timeout=0.3).credits.remaining()
    errors.append(timed_out.value)
    errors += [
        ConfigurationError("bad", setting="base_url", rule="no"),
        InvalidInputError("text", "must be at most 5 characters"),
        InvalidWebhookError("id", "is missing"),
        WaitTimeout(LIPSYNC_ID, "running", 12.0),
        DownloadError(f"download of https://h/v.mp4?{SIGNED_QUERY} failed"),
        BatchInputError([RowError(2, "key", "repeats row 1's key")]),
    ]
    for name in creatify.__all__:
        cls = getattr(creatify, name)
        if isinstance(cls, type) and issubclass(cls, JobFailedError):
            job = Lipsync.from_dict({"id": LIPSYNC_ID, "status": "failed", "new_field": 1})
            errors.append(cls(LIPSYNC_ID, "moderation", job))
    return errors


def test_every_error_survives_a_pickle_round_trip() -> None:
    errors = raised_errors()
    kinds = {type(e) for e in errors}
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        RateLimitError,
        InternalServerError,
        APIStatusError,
    ):
        assert cls in kinds
    for error in errors:
        for clone in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
            assert_same(error, clone)
            assert KEY not in repr(pickle.dumps(error))
    rate_limited = next(e for e in errors if isinstance(e, RateLimitError))
    assert pickle.loads(pickle.dumps(rate_limited)).retry_after == 3.0


def credits_in_a_child(url: str) -> float:
    """Run in a child process: the error must come back to the parent as itself."""
    return Creatify("id-1", KEY, url, max_retries=0).credits.remaining()


def raise_in_a_child(error: BaseException) -> None:
    raise error


def test_errors_cross_a_process_pool() -> None:
    with serving(Fault(status=404, body=b'{"detail": "Not found."}')) as server:
        with ProcessPoolExecutor(max_workers=1) as pool:
            with pytest.raises(NotFoundError) as caught:
                pool.submit(credits_in_a_child, server.url).result(timeout=60)
            assert caught.value.status_code == 404 and caught.value.detail == "Not found."
            assert caught.value.request is not None
            assert caught.value.request.headers["x-api-key"] == MARKER
            for error in raised_errors()[-8:]:
                with pytest.raises(type(error)) as again:
                    pool.submit(raise_in_a_child, error).result(timeout=60)
                assert str(again.value) == str(error)


def test_one_rule_for_raw_responses_logs_and_errors(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A raw response's request, a debug log line and an error's request hide the same
    things the same way (`_redact.py`): the key reads `[redacted]`, a signed storage URL
    has no query. Raw responses used to keep the signed URL and write the key as `***`."""
    content = b"\x00\x00\x00\x18ftypmp42" + bytes(100)
    caplog.set_level(logging.DEBUG, logger="creatify")
    with serving(Fault(body=content, headers={"Content-Type": "video/mp4"})) as media:
        url = f"{media.url}/bucket/v.mp4?{SIGNED_QUERY}"
        with serving(job_with_output(url), Fault(status=404, body=b"{}")) as api:
            with Creatify("id-1", KEY, api.url, max_retries=0) as client:
                raw = client.with_raw_response.lipsyncs.get(LIPSYNC_ID)
                job = raw.parsed
                raw_file = client.with_raw_response.lipsyncs.download(job, tmp_path / "v.mp4")
                with pytest.raises(NotFoundError) as caught:
                    client.lipsyncs.get(LIPSYNC_ID)
    assert media.received[0].path.endswith(SIGNATURE)
    for request in (raw.http_response.request, caught.value.request):
        assert request is not None and request.headers["x-api-key"] == MARKER
    assert str(raw_file.http_response.request.url) == f"{media.url}/bucket/v.mp4"
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("creatify"))
    assert SIGNATURE not in ours and KEY not in ours  # httpx's own log is httpx's business
    assert f"'x-api-key': '{MARKER}'" in ours


def test_a_signed_url_in_a_failure_reason_or_a_cookie_is_hidden() -> None:
    failed = creatify.LipsyncFailed(
        LIPSYNC_ID, f"could not fetch https://h/audio.mp3?{SIGNED_QUERY}", None
    )
    assert SIGNATURE not in str(failed) and "https://h/audio.mp3" in str(failed)
    cookie = Fault(status=500, body=b"{}", headers={"Set-Cookie": "session=s3cr3t-cookie"})
    with serving(cookie) as server, pytest.raises(InternalServerError) as caught:
        Creatify("id-1", KEY, server.url, max_retries=0).credits.remaining()
    assert caught.value.response.headers["set-cookie"] == MARKER
    assert "s3cr3t-cookie" not in everything_about(caught.value)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("status", [302, 307])
def test_a_redirect_from_the_api_is_a_status_error_without_the_key(
    status: int, use_async: bool
) -> None:
    """A proxy or a wrong base URL (http -> https) that redirects: the SDK follows no
    redirect of the API, and the error names where it pointed. httpx's response kept
    `next_request`, the redirect built with every header, the key in clear, reachable
    from the error and in its pickle; the error was "302 answer did not parse"."""
    elsewhere = f"http://127.0.0.1:{closed_port()}/api/"
    with serving(Fault(status=status, body=b"", headers={"Location": elsewhere})) as server:
        error = credits_error(server.url, KEY, use_async)
        assert server.count() == 1
    assert type(error) is APIStatusError and error.status_code == status
    assert f"-> {status} X (redirected to {elsewhere}: check the base URL)" in str(error)
    assert error.response.next_request is None
    assert KEY not in everything_about(error)


def test_a_key_echoed_in_a_header_is_not_in_the_debug_log(caplog: pytest.LogCaptureFixture) -> None:
    """The debug line of the answer's headers hides the key a server echoes in any
    header (B15's `X-Debug`), as the error does: it printed it."""
    caplog.set_level(logging.DEBUG, logger="creatify")
    echo = Fault(status=200, body=CREDITS.body, headers={"X-Debug": f"key={KEY}"})
    with serving(echo) as server:
        Creatify("id-1", KEY, server.url, max_retries=0).credits.remaining()
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("creatify"))
    assert f"'x-debug': 'key={MARKER}'" in ours
    assert KEY not in ours


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_redirect_of_the_text_stream_is_a_status_error_naming_it(use_async: bool) -> None:
    """The streamed text generator treats a 3xx as every other create does: it was an
    `APIResponseValidationError` "302 answer is text/html", `maybe_created=True`, without
    the Location (V3-1). A redirect was not processed: nothing was made."""
    elsewhere = f"http://127.0.0.1:{closed_port()}/sse/text_generator/"
    page = Fault(status=302, body=b"<html>moved</html>", headers={"Location": elsewhere})
    options: dict[str, Any] = {
        "model_name": "gemini-2.5-flash",
        "messages": [{"role": "user", "content": "hi"}],
    }

    async def in_async(url: str) -> None:
        async with AsyncCreatify("id-1", KEY, url, max_retries=0) as client:
            async for _ in client.text_generator.stream(**options):
                pass

    def in_sync(url: str) -> None:
        list(Creatify("id-1", KEY, url, max_retries=0).text_generator.stream(**options))

    with serving(page) as server, pytest.raises(APIStatusError) as caught:
        asyncio.run(in_async(server.url)) if use_async else in_sync(server.url)
    error = caught.value
    assert type(error) is APIStatusError and error.status_code == 302
    assert f"(redirected to {elsewhere}: check the base URL)" in str(error)
    assert error.maybe_created is False
    assert KEY not in everything_about(error)
