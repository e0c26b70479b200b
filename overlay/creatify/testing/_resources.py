"""What the state machine (_state.py) knows about each job resource: one area per resource.

A job area is derived from its declaration (`creatify._jobs.JOB_KINDS`) and the spec
(`job_area`): its paths, calls, lists, status and progress fields, outputs, webhook body
and the request field whose `[mock:...]` marker chooses the outcome. Every job kind gets
its area with no entry here; an entry (`ENTRIES`) states only what neither holds: the
stages a call walks through where they are not a video job's, fields that follow the
status, renames, a webhook key or marker field other than the derived one, and the areas
that are not job kinds (links, catalogues, personas). An entry whose paths the spec does
not have yet never fires: Prism answers 404 for them and the layer passes that on.

Statuses, output field names and webhook shapes come from the vendor's pages, through the
declarations and the spec's callbacks (the repo's openapi/README.md lists the sources);
where the pages say nothing (the output field of AI Shorts and AI Editing, the persona
webhook body) the closest documented sibling is taken, and the entry or spec says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .._jobs import JOB_KINDS, JobKind
from .._media import Media
from .._options import OPERATION_FIELDS, OPERATION_ROUTES, OPERATION_WEBHOOKS

# Files in creatify/testing/media/ that an output URL of a given kind points at.
MEDIA_FILES = {"mp4": "lipsync-output.mp4", "mp3": "speech.mp3", "jpg": "thumbnail.jpg"}

# The banner sizes an image-ads task makes (the pages name no list; the common IAB ones).
IAB_SIZES = ("300x250", "728x90", "160x600", "320x50")

# What the text generator writes (its job's `response_text`, and the stream's chunks).
TEXT_ANSWER = "Pressed this morning, on your table tonight: olive oil as it should taste."

# The statuses a job of most areas walks through before it ends.
QUEUED_RUNNING = ("pending", "in_queue", "running")


@dataclass(frozen=True)
class Stage:
    """One run of a job: the statuses it walks through, then `done` and what it produces."""

    steps: tuple[str, ...]
    done: str = "done"
    # Output fields set when the stage ends well: field name -> media kind (MEDIA_FILES);
    # a kind ending in "[]" is a list of that many files as the record's `output_nums`
    # (at least one; empty until then): the asset generator's `assets`; ending in "{}"
    # it maps each of IAB_SIZES to a file (image ads).
    outputs: dict[str, str] = field(default_factory=dict)
    # Whether the stage's end is the job's end (a webhook is sent) or a pause for the user.
    final: bool = True
    # Fields set from the moment the stage starts (e.g. a preview URL).
    on_start: dict[str, object] = field(default_factory=dict)
    # Photos (`photos[]`, DYOA) the stage generates when it ends well.
    photos: int = 0
    # The stage reviews the photo chosen by its request (`chosen_photo_id`, DYOA).
    reviews_photo: bool = False
    # Statuses a record must be paused at (its stage not final: awaiting the user) for an
    # action to start this stage (empty: any).
    after: tuple[str, ...] = ()
    # Whether its end is reported to `webhook_url`: the job's end always; a pause only
    # where the vendor documents a webhook for it (gen_image, preview_list_async).
    notifies: bool | None = None

    @property
    def sends_webhook(self) -> bool:
        return self.final if self.notifies is None else self.notifies


@dataclass(frozen=True)
class Area:
    """A job resource: where it is created, read and listed, and how it progresses."""

    name: str
    # GET {retrieve}{id}/ reads one record; the collection path, usually.
    retrieve: str
    # "POST path" -> the stage a new record starts with.
    creates: dict[str, Stage]
    # Path suffix after "{retrieve}{id}/" of a POST that starts another stage on a record.
    actions: dict[str, Stage] = field(default_factory=dict)
    # List paths (GET) that show this area's records (their query parameters filter them).
    lists: tuple[str, ...] = ()
    # The lists also show the service's public catalogue (stock avatars) after your own.
    catalogue: bool = False
    # GET paths whose answer counts the account's records (`current_count`).
    counts: tuple[str, ...] = ()
    # Request fields that the answer nests under this key (a link's `link: {title, ...}`).
    nest: str | None = None
    # Where a record shows its status and progress: none for an area that is not a job
    # kind's (`job_area` takes the kind's).
    status_field: str = ""
    progress_field: str | None = None
    # The status of a job that failed (a rejected one is `rejected`).
    failed: str = "failed"
    # Whether its jobs can end `rejected`: not where the kind has no such status (a wait
    # could not end on it), so the mock refuses to reject one.
    rejected: bool = True
    # Fields that follow the status: value while not done / once done.
    while_running: dict[str, object] = field(default_factory=dict)
    when_done: dict[str, object] = field(default_factory=dict)
    # Request field -> response field where the names differ.
    renames: dict[str, str] = field(default_factory=dict)
    # The request field whose `[mock:...]` marker chooses the outcome.
    name_field: str = "name"
    # Webhook body: the key of the output URL in it, or None to send the whole record.
    webhook_output_key: str | None = "output"
    webhook_output_field: str = "output"
    # The record's fields the webhook body carries too (with its output key).
    webhook_fields: tuple[str, ...] = ()


def _run(outputs: dict[str, str]) -> Stage:
    return Stage(steps=QUEUED_RUNNING, outputs=outputs)


# A preview waits for `render/`: it ends (for now) at `pending`.
PREVIEW = Stage(steps=(), done="pending", final=False)
# A preview whose `preview` URL is there at once.
PREVIEW_URL = replace(
    PREVIEW, on_start={"preview": "https://app.creatify.ai/preview?layout=mock.json"}
)
# A record with no status that only reads back (a link).
SCRAPED = Stage(steps=(), done="", final=False)
MEDIA_KINDS = {Media.VIDEO: "mp4", Media.AUDIO: "mp3", Media.IMAGE: "jpg"}


def outputs_of(kind: JobKind[Any]) -> dict[str, str]:
    """The output fields a finished job of `kind` has, each with its media kind: its
    output, and the video's thumbnail where the spec's job has one."""
    if kind.output_files:
        return {kind.output_files: "jpg{}" if kind.output_files == "images" else "jpg[]"}
    if kind.expected_media is None or not kind.output_fields:
        return {}
    made = {kind.output_fields[0]: MEDIA_KINDS[kind.expected_media]}
    return made | ({"video_thumbnail": "jpg"} if hasattr(kind.model, "video_thumbnail") else {})


def webhook_output_key(kind: JobKind[Any]) -> str | None:
    """The key of the output URL in the webhook body the spec gives the kind's first call
    with a callback: the body's first key that is one of the kind's `output_fields`; None
    to send the whole record (the spec's body is the record, or there is no callback)."""
    for call in kind.calls:
        if call.operation in OPERATION_WEBHOOKS:
            keys = OPERATION_WEBHOOKS[call.operation] or ()
            return next((key for key in keys if key in kind.output_fields), None)
    return None


def marker_field(create: str) -> str:
    """The request field whose `[mock:...]` marker chooses the outcome, from the body of
    the operation `create`: `name` where it has one, else its first required free text
    (a string with no format, choices or pattern: Prism refuses `[` in a URL), else
    `name` (then only `X-Mock-Outcome` chooses)."""
    body = OPERATION_FIELDS.get(create, ())
    if any(field.name == "name" for field in body):
        return "name"
    free = (f for f in body if f.required and f.python_type is str and not f.format)
    return next((f.name for f in free if not (f.choices or f.enum or f.pattern)), "name")


def job_area(
    namespace: str, stages: dict[str, Stage | tuple[str, ...]] | None = None, **rest: Any
) -> Area:
    """The area of the job kind `namespace`: a create (POST path) or an action (POST
    `{id}/suffix`) per declared call, the video job's stage unless `stages` (by path or
    suffix) says otherwise (a tuple: that stage walking these statuses instead), a preview
    ending at `pending`; the webhook body and marker field the spec gives
    (`webhook_output_key`, `marker_field`); `rest`: the other fields."""
    kind = JOB_KINDS[namespace]
    made = _run(outputs_of(kind))
    # A create's path, or an action's suffix -> its stage; `stages` win, and add the
    # steps of the area's own calls.
    routes = [(call, *OPERATION_ROUTES[call.operation]) for call in kind.calls]
    # "Render a ... task that was previewed" (the spec): a preview, not a created job;
    # nor a render again (the vendor is silent on it: it would bill a second video).
    render = replace(made, after=(PREVIEW.done,))
    previews = any(call.name == "preview" for call in kind.calls)
    by_key: dict[str, Stage] = {}
    for call, method, path in routes:
        if method == "POST":  # a GET is a page of the list (`lists`), a DELETE no stage
            run = render if previews and call.name == "render" else made
            by_key[path.split("{id}/", 1)[-1]] = PREVIEW if call.name == "preview" else run
    for key, stage in (stages or {}).items():
        by_key[key] = replace(made, steps=stage) if isinstance(stage, tuple) else stage
    pages = tuple(path for _, method, path in routes if method == "GET")  # `list_page`
    first_create = next(
        (c.operation for c, method, path in routes if method == "POST" and "{id}" not in path), ""
    )
    webhook_key = webhook_output_key(kind)
    derived: dict[str, Any] = {
        "name": namespace,
        "retrieve": kind.path,
        "creates": {key: stage for key, stage in by_key.items() if key.startswith("/")},
        "actions": {key: stage for key, stage in by_key.items() if not key.startswith("/")},
        "lists": ((kind.path,) if kind.listing is not None else ()) + pages,
        "status_field": kind.status_field,
        "progress_field": kind.progress_field,
        "failed": next(iter(kind.failed), "rejected"),
        "rejected": bool(kind.rejected),
        "name_field": marker_field(first_create),
        "webhook_output_key": webhook_key,
        # The URL is the record's first output field.
        "webhook_output_field": "output" if webhook_key is None else kind.output_fields[0],
    }
    return Area(**(derived | rest))


PERSONA_STEPS = (
    "pending",
    "processing",
    "voice_creating",
    "video_validating",
    "crop_and_matte",
    "reviewing",
)
PERSONA_LISTS = ("/api/personas/", "/api/personas/paginated/", "/api/personas_v2/")
# "List your own custom avatars" (the spec): the one persona list with no stock avatar.
OWN_ONLY = "/api/personas_v2/"

ENTRIES: tuple[Area, ...] = (
    job_area(
        "avatars",
        stages={"/api/personas/": PERSONA_STEPS, "/api/personas_v2/": PERSONA_STEPS},
        name="personas",
        lists=PERSONA_LISTS,
        catalogue=True,
        counts=("/api/personas_v2/count/",),  # the custom-avatar slots used
        while_running={"is_active": False},
        when_done={"is_active": True, "type": "custom"},
        name_field="creator_name",
        # The pages say a webhook is sent "when the creator is created", body not given:
        # the whole record (the kind declares no call with a callback).
    ),
    job_area(
        "lipsyncs",
        stages={"/api/lipsyncs/preview/": PREVIEW_URL},
        renames={"audio": "audio_url"},
    ),
    # URL to video's webhook text names the URL `output`; the spec's body (inferred, as
    # Aurora's, AI Shorts' and AI Editing's, which follow it) has `video_output` first.
    job_area(
        "link_to_videos",
        stages={
            # Its webhook reports the previews (status `pending`, awaiting a render).
            "/api/link_to_videos/preview_list_async/": Stage(
                steps=("in_queue", "running"), done="pending", final=False, notifies=True
            ),
            "generate_preview/": PREVIEW,  # the task waits for `render/` again
        },
        webhook_output_key="output",
        webhook_fields=("previews",),  # PreviewListWebhookPayload (facts.md §1)
    ),
    # A link is a scraped page, not a job: a record with no status that reads back, made
    # from a URL or from the fields given (`link_with_params`), changed by PUT.
    Area(
        name="links",
        retrieve="/api/links/",
        creates={"/api/links/": SCRAPED, "/api/links/link_with_params/": SCRAPED},
        lists=("/api/links/", "/api/links/paginated/"),
        nest="link",
    ),
    # The older fixed-template API: a preview waits for `render/`; no GET is documented.
    # The webhook's page names the result `output`, the record's `video_output`.
    Area(
        name="custom_templates",
        retrieve="/api/custom_templates/",
        creates={"/api/custom_templates/preview/": PREVIEW_URL},
        actions={"render/": replace(_run({"video_output": "mp4"}), after=(PREVIEW.done,))},
        status_field="status",
        progress_field="progress",
        webhook_output_field="video_output",
    ),
    # Two stages: an image first (status image_generated), then `{id}/gen_video/`.
    job_area(
        "product_to_videos",
        stages={
            "/api/product_to_videos/gen_image/": Stage(
                steps=("initializing", "image_generating"),
                done="image_generated",
                outputs={"generated_photo_url": "jpg"},
                final=False,
                notifies=True,
            ),
            "gen_video/": Stage(
                steps=("video_generating",),
                done="video_generated",
                outputs={"generated_video_url": "mp4"},
                after=("image_generated",),  # the spec: "a task whose image is ready"
            ),
        },
    ),
    # Design Your Own Avatar: photos are generated and the record waits in `draft`; one
    # photo is submitted for review, which ends `done` (an avatar) or `rejected`.
    job_area(
        "dyoa",
        stages={
            "/api/dyoa/": Stage(
                steps=("initializing",),
                done="draft",
                final=False,
                on_start={"photos": [], "reviews": []},
                photos=2,
            ),
            "submit_for_review/": Stage(
                steps=("pending", "in_progress"), reviews_photo=True, after=("draft",)
            ),
        },
    ),
    job_area(
        "asset_generator",
        stages={"/api/asset_generator/": ("initializing", "generating")},
        name_field="input_params",  # its prompt, not the model's name
    ),
    # The asset generator's model list answers on both documented paths, filtered by
    # `model_name=a,b`; it is a catalogue (the spec's example), no records of its own.
    Area(
        name="asset_generator_schemas",
        retrieve="/api/ai_generations/schemas/",
        creates={},
        lists=("/api/asset_generator/schemas/", "/api/ai_generations/schemas/"),
        catalogue=True,
    ),
    # AI ad templates: a catalogue (the spec's example) that `GET {id}/` reads too.
    Area(
        name="inspirations",
        retrieve="/api/inspirations/",
        creates={},
        lists=("/api/inspirations/",),
        catalogue=True,
    ),
    # Jobs from a template: statuses as the asset generator's (the page shows `pending`).
    job_area(
        "inspiration_jobs",
        stages={"/api/inspiration_jobs/": ("pending", "running")},
        name_field="input_params",  # the template's parameters (its other field is an id)
    ),
    job_area(
        "text_generator",
        stages={"/api/text_generator/": ("pending", "running")},
        while_running={"response_text": None},
        when_done={"response_text": TEXT_ANSWER},
        name_field="system_instruction",  # free text, not the model's name
    ),
    job_area(
        "ai_scripts",
        stages={"/api/ai_scripts/": ("pending", "running")},
        while_running={"generated_scripts": []},
        when_done={
            "generated_scripts": [
                {
                    "title": "Pressed this morning",
                    "script_name": "Script 1",
                    "script_style": "DontWorryWorkflow",
                    "paragraphs": ["Pressed this morning.", "On your table tonight."],
                }
            ]
        },
        name_field="target_audience",  # free text (its one required field is an id)
    ),
    # /api/musics/ is a read-only catalogue, not a job: Prism's answer is the right one.
)
AREAS: tuple[Area, ...] = ENTRIES + tuple(
    job_area(namespace)
    for namespace, kind in JOB_KINDS.items()
    if kind.path not in {area.retrieve for area in ENTRIES}
)
"""Every area: the entries, then the job kinds that need none."""


def area_named(kind: str) -> Area:
    """The area of `kind`: an area name, a client namespace or a job kind's noun
    ("lipsyncs", "lipsync", "avatars", ...)."""
    by_path = {area.retrieve: area for area in AREAS}
    names = {
        name: by_path[job.path] for ns, job in JOB_KINDS.items() for name in (ns, job.noun)
    } | {area.name: area for area in AREAS}
    if kind not in names:
        known = sorted({area.name for area in AREAS} | set(JOB_KINDS))
        raise ValueError(f"unknown job kind {kind!r}; known: {', '.join(known)}")
    return names[kind]
