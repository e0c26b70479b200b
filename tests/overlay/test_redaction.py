"""No credential is reachable from an exception: not its text, repr, traceback or attributes.

Error trackers record exceptions with their attributes and chained causes; each error kind
is raised here by a real server on 127.0.0.1 (tests/faults/server.py) with a recognisable
key, and every object reachable from the exception is searched for it.
"""

from __future__ import annotations

import contextlib
import json
import pickle
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from creatify import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    Creatify,
    CreatifyError,
    DownloadError,
)

from tests.faults.server import Fault, serving
from tests.overlay.helpers import LIPSYNC_ID, PERSONA_ID, lipsync

KEY = "sk-REDACT-ME-7f3a9c1e5b"
ECHO = json.dumps({"detail": f"Invalid API key {KEY}", "key": [KEY]}).encode()
ECHO_TEXT = f"<html>bad gateway for key={KEY}</html>".encode()


def reachable_text(root: object) -> str:
    """The repr of every object reachable from `root` through attributes, containers,
    exception chains and headers (the places an error tracker looks)."""
    seen: set[int] = set()
    parts: list[str] = []
    stack: list[object] = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen or obj is None:
            continue
        seen.add(id(obj))
        try:
            parts.append(repr(obj))
        except Exception:  # noqa: S112 - a repr that fails hides nothing
            continue
        if isinstance(obj, (str, bytes, int, float, bool)):
            parts.append(str(obj))
            continue
        if isinstance(obj, httpx.Headers):
            stack.extend(v for _, v in obj.multi_items())
            continue
        if isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
            continue
        if isinstance(obj, (list, tuple, set, frozenset)):
            stack.extend(obj)
            continue
        if isinstance(obj, BaseException):
            stack.extend([obj.__cause__, obj.__context__, *obj.args])
        module = type(obj).__module__ or ""
        if module.startswith(("creatify", "httpx", "httpcore", "h11")) or isinstance(
            obj, BaseException
        ):
            stack.extend(getattr(obj, "__dict__", {}).values())
            for slot in getattr(type(obj), "__slots__", ()):
                stack.append(getattr(obj, slot, None))
            if isinstance(obj, httpx.Request):
                stack.append(obj.headers)
                stack.append(str(obj.url))
            if isinstance(obj, httpx.Response):
                stack.extend([obj.headers, obj.history])
                with contextlib.suppress(RuntimeError):
                    stack.append(obj.request)
    return "\n".join(parts)


def client(url: str, **kwargs: Any) -> Creatify:
    return Creatify("cli-id", KEY, url, max_retries=0, **kwargs)


def status_error(url: str) -> None:
    client(url).voices.list()


def connection_error(url: str) -> None:
    client(url).voices.list()


def timeout_error(url: str) -> None:
    client(url, timeout=0.5).credits.remaining()


def create_timeout(url: str) -> None:
    client(url, timeout=0.5).lipsyncs.create(creator=PERSONA_ID, text="Hi")


def validation_error(url: str) -> None:
    client(url).avatars.get(PERSONA_ID)


CASES: list[tuple[str, Fault, Callable[[str], None], type[CreatifyError]]] = [
    ("status", Fault(status=401, body=b'{"detail": "Invalid key"}'), status_error, APIStatusError),
    ("connection", Fault(reset_before_response=True), connection_error, APIConnectionError),
    ("timeout", Fault(hang=True), timeout_error, APITimeoutError),
    ("create timeout", Fault(hang=True), create_timeout, APITimeoutError),
    (
        "validation",
        Fault(status=200, body=b"not json"),
        validation_error,
        APIResponseValidationError,
    ),
    # A server that echoes the key it was sent: in the message, the body, the response.
    ("status echoing the key", Fault(status=401, body=ECHO), status_error, APIStatusError),
    ("5xx echoing the key", Fault(status=502, body=ECHO_TEXT), status_error, APIStatusError),
    (
        "a header echoing the key",
        Fault(status=401, body=b"{}", headers={"Content-Type": "application/json", "X-Seen": KEY}),
        status_error,
        APIStatusError,
    ),
    (
        "validation echoing the key",
        Fault(status=200, body=ECHO_TEXT),
        validation_error,
        APIResponseValidationError,
    ),
]


