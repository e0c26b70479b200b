"""The generated package imports whole, matches the spec, and parses the spec's examples."""

from __future__ import annotations

import datetime as dt
import difflib
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import creatify_api
import openapi_python_client
import pytest
from creatify_api import models
from dateutil.parser import isoparse

from tests.spec import ROOT, load_spec, operations, resolve

REQUIRED_OPERATIONS = {
    ("post", "/api/personas_v2/", "personas"),
    ("get", "/api/personas_v2/", "personas"),
    ("get", "/api/personas_v2/count/", "personas"),
    ("post", "/api/personas/", "personas"),
    ("get", "/api/personas/", "personas"),
    ("get", "/api/personas/paginated/", "personas"),
    ("get", "/api/personas/{id}/", "personas"),
    ("post", "/api/lipsyncs/", "lipsyncs"),
    ("get", "/api/lipsyncs/", "lipsyncs"),
    ("get", "/api/lipsyncs/{id}/", "lipsyncs"),
    ("post", "/api/lipsyncs/preview/", "lipsyncs"),
    ("post", "/api/lipsyncs/{id}/render/", "lipsyncs"),
    ("get", "/api/voices/", "voices"),
    ("get", "/api/remaining_credits/", "credits"),
    ("post", "/api/lipsyncs_v2/", "lipsyncs_v2"),
    ("get", "/api/lipsyncs_v2/", "lipsyncs_v2"),
    ("get", "/api/lipsyncs_v2/{id}/", "lipsyncs_v2"),
    ("post", "/api/lipsyncs_v2/preview/", "lipsyncs_v2"),
    ("post", "/api/lipsyncs_v2/{id}/render/", "lipsyncs_v2"),
    ("post", "/api/text_to_speech/", "text_to_speech"),
    ("get", "/api/text_to_speech/", "text_to_speech"),
    ("get", "/api/text_to_speech/{id}/", "text_to_speech"),
    ("post", "/api/aurora/", "aurora"),
    ("get", "/api/aurora/{id}/", "aurora"),
    ("post", "/api/links/", "links"),
    ("post", "/api/links/link_with_params/", "links"),
    ("get", "/api/links/", "links"),
    ("get", "/api/links/{id}/", "links"),
    ("put", "/api/links/{id}/", "links"),
    ("post", "/api/link_to_videos/", "link_to_videos"),
    ("get", "/api/link_to_videos/", "link_to_videos"),
    ("get", "/api/link_to_videos/{id}/", "link_to_videos"),
    ("post", "/api/link_to_videos/preview/", "link_to_videos"),
    ("post", "/api/link_to_videos/{id}/render/", "link_to_videos"),
    ("post", "/api/link_to_videos/preview_list_async/", "link_to_videos"),
    ("post", "/api/link_to_videos/{id}/render_single_preview/", "link_to_videos"),
    ("post", "/api/ai_shorts/", "ai_shorts"),
    ("post", "/api/ai_shorts/preview/", "ai_shorts"),
    ("post", "/api/ai_shorts/{id}/render/", "ai_shorts"),
    ("get", "/api/ai_shorts/", "ai_shorts"),
    ("get", "/api/ai_shorts/{id}/", "ai_shorts"),
    ("post", "/api/ai_editing/", "ai_editing"),
    ("post", "/api/ai_editing/preview/", "ai_editing"),
    ("post", "/api/ai_editing/{id}/render/", "ai_editing"),
    ("get", "/api/ai_editing/", "ai_editing"),
    ("get", "/api/ai_editing/{id}/", "ai_editing"),
    ("post", "/api/custom_template_jobs/", "custom_template_jobs"),
    ("post", "/api/custom_template_jobs/{id}/render/", "custom_template_jobs"),
    ("get", "/api/custom_template_jobs/{id}/", "custom_template_jobs"),
    ("post", "/api/product_to_videos/gen_image/", "product_to_videos"),
    ("post", "/api/product_to_videos/{id}/gen_video/", "product_to_videos"),
    ("get", "/api/product_to_videos/", "product_to_videos"),
    ("get", "/api/product_to_videos/{id}/", "product_to_videos"),
    ("post", "/api/dyoa/", "dyoa"),
    ("get", "/api/dyoa/", "dyoa"),
    ("get", "/api/dyoa/{id}/", "dyoa"),
    ("get", "/api/musics/", "music"),
    ("get", "/api/music_categories/", "music"),
}
# How sure we are that an operation exists (see openapi/README.md, "Evidence").
EVIDENCE = {"vendor-yaml", "vendor-rendered", "vendor-guide", "code-only", "inferred"}
ERROR_STATUSES = {"400", "401", "403", "404", "429", "5XX"}


