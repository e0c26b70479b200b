"""The request options and their checks come from the spec (scripts/gen_options.py writes
`creatify/_options.py`): a rule edited in the spec is the rule the SDK checks."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from creatify import Avatar, InvalidInputError, Scene, TextVoice
from creatify import _options as committed
from creatify._requests import HOOKS
from creatify._validation import FieldSpec, check_object, check_value

from tests.overlay.helpers import CREATOR_ID, Script, sync_client

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "creatify.yaml"
GENERATOR = ROOT / "scripts" / "gen_options.py"
IMAGE, AUDIO = "https://e.com/face.png", "https://e.com/voice.mp3"


def generate(spec: Path, output: Path) -> ModuleType:
    """Run the generator on `spec` and import what it wrote as a module of `creatify`
    (its relative imports need the package)."""
    subprocess.run(
        [sys.executable, str(GENERATOR), "--spec", str(spec), "--output", str(output)],
        check=True,
        capture_output=True,
    )
    name = f"creatify._options_{uuid.uuid4().hex}"
    module_spec = importlib.util.spec_from_file_location(name, output)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def refusal(fields: tuple[FieldSpec, ...], schema: str, options: dict[str, Any]) -> str | None:
    """The error `options` get under `fields`, or None when they pass."""
    try:
        check_object(fields, options, schema=schema, hooks=HOOKS)
    except InvalidInputError as error:
        return str(error)
    return None


def edited_spec(folder: Path) -> Path:
    """A copy of the spec with a maxLength, a maximum, an enum and a nested limit changed,
    and a property added (named `--repeatable` on the command line)."""
    spec = yaml.safe_load(SPEC.read_text())
    schemas = spec["components"]["schemas"]
    schemas["TextToSpeechCreateRequest"]["properties"]["script"]["maxLength"] = 20
    schemas["AuroraCreateRequest"]["properties"]["prompt_guidance_scale"]["maximum"] = 5
    schemas["AuroraModelVersion"]["enum"].append("aurora_v2")
    schemas["AuroraCreateRequest"]["properties"]["seed"] = {
        "type": "integer",
        "minimum": 0,
        "description": "Makes a render repeatable.",
        "x-cli-name": "--repeatable",
    }
    schemas["V2Voice"]["properties"]["input_text"]["maxLength"] = 100
    copy = folder / "creatify.yaml"
    copy.write_text(yaml.safe_dump(spec, sort_keys=False))
    return copy


def test_the_committed_module_is_what_the_spec_generates(tmp_path: Path) -> None:
    """`make drift` in a test: the generator's output from the spec is the committed file."""
    generate(SPEC, tmp_path / "_options.py")
    assert (tmp_path / "_options.py").read_text() == Path(committed.__file__).read_text()


def test_an_edited_spec_changes_the_checks_and_the_keywords(tmp_path: Path) -> None:
    """Change a maxLength, a maximum, an enum and a nested limit, add a property (with
    its CLI option's name): the regenerated checks and options follow with no hand edit."""
    copy = edited_spec(tmp_path)
    edited = generate(copy, tmp_path / "_options_edited.py")

    tts, aurora, v2 = "TextToSpeechCreateRequest", "AuroraCreateRequest", "LipsyncV2CreateRequest"
    long_script = {"script": "x" * 21}
    assert refusal(committed.SCHEMA_FIELDS[tts], tts, long_script) is None
    assert refusal(edited.SCHEMA_FIELDS[tts], tts, long_script) == (
        "script: must be at most 20 characters, got 21"
    )

    guided = {"image": IMAGE, "audio": AUDIO, "prompt_guidance_scale": 6}
    assert refusal(committed.SCHEMA_FIELDS[aurora], aurora, guided) is None
    assert refusal(edited.SCHEMA_FIELDS[aurora], aurora, guided) == (
        "prompt_guidance_scale: must be at least 0 and at most 5, got 6"
    )

    newer = {"image": IMAGE, "audio": AUDIO, "model_version": "aurora_v2"}
    assert "must be one of aurora_v1, aurora_v1_fast" in str(
        refusal(committed.SCHEMA_FIELDS[aurora], aurora, newer)
    )
    assert refusal(edited.SCHEMA_FIELDS[aurora], aurora, newer) is None

    seeded = {"image": IMAGE, "audio": AUDIO, "seed": 7}
    assert "seed: is not a field here" in str(
        refusal(committed.SCHEMA_FIELDS[aurora], aurora, seeded)
    )
    assert "seed" not in committed.AuroraOptions.__annotations__
    assert "seed" in edited.AuroraOptions.__annotations__
    assert "seed:" in str(edited.AuroraOptions.__doc__)
    assert check_object(edited.SCHEMA_FIELDS[aurora], seeded, schema=aurora)["seed"] == 7
    assert refusal(edited.SCHEMA_FIELDS[aurora], aurora, {**seeded, "seed": -1}) == (
        "seed: must be at least 0, got -1"
    )
    (seed,) = [f for f in edited.OPERATION_FIELDS["aurora_create"] if f.name == "seed"]
    assert (seed.python_type, seed.required, seed.help, seed.cli_name) == (
        int,
        False,
        "Makes a render repeatable. At least 0.",
        "--repeatable",
    )

    scenes = {"video_inputs": [Scene(Avatar(CREATOR_ID), TextVoice("y" * 101))]}
    assert refusal(committed.SCHEMA_FIELDS[v2], v2, scenes) is None
    assert refusal(edited.SCHEMA_FIELDS[v2], v2, scenes) == (
        "video_inputs[0].voice.input_text: must be at most 100 characters, got 101"
    )


