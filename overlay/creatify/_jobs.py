"""Job kinds as data: what each kind of job calls its status, when it has ended, and where
its output is.

A job resource (`_async/jobs.py`) reads everything it needs from its `JobKind` (each field
says what). Adding a product area means declaring its kind here (see CONTRIBUTING.md).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, Generic, NamedTuple, Protocol, TypeVar, cast

from creatify_api import models
from creatify_api.types import Unset

from ._exceptions import DownloadError, InvalidInputError, JobFailedError
from ._media import Media
from ._options import (
    OPERATION_ANSWERS,
    OPERATION_DOCS,
    OPERATION_MODULES,
    OPERATION_QUERY,
    OPERATION_ROUTES,
    OPERATION_SCHEMA,
    OPERATION_SUMMARIES,
    SCHEMA_FIELDS,
)
from ._polling import PollDefaults as PollDefaults  # the kinds' type, as cli/ reads it

J = TypeVar("J")


class GeneratedOperation(Protocol):
    """A module of `creatify_api.api`: the generated request functions of one operation."""

    sync_detailed: Callable[..., Any]
    asyncio_detailed: Callable[..., Any]


GET_OPERATIONS = {path: op for op, (method, path) in OPERATION_ROUTES.items() if method == "GET"}
"""The spec's GET operation of each path, by path."""


def generated(operation_id: str) -> GeneratedOperation:
    """The generated module of a spec operation, imported when first asked for."""
    module = f"creatify_api.api.{OPERATION_MODULES[operation_id]}.{operation_id}"
    return cast(GeneratedOperation, importlib.import_module(module))


def value(field: Any) -> Any:
    """A generated model's field, with `UNSET` read as None."""
    return None if isinstance(field, Unset) else field


def field_of(job: Any, name: str) -> Any:
    """A field of a job, also when the spec does not declare it (it is then in the
    generated model's `additional_properties`): `output` vs `video_output` differ by page."""
    found = value(getattr(job, name, None))
    if found is None:
        extra = getattr(job, "additional_properties", None)
        found = extra.get(name) if isinstance(extra, dict) else None
    return found


class Listing(NamedTuple):
    """A kind's list operation, and whether it takes `ids` (and so can list only some
    jobs: the CLI's `--id`, the MCP `{ns}_list` tool)."""

    operation: GeneratedOperation
    by_ids: bool


def sentences(text: str) -> list[str]:
    """A docstring's sentences (one ends at a full stop before a capital or a backtick,
    so "e.g. 4" does not end one)."""
    return re.split(r"(?<=\.)\s+(?=[A-Z`])", " ".join(text.split()))


def with_article(noun: str) -> str:
    """`noun` after "a" or "an", by its first letter ("an asset_generator", "a lipsync")."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


@dataclass(frozen=True)
class Call:
    """A method of the kind's namespace that sends one operation of the spec, most often
    one answering a job of the kind (else a page of jobs, or nothing for a DELETE):
    `scripts/gen_namespaces.py` writes it, typed by the spec (the operation's path
    parameters become arguments, its JSON body the `**options`)."""

    name: str
    operation: str
    """The spec's `operationId`."""
    doc: str = ""
    """The method's docstring; it states what the call costs. By default, for a POST the
    spec's description of the operation, then what a retry does (`SENT_ONCE`); for a read
    its summary, which is free."""
    deprecated: str | None = None
    """What to use instead, when the vendor deprecated the operation (it then warns)."""
    positional: tuple[str, ...] = ()
    """Body fields the method takes as its first arguments, the whole body, instead of
    `**options`: by default the field of a body that has only one (`links.create(url)`)."""
    only_at: str | None = None
    """A later step of a task: the status the task waits in for it. The CLI and the MCP
    server read the task first (free) and send it at no other: before, there is nothing to
    go on from; after, it was sent already and a second would be paid again (V9-1)."""

    def __post_init__(self) -> None:
        if not self.doc and OPERATION_ROUTES[self.operation][0] == "GET":
            object.__setattr__(self, "doc", f"{OPERATION_SUMMARIES[self.operation]}. Free.")
        elif not self.doc:
            object.__setattr__(self, "doc", f"{OPERATION_DOCS[self.operation]}\n\n{SENT_ONCE}")
        body = SCHEMA_FIELDS.get(OPERATION_SCHEMA.get(self.operation, ""), ())
        if not self.positional and len(body) == 1:
            object.__setattr__(self, "positional", (body[0].name,))

    @property
    def cost(self) -> str:
        """What the call costs, as the CLI says it and the MCP tool describes it: the first
        sentence of `doc` that says so, without the note on retries ("Costs 2 credits a
        request."); "" where it says nothing."""
        said = (s for s in sentences(self.doc) if s.startswith("Costs "))
        return next((re.split(r",\s+so\b", s)[0].rstrip(".") + "." for s in said), "")