def all_module_names() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages(creatify_api.__path__, prefix="creatify_api.")
    )


@pytest.mark.parametrize("name", all_module_names())
def test_every_generated_module_imports(name: str) -> None:
    """Importing each module catches generator bugs such as `NameError: Unset` (#1451)."""
    importlib.import_module(name)


def test_generated_modules_are_found() -> None:
    """The walk above sees the whole package, not an empty one."""
    assert len(all_module_names()) >= 30


def test_every_required_operation_is_in_the_spec_and_generated() -> None:
    """Each operation the SDK promises exists, with tag, summary, security and a module."""
    spec = load_spec()
    assert spec["servers"][0]["url"] == "https://api.creatify.ai"
    assert set(spec["components"]["securitySchemes"]) == {"X-API-ID", "X-API-KEY"}
    found = {(m, p, op["tags"][0]) for m, p, op in operations()}
    assert found >= REQUIRED_OPERATIONS
    for method, path, op in operations():
        assert op["summary"], (method, path)
        assert spec["security"] == [{"X-API-ID": [], "X-API-KEY": []}] or op.get("security")
        assert set(op["responses"]) >= ERROR_STATUSES, (method, path)
        tag = op["tags"][0]
        package = "credits_" if tag == "credits" else tag
        module = importlib.import_module(f"creatify_api.api.{package}.{op['operationId']}")
        assert callable(module.sync_detailed) and callable(module.asyncio_detailed)


def test_every_operation_states_its_evidence() -> None:
    """`x-evidence` on each operation; the weakly evidenced ones are listed in openapi/README.md."""
    readme = (ROOT / "openapi" / "README.md").read_text()
    assert len(operations()) >= 55
    for method, path, op in operations():
        assert op.get("x-evidence") in EVIDENCE, (method, path)
        if op["x-evidence"] in ("code-only", "inferred"):
            assert f"`{method.upper()} {path}`" in readme, (method, path)


def test_every_create_with_a_webhook_url_documents_its_callback() -> None:
    """A JSON body with `webhook_url` means a callback POST to that URL."""
    for method, path, op in operations():
        body = op.get("requestBody", {}).get("content", {}).get("application/json")
        if not body:
            continue
        schema = resolve(body["schema"])
        names = set(schema.get("properties", {}))
        for part in schema.get("allOf", []):
            names |= set(resolve(part).get("properties", {}))
        if "webhook_url" in names:
            (callback,) = op["callbacks"].values()
            assert list(callback) == ["{$request.body#/webhook_url}"], (method, path)


def test_rate_limit_response_documents_retry_after() -> None:
    """429 carries a `Retry-After` header in the spec."""
    too_many = load_spec()["components"]["responses"]["TooManyRequests"]
    assert "Retry-After" in too_many["headers"]


ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def normalise(value: Any) -> Any:
    """Compare date-times by instant: `Z` and `+00:00` are the same time."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and ISO_DATETIME.match(value):
        parsed: dt.datetime = isoparse(value)
        return parsed
    return value


def model_for(schema: dict[str, Any]) -> tuple[type[Any], bool]:
    """The generated model class of a `$ref` schema, or of an array's items."""
    is_list = schema.get("type") == "array"
    ref = schema["items"]["$ref"] if is_list else schema["$ref"]
    return getattr(models, ref.rsplit("/", 1)[-1]), is_list


