"""Every job kind of `JOB_KINDS` (plus product to video's image stage) gets the same
namespace behaviour from its declaration: checks before the paid create, checked
downloads, and the shared resource's methods. A new kind fails here until it has a case."""

from __future__ import annotations

import asyncio
import inspect
import math
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import creatify
import pytest
import yaml
from creatify import AsyncCreatify, Creatify, DownloadError, InvalidInputError, JobFailedError
from creatify._async.jobs import AsyncDownloads, AsyncJobResource
from creatify._jobs import JOB_KINDS, PRODUCT_IMAGE_JOB, PRODUCT_VIDEO_JOB, Call, JobKind
from creatify._media import Media
from creatify._options import OPERATION_ROUTES, OPERATION_SCHEMA
from creatify._plain import PLAIN_AREAS
from creatify._sync.jobs import Downloads, JobResource
from creatify_api import models

from tests.faults.server import Fault, serving
from tests.overlay.helpers import API_KEY, CREATOR_ID
from tests.overlay.products_helpers import FAST, LINK_ID, Both, Offline

ROOT = Path(__file__).resolve().parents[2]
URL = "https://example.com/media/"
SPEC = yaml.safe_load((ROOT / "openapi" / "creatify.yaml").read_text(encoding="utf-8"))
# The arguments of one valid `create_and_wait` per kind (positional, keyword).
CREATES: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    "avatars": (
        (ROOT / "mock" / "fixtures" / "james.mp4",),
        {"creator_name": "James", "gender": "m", "video_scene": "office"},
    ),
    "lipsyncs": ((), {"text": "Hello", "creator": CREATOR_ID}),
    "lipsyncs_v2": (
        (),
        {
            "video_inputs": [
                {
                    "character": {"type": "avatar", "avatar_id": CREATOR_ID},
                    "voice": {"type": "text", "input_text": "Hello", "voice_id": CREATOR_ID},
                }
            ]
        },
    ),
    "text_to_speech": ((), {"script": "Hello", "accent": CREATOR_ID}),
    "aurora": ((), {"image": URL + "face.jpg", "audio": URL + "song.mp3"}),
    "link_to_videos": ((), {"link": LINK_ID}),
    "ai_shorts": ((), {"script": "Meet the Model X."}),
    "ai_editing": ((), {"video_url": URL + "clip.mp4", "editing_style": "film"}),
    "custom_template_jobs": (
        (),
        {"template_id": "a0617283-94a5-4fb0-b1c2-4d5e6f708192", "variables": {"a": "b"}},
    ),
    "product_to_videos": ((), {"product_url": URL + "product.jpg", "motion_style": "talking"}),
    "dyoa": ((), {"name": "My Avatar", "age_group": "young_adult", "gender": "m"}),
    "asset_generator": ((), {"model_name": "nano-banana", "input_params": {"prompt": "A"}}),
    "inspiration_jobs": (
        (),
        {
            "inspiration_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
            "input_params": {"Product Image": URL + "product.jpg"},
        },
    ),
    "iab_images": ((), {"image": URL + "product.jpg"}),
    "ads_clone": ((), {"link": LINK_ID, "video_url": URL + "ad.mp4"}),
    "text_generator": (
        (),
        {"model_name": "gemini-2.5-flash", "messages": [{"role": "user", "content": "Hi"}]},
    ),
    "ai_scripts": ((), {"link": LINK_ID}),
}
# Kinds whose create first reads a free list (the model's `input_params_schema`): the
# control below answers it before refusing the create.
READS_FIRST = {
    "asset_generator": b'[{"model_name": "nano-banana", "input_params_schema": {}}]',
    "inspiration_jobs": b'{"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}',
}
# The field each names, and the arguments: a max_interval below the poll_interval given.
BAD_WAITS = [
    ("timeout", {"timeout": -5}),
    ("poll_interval", {"poll_interval": 0}),
    ("poll_interval", {"poll_interval": math.inf}),  # it slept to the timeout after the create
    ("max_interval", {"max_interval": math.inf}),
    ("max_interval", {"max_interval": "30"}),
    ("max_interval", {"poll_interval": 2, "max_interval": 0.5}),
    ("max_interval", {"max_interval": 0}),  # alone: named, not lowered into poll_interval
    ("max_interval", {"max_interval": True}),
    ("on_update", {"on_update": 42}),
]
# Stage "image" of product to video is a kind of its own, reached through `stage=`.
DOWNLOADS = [
    pytest.param(kind, {}, id=name)
    for name, kind in JOB_KINDS.items()
    if kind.expected_media and not kind.output_files
] + [pytest.param(PRODUCT_IMAGE_JOB, {"stage": "image"}, id="product_to_videos-image")]
SAMPLES = {
    Media.VIDEO: ROOT / "overlay" / "creatify" / "testing" / "media" / "lipsync-output.mp4",
    Media.AUDIO: ROOT / "overlay" / "creatify" / "testing" / "media" / "speech.mp3",
    Media.IMAGE: ROOT / "overlay" / "creatify" / "testing" / "media" / "thumbnail.jpg",
}


