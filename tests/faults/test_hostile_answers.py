"""A 2xx answer whose body breaks the spec raises `APIResponseValidationError`, as the
README promises; unknown fields and unknown enum values are still accepted (the service
adds them without notice). A real server on 127.0.0.1 sends each body."""

from __future__ import annotations

import asyncio
import json
import tracemalloc
import zlib
from typing import Any

import pytest
from creatify import APIConnectionError, APIResponseValidationError, AsyncCreatify, Creatify

from tests.faults.server import Fault, serving
from tests.overlay.helpers import LIPSYNC_ID, lipsync

KEY = "sk-ANSWERS-0b9d3c"


def answer(body: Any) -> Fault:
    return Fault(status=200, body=json.dumps(body).encode())


def client(url: str) -> Creatify:
    return Creatify("id-1", KEY, url, max_retries=0)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            {"remaining_credits": "lots"},
            "RemainingCredits.remaining_credits must be a number, got a string 'lots'",
        ),
        (
            {"remaining_credits": None},
            "RemainingCredits.remaining_credits must be a number, got null",
        ),
        ({"remaining_credits": True}, "must be a number, got a boolean True"),
        ({"remaining_credits": [1]}, "must be a number, got an array [1]"),
    ],
    ids=["string", "null", "boolean", "array"],
)
def test_a_number_that_is_not_one_is_refused(body: Any, words: str) -> None:
    with serving(answer(body)) as server, pytest.raises(APIResponseValidationError) as caught:
        client(server.url).credits.remaining()
    error = caught.value
    assert words in str(error)
    assert str(error).startswith("GET /api/remaining_credits/: 200 answer did not parse")
    assert error.status_code == 200 and KEY not in repr(error.response.request.headers)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("status", 3, "Lipsync.status must be a string, got a number 3"),
        ("progress", {"done": 1}, "Lipsync.progress must be"),
        ("green_screen", "yes", "Lipsync.green_screen must be a boolean or null, got a string"),
        ("output", 42, "Lipsync.output must be a string or null, got a number 42"),
    ],
)
def test_a_job_field_of_the_wrong_type_is_refused(field: str, value: Any, words: str) -> None:
    with serving(answer({**lipsync("done"), field: value})) as server:
        with pytest.raises(APIResponseValidationError, match=words.replace(".", r"\.")):
            client(server.url).lipsyncs.get(LIPSYNC_ID)


def test_unknown_fields_and_enum_values_are_accepted() -> None:
    body = lipsync("brand-new-status", output=None, shiny_new_field={"a": [1]}, progress=0.5)
    with serving(answer(body), answer({"remaining_credits": 3, "plan": "gold"})) as server:
        job = client(server.url).lipsyncs.get(LIPSYNC_ID)
        credits = client(server.url).credits.remaining()
    assert job.status == "brand-new-status" and job["shiny_new_field"] == {"a": [1]}
    assert credits.remaining_credits == 3 and credits["plan"] == "gold"


def test_the_same_answer_twice_is_checked_twice() -> None:
    """The models remember type tuples found valid, never invalid ones."""
    bad = answer({"remaining_credits": "lots"})
    with serving(bad) as server:
        for _ in range(2):
            with pytest.raises(APIResponseValidationError):
                client(server.url).credits.remaining()


def gzip_bomb(mib: int) -> bytes:
    """`mib` MiB of spaces in a JSON list, gzipped (about 1/1000 of that on the wire)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    spaces = [packer.compress(b" " * 2**20) for _ in range(mib)]
    return b"".join([packer.compress(b"["), *spaces, packer.compress(b"]"), packer.flush()])


@pytest.mark.parametrize("status", [200, 404])
@pytest.mark.parametrize("api", ["sync", "async"])
def test_an_answer_too_large_decoded_is_refused_as_it_is_read(api: str, status: int) -> None:
    """A gzip answer of 100 KiB that inflates to 100 MiB (a broken or hostile gateway; the
    API's answers are a few KiB): an APIConnectionError once 32 MiB are decoded, not the
    whole of it in memory (was: 3 GB, a MemoryError or the OOM killer; S3-13)."""
    bomb = Fault(status=status, body=gzip_bomb(100), headers={"Content-Encoding": "gzip"})
    with serving(bomb) as server:
        tracemalloc.start()
        try:
            with pytest.raises(APIConnectionError, match="over 32 MiB decoded"):
                get_lipsync(api, server.url)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 100 * 2**20, peak
    assert server.count() == 1, "not retried: it would be as large again"


def get_lipsync(api: str, base_url: str) -> None:
    if api == "sync":
        with Creatify("id", "key", base_url) as client:
            client.lipsyncs.get(LIPSYNC_ID)
        return

    async def run() -> None:
        async with AsyncCreatify("id", "key", base_url) as client:
            await client.lipsyncs.get(LIPSYNC_ID)

    asyncio.run(run())