def spec_examples() -> list[tuple[str, dict[str, Any], Any]]:
    """(label, schema, example value) for every JSON example in requests and responses."""
    found = []
    for method, path, op in operations():
        contents = [("request", op.get("requestBody", {}).get("content", {}))]
        for status, response in op["responses"].items():
            contents.append((status, resolve(response).get("content", {})))
        for where, content in contents:
            media = content.get("application/json")
            # An inline union (`BadRequestList`: a bare list or DRF's object) has no model.
            if not media or "oneOf" in media["schema"]:
                continue
            for name, example in media.get("examples", {}).items():
                ref = example.get("$ref", "")
                label = f"{method} {path} {where} {name} {ref.rsplit('/', 1)[-1]}".strip()
                found.append((label, media["schema"], resolve(example)["value"]))
    # The webhook payloads of the callbacks, so that their models parse what is documented.
    for name, callback in load_spec()["components"].get("callbacks", {}).items():
        for expression, item in callback.items():
            media = item["post"]["requestBody"]["content"]["application/json"]
            for example_name, example in media.get("examples", {}).items():
                label = f"callback {name} {example_name}"
                found.append((label, media["schema"], example["value"]))
    return found


@pytest.mark.parametrize(
    ("label", "schema", "value"), spec_examples(), ids=[e[0] for e in spec_examples()]
)
def test_spec_example_round_trips_through_its_model(
    label: str, schema: dict[str, Any], value: Any
) -> None:
    """`from_dict` then `to_dict` gives back the documented example."""
    model, is_list = model_for(schema)
    items = value if is_list else [value]
    for item in items:
        assert normalise(model.from_dict(item).to_dict()) == normalise(item), label


def test_the_documentations_own_examples_are_in_the_spec() -> None:
    """Seeds 001 (persona create) and 004 (lipsync create, done) are round-tripped above."""
    labels = " ".join(label for label, _, _ in spec_examples())
    for name in ("PersonaCreatedDocs", "LipsyncPendingDocs", "LipsyncDoneDocs"):
        assert name in labels
    assert len(spec_examples()) >= 150
    for callback in ("JobWebhook", "JobVideoOutputWebhook", "PreviewListWebhook"):
        assert f"callback {callback} " in labels


JOB_MODELS = [
    models.Lipsync,
    models.LipsyncV2,
    models.TextToSpeech,
    models.Aurora,
    models.LinkToVideo,
    models.AiShorts,
    models.AiEditing,
    models.CustomTemplateJob,
]


@pytest.mark.parametrize(
    ("model", "field"),
    [
        *((model, "status") for model in JOB_MODELS),
        (models.Persona, "process_status"),
        (models.ProductToVideo, "status"),
        (models.Dyoa, "status"),
        (models.JobWebhookPayload, "status"),
        (models.JobVideoOutputWebhookPayload, "status"),
    ],
)
def test_an_unknown_status_value_parses(model: type[Any], field: str) -> None:
    """A status the spec does not list yet is kept as a string, not a crash."""
    parsed = model.from_dict({"id": "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394", field: "brand_new"})
    assert getattr(parsed, field) == "brand_new"


@pytest.mark.parametrize("model", JOB_MODELS)
@pytest.mark.parametrize("progress", [0, 0.5, 1, "0.45", None])
def test_job_progress_is_a_number_or_a_string(model: type[Any], progress: Any) -> None:
    """Both documented types of `progress` parse."""
    body = {"id": "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394", "status": "running", "progress": progress}
    assert model.from_dict(body).progress == progress


@pytest.mark.parametrize("model", [*JOB_MODELS, models.ProductToVideo, models.Dyoa])
def test_a_job_with_only_id_and_status_parses(model: type[Any]) -> None:
    """Outputs, reasons and timestamps are all optional: a bare answer is not rejected."""
    parsed = model.from_dict({"id": "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394", "status": "pending"})
    assert parsed.status == "pending"


@pytest.mark.parametrize(
    "stamp",
    ["2025-05-30T04:11:05.449603-07:00", "2025-05-30T11:11:05Z", "2025-05-30T11:11:05+00:00"],
)
def test_timestamps_with_offsets_and_microseconds_parse(stamp: str) -> None:
    """The product-to-video webhook's offset timestamps parse to the same instant."""
    body = {"id": "7e5e8a6f-d0d5-4736-b390-03e696ffc969", "status": "failed", "created_at": stamp}
    payload = models.ProductToVideoWebhookPayload.from_dict({**body, "failed_reason": None})
    assert isinstance(payload.created_at, dt.datetime)
    assert payload.created_at == isoparse(stamp)
    assert payload.failed_reason is None


