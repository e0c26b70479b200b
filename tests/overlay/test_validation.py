"""The body check refuses what cannot be sent with an `InvalidInputError` naming the field,
where it raised Python's own error: a URL whose bracketed host is malformed (R2-M9), a
structure that contains itself or nests deeper than Python can walk (L7). The fake and
the CLI use the same check: a 400 in DRF's words, and exit 2 (nothing is sent)."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from creatify import InvalidInputError
from creatify.testing import FakeCreatify

from tests.cli.inprocess import invoke

BAD_URLS = ["http://[::1", "http://[zz]/"]


@pytest.mark.parametrize("url", BAD_URLS)
def test_a_malformed_bracketed_host_is_an_invalid_input_naming_the_field(url: str) -> None:
    fake = FakeCreatify()
    with pytest.raises(InvalidInputError) as caught:
        fake.client().text_to_speech.create(script="hi", webhook_url=url)
    assert caught.value.field == "webhook_url"
    assert not fake.requests  # refused before any request


@pytest.mark.parametrize("url", BAD_URLS)
def test_the_fake_answers_a_malformed_url_with_drfs_400(url: str) -> None:
    fake = FakeCreatify()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        answer = http.post(
            "/api/text_to_speech/",
            json={"script": "hi", "webhook_url": url},
            headers={"X-API-ID": "a", "X-API-KEY": "k"},
        )
    assert answer.status_code == 400
    assert answer.json() == {"webhook_url": ["Enter a valid URL."]}


def test_the_cli_refuses_a_malformed_url_as_a_usage_error() -> None:
    env = {**os.environ, "CREATIFY_API_ID": "a", "CREATIFY_API_KEY": "k"}
    done = invoke(
        [
            "--base-url",
            "http://127.0.0.1:9",
            "tts",
            "create",
            "--script",
            "hi",
            "--webhook-url",
            "http://[::1",
        ],
        env,
    )
    assert done.returncode == 2, done.stderr
    assert "webhook" in done.stderr and "Traceback" not in done.stderr


def self_containing() -> dict[str, Any]:
    loop: list[Any] = []
    loop.append(loop)
    return {"self": loop}


def deep(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize("params", [self_containing(), {"x": deep(5000)}])
def test_a_structure_too_deep_to_send_is_an_invalid_input_naming_the_field(
    params: dict[str, Any],
) -> None:
    fake = FakeCreatify()
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)  # Python's default: an in-process mypy run leaves 16384
    try:
        with pytest.raises(InvalidInputError) as caught:
            fake.client().asset_generator.create(model_name="nano-banana", input_params=params)
    finally:
        sys.setrecursionlimit(limit)
    assert caught.value.field == "input_params"
    assert not any(r.method == "POST" for r in fake.requests)


def test_the_cli_refuses_a_self_referencing_params_file_as_a_usage_error(tmp_path: Path) -> None:
    params = tmp_path / "p.yaml"
    params.write_text("self: &a [*a]\n")  # a mistyped alias
    env = {**os.environ, "CREATIFY_API_ID": "a", "CREATIFY_API_KEY": "k"}
    args = ["asset-generator", "create", "--model", "nano-banana", "--params-file", str(params)]
    done = invoke(["--base-url", "http://127.0.0.1:9", *args], env)
    assert done.returncode == 2, done.stderr
    assert "nests too deeply (does it contain itself?)" in done.stderr  # its option: tests/cli


def test_a_call_with_several_broken_fields_raises_the_first_carrying_the_others() -> None:
    """W1-6: every field is checked; the message is the first field's, as with one broken
    field, and `others` holds the rest (what `creatify batch` lists)."""
    fake = FakeCreatify()
    lipsyncs = fake.client().lipsyncs
    with pytest.raises(InvalidInputError) as one:
        lipsyncs.create(creator="not-a-uuid", text="hello")
    with pytest.raises(InvalidInputError) as several:
        lipsyncs.create(creator="not-a-uuid", text="hello", aspect_ratio="4:3", name="n" * 300)
    assert str(one.value) == str(several.value) == "creator: must be a UUID, got 'not-a-uuid'"
    assert one.value.others == ()
    assert [e.field for e in several.value.others] == ["name", "aspect_ratio"]
    assert not fake.requests


def test_every_broken_item_of_a_list_is_named() -> None:
    """V7-1: the scenes after the first broken one are checked too, as the fields are."""
    fake = FakeCreatify()
    scene = {"character": {"type": "avatar", "avatar_id": str(uuid.uuid4())}}
    voices = [{"type": "text", "input_text": "Hi", "volume": v} for v in (99, 5)]
    scenes = [{**scene, "voice": voice} for voice in voices]
    with pytest.raises(InvalidInputError) as info:
        fake.client().lipsyncs_v2.create(video_inputs=scenes, aspect_ratio="4:3")
    named = [info.value.field, *(e.field for e in info.value.others)]
    assert named == ["video_inputs[0].voice.volume", "video_inputs[1].voice.volume", "aspect_ratio"]
    assert not fake.requests