def test_an_edited_spec_reaches_the_body_the_regenerated_client_sends(tmp_path: Path) -> None:
    """The whole of `make regenerate` on the edited copy: openapi-python-client, then the
    options. The checked options become the regenerated model and its JSON unchanged,
    the new property and enum value included."""
    copy = edited_spec(tmp_path)
    package = tmp_path / "client" / "creatify_api"
    subprocess.run(
        [
            str(Path(sys.executable).with_name("openapi-python-client")),
            "generate",
            "--path",
            str(copy),
            "--config",
            str(ROOT / "openapi" / "config.yaml"),
            "--custom-template-path",
            str(ROOT / "openapi" / "templates"),
            "--meta",
            "none",
            "--output-path",
            str(package),
            "--overwrite",
        ],
        check=True,
        capture_output=True,
    )
    edited = generate(copy, tmp_path / "_options_edited.py")
    name = f"edited_api_{uuid.uuid4().hex}"
    module_spec = importlib.util.spec_from_file_location(
        name, package / "__init__.py", submodule_search_locations=[str(package)]
    )
    assert module_spec is not None and module_spec.loader is not None
    client = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = client
    try:
        module_spec.loader.exec_module(client)
        models = importlib.import_module(f"{name}.models")
        schema = "AuroraCreateRequest"
        options = {"image": IMAGE, "audio": AUDIO, "seed": 7, "model_version": "aurora_v2"}
        body = check_object(edited.SCHEMA_FIELDS[schema], options, schema=schema, hooks=HOOKS)
        model = models.AuroraCreateRequest.from_dict(body)
        assert model.seed == 7 and model.model_version.value == "aurora_v2"
        assert model.additional_properties == {}
        assert model.to_dict() == body
    finally:
        for module in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            del sys.modules[module]


def every_field(fields: tuple[FieldSpec, ...], path: str = "") -> Iterator[tuple[str, FieldSpec]]:
    for spec in fields:
        where = f"{path}.{spec.name}" if path else spec.name
        yield where, spec
        if spec.fields is not None:
            yield from every_field(spec.fields, where)


STRING_FIELDS = sorted(
    {
        (schema, where, spec)
        for schema, fields in committed.SCHEMA_FIELDS.items()
        for where, spec in every_field(fields)
        if spec.python_type is str or (spec.items is not None and spec.items.python_type is str)
    },
    key=lambda item: (item[0], item[1]),
)


@pytest.mark.parametrize(
    ("where", "spec"),
    [(w, s) for _, w, s in STRING_FIELDS],
    ids=[f"{c}.{w}" for c, w, _ in STRING_FIELDS],
)
def test_every_string_field_refuses_a_lone_surrogate(where: str, spec: FieldSpec) -> None:
    """`"\\ud800"` cannot be sent as UTF-8: an `InvalidInputError` naming the field, not a
    `UnicodeEncodeError` from deep inside httpx (issue 24)."""
    value: Any = ["\ud800"] if spec.python_type is list else "x\ud800"
    with pytest.raises(InvalidInputError) as caught:
        check_value(spec, where, value)
    assert caught.value.field == (f"{where}[0]" if spec.python_type is list else where)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.lipsyncs.create(creator=CREATOR_ID, text="Hi \ud800"), "text"),
        (lambda c: c.text_to_speech.create(script="\udfff"), "script"),
        (
            lambda c: c.lipsyncs_v2.create(
                video_inputs=[Scene(Avatar(CREATOR_ID), TextVoice("\ud800"))]
            ),
            "video_inputs[0].voice.input_text",
        ),
        (lambda c: c.dyoa.create(name="\ud800", age_group="child", gender="f"), "name"),
        (lambda c: c.aurora.create(image=IMAGE, audio=AUDIO, name="\ud800"), "name"),
        (
            lambda c: c.custom_template_jobs.create(
                template_id=CREATOR_ID, variables={"rows": [1, {"title": "\udfff"}]}
            ),
            "variables.rows[1].title",
        ),
    ],
)
def test_a_lone_surrogate_is_refused_before_any_request(call: Any, field: str) -> None:
    script = Script([])
    with pytest.raises(InvalidInputError) as caught:
        call(sync_client(script))
    assert caught.value.field == field
    assert "lone surrogate" in caught.value.rule
    assert script.count == 0


def test_every_request_body_has_its_fields() -> None:
    """The CLI builds its options from `OPERATION_FIELDS`: every body of the spec is there
    (that every option has help is tests/cli/test_job_groups.py's check)."""
    spec = yaml.safe_load(SPEC.read_text())
    with_body = {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "requestBody" in operation
    }
    assert set(committed.OPERATION_FIELDS) == with_body
    (ratio,) = [
        f for f in committed.OPERATION_FIELDS["lipsyncs_create"] if f.name == "aspect_ratio"
    ]
    assert ratio.enum is not None and set(ratio.choices) == {m.value for m in ratio.enum}
