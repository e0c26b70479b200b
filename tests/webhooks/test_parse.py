"""`creatify.webhooks.parse`: every payload shape the vendor documents, and garbage."""

from __future__ import annotations

import contextlib
import json

import pytest
from creatify import CreatifyError, InvalidWebhookError, webhooks
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.spec import load_spec

JOB_ID = "5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"


def documented_payloads() -> list[tuple[str, dict]]:
    """The example body of every webhook callback in the spec (one per documented shape)."""
    callbacks = load_spec()["components"]["callbacks"]
    found = []
    for name, callback in sorted(callbacks.items()):
        (path_item,) = callback.values()
        content = path_item["post"]["requestBody"]["content"]["application/json"]
        for example in content["examples"].values():
            found.append((name, example["value"]))
    return found


@pytest.mark.parametrize(("name", "payload"), documented_payloads())
def test_every_documented_shape_parses(name, payload):
    """Each callback example in the spec parses, from a dict, text and bytes alike."""
    text = json.dumps(payload)
    events = [webhooks.parse(payload), webhooks.parse(text), webhooks.parse(text.encode())]
    assert events[0] == events[1] == events[2]
    event = events[0]
    assert event.id == payload["id"]
    assert event.status == payload.get("status", payload.get("process_status"))
    assert event.payload == payload
    assert event.output == (payload.get("output") or payload.get("video_output"))


def test_the_shapes_cover_every_callback_family():
    """The spec documents the families the vendor's pages describe."""
    names = {name for name, _ in documented_payloads()}
    assert names == {
        "AssetGeneratorWebhook",
        "InspirationJobWebhook",
        "IabImagesWebhook",
        "TextGenerationWebhook",
        "AiScriptWebhook",
        "JobWebhook",
        "JobVideoOutputWebhook",
        "PreviewListWebhook",
        "ProductToVideoWebhook",
        "PersonaWebhook",
    }


def test_output_comes_from_either_field_name():
    """`output` and `video_output` both fill `event.output`; `output` wins if both come."""
    base = {"id": JOB_ID, "status": "done", "failed_reason": None}
    assert webhooks.parse({**base, "output": "http://a/x.mp4"}).output == "http://a/x.mp4"
    assert webhooks.parse({**base, "video_output": "http://a/y.mp4"}).output == "http://a/y.mp4"
    both = {**base, "output": "http://a/x.mp4", "video_output": "http://a/y.mp4"}
    assert webhooks.parse(both).output == "http://a/x.mp4"
    assert webhooks.parse({**base, "output": None, "video_output": "u"}).output == "u"


def test_unknown_keys_and_statuses_are_kept():
    """A new status or extra keys are not errors: they stay in the event."""
    event = webhooks.parse({"id": JOB_ID, "status": "teleporting", "eta": 5, "output": None})
    assert event.status == "teleporting"
    assert event.payload["eta"] == 5
    assert event.failed_reason is None and event.kind is None and event.repeat is False


def test_failed_reason_is_read():
    """A failure's reason comes through."""
    event = webhooks.parse({"id": JOB_ID, "status": "failed", "failed_reason": "no credits"})
    assert (event.status, event.failed_reason, event.output) == ("failed", "no credits", None)


GARBAGE = [
    (b"\xff\xfe\x00", "body", "UTF-8"),
    ("", "body", "not JSON"),
    ("{'id': 'x', 'status': 'done'}", "body", "not JSON"),
    ("[1, 2]", "body", "an array"),
    ("null", "body", "null"),
    ('"done"', "body", "a string"),
    ({"status": "done"}, "id", "is missing"),
    ({"id": "", "status": "done"}, "id", "non-empty"),
    ({"id": 5, "status": "done"}, "id", "got int"),
    ({"id": JOB_ID}, "status", "is missing"),
    ({"id": JOB_ID, "status": None}, "status", "got null"),
    ({"id": JOB_ID, "status": ["done"]}, "status", "an array"),
    ({"id": JOB_ID, "process_status": 3}, "process_status", "got int"),
    ({"id": JOB_ID, "status": "failed", "failed_reason": 42}, "failed_reason", "got int"),
    ({"id": JOB_ID, "status": "done", "output": {"url": "x"}}, "output", "an object"),
    ({"id": JOB_ID, "status": "done", "video_output": 1}, "video_output", "got int"),
]


@pytest.mark.parametrize(("body", "field", "words"), GARBAGE)
def test_garbage_raises_naming_what_is_wrong(body, field, words):
    """Anything that is not a payload raises InvalidWebhookError naming the field."""
    with pytest.raises(InvalidWebhookError) as caught:
        webhooks.parse(body)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, CreatifyError)


@settings(max_examples=60)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200)))
def test_arbitrary_bytes_parse_or_raise_invalid_webhook(body):
    """No input makes parse fail any other way."""
    with contextlib.suppress(InvalidWebhookError):
        webhooks.parse(body)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=60)
@given(st.dictionaries(st.sampled_from(["id", "status", "failed_reason", "output"]), JSON))
def test_arbitrary_objects_parse_or_raise_invalid_webhook(body):
    """Objects with the known keys holding any JSON: an event or InvalidWebhookError."""
    try:
        event = webhooks.parse(body)
    except InvalidWebhookError:
        return
    assert isinstance(event.id, str) and isinstance(event.status, str)