def test_webhook_payloads_keep_unknown_keys() -> None:
    """A payload key the spec does not name is kept, not rejected."""
    payload = models.JobWebhookPayload.from_dict(
        {"id": "x", "status": "done", "output": None, "video_output": "https://a.b/v.mp4"}
    )
    assert payload.additional_properties == {"video_output": "https://a.b/v.mp4"}


@pytest.mark.parametrize("ratio", ["9:16", "9x16", "16:9", "16x9", "1:1", "1x1"])
def test_both_aspect_ratio_spellings_are_accepted(ratio: str) -> None:
    """Requests take `9:16` and `9x16`; responses keep what the server sends."""
    assert models.AspectRatio(ratio).value == ratio
    body = {"id": "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394", "status": "done", "aspect_ratio": ratio}
    assert models.Lipsync.from_dict(body).aspect_ratio == ratio


def test_upload_parts_carry_their_content_type_and_no_fixed_boundary() -> None:
    """File parts name their type (Prism #2672) and httpx picks a random boundary."""
    import io

    from creatify_api.api.personas import personas_v2_create
    from creatify_api.types import File

    body = models.PersonaUploadRequest(
        lipsync_input=File(payload=io.BytesIO(b"x"), file_name="a.mp4", mime_type="video/mp4"),
        gender=models.Gender.M,
        creator_name="James",
        labels=["a", "b"],
    )
    kwargs = personas_v2_create._get_kwargs(body=body)
    assert "Content-Type" not in kwargs["headers"]
    parts = kwargs["files"]
    assert ("lipsync_input", ("a.mp4", body.lipsync_input.payload, "video/mp4")) in parts
    assert [p for p in parts if p[0] == "labels"] == [
        ("labels", (None, b"a", "text/plain")),
        ("labels", (None, b"b", "text/plain")),
    ]
    assert all(b"None" != p[1][1] for p in parts)