def assert_no_key(error: BaseException) -> None:
    assert KEY not in str(error)
    assert KEY not in repr(error)
    assert KEY not in "".join(traceback.format_exception(error))
    request = getattr(error, "request", None)
    if request is not None:
        assert request.headers.get("x-api-key") == "[redacted]"
    response = getattr(error, "response", None)
    if response is not None:
        assert KEY not in str(response.request.headers)
    assert KEY not in reachable_text(error)
    assert KEY.encode() not in pickle.dumps(error)


@pytest.mark.parametrize(
    ("fault", "trigger", "kind"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_no_error_kind_exposes_the_key(
    fault: Fault, trigger: Callable[[str], None], kind: type[CreatifyError]
) -> None:
    """Status, connection, time-out and validation errors: the key is nowhere in them."""
    with serving(fault) as server, pytest.raises(kind) as info:
        trigger(server.url)
    assert server.received[0].headers["x-api-key"] == KEY  # it was sent, and is still hidden
    assert_no_key(info.value)


def test_a_download_error_exposes_no_key(tmp_path: Path) -> None:
    """A failed download (the API lookup, then a 404 from the storage host)."""
    task = lipsync("done", output="")
    with serving(Fault(status=404, body=b"gone")) as media:
        task["output"] = f"{media.url}/v.mp4"
        with serving(Fault(status=200, body=json.dumps(task).encode())) as api:
            with pytest.raises(DownloadError) as info:
                client(api.url).lipsyncs.download(LIPSYNC_ID, tmp_path / "v.mp4")
    assert_no_key(info.value)


def test_an_echoed_key_reads_redacted_and_the_rest_stays() -> None:
    """The server's words stay (they say what is wrong); only the key is replaced."""
    with serving(Fault(status=401, body=ECHO)) as server, pytest.raises(APIStatusError) as info:
        status_error(server.url)
    error = info.value
    assert str(error).endswith(": Invalid API key [redacted]")
    assert error.body == {"detail": "Invalid API key [redacted]", "key": ["[redacted]"]}
    assert error.detail == "Invalid API key [redacted]"
    assert error.response.json() == error.body
    assert error.response.status_code == 401
    assert error.response.reason_phrase == "X"  # the fault server's, kept


def test_the_redacted_request_keeps_what_helps() -> None:
    """Method, URL and other headers stay: the error still says what was sent."""
    with serving(Fault(status=404, body=b'{"detail": "Not found."}')) as server:
        with pytest.raises(APIStatusError) as info:
            client(server.url).avatars.get(PERSONA_ID)
    request = info.value.request
    assert request is not None
    assert request.method == "GET" and request.url.path == f"/api/personas/{PERSONA_ID}/"
    assert request.headers["x-api-id"] == "cli-id"
    assert info.value.response.request.headers["x-api-key"] == "[redacted]"


def test_a_large_error_body_is_redacted_without_a_hang() -> None:
    """20,000 strings, the key in the last: the key's pattern is built once per key, where
    it was built for every string (about 2.6 s for this body here; now about 0.02 s). The
    bound only proves "no hang" on a slow machine."""
    errors = [f"field {number} is bad" for number in range(20_000)] + [KEY]
    many = json.dumps({"detail": "bad", "errors": errors}).encode()
    with serving(Fault(status=400, body=many)) as server:
        started = time.monotonic()
        with pytest.raises(APIStatusError) as info:
            status_error(server.url)
        assert time.monotonic() - started < 2.5
    assert info.value.body["errors"][-1] == "[redacted]"
