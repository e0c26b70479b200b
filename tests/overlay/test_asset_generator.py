"""The asset generator: its model list on either documented path, `input_params` checked
against the model's JSON Schema before the paid create, every asset downloaded, and the
published prices as an estimate."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from creatify import AssetGeneratorFailed, AsyncCreatify, Creatify, InvalidInputError

from tests.faults.server import Fault, serving
from tests.overlay.helpers import API_KEY
from tests.overlay.products_helpers import FAST, Both, Offline

PROMPT = {"prompt": "A bottle of olive oil on a marble table"}
MODELS = json.dumps(
    [
        {
            "model_name": "nano-banana",
            "input_params_schema": {
                "type": "object",
                "required": ["prompt"],
                "properties": {"prompt": {"type": "string", "minLength": 1}},
            },
        }
    ]
).encode()


def test_create_and_wait_ends_with_assets_that_download_as_images(
    both: Both, tmp_path: Path
) -> None:
    job = both(
        "asset_generator.create_and_wait",
        model_name="nano-banana",
        input_params={**PROMPT, "num_images": 2},
        **FAST,
    )
    assert job.status == "done" and len(job.assets) == 1
    saved = both("asset_generator.download", job, tmp_path / "assets")
    assert [p.name for p in saved] == [f"{job.id}-1.jpg"]
    assert saved[0].read_bytes()[:3] == b"\xff\xd8\xff"
    assert both("asset_generator.get", job.id).status == "done"


def test_a_job_asked_to_fail_raises_its_kind(both: Both) -> None:
    with pytest.raises(AssetGeneratorFailed, match="asked to fail"):
        both(
            "asset_generator.create_and_wait",
            model_name="nano-banana",
            input_params={"prompt": "x [mock:failed]"},
            **FAST,
        )


def test_models_lists_each_schema_and_filters_by_name(both: Both) -> None:
    every = both("asset_generator.models")
    assert {m.model_name for m in every} >= {"nano-banana", "kling-video/v1.6/pro/text-to-video"}
    only = both("asset_generator.models", ["nano-banana"])
    assert [m.model_name for m in only] == ["nano-banana"]
    assert only[0].input_params_schema.to_dict()["required"] == ["prompt"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "input_params.prompt"),
        ({"prompt": ""}, "input_params.prompt"),
        ({**PROMPT, "num_images": 9}, "input_params.num_images"),
        ({**PROMPT, "aspect_ratio": "4:3"}, "input_params.aspect_ratio"),
    ],
)
def test_params_that_break_the_models_schema_send_no_create(
    both: Both, params: dict[str, object], field: str
) -> None:
    """The model list is read (free); the paid create is never sent."""
    with pytest.raises(InvalidInputError) as caught:
        both("asset_generator.create", model_name="nano-banana", input_params=params)
    assert caught.value.field == field


def test_an_unknown_model_sends_no_create(both: Both) -> None:
    with pytest.raises(InvalidInputError) as caught:
        both("asset_generator.create", model_name="no-such-model", input_params=PROMPT)
    assert caught.value.field == "model_name"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_schema_list_falls_back_on_404_and_remembers_the_path(mode: str) -> None:
    """The guide's path 404s: the reference page's answers, and is asked first next time."""
    answers = [Fault(status=404, body=b'{"detail": "Not found."}')] + [Fault(body=MODELS)] * 2
    with serving(*answers) as server:
        if mode == "sync":
            with Creatify("id", API_KEY, server.url, max_retries=0) as client:
                first = client.asset_generator.models()
                client.asset_generator.models(["nano-banana"])
        else:

            async def twice() -> list[object]:
                async with AsyncCreatify("id", API_KEY, server.url, max_retries=0) as client:
                    found = await client.asset_generator.models()
                    await client.asset_generator.models(["nano-banana"])
                    return found

            first = asyncio.run(twice())
        paths = [r.path for r in server.received]
    assert [m.model_name for m in first] == ["nano-banana"]  # type: ignore[attr-defined]
    assert paths == [
        "/api/asset_generator/schemas/",
        "/api/ai_generations/schemas/",
        "/api/ai_generations/schemas/?model_name=nano-banana",
    ]


def create_without_prompt(mode: str, base_url: str) -> None:
    if mode == "sync":
        with Creatify("id", API_KEY, base_url, max_retries=0) as client:
            client.asset_generator.create(model_name="nano-banana", input_params={})
        return

    async def create() -> None:
        async with AsyncCreatify("id", API_KEY, base_url, max_retries=0) as client:
            await client.asset_generator.create(model_name="nano-banana", input_params={})

    asyncio.run(create())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_schema_violation_sends_only_the_free_model_list(mode: str) -> None:
    with serving(Fault(body=MODELS), Fault(status=500)) as server:
        with pytest.raises(InvalidInputError, match=r"input_params\.prompt"):
            create_without_prompt(mode, server.url)
        assert [r.method for r in server.received] == ["GET"]


def test_estimate_credits_takes_the_schemas_string_duration(offline: Offline) -> None:
    """A model's `input_params_schema` spells `duration` as a string ("5"): it read as
    "unknown", and a value that is no number of seconds passed unchecked (S5-11)."""
    kling = "kling-video/v1.6/pro/text-to-video"
    assert offline("asset_generator.estimate_credits", kling, 2, duration="5") == 24
    for bad in (True, -5, 0, 5.5, "5s", [5]):
        with pytest.raises(InvalidInputError, match="whole number of seconds") as caught:
            offline("asset_generator.estimate_credits", kling, 1, duration=bad)
        assert caught.value.field == "duration"


def test_estimate_credits_follows_the_published_table(offline: Offline) -> None:
    assert offline("asset_generator.estimate_credits", "nano-banana", 3) == 12
    assert offline("asset_generator.estimate_credits", "veo3.1/fast", 2, duration=8) == 64
    assert (
        offline(
            "asset_generator.estimate_credits", "kling-video/v1.6/pro/text-to-video", 1, duration=10
        )
        == 24
    )
    assert offline("asset_generator.estimate_credits", "veo3.1", 1) == "unknown"
    assert offline("asset_generator.estimate_credits", "some-new-model", 1) == "unknown"
    with pytest.raises(InvalidInputError):
        offline("asset_generator.estimate_credits", "nano-banana", 0)