def run(mode: str, base_url: str, namespace: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call `client.namespace.method(...)` on a new sync or async client."""
    if mode == "sync":
        with Creatify("id", API_KEY, base_url, max_retries=0) as client:
            return getattr(getattr(client, namespace), method)(*args, **kwargs)

    async def call() -> Any:
        async with AsyncCreatify("id", API_KEY, base_url, max_retries=0) as client:
            return await getattr(getattr(client, namespace), method)(*args, **kwargs)

    return asyncio.run(call())


def test_every_kind_has_a_case() -> None:
    assert set(CREATES) == set(JOB_KINDS)


@pytest.mark.parametrize("kind", [*JOB_KINDS.values(), PRODUCT_IMAGE_JOB], ids=lambda k: k.noun)
def test_every_ending_of_every_kind_raises_a_public_exception(kind: JobKind[Any]) -> None:
    """`_jobs.py` looks the exceptions up by name (`_job_errors.py` is generated from the
    kinds): each status set that ends a job badly names a class that `creatify` exports,
    and a rejection is a kind of the failure where the kind has both (not for avatars)."""
    for ended, outcome in ((kind.failed, "Failed"), (kind.rejected, "Rejected")):
        if ended:
            error = kind.error(outcome)
            assert issubclass(error, JobFailedError)
            assert getattr(creatify, error.__name__) is error
    if kind.failed and kind.rejected:
        subclass = issubclass(kind.error("Rejected"), kind.error("Failed"))
        assert subclass is (kind.namespace != "avatars")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("field", "bad"), BAD_WAITS)
@pytest.mark.parametrize("namespace", sorted(JOB_KINDS))
def test_a_bad_wait_argument_sends_no_request(
    namespace: str, field: str, bad: dict[str, object], mode: str
) -> None:
    """`create_and_wait` refuses a bad wait argument before the paid create: the local
    server receives nothing."""
    args, options = CREATES[namespace]
    with serving(Fault(status=500)) as server:
        with pytest.raises(InvalidInputError) as caught:
            run(mode, server.url, namespace, "create_and_wait", *args, **options, **bad)
        assert server.count() == 0
    assert caught.value.field == field


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("namespace", sorted(JOB_KINDS))
def test_the_same_call_with_good_wait_arguments_sends_the_create(namespace: str, mode: str) -> None:
    """The control: the options above pass every check, so the create is sent (and the
    server's 400 ends the call before any wait)."""
    args, options = CREATES[namespace]
    first = [Fault(body=READS_FIRST[namespace])] if namespace in READS_FIRST else []
    refused = Fault(status=400, body=b'{"detail": "no"}')
    with serving(*first, refused) as server:
        with pytest.raises(Exception) as caught:
            run(mode, server.url, namespace, "create_and_wait", *args, **options, timeout=5)
        assert [r.method for r in server.received] == ["GET"] * len(first) + ["POST"]
    assert not isinstance(caught.value, InvalidInputError)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_bad_video_option_stops_product_to_video_before_its_image_step(mode: str) -> None:
    """The two-step `create_and_wait` checks the second step's options before the first."""
    _, options = CREATES["product_to_videos"]
    with serving(Fault(status=500)) as server:
        with pytest.raises(InvalidInputError) as caught:
            run(
                mode,
                server.url,
                "product_to_videos",
                "create_and_wait",
                **options | {"motion_style": "a b"},
            )
        assert server.count() == 0
    assert caught.value.field == "motion_style"


def finished_job(both: Both, kind: JobKind[Any], url: str) -> Any:
    """A finished job of `kind` from the mock, its output moved to `url`."""
    args, options = CREATES[kind.namespace]
    job = both(f"{kind.namespace}.create_and_wait", *args, **options, **FAST)
    first = kind.output_fields[0]  # the one `output_url` reads first
    try:
        setattr(job, first, url)
    except AttributeError:  # a field the spec does not declare: read from the extras
        job.additional_properties[first] = url
    return job


@pytest.mark.parametrize(
    ("kind", "stage"),
    DOWNLOADS + [pytest.param(k, {}, id=n) for n, k in JOB_KINDS.items() if k.output_files],
)
def test_a_download_with_a_bad_on_progress_sends_no_request(
    offline: Offline, kind: JobKind[Any], stage: dict[str, str], tmp_path: Path
) -> None:
    """As `on_update` is: it was a bare TypeError once the file's first bytes came."""
    with pytest.raises(InvalidInputError) as caught:
        offline(f"{kind.namespace}.download", LINK_ID, tmp_path / "out", on_progress=5, **stage)
    assert caught.value.field == "on_progress"
    assert offline.script.requests == []


@pytest.mark.parametrize(("kind", "stage"), DOWNLOADS)
def test_a_download_of_the_wrong_content_keeps_no_file(
    both: Both, kind: JobKind[Any], stage: dict[str, str], tmp_path: Path
) -> None:
    """An HTML page served with 200 is a `DownloadError`, and nothing is left on disk."""
    page = Fault(body=b"<!doctype html><html>Sign in</html>", headers={"Content-Type": "text/html"})
    with serving(page) as server:
        job = finished_job(both, kind, f"{server.url}/output")
        with pytest.raises(DownloadError, match=r"is not an? "):
            both(f"{kind.namespace}.download", job, tmp_path / "out.bin", **stage)
        assert server.count("GET") == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("kind", "stage"), DOWNLOADS)
def test_a_download_of_the_right_content_is_kept(
    both: Both, kind: JobKind[Any], stage: dict[str, str], tmp_path: Path
) -> None:
    """The control: the kind's own media passes the same check."""
    assert kind.expected_media is not None
    sample = SAMPLES[kind.expected_media].read_bytes()
    with serving(
        Fault(body=sample, headers={"Content-Type": "application/octet-stream"})
    ) as server:
        job = finished_job(both, kind, f"{server.url}/output")
        path = both(f"{kind.namespace}.download", job, tmp_path / "out.bin", **stage)
    assert path.read_bytes() == sample


@pytest.mark.parametrize(
    "kind", [pytest.param(k, id=n) for n, k in JOB_KINDS.items() if k.output_files]
)
def test_a_download_of_every_file_keeps_none_of_the_wrong_content(
    both: Both, kind: JobKind[Any], tmp_path: Path
) -> None:
    """Kinds with several files (`output_files`) save each into a folder: an HTML page
    among them is a `DownloadError` and leaves no file of its own."""
    assert kind.output_files is not None
    args, options = CREATES[kind.namespace]
    page = Fault(body=b"<!doctype html><html>Sign in</html>", headers={"Content-Type": "text/html"})
    with serving(page) as server:
        job = both(f"{kind.namespace}.create_and_wait", *args, **options, **FAST)
        setattr(job, kind.output_files, [f"{server.url}/a.png"])
        with pytest.raises(DownloadError, match=r"is not an? "):
            both(f"{kind.namespace}.download", job, tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("client_class", "base", "downloads"),
    [(Creatify, JobResource, Downloads), (AsyncCreatify, AsyncJobResource, AsyncDownloads)],
)
@pytest.mark.parametrize("namespace", sorted(JOB_KINDS))
def test_every_namespace_is_the_shared_resource_of_its_kind(
    client_class: type, base: type, downloads: type, namespace: str
) -> None:
    """get/wait/create_and_wait on every kind; list and download exactly where declared."""
    kind = JOB_KINDS[namespace]
    resource = getattr(client_class("id", API_KEY, "https://api.creatify.ai"), namespace)
    assert isinstance(resource, base) and resource._kind is kind
    for method in ("get", "wait", "create_and_wait"):
        assert callable(getattr(resource, method))
    # Avatars list personas (stock and custom, with filters), not jobs: their own `list`.
    declares_list = kind.listing is not None
    assert hasattr(resource, "list") == (declares_list or namespace == "avatars")
    assert hasattr(resource, "download") == (kind.expected_media is not None)
    one_file = kind.expected_media is not None and kind.output_files is None
    assert isinstance(resource, downloads) == one_file
    # ... and written once, in the job layer (product to video adds `stage=` to wait and
    # download, handing each stage to its own resource of the layer); `list` is generated
    # into the kind's own class, from its declared operation.
    if declares_list:
        assert "list" in vars(type(resource)), namespace
    inherited = ["get"]
    if namespace != "product_to_videos":
        inherited += ["wait"] + ["download"] * (kind.expected_media is not None)
    for name in inherited:
        owner = next(c for c in type(resource).__mro__ if name in vars(c))
        assert owner.__module__ in {"creatify._async.jobs", "creatify._sync.jobs"}, name


@pytest.mark.parametrize("client_class", [Creatify, AsyncCreatify])
@pytest.mark.parametrize(
    "namespace", sorted(n for n, k in JOB_KINDS.items() if k.listing is not None)
)
def test_list_takes_what_the_declared_operation_takes(client_class: type, namespace: str) -> None:
    """The `list` a namespace inherits matches its declared operation's query: `ids`
    exactly where `listing.by_ids`, `ordering` where the operation has it."""
    kind = JOB_KINDS[namespace]
    resource = getattr(client_class("id", API_KEY, "https://api.creatify.ai"), namespace)
    assert kind.listing is not None
    query = set(inspect.signature(kind.listing.operation.sync_detailed).parameters) - {"client"}
    assert set(inspect.signature(resource.list).parameters) - {"timeout"} == query
    assert ("ids" in query) == kind.listing.by_ids


@pytest.mark.parametrize(
    ("client_class", "downloads"), [(Creatify, Downloads), (AsyncCreatify, AsyncDownloads)]
)
def test_product_to_video_has_a_resource_per_stage(client_class: type, downloads: type) -> None:
    resource = client_class("id", API_KEY, "https://api.creatify.ai").product_to_videos
    assert resource._kind is PRODUCT_VIDEO_JOB
    assert isinstance(resource._images, downloads)
    assert resource._images._kind is PRODUCT_IMAGE_JOB


def seconds(text: str) -> float:
    """'~2 s', '10 min', '6 days' in seconds."""
    number, unit = text.strip().lstrip("~").split()[:2]
    return float(number) * {"s": 1, "min": 60, "days": 24 * 3600}[unit.rstrip(",")]


def test_the_waiting_guide_table_states_each_kinds_defaults() -> None:
    """The waiting guide's table of wait defaults is the declarations', for every kind."""
    readme = (ROOT / "docs" / "guides" / "waiting.md").read_text()
    rows = [
        line.split("|")[1:-1]
        for line in readme.splitlines()
        if line.startswith("| `") and ".wait" in line.split("|")[1]
    ]
    seen: set[str] = set()
    for job, _, _, otherwise, cap, gives_up in rows:
        for namespace in re.findall(r"`(\w+)", job):
            poll = JOB_KINDS[namespace].poll
            stated = (seconds(otherwise.split(",")[0]), seconds(cap), seconds(gives_up))
            assert stated == (poll.poll_interval, poll.max_interval, poll.timeout), namespace
            seen.add(namespace)
    assert seen == set(JOB_KINDS)


def spec_get(path: str) -> dict[str, Any] | None:
    """The spec's GET operation of `path`, read from the YAML itself."""
    get: dict[str, Any] | None = SPEC["paths"].get(path, {}).get("get")
    return get


@pytest.mark.parametrize("kind", [*JOB_KINDS.values(), PRODUCT_IMAGE_JOB], ids=lambda k: k.noun)
def test_operations_and_model_are_the_specs_for_the_kinds_path(kind: JobKind[Any]) -> None:
    """`retrieve` is the spec's GET of `{path}{id}/` and `model` its answer; the list is
    its GET of `{path}`, by ids exactly when that takes `ids` (none for avatars, whose
    `list` is their own)."""
    one = spec_get(f"{kind.path}{{id}}/")
    assert one is not None, f"{kind.namespace}: no GET {kind.path}{{id}}/ in the spec"
    assert kind.retrieve.__name__ == f"creatify_api.api.{one['tags'][0]}.{one['operationId']}"
    answer = next(r for code, r in one["responses"].items() if str(code).startswith("2"))
    schema = answer["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    assert kind.model is getattr(models, schema)
    listing = spec_get(kind.path) if kind.namespace != "avatars" else None
    names = set()
    for param in (listing or {}).get("parameters", []):
        ref = param.get("$ref", "").rsplit("/", 1)[-1]
        names.add((SPEC["components"]["parameters"][ref] if ref else param)["name"])
    found = kind.listing
    assert (found.operation.__name__.rsplit(".", 1)[-1] if found else None) == (
        listing and listing["operationId"]
    )
    assert (found is not None and found.by_ids) == (listing is not None and "ids" in names)
    assert kind.listed == (kind.namespace != "avatars")


@pytest.mark.parametrize(
    "call",
    [call for area in [*PLAIN_AREAS, *JOB_KINDS.values()] for call in area.calls],
    ids=lambda call: call.operation,
)
def test_a_calls_body_in_the_tables_is_the_specs_json_body(call: Call) -> None:
    """scripts/gen_namespaces.py types a call's body from `_options.py`'s tables, whose
    `OPERATION_SCHEMA` is the first content type's schema: for a call it must be the JSON
    body's, or a call whose operation lists a file upload first (`personas_v2_create`)
    would be typed, silently, with the upload's fields."""
    method, path = OPERATION_ROUTES[call.operation]
    body = SPEC["paths"][path][method.lower()].get("requestBody", {})
    ref = body.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
    assert OPERATION_SCHEMA.get(call.operation) == (ref and ref.rsplit("/", 1)[-1])


def test_a_kind_whose_path_the_spec_has_no_get_of_is_refused() -> None:
    with pytest.raises(ValueError, match=r"no GET /api/nowhere/\{id\}/"):
        replace(PRODUCT_VIDEO_JOB, path="/api/nowhere/")


def test_importing_the_kinds_imports_no_generated_operation() -> None:
    """The operations are imported when a kind first needs them, not with `_jobs`."""
    code = (
        "import sys, creatify._jobs as jobs; "
        "loaded = sorted(m for m in sys.modules if m.startswith('creatify_api.api.')); "
        "print(loaded); jobs.IAB_IMAGES_JOB.retrieve; "
        "print('creatify_api.api.iab_images.iab_images_retrieve' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:2] == ["[]", "True"]