# Wait defaults (seconds): see `_polling.py` for the schedule they feed.
# Videos render in minutes: check at once, then ~2 s growing to 30 s, for up to 30 min.
VIDEO_POLL = PollDefaults(timeout=30 * 60.0, poll_interval=2.0, max_interval=30.0)


@dataclass(frozen=True)
class JobKind(Generic[J]):
    """One product area's jobs, declared once: how to read them, wait for them and save
    their output, and where the SDK, the CLI and batches expose them.

    Statuses outside every set mean "still running". The defaults are the video jobs'
    (`JobStatus` in the spec); a kind states only where it differs.
    """

    namespace: str
    """The client attribute that holds the kind's methods: `client.{namespace}`."""
    poll: PollDefaults = VIDEO_POLL
    errors: str = ""
    """The exceptions' prefix, by default the name of `model`: a job in `failed` raises
    `{errors}Failed`, one in `rejected` `{errors}Rejected` (a subclass of `{errors}Failed`
    where the kind has both). `scripts/gen_job_errors.py` writes the classes into
    `_job_errors.py`."""
    noun: str = ""
    """What the job is called in messages ("link_to_video", "avatar"): by default the name
    of `model` in snake case."""
    command: str = ""
    """The CLI group, `creatify {command} ...`: by default the namespace, with dashes."""
    cli_noun: str = ""
    """What the CLI's messages call one job ("video created"): by default the command."""
    path: str = ""
    """The collection path, by default `/api/{namespace}/` (`retrieve` and `listing` read it)."""
    listed: bool = True
    """False: the spec's GET of `path` is not the namespace's `list` (avatars list personas,
    not jobs: theirs is their own)."""
    status_field: str = "status"
    running: frozenset[str] = frozenset({"pending", "in_queue", "running"})  # for reference
    done: frozenset[str] = frozenset({"done"})
    failed: frozenset[str] = frozenset({"failed"})
    rejected: frozenset[str] = frozenset({"rejected"})
    rejected_is_failed: bool = True
    """False: `{errors}Rejected` is not a kind of `{errors}Failed` (avatars: a rejection
    is the review's verdict, not a failure of the processing)."""
    output_fields: tuple[str, ...] = ()
    """Where the result's URL is, first match wins (products name it differently). By
    default, where the kind makes one file (`expected_media`, no `output_files`):
    `video_output` then `output` where the model has `video_output` (those products'
    pages name it both ways: the Aurora guide and the tasks `video_output`, webhook texts,
    render pages and older clients `output`), else `output`."""
    ready: Callable[[J], bool] | None = None
    """An extra "finished well" test besides the done set (an active avatar)."""
    expected_media: Media | None = Media.VIDEO
    """What a download of the output must be (checked on its first bytes); None: no output."""
    output_files: str | None = None
    """The field listing every output file (`assets`): the namespace's `download(job,
    folder)` then saves each one into a folder instead of one file to a path."""
    doc: str = ""
    """What the area is, first in its namespace class's docstring (the statuses follow,
    written from the sets above)."""
    calls: tuple[Call, ...] = ()
    """The namespace's calls: each POST of the spec that answers a job of the kind, in the
    spec's order, named by its operationId less the namespace and `_create`
    (`link_to_videos_preview_create` is `preview`). Declared here is only a call that is
    not so (a name or a deprecation of its own): it replaces the one of its operation; a
    declared call of another operation (a GET page, a DELETE) comes after them. A
    kind with calls has its namespace class generated (`_async/{namespace}.py`), with
    `create_and_wait` when it has a `create`."""
    batch: str = ""
    """The kind's name in batches (`creatify batch --kind`), if a batch can make them: its
    rows are the options of the `create` call."""

    def __post_init__(self) -> None:
        def default(field: str, value: object) -> None:  # for a field not given
            if not getattr(self, field):
                object.__setattr__(self, field, value)

        default("command", self.namespace.replace("_", "-"))
        default("cli_noun", self.command)
        default("path", f"/api/{self.namespace}/")
        if f"{self.path}{{id}}/" not in GET_OPERATIONS:
            raise ValueError(f"{self.namespace}: the spec has no GET {self.path}{{id}}/")
        model = OPERATION_ANSWERS[self._retrieve_id]  # the name of the job's schema
        default("errors", model)
        default("noun", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", model).lower())
        declared = {call.operation: call for call in self.calls}
        calls = [
            declared.pop(op)
            if op in declared
            else Call(op.removeprefix(f"{self.namespace}_").removesuffix("_create"), op)
            for op, (method, _) in OPERATION_ROUTES.items()
            if method == "POST" and OPERATION_ANSWERS.get(op) == model
        ]
        object.__setattr__(self, "calls", (*calls, *declared.values()))
        if self.expected_media and not self.output_files:
            both = hasattr(getattr(models, model), "video_output")
            default("output_fields", ("video_output", "output") if both else ("output",))

    @property
    def _retrieve_id(self) -> str:
        return GET_OPERATIONS[f"{self.path}{{id}}/"]

    # Read from the spec on first use, then cached: importing the kinds imports no
    # generated operation.
    @cached_property
    def retrieve(self) -> GeneratedOperation:
        """The spec's GET of one job, `{path}{id}/`."""
        return generated(self._retrieve_id)

    @cached_property
    def model(self) -> type[J]:
        """The generated model of `retrieve`'s answer."""
        return cast("type[J]", getattr(models, OPERATION_ANSWERS[self._retrieve_id]))

    @cached_property
    def listing(self) -> Listing | None:
        """The spec's GET of `path`, the namespace's `list`; None where the spec has none
        or the kind is not `listed`."""
        operation = GET_OPERATIONS.get(self.path) if self.listed else None
        if operation is None:
            return None
        return Listing(generated(operation), "ids" in OPERATION_QUERY.get(operation, ()))

    @cached_property
    def progress_field(self) -> str | None:
        return "progress" if hasattr(self.model, "progress") else None

    def status_of(self, job: J) -> str | None:
        status = value(getattr(job, self.status_field, None))
        return None if status is None else str(status)

    def progress_of(self, job: J) -> float | None:
        """`progress` is a number on one documentation page and a string on another."""
        raw: Any = getattr(job, self.progress_field, None) if self.progress_field else None
        if isinstance(raw, bool):
            return None
        try:
            number = float(raw)
        except (TypeError, ValueError):  # also None and UNSET
            return None
        return number if number == number else None  # NaN is no progress

    def failed_reason_of(self, job: J) -> str | None:
        """Why the job failed: the last review's `comment` where a review decides (DYOA's
        `reviews[]`), else its `failed_reason` (also where the spec's model lacks it). A
        review the model cannot read (a null `photo`) stays a dict."""
        reviews = field_of(job, "reviews")
        last = reviews[-1] if isinstance(reviews, list) and reviews else None
        comment = last.get("comment") if isinstance(last, dict) else field_of(last, "comment")
        reason = comment or field_of(job, "failed_reason")
        return None if reason is None else str(reason)

    def finished(self, job: J) -> bool:
        """False while running; True when finished well; raises when it failed."""
        self.raise_if_failed(job)
        return self.status_of(job) in self.done or (self.ready is not None and self.ready(job))

    def raise_if_failed(self, job: J) -> None:
        """The kind's `...Failed` or `...Rejected`, with the job's reason, for a job that
        ended so."""
        status = self.status_of(job)
        for ended, outcome in ((self.failed, "Failed"), (self.rejected, "Rejected")):
            if status in ended:
                raise self.error(outcome)(self.id_of(job), self.failed_reason_of(job), job)

    def error(self, outcome: str) -> type[JobFailedError]:
        """The exception of a job that ended `outcome` ("Failed" or "Rejected")."""
        # Imported here: `_job_errors.py` is generated from these declarations, and its
        # generator imports this module before the classes exist.
        from . import _job_errors

        return cast("type[JobFailedError]", getattr(_job_errors, self.errors + outcome))

    def id_of(self, job: J) -> str:
        return str(getattr(job, "id", ""))

    def _output(self, job: J, names: tuple[str, ...]) -> Any:
        """The first of the fields `names` that a finished job fills; for a job that failed,
        its `...Failed` (waiting will not help); else a `DownloadError`: wait for it."""
        self.raise_if_failed(job)
        status = self.status_of(job)
        found = next((f for f in (field_of(job, name) for name in names) if f), None)
        if status not in self.done or not found:
            raise DownloadError(
                f"{self.noun} {self.id_of(job)} has no output yet (status {status}): "
                "wait for it first, then pass the job that `wait` returned, or its id "
                "(a job object is a snapshot: it never updates)"
            )
        return found

    def output_url(self, job: J) -> str:
        """The URL of a finished job's result, or a `DownloadError` saying why not."""
        if not self.output_fields:
            raise InvalidInputError(self.noun, "has no output to download")
        return str(self._output(job, self.output_fields))

    def output_file_urls(self, job: J) -> dict[str, str]:
        """A finished job's files (`output_files`) by a name for each: the key where the
        field is a mapping (a banner size), else the position. The items may be URLs or
        objects with a `url` (the pages show no item shape)."""
        files = self._output(job, (self.output_files or "",))
        files = files.to_dict() if hasattr(files, "to_dict") else files  # a generated model
        items = files.items() if isinstance(files, dict) else enumerate(files, 1)
        urls = {str(k): v.get("url") if isinstance(v, dict) else v for k, v in items}
        return {name: str(url) for name, url in urls.items() if isinstance(url, str) and url}


# Every call is a POST that may cost credits: see `_retry.py`.
SENT_ONCE = (
    "It is never sent twice: retried only if the request provably did not reach the "
    "service (connection refused) or it answered 429."
)


AVATAR_JOB: JobKind[models.Persona] = JobKind(
    noun="avatar",
    namespace="avatars",
    cli_noun="avatar",
    path="/api/personas/",
    listed=False,
    # `process_status` is a free string; review ends with done (or is_active), failed
    # or rejected.
    status_field="process_status",
    running=frozenset({"pending", "reviewing"}),
    errors="Avatar",
    rejected_is_failed=False,
    ready=lambda persona: value(persona.is_active) is True,
    expected_media=None,
    # Review takes one to five days.
    poll=PollDefaults(timeout=6 * 24 * 3600.0, poll_interval=30.0, max_interval=10 * 60.0),
    doc="Custom avatars: `create_from_files`, then `wait` until approved (one to five "
    "days). `get` reads any persona, stock or custom; a custom one is usable when "
    "`is_active`, and `wait` ends then too.",
    calls=(
        Call(
            "list",
            "personas_list",
            "Every stock and custom persona (1,500+), optionally filtered. Free.",
        ),
        Call("list_page", "personas_paginated_list"),
        Call("list_mine", "personas_v2_list"),
        Call("count", "personas_v2_count_retrieve"),
    ),
)
LIPSYNC_JOB: JobKind[models.Lipsync] = JobKind(
    namespace="lipsyncs",
    cli_noun="video",
    doc="AI Avatar v1: an avatar speaks a text (or an audio file).",
    calls=(
        Call(
            "create_multi_avatar",
            "lipsyncs_multi_avatar_create",
            deprecated="lipsyncs.create_multi_avatar is deprecated by Creatify: use "
            "lipsyncs_v2.create",
        ),
    ),
    batch="lipsync",
)
# AI Avatar v2, text-to-speech and Aurora: the spec's `JobStatus` (text-to-speech lists
# all but `rejected`: it is honoured too, in case the shared status field sends it).
LIPSYNC_V2_JOB: JobKind[models.LipsyncV2] = JobKind(
    namespace="lipsyncs_v2",
    cli_noun="video",
    # Several scenes render one after another: a longer cap than one video.
    poll=PollDefaults(timeout=60 * 60.0, poll_interval=2.0, max_interval=30.0),
    doc="AI Avatar v2: a video of one or more scenes (`creatify.Scene`), each with its "
    "avatar, voice, background, captions and transitions.",
    batch="lipsync_v2",
)
TTS_JOB: JobKind[models.TextToSpeech] = JobKind(
    namespace="text_to_speech",
    command="tts",
    cli_noun="speech",
    # The task's field is `output`; the page's webhook body calls it `video_output`.
    output_fields=("output", "video_output"),
    expected_media=Media.AUDIO,
    # Speech is ready in seconds.
    poll=PollDefaults(timeout=10 * 60.0, poll_interval=1.0, max_interval=5.0),
    doc="Text-to-speech: a script read in a voice accent. `download` checks that the file "
    "is audio (MP3, WAV, ...).",
    calls=(Call("list_page", "text_to_speech_paginated_list"),),
    batch="tts",
)
AURORA_JOB: JobKind[models.Aurora] = JobKind(
    namespace="aurora",
    cli_noun="Aurora video",
    # A diffusion video billed per second renders in minutes.
    poll=PollDefaults(timeout=60 * 60.0, poll_interval=5.0, max_interval=30.0),
    doc="Aurora: the person in a photo sings or speaks an audio clip (up to 60 s). There "
    "is no list operation.",
)
LINK_TO_VIDEO_JOB: JobKind[models.LinkToVideo] = JobKind(
    namespace="link_to_videos",
    doc="URL to video, the vendor's flagship: an ad made from a product page (a link, "
    "`client.links`). `from_url` runs the whole flow: link, task, wait.",
)
AI_SHORTS_JOB: JobKind[models.AiShorts] = JobKind(
    namespace="ai_shorts",
    doc="AI Shorts: a script to a short video.",
)
AI_EDITING_JOB: JobKind[models.AiEditing] = JobKind(
    namespace="ai_editing",
    doc="AI Editing: your video (`video_url`) edited in an `editing_style`.",
)
CUSTOM_TEMPLATE_JOB: JobKind[models.CustomTemplateJob] = JobKind(
    namespace="custom_template_jobs",
    doc="A video from one of your templates (`template_id`) and its `variables`.",
)
# Product to video has two steps on one task, so two kinds: `gen_image` runs until
# `image_generated` (or later: someone may already have called `gen_video`), `gen_video`
# until `video_generated`. `failed` ends either; there is no `rejected` and no progress.
PRODUCT_VIDEO_JOB: JobKind[models.ProductToVideo] = JobKind(
    namespace="product_to_videos",
    # `image_generated` counts as running: right after `gen_video` the service may still show it.
    running=frozenset({"initializing", "image_generating", "image_generated", "video_generating"}),
    done=frozenset({"video_generated"}),
    rejected=frozenset(),
    output_fields=("generated_video_url",),
    calls=(Call("gen_video", "product_to_videos_gen_video_create", only_at="image_generated"),),
    doc="Product to video, two steps on one task: `gen_image` makes a preview image of "
    "the product (`generated_photo_url`, at `image_generated`), then `gen_video` the video. "
    '`wait(id, stage="image")` ends at `image_generated`, `wait(id)` at `video_generated`; '
    "`download` takes the same `stage`. Waiting for the video of a task whose `gen_video` "
    "was never called runs into the timeout.",
)
# The image step (`wait` and `download` with `stage="image"`): done at `image_generated`.
PRODUCT_IMAGE_JOB: JobKind[models.ProductToVideo] = replace(
    PRODUCT_VIDEO_JOB,
    noun="product_to_video_image",
    running=frozenset({"initializing", "image_generating"}),
    done=frozenset({"image_generated", "video_generating", "video_generated"}),
    output_fields=("generated_photo_url",),
    expected_media=Media.IMAGE,
)
DYOA_JOB: JobKind[models.Dyoa] = JobKind(
    namespace="dyoa",
    running=frozenset({"initializing", "pending", "in_progress"}),
    done=frozenset({"draft", "done"}),
    failed=frozenset(),
    expected_media=None,
    # Photos come in minutes; a review can take a day or more.
    poll=PollDefaults(timeout=3 * 24 * 3600.0, poll_interval=5.0, max_interval=5 * 60.0),
    doc="Design Your Own Avatar: the service draws photos of the avatar you describe. At "
    "`draft` the `photos` are ready: pick one with `submit_for_review` (or in the Creatify "
    "app); the avatar is then under `reviews[].creator`. `wait` ends at `draft` as well as "
    "at `done`, since nothing happens at `draft` until you act. Nothing to download: the "
    "photos are URLs.",
    calls=(
        Call("delete", "dyoa_destroy", "Delete a request; a later `get` of it is a 404. Free."),
    ),
)
ASSET_GENERATOR_JOB: JobKind[models.AssetGeneration] = JobKind(
    namespace="asset_generator",
    noun="asset_generator",
    cli_noun="asset job",
    running=frozenset({"initializing", "generating"}),
    rejected=frozenset(),
    errors="AssetGenerator",
    output_files="assets",
    # A model makes images, videos or audio.
    expected_media=Media.ANY,
    # An image takes seconds, a video minutes.
    poll=PollDefaults(timeout=30 * 60.0, poll_interval=2.0, max_interval=15.0),
    doc="The asset generator: a model (`models()`) makes images, videos or audio.",
    batch="asset_generator",
)
# AI ad templates: the page's `status` is a free string (example `pending`); the webhook
# and the result (`assets`) are the asset generator's.
INSPIRATION_JOB: JobKind[models.InspirationJob] = JobKind(
    namespace="inspiration_jobs",
    cli_noun="template job",
    rejected=frozenset(),
    output_files="assets",
    expected_media=Media.ANY,
    poll=PollDefaults(timeout=30 * 60.0, poll_interval=2.0, max_interval=15.0),
    doc="Jobs from AI ad templates (`client.inspirations`).",
    batch="inspiration_jobs",
)
# Image ads: the guide polls "until done"; the sizes' field is not shown (`images`, size
# to URL, is inferred). The statuses are the spec's `JobStatus`, `rejected` with them.
IAB_IMAGES_JOB: JobKind[models.IabImages] = JobKind(
    namespace="iab_images",
    cli_noun="image ads",
    output_files="images",
    expected_media=Media.IMAGE,
    poll=PollDefaults(timeout=10 * 60.0, poll_interval=2.0, max_interval=10.0),
    doc="Image ads: one image made into the standard IAB banner sizes (`images`: size to URL).",
    batch="iab_images",
)
# Ad Clone: only the GET page was recovered; statuses and `video_output` are the video
# products' (inferred).
ADS_CLONE_JOB: JobKind[models.AdsClone] = JobKind(
    namespace="ads_clone",
    cli_noun="ad clone",
    doc="Ad Clone: a new ad for your product `link` modelled on a reference ad video. The "
    "create is inferred from the documented GET (the create page was not recovered).",
)
# Text and scripts: no file to download, the result is in the record
# (`response_text`, `generated_scripts`). Scripts' status is a free string ("pending").
TEXT_GENERATOR_JOB: JobKind[models.TextGeneration] = JobKind(
    namespace="text_generator",
    cli_noun="text",
    running=frozenset({"pending", "running"}),
    rejected=frozenset(),
    expected_media=None,
    poll=PollDefaults(timeout=10 * 60.0, poll_interval=1.0, max_interval=5.0),
    doc="Text generation: `model_name` (e.g. `gemini-2.5-flash`), `messages` (`{role: "
    "user|model, content}`), `system_instruction`, `config`; the text is `response_text`. "
    "`stream` yields the text as it is written instead.",
)
AI_SCRIPTS_JOB: JobKind[models.AiScript] = JobKind(
    namespace="ai_scripts",
    cli_noun="scripts",
    rejected=frozenset(),
    expected_media=None,
    poll=PollDefaults(timeout=10 * 60.0, poll_interval=2.0, max_interval=10.0),
    doc="AI scripts: scripts written for the product of a `link` (`generated_scripts`: "
    "title, script_name, script_style, paragraphs).",
)

JOB_KINDS: dict[str, JobKind[Any]] = {
    kind.namespace: kind
    for kind in list(globals().values())
    if isinstance(kind, JobKind) and kind is not PRODUCT_IMAGE_JOB
}
"""Every product area whose records are jobs, by client namespace, in the order declared
above: the CLI groups, batch kinds and tests iterate this. (Product to video's image
stage, `PRODUCT_IMAGE_JOB`, is a second kind of the same namespace.)"""