# Each override in openapi/templates/ and the only lines it may change from the pinned
# generator's own template (besides its leading `{#- Creatify: ... #}` comment).
TEMPLATE_CHANGES = {
    # A random multipart boundary instead of the fixed `+++`; JSON read by `loads`; a
    # UUID path parameter formatted without `quote`.
    "endpoint_module.py.jinja": (
        "uuid_property.py.jinja",
        "{% endif %}",
        "=str({{parameter.python_name}}),",
        "=quote(str(",
        "multipart/form-data",
        "{% else %}",
        "{%- if body.content_type",
        'replace("response.json()", "loads(response.content)")',
        "{{ parse_response(parsed_responses,",
        "from ...client import AuthenticatedClient, Client",
    ),
    # typing.Self and StrEnum are Python 3.11+; the package supports 3.10. `loads`
    # decodes JSON answers with orjson, falling back to json for what orjson refuses.
    "client.py.jinja": (
        "Self",
        "from typing import Any",
        "Callable",
        "json",
        "loads",
        '"""',
        "orjson",
        "(bench/RESULTS.md)",
        "surrogates) is read by",
        "back as a float",
        "(bench/RESULTS.md); what orjson",
        "try:",
        "except",
        "else:",
        "return",
        "pass",
    ),
    "str_enum.py.jinja": ("Enum",),
    # Start-up time: an operation's module is handed out before its code runs, which
    # runs on first use (thread-safe); the endpoint packages ask `deferred_submodule`.
    "api_init.py.jinja": (
        '"""',
        "Contains methods for accessing the API",
        "operation",
        "code",
        "use (issue 28)",
        "thread",
        "import",
        "_lock",
        "_Deferred",
        "def ",
        "spec",
        "module",
        "self",
        "name",
        "return",
    ),
    "endpoint_init.py.jinja": (
        "Contains endpoint functions",
        "TYPE_CHECKING",
        "__getattr__",
        "deferred_submodule",
    ),
    # Start-up time: a model's module is imported on first use (PEP 562 __getattr__);
    # type checkers read the imports under TYPE_CHECKING.
    "models_init.py.jinja": (
        '"""',
        "data models used in inputs/outputs",
        "A model's module",
        "every model took",
        "under TYPE_CHECKING",
        "TYPE_CHECKING",
        "{{ import }}",
        "else:",
        "importlib",
        "_MODULES",
        "{% for import",
        "words",
        "{% endfor %}",
        "    }",
        "__getattr__",
        "module",
        "value",
        "__dir__",
        "sorted(set(globals())",
    ),
    # Parsing speed: no union type built at run time per field; `converts` tells (the
    # model template too) whether a union has a member to convert.
    "property_templates/union_property.py.jinja": (
        "return cast(",
        "return data  # type: ignore",
        "any_construct",
        "{% import",
        "{% for inner_property",
        "{% endfor %}",
        "{% else %}",
        "{% endif %}",
        "= {{ source }}",
        "converts",
        "model.py.jinja asks too",
        "inner_property",
        "inner_template",
        "{%- endfor -%}",
        "{% endmacro %}",
        "if data is UNSET:",
        "if isinstance(data, Unset):",
    ),
    # Parsing speed: when every known key is there, read them all with one itemgetter
    # call (_KNOWN) and count the keys for unknown ones; else read fields with get and
    # compare the keys with _FIELDS. Set them on object.__new__(cls); UUIDs and
    # date-times read by types.parse_uuid and types.parse_datetime.
    "model.py.jinja": (
        "_get = src_dict.get",
        "src_dict[",
        "_get(",
        "object.__new__(cls)",
        "new_instance",
        "from ..types import UNSET, Unset",
        # additional_properties made on first read: from_dict sets it for unknown keys only.
        "lazy_additional_properties",
        "{{ lazy_import }} # noqa: PLC0415",
        "additional_properties = {}",
        "for prop_name, prop_dict in d.items():",
        "additional_properties[prop_name] = ",
        "_model.",
        "return _model",
        "{% if model.optional_properties %}",
        "{% for property in",
        "{% endfor %}",
        "{% if model.additional_properties %}",
        "{% endif %}",
        "_FIELDS",
        "_KNOWN",
        "_NAMES",
        "itemgetter",
        "{% else %}",
        "d = dict(src_dict)",
        "'d.pop(",
        "{{ module_name }}",
        "{{ property.python_name }}={{ property.python_name }},",
        "        )",
        "parse_uuid",
        "parse_datetime",
        "{% set properties",
        "properties | length",
        "model.relative_imports",
        "when the raw value is converted",
        "such a member: union_property",
        "    takes. #}",
        "prop_template.converts",
        "as prop_template -%}",
        "{%- endfor -%}",
        "{%- endif -%}",
        "{{ property_source }}",
        "_has_unknown_keys",
        "try:",
        "except KeyError:",
        "read_one_by_one",
        "constructed(property)",
        "local_name(property)",
        "macro",
        "found",
        "inner_",
        "{% if property.required %}",
        "{% if (model.required_properties",
        "prop_template.construct",
        "    member); a union",
        "    does. A converted",
        # The JSON types each field may hold: one inline test of identities (type_test);
        # check_types names the field when it fails.
        "json_types",
        "type_test",
        "alternatives",
        "The inline test",
        "type_set",
        "set kind = p.__class__.__name__",
        "elif kind",
        "{%- else -%}ANY",
        "check.types",
        "namespace(types=false)",
        "_TYPES",
        "check_types",
        "ANY",
        "{% if model.required_properties or model.optional_properties %}",
    ),
    # parse_uuid (UUID() without its string passes) and parse_datetime (a trailing Z read
    # on Python 3.10 too), which the models call.
    "types.py.jinja": (
        "import datetime",
        "import sys",
        "from uuid import",
        "__all__",
        "UUID",
        "uuid",
        "digits",
        "try:",
        "except",
        "pass",
        "parse_datetime",
        "sys.version_info",
        "else:",
        "fromisoformat",
        # check_types: a field whose JSON type the spec does not allow is a TypeError.
        "from typing import TYPE_CHECKING, Any, BinaryIO",
        "from typing import BinaryIO, Generic",  # the line without Any, removed
        # new_instance: object.__new__ looked up once, typed for mypy.
        "new_instance",
        "if TYPE_CHECKING:",
        # lazy_additional_properties: a model's additional_properties made on first read.
        "import threading",
        "_additional_properties_lock",
        "_AdditionalProperties",
        "_slot",
        "lazy_additional_properties",
        "if instance is None:",
        "def __get__(self, instance",
        'cls.__dict__["additional_properties"]',
        "    return cls",
        "value: dict[str, Any] = {}",
        "A model's `additional_properties`",
        "it reads and writes. `from_dict`",
        "keys (the usual answer); the first read",
        "write take a lock",
        "made on first read (see above)",
        "a `{}` made and freed",
        "collector, cost about",
        "class _AnyType",
        "field of no fixed type",
        "def __contains__",
        "        return True",
        "ANY_TYPE",
        "_JSON_NAMES",
        "def check_types(",
        "the field allows, what the spec",
        "inline test of the types",
        ") -> None:",
        "Raise TypeError naming",
        "        return",
        "for name, allowed, value in zip",
        "if type(value) not in allowed",
        "wanted = ",
        "got = _JSON_NAMES",
        "raise TypeError(f",
        # Unset pickles as the one UNSET.
        "def __reduce__(self) -> str:",
        'return "UNSET"',
    ),
    # Parsing speed: a list of models is read by list(map(Model.from_dict, data)).
    "property_templates/list_property.py.jinja": (
        "inner_template.construct %}",
        '"ModelProperty"',
        "{% set read = ",
        "= {{ source }}",
        "{{ read }}",
        "{% if property.required %}",
        "{% else %}",
        "{% endif %}",
        "= UNSET",
        "is not UNSET:",
    ),
    # Parsing speed: a missing optional field is told by `is UNSET`, not isinstance.
    "property_templates/property_macros.py.jinja": ("is UNSET:", "isinstance(_"),
    "property_templates/uuid_property.py.jinja": ("UUID({{ source }})", "parse_uuid"),
    # types.parse_datetime: Python 3.10's fromisoformat rejects a trailing Z.
    "property_templates/datetime_property.py.jinja": ("fromisoformat", "parse_datetime"),
}


