"""Write `overlay/creatify/mcp/_spec.json`: what the MCP server needs of the spec.

    python scripts/gen_mcp_spec.py          # rewrite it (part of `make regenerate`)
    python scripts/gen_mcp_spec.py --check  # fail if it is stale

An installed package has no `openapi/` folder, so the request schemas the MCP tools
show to an agent are read here, once, from `openapi/creatify.yaml`: for every job kind of
`creatify._jobs.JOB_KINDS`, of its `create` (else of each of its POST calls, the steps of
product to video), the JSON body (as JSON Schema 2020-12, every `$ref` inlined, with the
path's `id`), the operation's description and the cost sentence of the call's docstring;
and the query parameters of the discovery calls. The server derives its tools from `JOB_KINDS` and looks the
schemas up here by operation ("POST /api/lipsyncs/").
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "overlay")]

from creatify import AsyncCreatify
from creatify._jobs import JOB_KINDS, sentences
from creatify._options import OPERATION_ROUTES

SPEC = ROOT / "openapi" / "creatify.yaml"
OUTPUT = ROOT / "overlay" / "creatify" / "mcp" / "_spec.json"
# Discovery calls whose query parameters become a tool's input (the tool names are the
# server's: `avatars_list` pages through the 1,500+ stock personas).
QUERY_OPERATIONS = ("GET /api/personas/paginated/",)
# OpenAPI 3.0 keywords with no meaning in JSON Schema 2020-12 (or none for an agent).
DROPPED = {"nullable", "example", "discriminator", "xml", "externalDocs", "readOnly", "writeOnly"}


class Spec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def json_schema(self, node: Any, seen: tuple[str, ...] = ()) -> Any:
        """An OpenAPI 3.0 schema as JSON Schema 2020-12, `$ref`s inlined."""
        if isinstance(node, list):
            return [self.json_schema(item, seen) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise SystemExit(f"recursive schema {ref}: the MCP tools cannot inline it")
            return self.json_schema(self.resolve(node), (*seen, ref))
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in DROPPED or key.startswith("x-"):
                continue
            if key == "properties":
                out[key] = {
                    name: self.json_schema(prop, seen)
                    for name, prop in value.items()
                    if not self.resolve(prop).get("readOnly")
                }
            elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
                bound = "minimum" if key == "exclusiveMinimum" else "maximum"
                if value and bound in node:
                    out[key] = node[bound]
            elif key in ("items", "additionalProperties", "allOf", "anyOf", "oneOf", "not"):
                out[key] = self.json_schema(value, seen)
            else:
                out[key] = value
        for key in ("exclusiveMinimum", "exclusiveMaximum"):
            bound = "minimum" if key == "exclusiveMinimum" else "maximum"
            if node.get(key) is True:
                out.pop(bound, None)
        if "example" in node:
            out["examples"] = [node["example"]]
        if "required" in out and "properties" in out:
            out["required"] = [name for name in out["required"] if name in out["properties"]]
        if node.get("nullable"):
            out = _nullable(out)
        return out

    def operation(self, key: str) -> dict[str, Any]:
        method, path = key.split(" ", 1)
        found = self.document["paths"].get(path, {}).get(method.lower())
        if found is None:
            raise KeyError(key)
        return dict(found)

    def json_body(self, key: str) -> dict[str, Any] | None:
        """The JSON request body of `key` as an object schema, or None if it has none."""
        try:
            body = self.resolve(self.operation(key).get("requestBody", {}))
        except KeyError:
            return None
        content = body.get("content", {}).get("application/json")
        if content is None:
            return None
        schema = self.json_schema(content["schema"])
        if schema.get("type") != "object":
            raise SystemExit(f"{key}: the MCP tools need an object body")
        # The SDK refuses unknown fields before sending; say so to the agent up front.
        return {**schema, "additionalProperties": False}

    def parameters(self, key: str, where: str = "query") -> dict[str, Any]:
        """The operation's parameters `where` (query, path) as an object schema."""
        properties: dict[str, Any] = {}
        required = []
        for parameter in map(self.resolve, self.operation(key).get("parameters", [])):
            if parameter.get("in") != where:
                continue
            schema = self.json_schema(parameter.get("schema", {}))
            if parameter.get("x-comma-separated") and "enum" in schema:
                schema = comma_separated(schema)
            if parameter.get("description"):
                schema = {**schema, "description": parameter["description"]}
            properties[parameter["name"]] = schema
            if parameter.get("required"):
                required.append(parameter["name"])
        return {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str):
        schema = {**schema, "type": [kind, "null"]}
        if "enum" in schema and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
        return schema
    return {"anyOf": [schema, {"type": "null"}]}


