"""Generate `overlay/creatify/_options.py` from the request bodies of `openapi/creatify.yaml`.

    python scripts/gen_options.py                        # rewrite the module (make regenerate)
    python scripts/gen_options.py --spec S --output O    # from another spec, to another file

For every request body of an operation it writes the rules of each field (`FieldSpec`
tables, checked by `_validation.check_object`) and a `TypedDict` of the keyword arguments
(the `**options: Unpack[...]` of the namespaces), the way Stainless writes `*_params.py`
for openai-python: a `maxLength`, an `enum`, a `minimum` or a new property in the spec
reaches the SDK's checks, its accepted keywords and the CLI's options with no hand edit.
Run after openapi-python-client (enum classes are looked up in `creatify_api.models`).
"""

from __future__ import annotations

import argparse
import importlib
import keyword
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "creatify.yaml"
OUTPUT = ROOT / "overlay" / "creatify" / "_options.py"
# Each operation's module of the generated client, by operationId: its tag's package.
API_MODULES = {
    module.stem: module.parent.name
    for module in (ROOT / "generated" / "creatify_api" / "api").glob("*/*.py")
}

# The public names of the options `TypedDict`s, kept from before they were generated.
# A schema not listed gets `<Schema without "CreateRequest" or "Request">Options`.
CLASS_NAMES = {
    "PersonaUploadRequest": "AvatarDetails",
    "LinkParamsRequest": "LinkParams",
    "LinkToVideoPreviewListRequest": "PreviewListOptions",
    "ProductToVideoGenImageRequest": "ProductImageOptions",
    "ProductToVideoGenVideoRequest": "ProductVideoOptions",
}
# Options of a schema less some fields the method takes otherwise (`from_url` makes the link).
SUBSETS = {"VideoFromUrlOptions": ("LinkToVideoCreateRequest", ("link",))}
# Fields whose hand-written check (`_requests.py`) takes more than the spec's type.
WIDER_TYPES = {"caption_offset_x": "str | float", "caption_offset_y": "str | float"}
# Objects the SDK also takes as its own readable types (`creatify.scenes`).
SDK_TYPES = {"VideoInput": "Scene", "BackgroundMusic": "Music"}

HEADER = '''"""Request options and the rules of their fields, by request body of the spec.

Generated from openapi/creatify.yaml by scripts/gen_options.py (`make regenerate`);
do not edit. `SCHEMA_FIELDS[schema]` and `OPERATION_FIELDS[operation_id]` give each
body's `FieldSpec`s (JSON name, Python type, choices, required, help); the `TypedDict`s
are the keyword arguments the namespaces take. `_validation.check_object` checks them.
"""

# ruff: noqa: E501

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from creatify_api import models
from typing_extensions import Required, TypedDict

from ._validation import FieldSpec
from .scenes import Music, Scene
'''