def changed_lines(name: str) -> list[str]:
    ours = (ROOT / "openapi/templates" / name).read_text()
    ours = ours[ours.index("#}") + 3 :] if ours.startswith("{#- Creatify") else ours
    upstream = (Path(openapi_python_client.__file__).parent / "templates" / name).read_text()
    diff = difflib.unified_diff(upstream.splitlines(), ours.splitlines(), lineterm="", n=0)
    return [
        line
        for line in diff
        if line[:1] in "+-" and not line.startswith(("+++", "---")) and line[1:].strip()
    ]


@pytest.mark.parametrize("name", sorted(TEMPLATE_CHANGES))
def test_template_override_changes_only_what_it_says(name: str) -> None:
    """openapi/templates/ follows the pinned generator's templates but for named changes."""
    changes = changed_lines(name)
    assert changes, f"{name} no longer differs from upstream: delete the override"
    for line in changes:
        assert any(marker in line for marker in TEMPLATE_CHANGES[name]), line


def test_every_template_override_is_listed() -> None:
    """No override in openapi/templates/ escapes the check above."""
    templates = ROOT / "openapi/templates"
    found = {str(p.relative_to(templates)) for p in templates.rglob("*.jinja")}
    assert found == set(TEMPLATE_CHANGES)


def test_generated_was_built_from_the_current_spec() -> None:
    """generated/SOURCE.sha256 matches the spec, config and template (run make regenerate)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "openapi/spec_hash.py")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"id": "x", "progress": 0.5}', {"id": "x", "progress": 0.5}),
        # What orjson refuses and the standard library reads: nothing the service may
        # send is lost to the faster decoder.
        (b'{"progress": NaN}', "nan"),
        # Integers past 64 bits come back as floats (orjson's rule; no field is near).
        (b'{"credits": 18446744073709551616}', {"credits": 2.0**64}),
        ('{"text": "h\u00e9"}'.encode("utf-16"), {"text": "h\u00e9"}),
        (b'{"text": "\\ud800"}', {"text": "\ud800"}),
    ],
)
def test_loads_reads_every_json_answer(body: bytes, expected: object) -> None:
    from creatify_api.client import loads

    value = loads(body)
    if expected == "nan":
        assert value["progress"] != value["progress"]
    else:
        assert value == expected


def test_loads_still_refuses_what_is_not_json() -> None:
    from creatify_api.client import loads

    with pytest.raises(json.JSONDecodeError):
        loads(b"<html>502 Bad Gateway</html>")
    with pytest.raises(json.JSONDecodeError):
        loads(b"")
