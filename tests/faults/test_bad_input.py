"""Property-based bad input: every overlay entry point that takes user input refuses
invalid values with an `InvalidInputError` (a ValueError) naming the field, and the
server receives nothing.

httpx.MockTransport counts requests here: nothing may be sent, so no server is needed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from creatify import Creatify, InvalidInputError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.overlay.helpers import CREATOR_ID, LIPSYNC_ID, PERSONA_ID, Script, sync_client

EXAMPLES = 150
FIXTURE = Path(__file__).resolve().parents[2] / "mock" / "fixtures" / "james.mp4"
EXAMPLES_RUN: Counter[str] = Counter()  # entry point -> examples tried; printed by conftest


def not_in(*allowed: str) -> st.SearchStrategy[str]:
    # Not `m,f` either: a query filter takes several values, comma-separated.
    return st.text(max_size=20).filter(lambda s: not set(s.split(",")) <= set(allowed))


def too_long(limit: int) -> st.SearchStrategy[str]:
    return st.text(min_size=limit + 1, max_size=limit + 40)


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text.strip())
    except ValueError:
        return False
    return True


NOT_UUID = st.text(max_size=50).filter(lambda s: not is_uuid(s))
NOT_HTTP_URL = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters=":"), max_size=40),
    st.sampled_from(
        ["ftp://host/x", "javascript:alert(1)", "http://", "https:///path", "file:///etc"]
    ),
    st.builds(lambda s: f"https://exa mple.com/{s}", st.text(max_size=10)),
).filter(
    lambda s: (
        not (
            urlsplit(s).scheme in ("http", "https")
            and urlsplit(s).netloc
            and " " not in s
            and s.strip() == s
            and not any(c.isspace() for c in s)
        )
    )
)
LONG_URL = st.builds(
    lambda s: "https://example.com/" + s, st.text(alphabet="abc", min_size=181, max_size=300)
)
NOT_VIDEO = st.binary(max_size=64).filter(
    lambda b: b[4:8] not in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot")
)
OUT_OF_RANGE = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False).filter(lambda x: not -0.5 <= x <= 0.5),
    st.sampled_from(["abc", "", "1e400", "nan", "inf", "0.6", "-0.51"]),
)
NOT_BOOL = st.one_of(st.integers(), st.text(max_size=5), st.none().map(lambda _: 0))

UPLOAD = {"lipsync_input": FIXTURE, "creator_name": "James", "gender": "m"}
URLS = {"lipsync_input": "https://example.com/a.mp4", "creator_name": "James", "gender": "f"}
LIPSYNC = {"creator": CREATOR_ID, "text": "Hello"}

# (entry point, field, strategy, call(client, bad value))
Call = Callable[[Creatify, Any], Any]
CASES: list[tuple[str, str, st.SearchStrategy[Any], Call]] = [
    (
        "avatars.create_from_files",
        "gender",
        not_in("m", "f", "nb"),
        lambda c, v: c.avatars.create_from_files(**{**UPLOAD, "gender": v}),
    ),
    (
        "avatars.create_from_files",
        "creator_name",
        too_long(255),
        lambda c, v: c.avatars.create_from_files(**{**UPLOAD, "creator_name": v}),
    ),
    (
        "avatars.create_from_files",
        "video_scene",
        too_long(255),
        lambda c, v: c.avatars.create_from_files(**{**UPLOAD, "video_scene": v}),
    ),
    (
        "avatars.create_from_files",
        "keywords",
        too_long(255),
        lambda c, v: c.avatars.create_from_files(**{**UPLOAD, "keywords": v}),
    ),
    (
        "avatars.create_from_files",
        "webhook_url",
        st.one_of(NOT_HTTP_URL, LONG_URL),
        lambda c, v: c.avatars.create_from_files(**{**UPLOAD, "webhook_url": v}),
    ),
    (
        "avatars.create_from_files",
        "lipsync_input",
        NOT_VIDEO,
        lambda c, v: c.avatars.create_from_files(**{**UPLOAD, "lipsync_input": v}),
    ),
    (
        "avatars.create_from_files",
        "consent_video",
        NOT_VIDEO,
        lambda c, v: c.avatars.create_from_files(**UPLOAD, consent_video=v),
    ),
    (
        "avatars.create_from_files",
        "labels",
        st.lists(too_long(255), min_size=1, max_size=3),
        lambda c, v: c.avatars.create_from_files(**{**UPLOAD, "labels": v}),
    ),
    (
        "avatars.create_from_urls",
        "lipsync_input",
        NOT_HTTP_URL,
        lambda c, v: c.avatars.create_from_urls(**{**URLS, "lipsync_input": v}),
    ),
    (
        "avatars.create_from_urls",
        "consent_video",
        NOT_HTTP_URL,
        lambda c, v: c.avatars.create_from_urls(**URLS, consent_video=v),
    ),
    (
        "avatars.create_from_urls",
        "gender",
        not_in("m", "f", "nb"),
        lambda c, v: c.avatars.create_from_urls(**{**URLS, "gender": v}),
    ),
    ("avatars.get", "id", NOT_UUID, lambda c, v: c.avatars.get(v)),
    ("avatars.wait", "id", NOT_UUID, lambda c, v: c.avatars.wait(v)),
    (
        "avatars.list",
        "style",
        not_in("selfie", "presenter", "other"),
        lambda c, v: c.avatars.list(style=v),
    ),
    (
        "avatars.list",
        "age_range",
        not_in("child", "teen", "adult", "senior"),
        lambda c, v: c.avatars.list(age_range=v),
    ),
    (
        "avatars.list_page",
        "page",
        st.integers(max_value=0),
        lambda c, v: c.avatars.list_page(page=v),
    ),
    (
        "avatars.list_page",
        "page_size",
        st.integers(max_value=0),
        lambda c, v: c.avatars.list_page(page_size=v),
    ),
    (
        "lipsyncs.create",
        "creator",
        NOT_UUID,
        lambda c, v: c.lipsyncs.create(**{**LIPSYNC, "creator": v}),
    ),
    (
        "lipsyncs.create",
        "text or audio",
        st.sampled_from([(None, None), ("hi", "https://e.com/a.mp3")]),
        lambda c, v: c.lipsyncs.create(creator=CREATOR_ID, text=v[0], audio=v[1]),
    ),
    (
        "lipsyncs.create",
        "aspect_ratio",
        not_in("16:9", "1:1", "9:16", "16x9", "1x1", "9x16"),
        lambda c, v: c.lipsyncs.create(**LIPSYNC, aspect_ratio=v),
    ),
    (
        "lipsyncs.create",
        "model_version",
        not_in("standard", "aurora_v1", "aurora_v1_fast"),
        lambda c, v: c.lipsyncs.create(**LIPSYNC, model_version=v),
    ),
    (
        "lipsyncs.create",
        "caption_offset_x",
        OUT_OF_RANGE,
        lambda c, v: c.lipsyncs.create(**LIPSYNC, caption_offset_x=v),
    ),
    (
        "lipsyncs.create",
        "green_screen",
        NOT_BOOL,
        lambda c, v: c.lipsyncs.create(**LIPSYNC, green_screen=v),
    ),
    (
        "lipsyncs.create",
        "webhook_url",
        st.one_of(NOT_HTTP_URL, LONG_URL),
        lambda c, v: c.lipsyncs.create(**LIPSYNC, webhook_url=v),
    ),
    (
        "lipsyncs.create",
        "audio",
        NOT_HTTP_URL,
        lambda c, v: c.lipsyncs.create(creator=CREATOR_ID, audio=v),
    ),
    (
        "lipsyncs.preview",
        "caption_offset_y",
        OUT_OF_RANGE,
        lambda c, v: c.lipsyncs.preview(**LIPSYNC, caption_offset_y=v),
    ),
    (
        "lipsyncs.create_and_wait",
        "creator",
        NOT_UUID,
        lambda c, v: c.lipsyncs.create_and_wait(**{**LIPSYNC, "creator": v}),
    ),
    ("lipsyncs.get", "id", NOT_UUID, lambda c, v: c.lipsyncs.get(v)),
    ("lipsyncs.wait", "id", NOT_UUID, lambda c, v: c.lipsyncs.wait(v)),
    ("lipsyncs.render", "id", NOT_UUID, lambda c, v: c.lipsyncs.render(v)),
    ("lipsyncs.download", "id", NOT_UUID, lambda c, v: c.lipsyncs.download(v, "/tmp/never.mp4")),
    (
        "lipsyncs.list",
        "ids",
        st.lists(st.uuids(), min_size=101, max_size=130),
        lambda c, v: c.lipsyncs.list(ids=v),
    ),
    (
        "lipsyncs.list",
        "ids",
        st.lists(NOT_UUID, min_size=1, max_size=3).filter(lambda v: any(x.strip(",") for x in v)),
        lambda c, v: c.lipsyncs.list(ids=[x for x in v if x.strip(", ")] or ["x"]),
    ),
]


@pytest.mark.parametrize(
    ("entry", "field", "strategy", "call"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES]
)
def test_invalid_input_is_refused_before_sending(
    entry: str, field: str, strategy: st.SearchStrategy[Any], call: Call
) -> None:
    """Any invalid value raises InvalidInputError naming the field; nothing is sent."""
    script = Script([])

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
    )
    @given(value=strategy)
    def check(value: Any) -> None:
        EXAMPLES_RUN[f"{entry} {field}"] += 1
        with pytest.raises(InvalidInputError) as info:
            call(sync_client(script), value)
        assert isinstance(info.value, ValueError)
        assert info.value.field in field or field in info.value.field, info.value
        assert script.count == 0

    check()
    assert script.count == 0


def test_valid_input_is_sent() -> None:
    """The same entry points do send valid input (the checks are not blanket refusals)."""
    from tests.overlay.helpers import json_response, lipsync

    script = Script([json_response(201, lipsync("pending"))])
    sync_client(script).lipsyncs.create(**LIPSYNC, caption_offset_x=0.5, aspect_ratio="9x16")
    assert script.count == 1
    assert b'"caption_offset_x":"0.5"' in script.requests[0].content
    _ = (PERSONA_ID, LIPSYNC_ID)