class Generator:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.paths: dict[str, Any] = spec["paths"]
        self.tables: dict[str, str] = {}  # schema name -> its tuple's source, in order
        self.models = importlib.import_module("creatify_api.models")

    # ------------------------------------------------------------ schemas

    def resolve(self, node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        ref = node.get("$ref")
        if ref is None:
            return None, node
        name = ref.rsplit("/", 1)[-1]
        return name, self.schemas[name]

    def properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names, `allOf` parts merged in order."""
        props: dict[str, Any] = {}
        required: set[str] = set()
        for part in schema.get("allOf", []):
            sub_props, sub_required = self.properties(self.resolve(part)[1])
            props.update(sub_props)
            required |= sub_required
        props.update(schema.get("properties", {}))
        required |= set(schema.get("required", []))
        return props, required

    def is_object(self, schema: dict[str, Any]) -> bool:
        return schema.get("type") == "object" or "allOf" in schema or "properties" in schema

    # ------------------------------------------------------------ FieldSpec source

    def enum_class(self, name: str) -> str | None:
        return f"models.{name}" if hasattr(self.models, name) else None

    def field_source(
        self, owner: str, name: str, node: dict[str, Any], required: bool, indent: str
    ) -> str:
        ref_name, schema = self.resolve(node)
        merged = {**schema, **{k: v for k, v in node.items() if k != "$ref"}}
        args = [repr(name)]
        kind = merged.get("type")
        if "enum" in merged:
            choices = tuple(str(value) for value in merged["enum"])
            args.append("str")
            args.append(f"choices={choices!r}")
            enum = self.enum_class(ref_name or owner + _pascal(name))
            if enum:
                args.append(f"enum={enum}")
        elif self.is_object(merged) and (merged.get("properties") or merged.get("allOf")):
            args.append("dict")
            table = self.table(ref_name) if ref_name else None
            if table is None:  # an inline object: its fields in place
                raise SystemExit(f"{owner}.{name}: give inline objects a schema name")
            args += [f"fields={table}", f"schema={ref_name!r}"]
        else:
            args.append(
                {
                    "string": "str",
                    "integer": "int",
                    "number": "float",
                    "boolean": "bool",
                    "array": "list",
                }.get(kind or "object", "dict")
            )
        if required:
            args.append("required=True")
        description = " ".join(str(merged.get("description", "")).split())
        if description:
            args.append(f"description={description!r}")
        rules = {
            "format": "format",
            "pattern": "pattern",
            "minLength": "min_length",
            "maxLength": "max_length",
            "minimum": "minimum",
            "maximum": "maximum",
            "minItems": "min_items",
            "maxItems": "max_items",
        }
        for key, arg in rules.items():
            if key in merged and not (key == "format" and merged[key] in ("binary",)):
                args.append(f"{arg}={merged[key]!r}")
        for key, arg in (
            ("exclusiveMinimum", "exclusive_minimum"),
            ("exclusiveMaximum", "exclusive_maximum"),
        ):
            if merged.get(key):
                args.append(f"{arg}=True")
        if "default" in merged and isinstance(merged["default"], (str, int, float, bool)):
            args.append(f"default={merged['default']!r}")
        if "x-cli-name" in merged:
            args.append(f"cli_name={merged['x-cli-name']!r}")
        if merged.get("x-cli-file"):
            args.append("cli_file=True")
        if kind == "array" and "items" in merged:
            item = self.field_source(owner, name, merged["items"], False, indent + "    ")
            args.append(f"items={item}")
        return f"FieldSpec({', '.join(args)})"

    def table(self, name: str) -> str:
        """The name of the module-level tuple of `name`'s fields (written once)."""
        constant = _constant(name)
        if name in self.tables:
            return constant
        self.tables[name] = ""  # taken: a schema that refers to itself stops here
        props, required = self.properties(self.schemas[name])
        lines = [
            "    " + self.field_source(name, prop, node, prop in required, "    ") + ","
            for prop, node in props.items()
            if not _is_binary(self.resolve(node)[1])
        ]
        del self.tables[name]  # then written after the tables it refers to
        self.tables[name] = f"{constant}: tuple[FieldSpec, ...] = (\n" + "\n".join(lines) + "\n)"
        return constant

    # ------------------------------------------------------------ TypedDict source

    def python_type(self, owner: str, name: str, node: dict[str, Any]) -> str:
        ref_name, schema = self.resolve(node)
        merged = {**schema, **{k: v for k, v in node.items() if k != "$ref"}}
        if "enum" in merged:
            enum = self.enum_class(ref_name or owner + _pascal(name))
            return f"str | {enum}" if enum else "str"
        kind = merged.get("type")
        if kind == "array":
            return f"Sequence[{self.python_type(owner, name, merged.get('items', {}))}]"
        if ref_name and self.is_object(merged) and merged.get("properties"):
            own = [SDK_TYPES[ref_name]] if ref_name in SDK_TYPES else []
            return " | ".join([*own, f"models.{ref_name}", "Mapping[str, Any]"])
        if kind == "string":
            return "str | uuid.UUID" if merged.get("format") == "uuid" else "str"
        return {"integer": "int", "number": "float", "boolean": "bool"}.get(
            kind or "object", "Mapping[str, Any]"
        )

    def typed_dict(self, class_name: str, schema_name: str, without: tuple[str, ...] = ()) -> str:
        schema = self.schemas[schema_name]
        props, required = self.properties(schema)
        doc = " ".join(str(schema.get("description", "")).split()) or f"The `{schema_name}` body."
        if without:
            doc = f"{doc} Without {', '.join(f'`{n}`' for n in without)}."
        shown = {
            prop: node
            for prop, node in props.items()
            if prop not in without and not _is_binary(self.resolve(node)[1])
        }
        # `help()` shows the class docstring, not the attributes': each field is listed there.
        listed = "\n".join(
            _wrap(f"{prop}{' (required)' if prop in required else ''}: {self.words(node)}")
            for prop, node in shown.items()
        )
        lines = [
            f"class {class_name}(TypedDict, total=False):",
            f'    """{_doc(doc)}\n\n    Fields:\n{_doc(listed)}\n    """',
            "",
        ]
        for prop, node in shown.items():
            if keyword.iskeyword(prop):
                raise SystemExit(f"{schema_name}.{prop}: a keyword cannot be a TypedDict key")
            annotation = WIDER_TYPES.get(prop) or self.python_type(schema_name, prop, node)
            if prop in required:
                lines.append(f"    {prop}: Required[{annotation}]")
            else:
                lines.append(f"    {prop}: {annotation} | None")
            text = " ".join(str(self.resolve(node)[1].get("description", "")).split())
            text = text or " ".join(str(node.get("description", "")).split())
            if text:
                lines.append(f'    """{_doc(text)}"""')
        return "\n".join(lines)

    def words(self, node: dict[str, Any]) -> str:
        """A field's description and rules, in words."""
        schema = self.resolve(node)[1]
        merged = {**schema, **{k: v for k, v in node.items() if k != "$ref"}}
        parts = [" ".join(str(merged.get("description", "")).split()).rstrip(".")]
        if "enum" in merged:
            parts.append("one of " + ", ".join(f"`{value}`" for value in merged["enum"]))
        if merged.get("type") == "boolean":
            parts.append("True or False")
        if merged.get("format") == "uri":
            parts.append("an http(s) URL")
        if merged.get("format") == "uuid":
            parts.append("a UUID")
        if "maxLength" in merged:
            parts.append(f"at most {merged['maxLength']} characters")
        if "pattern" in merged:
            parts.append(f"matching `{merged['pattern']}`")
        for key, word, exclusive in (
            ("minimum", "from", "more than"),
            ("maximum", "to", "less than"),
        ):
            if key in merged:
                strict = merged.get("exclusive" + key[:1].upper() + key[1:])
                parts.append(f"{exclusive if strict else word} {merged[key]}")
        if merged.get("minItems"):
            parts.append(f"at least {merged['minItems']} item(s)")
        text = "; ".join(part for part in parts if part)
        return (text[:1].upper() + text[1:] + ".") if text else ""

    # ------------------------------------------------------------ the module

    def operations(self) -> dict[str, str]:
        """operationId -> the schema of its request body (the first content type's)."""
        found: dict[str, str] = {}
        for item in self.paths.values():
            for operation in item.values():
                if not isinstance(operation, dict) or "requestBody" not in operation:
                    continue
                for content in operation["requestBody"]["content"].values():
                    name = self.resolve(content["schema"])[0]
                    if name:
                        found[operation["operationId"]] = name
                        break
        return found

    def every_operation(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(method, path, operation) of every operation, in the spec's order."""
        return [
            (method.upper(), path, op)
            for path, item in self.paths.items()
            for method, op in item.items()
            if isinstance(op, dict) and "operationId" in op
        ]

    def query(self, op: dict[str, Any]) -> tuple[str, ...]:
        """The names of an operation's query parameters."""
        params = [self.parameter(p) for p in op.get("parameters", [])]
        return tuple(p["name"] for p in params if p.get("in") == "query")

    def query_fields(self) -> dict[str, str]:
        """Each query parameter's `FieldSpec` source, by name (one rule per name)."""
        found: dict[str, str] = {}
        for _, _, op in self.every_operation():
            for param in map(self.parameter, op.get("parameters", [])):
                if param.get("in") != "query":
                    continue
                node = {**param["schema"], "description": param.get("description", "")}
                source = self.field_source("Query", param["name"], node, False, "    ")
                if found.setdefault(param["name"], source) != source:
                    raise SystemExit(f"query parameter {param['name']}: two sets of rules")
        return found

    def parameter(self, node: dict[str, Any]) -> dict[str, Any]:
        ref = node.get("$ref")
        found: dict[str, Any] = (
            self.spec["components"]["parameters"][ref.rsplit("/", 1)[-1]] if ref else node
        )
        return found

    def answer(self, op: dict[str, Any]) -> str | None:
        """The model of an operation's 2xx JSON answer, `list[Name]` for a list of them."""
        found = next((r for code, r in op["responses"].items() if str(code)[0] == "2"), {})
        if "$ref" in found:
            found = self.spec["components"]["responses"][found["$ref"].rsplit("/", 1)[-1]]
        schema = found.get("content", {}).get("application/json", {}).get("schema", {})
        if schema.get("type") == "array":
            name = self.resolve(schema.get("items", {}))[0]
            return f"list[{name}]" if name else None
        return self.resolve(schema)[0]

    def doc(self, op: dict[str, Any]) -> str:
        """An operation's description, each paragraph on one line, a blank line apart."""
        paragraphs = re.split(r"\n\s*\n", str(op["description"]).strip())
        return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)

    def webhook(self, op: dict[str, Any]) -> tuple[str, ...] | None:
        """The keys of the JSON body an operation's (first) callback POSTs, in order; None
        where that body is a job itself: the model a GET answers, or an `allOf` of one."""
        every_get = (get for method, _, get in self.every_operation() if method == "GET")
        records = {answer for answer in map(self.answer, every_get) if answer}
        for callback in op["callbacks"].values():
            for item in callback.values():
                content = item["post"]["requestBody"]["content"]["application/json"]
                name, schema = self.resolve(content["schema"])
                parts = {self.resolve(part)[0] for part in schema.get("allOf", [])}
                named = {name, *parts} - {None}  # an inline schema has no name
                return None if records & named else tuple(self.properties(schema)[0])
        raise SystemExit(f"{op['operationId']}: a callback without a POST body")

    def module(self) -> str:
        operations = self.operations()
        bodies = list(dict.fromkeys(operations.values()))
        for name in bodies:
            self.table(name)
        classes = [
            self.typed_dict(CLASS_NAMES.get(name, _default_class(name)), name) for name in bodies
        ]
        classes += [self.typed_dict(cls, base, without) for cls, (base, without) in SUBSETS.items()]
        schema_fields = "\n".join(f"    {n!r}: {_constant(n)}," for n in self.tables)
        operation_fields = "\n".join(
            f"    {op!r}: {_constant(name)}," for op, name in sorted(operations.items())
        )
        operation_schema = "\n".join(
            f"    {op!r}: {name!r}," for op, name in sorted(operations.items())
        )
        every = self.every_operation()
        routes = "\n".join(
            f"    {op['operationId']!r}: ({method!r}, {path!r})," for method, path, op in every
        )
        modules = "\n".join(
            f"    {op['operationId']!r}: {API_MODULES[op['operationId']]!r}," for _, _, op in every
        )
        queries = "\n".join(
            f"    {op['operationId']!r}: {self.query(op)!r},"
            for _, _, op in every
            if self.query(op)
        )
        answers = "\n".join(
            f"    {op['operationId']!r}: {self.answer(op)!r},"
            for _, _, op in every
            if self.answer(op)
        )
        webhooks = "\n".join(
            f"    {op['operationId']!r}: {self.webhook(op)!r},"
            for _, _, op in every
            if op.get("callbacks")
        )
        docs = "\n".join(
            f"    {op['operationId']!r}: {self.doc(op)!r},"
            for _, _, op in every
            if op.get("description")
        )
        summaries = "\n".join(
            f"    {op['operationId']!r}: {' '.join(op['summary'].split())!r},"
            for _, _, op in every
            if op.get("summary")
        )
        query_fields = "\n".join(
            f"    {name!r}: {source}," for name, source in self.query_fields().items()
        )
        options_classes = "\n".join(
            f"    {name!r}: {CLASS_NAMES.get(name, _default_class(name))}," for name in bodies
        )
        parts = [
            HEADER,
            "# ---------------------------------------------------------------- field rules",
            *self.tables.values(),
            "SCHEMA_FIELDS: dict[str, tuple[FieldSpec, ...]] = {\n" + schema_fields + "\n}",
            '"""Every request schema\'s fields (objects inside bodies too), by schema name."""',
            "OPERATION_FIELDS: dict[str, tuple[FieldSpec, ...]] = {\n" + operation_fields + "\n}",
            '"""The fields of each operation\'s request body, by operationId."""',
            "OPERATION_SCHEMA: dict[str, str] = {\n" + operation_schema + "\n}",
            '"""The schema name of each operation\'s request body."""',
            "OPERATION_ROUTES: dict[str, tuple[str, str]] = {\n" + routes + "\n}",
            '"""The method and path of every operation of the spec, by operationId."""',
            "OPERATION_MODULES: dict[str, str] = {\n" + modules + "\n}",
            '"""The package of `creatify_api.api` holding each operation\'s module (its tag, '
            'renamed where that is a builtin\'s name: `credits_`)."""',
            "OPERATION_QUERY: dict[str, tuple[str, ...]] = {\n" + queries + "\n}",
            '"""The query parameters of every operation that has any."""',
            "QUERY_FIELDS: dict[str, FieldSpec] = {\n" + query_fields + "\n}",
            '"""The rules of every query parameter, by name (`_requests.checked_query`)."""',
            "OPERATION_ANSWERS: dict[str, str] = {\n" + answers + "\n}",
            '"""The model of each operation\'s 2xx JSON answer (`list[Name]`: a list of them)."""',
            "OPERATION_WEBHOOKS: dict[str, tuple[str, ...] | None] = {\n" + webhooks + "\n}",
            '"""The keys of the body that each operation with a callback POSTs to `webhook_url`, '
            'in order; None where the body is a job itself (the model a GET answers)."""',
            "OPERATION_DOCS: dict[str, str] = {\n" + docs + "\n}",
            '"""Each operation\'s description, paragraphs apart: the docstring of the method '
            'that sends it (`_jobs.Call`)."""',
            "OPERATION_SUMMARIES: dict[str, str] = {\n" + summaries + "\n}",
            '"""Each operation\'s summary: the docstring of a method that reads (`_jobs.Call`)."""',
            "# ---------------------------------------------------------------- keyword arguments",
            *classes,
            "OPTIONS_CLASSES: dict[str, type] = {\n" + options_classes + "\n}",
            '"""The `TypedDict` of each request schema."""',
        ]
        return "\n\n\n".join(parts) + "\n"


def _is_binary(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "string" and schema.get("format") == "binary"


def _pascal(name: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[_\W]+", name) if word)


def _constant(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def _default_class(schema: str) -> str:
    return re.sub(r"(Create)?Request$", "", schema) + "Options"


def _wrap(text: str) -> str:
    return textwrap.fill(text, 92, initial_indent="        ", subsequent_indent="            ")


def _doc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', "'''").rstrip('"')


def generate(spec_path: Path, output: Path) -> None:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    output.write_text(Generator(spec).module(), encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    command = str(ruff) if ruff.exists() else "ruff"
    config = ["--quiet", "--no-cache", "--config", str(ROOT / "pyproject.toml")]
    subprocess.run([command, "check", "--fix-only", *config, str(output)], check=True)
    subprocess.run([command, "format", *config, str(output)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    generate(args.spec, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