def comma_separated(schema: dict[str, Any]) -> dict[str, Any]:
    """An enum of one value as the string of one or more of them, comma-separated
    (`gender="m,f"`), as the parameter's description says and the SDK takes."""
    values = [value for value in schema["enum"] if value is not None]
    one = "|".join(re.escape(str(value)) for value in values)
    rest = {key: value for key, value in schema.items() if key != "enum"}
    return {**rest, "type": "string", "pattern": f"^({one})(,({one}))*$"}


def without_cost(text: str) -> str:
    return " ".join(s for s in sentences(text) if not s.startswith("Costs "))


def summary_of(resource: Any) -> str:
    doc = inspect.getdoc(type(resource)) or ""
    return " ".join(doc.split("\n\n")[0].split())


def build() -> dict[str, Any]:
    spec = Spec(yaml.safe_load(SPEC.read_text()))
    # Sends nothing: only to see which methods each namespace has.
    client = AsyncCreatify(api_id="build", api_key="build", base_url="http://127.0.0.1:9")
    operations: dict[str, Any] = {}
    for kind in JOB_KINDS.values():
        resource = getattr(client, kind.namespace)
        posts = [call for call in kind.calls if OPERATION_ROUTES[call.operation][0] == "POST"]
        # A kind's paid tools: its `create`, else each of its steps (product to videos:
        # `gen_image`, then `gen_video` of the task). Avatars have neither (their
        # `create_from_files` uploads training and consent videos).
        for call in [call for call in posts if call.name == "create"] or posts:
            key = " ".join(OPERATION_ROUTES[call.operation])
            body = spec.json_body(key)
            if body is None:
                continue
            path = spec.parameters(key, "path")
            if path["required"]:  # the task's `id`, of a later step
                path["properties"]["id"]["description"] = "The task's `id` (its first step's)."
                body["properties"] = path["properties"] | body["properties"]
                body["required"] = path["required"] + body.get("required", [])
            described = str(spec.operation(key).get("description", ""))
            spec_summary = str(spec.operation(key).get("summary", ""))
            # The declared call's cost sentence: the CLI says the same before it sends.
            if not call.cost:
                raise SystemExit(f"{kind.namespace}.{call.name}: its doc does not say its cost")
            operations[key] = {
                # A step's own summary; a create's, its product area's.
                "summary": summary_of(resource) if call.name == "create" else spec_summary,
                "description": without_cost(described),
                "cost": call.cost,
                "input_schema": body,
            }
    for key in QUERY_OPERATIONS:
        operations[key] = {
            "description": " ".join(str(spec.operation(key).get("description", "")).split()),
            "input_schema": spec.parameters(key),
        }
    return {"source": str(SPEC.relative_to(ROOT)), "operations": operations}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = parser.parse_args()
    text = json.dumps(build(), indent=1, sort_keys=True) + "\n"
    if args.check:
        if not OUTPUT.is_file() or OUTPUT.read_text() != text:
            raise SystemExit(f"{OUTPUT.relative_to(ROOT)} is stale: run make regenerate")
        return
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text)


if __name__ == "__main__":
    main()
