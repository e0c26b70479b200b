"""The tool list: derived from the job kinds, schemas from the spec, costs said."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from creatify._jobs import JOB_KINDS

from tests.mcp.helpers import Server

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi" / "creatify.yaml").read_text())
DISCOVERY = {
    "credits_remaining",
    "voices_list",
    "voices_find_accent",
    "avatars_list",
    "links_create",
}


async def test_every_job_kind_has_its_tools_and_the_discovery_calls(server: Server) -> None:
    async with server.session() as session:
        tools = {tool.name: tool for tool in (await session.client.list_tools()).tools}
    assert tools.keys() >= DISCOVERY
    for ns, kind in JOB_KINDS.items():
        assert {f"{ns}_get", f"{ns}_wait"} <= tools.keys(), ns
        if f"{ns}_list" not in DISCOVERY:  # avatars_list pages through the stock avatars
            assert (f"{ns}_list" in tools) == (kind.listing is not None and kind.listing.by_ids), ns
        assert (f"{ns}_download" in tools) == (kind.expected_media is not None), ns
        assert tools[f"{ns}_wait"].input_schema["properties"]["seconds"]["maximum"] == 50
    creates = {name.removesuffix("_create") for name in tools if name.endswith("_create")}
    creates -= {"links"}  # a link is free, and not a job
    # Every kind with a JSON create in the spec has one, except avatars (training videos,
    # days of review) and product to videos (two steps, no `POST {path}`: one tool each).
    with_json_create = {
        ns
        for ns, kind in JOB_KINDS.items()
        if "application/json"
        in SPEC["paths"]
        .get(kind.path, {})
        .get("post", {})
        .get("requestBody", {})
        .get("content", {})
    }
    assert creates == with_json_create - {"avatars"}
    assert {"lipsyncs", "lipsyncs_v2", "text_to_speech", "aurora"} <= creates
    # No tool that is not one of these.
    expected = DISCOVERY | {
        f"{ns}_{method}"
        for ns in JOB_KINDS
        for method in ("create", "get", "wait", "list", "download")
    }
    assert tools.keys() <= expected | {"product_to_videos_gen_image", "product_to_videos_gen_video"}


async def test_create_tools_say_what_they_cost_and_take_the_spec_schema(server: Server) -> None:
    async with server.session() as session:
        tools = {tool.name: tool for tool in (await session.client.list_tools()).tools}
    for name, tool in tools.items():
        if name.endswith(("_create", "_gen_image", "_gen_video")) and name != "links_create":
            assert "PAID: Costs" in (tool.description or ""), name
            assert "reused: true" in (tool.description or ""), name
            assert tool.annotations is not None and tool.annotations.read_only_hint is False
        else:
            assert "Free." in (tool.description or ""), name
    lipsync = tools["lipsyncs_create"]
    assert "5 credits per 30 s" in (lipsync.description or "")
    schema = lipsync.input_schema
    body = SPEC["components"]["schemas"]["LipsyncCreateRequest"]
    assert schema["required"] == body["required"] == ["creator"]
    assert set(schema["properties"]) == set(body["properties"])
    assert schema["additionalProperties"] is False
    # `$ref`s are inlined: the enum of aspect ratios, as the spec has it.
    ratios = SPEC["components"]["schemas"]["AspectRatio"]["enum"]
    assert schema["properties"]["aspect_ratio"]["enum"] == ratios
    assert "$ref" not in str(tools["lipsyncs_v2_create"].input_schema)
    # nullable (OpenAPI 3.0) is JSON Schema's null type.
    assert schema["properties"]["text"]["type"] == ["string", "null"]
    assert "1 credit per 30 s" in (tools["text_to_speech_create"].description or "")


def test_the_guide_names_every_tool() -> None:
    """docs/mcp.md lists the tools: every one the server has (built here, in-process)."""
    from creatify.mcp.tools import catalogue

    guide = (Path(__file__).parents[2] / "docs" / "mcp.md").read_text()
    missing = [name for name in catalogue() if f"`{name}`" not in guide]
    assert not missing


async def test_avatars_list_filters_take_the_comma_separated_values_they_describe(
    server: Server,
) -> None:
    """A filter the spec marks `x-comma-separated` ("One or more genders,
    comma-separated") had the one value's enum as its schema, so a client validating by
    it refused `gender="m,f"` (V3-5)."""
    import jsonschema

    async with server.session() as session:
        tools = {tool.name: tool for tool in (await session.client.list_tools()).tools}
    schema = tools["avatars_list"].input_schema
    for good in ({"gender": "m,f"}, {"gender": "nb"}, {"age_range": "child,adult,senior"}):
        jsonschema.validate(good, schema)
    for bad in ({"gender": "m,x"}, {"gender": "m,"}, {"style": ""}, {"location": "indoor, other"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)
