"""The MCP tools: per job kind of `JOB_KINDS`, those it has of `{ns}_create` (paid: the
same request within `REUSE_SECONDS` returns the earlier job, `journal.py`; a task of steps
has one per step instead: `{ns}_gen_image`, `{ns}_gen_video`), `{ns}_get`,
`{ns}_wait`, `{ns}_list` and `{ns}_download` (`_job_tools`); plus the discovery calls.

A tool is its name, description, input schema and an async function of the server's
`Services`, its arguments and a progress reporter, returning a JSON object. Bad input
raises `InvalidInputError` (naming the field) before any request; the server turns
every `CreatifyError` into a tool error. Nothing here knows MCP: `server.py` does.

Every tool ends within its bound (`Tool.bound`, stated in its description; `bounds.py`)
also when the API does not answer: its requests run inside `ending_within` that bound,
which ends every try of each and the waits between them by then; a create cut by it may
have made a job, and is kept in the journal as sent. A download's file is the exception:
its answer must start by then, but it is read as long as bytes keep coming.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from .._exceptions import (
    CreatifyError,
    DownloadError,
    InvalidInputError,
    JobFailedError,
    NotFoundError,
    WaitTimeout,
)
from .._frontends import may_have_made_job, output_name
from .._jobs import JOB_KINDS, PRODUCT_IMAGE_JOB, PRODUCT_VIDEO_JOB, JobKind
from .._options import OPERATION_ROUTES, OPERATION_SCHEMA, SCHEMA_FIELDS
from .._polling import JobUpdate
from .._requests import checked_call
from .._timeouts import ending_within
from .._validation import FieldSpec, _plain, check_object, check_path_id
from .bounds import CALL_SECONDS, FINAL_GET_SECONDS, REUSE_SECONDS, STALL_SECONDS
from .files import content_type, target_in

if TYPE_CHECKING:
    from .server import Services

# A product to video task at `image_generated` has its image only; its video is made once
# asked for (`gen_video`): waiting on it before that would never end.
VIDEO_NOT_ASKED = (
    "The image is ready (`job.generated_photo_url`); the video is made only when asked for: "
    "call product_to_videos_gen_video with this `id` (paid), then product_to_videos_wait. "
    "Unless it was asked for a moment ago, waiting for the video will not end."
)
# A later step of a task (`Call.only_at`: `gen_video`) is sent once per task, and only to
# a task at that status (V9-1).
STEP_READY = {c.name: c.only_at for k in JOB_KINDS.values() for c in k.calls if c.only_at}
# A wait polls at least this often, so an agent's client sees progress move.
WAIT_MAX_INTERVAL = 10.0
MAX_LISTED = 100
AVATARS_PAGE_SIZE = 20

Progress = Callable[[float, float | None, str | None], Awaitable[None]]
"""`report(progress, total, message)`: an MCP progress notification (or nothing)."""
Result = dict[str, Any]
Arguments = dict[str, Any]


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    arguments: dict[str, Any] | tuple[FieldSpec, ...]
    """The rules of its arguments, by which they are checked and from which its input
    schema is written; or that schema itself, where it is the spec's (a create's body,
    whose values the SDK checks, or the avatars' query)."""
    run: Callable[[Services, Arguments, Progress], Awaitable[Result]]
    read_only: bool = True
    writes_files: bool = False
    bound: Callable[[Arguments], float] = lambda args: CALL_SECONDS
    """Its bound for checked arguments: the seconds within which every request it makes
    ends (a download's file: its answer), tries included."""

    @property
    def input_schema(self) -> dict[str, Any]:
        if isinstance(self.arguments, dict):
            return self.arguments
        return {
            "type": "object",
            "properties": {field.name: _schema(field) for field in self.arguments},
            "required": [field.name for field in self.arguments if field.required],
            "additionalProperties": False,
        }

    async def call(self, services: Services, args: Arguments, report: Progress) -> Result:
        if isinstance(self.arguments, dict):
            # A schema of the spec: unknown names are refused here, so that none reaches a
            # keyword such as `timeout`; the SDK checks the values and the required ones
            # (a create's body in `request_digest`, before any request).
            unknown = sorted(set(args) - set(self.arguments["properties"]))
            if unknown:
                raise InvalidInputError(", ".join(unknown), "is not an argument of this tool")
        else:
            args = check_object(self.arguments, args, schema=self.name)
        with ending_within(self.bound(args)):
            return await self.run(services, args, report)


# ------------------------------------------------------------------ arguments

ID = FieldSpec("id", str, True, format="uuid", description="The job's id (from the create).")
SECONDS = FieldSpec(
    "seconds",
    float,
    minimum=0,
    default=CALL_SECONDS,
    description="How long to wait at most; 0 checks once.",
)
STAGE = FieldSpec(
    "stage",
    str,
    choices=("image", "video"),
    default="video",
    description="The step: `image` (the task's image, at `image_generated`) or `video`.",
)
IDS = FieldSpec(
    "ids",
    list,
    items=FieldSpec("id", str, format="uuid"),
    max_items=100,
    description="Up to 100 job ids; omit for all your jobs.",
)
JSON_TYPES = {str: "string", float: "number", int: "integer", list: "array"}


def _schema(field: FieldSpec) -> dict[str, Any]:
    """An argument's JSON Schema, from its rules."""
    rules = {
        "format": field.format,
        "minimum": field.minimum,
        "maximum": field.maximum,
        "maxItems": field.max_items,
        "enum": list(field.choices) or None,
        "default": field.default,
        "description": field.description,
    }
    schema: dict[str, Any] = {"type": JSON_TYPES[field.python_type]}
    if field is SECONDS:  # said in the schema, but a longer wait is cut to it, not refused
        schema["maximum"] = CALL_SECONDS
    schema |= {name: rule for name, rule in rules.items() if rule not in (None, "")}
    return schema | ({"items": _schema(field.items)} if field.items else {})


# ------------------------------------------------------------------ job results


def state_of(kind: JobKind[Any], job: Any) -> str:
    """running, done, failed or rejected: the kind's own status sets decide."""
    try:
        return "done" if kind.finished(job) else "running"
    except JobFailedError:
        return "rejected" if kind.status_of(job) in kind.rejected else "failed"


def job_result(kind: JobKind[Any], job: Any, **extra: Any) -> Result:
    """A job as the API reported it, with what an agent needs first on top."""
    state = state_of(kind, job)
    result: Result = {
        "id": kind.id_of(job),
        "status": kind.status_of(job),
        "state": state,
        "done": state == "done",
    }
    progress = kind.progress_of(job)
    if progress is not None:
        result["progress"] = progress
    if state in ("failed", "rejected"):
        result["failed_reason"] = kind.failed_reason_of(job)
    if state == "done" and kind.output_fields:
        with contextlib.suppress(DownloadError):
            result["output_url"] = kind.output_url(job)
    if kind.namespace == PRODUCT_VIDEO_JOB.namespace and result["status"] == "image_generated":
        result["next"] = VIDEO_NOT_ASKED
    return result | extra | {"job": _plain(job)}


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).isoformat(timespec="seconds")


# ------------------------------------------------------------------ job tools


def _one_form(field: FieldSpec, value: Any) -> Any:
    """A checked value in one form per meaning: a field at the default the spec declares is
    left out (the service fills it in), and an enum value written `9:16` where `9x16` is
    a choice too is written `9x16` (both spellings are taken, the spec says)."""
    if field.fields is not None and isinstance(value, dict):
        given = [
            (sub, _one_form(sub, value[sub.name])) for sub in field.fields if sub.name in value
        ]
        return {sub.name: form for sub, form in given if sub.default is None or form != sub.default}
    if field.items is not None and isinstance(value, list):
        return [_one_form(field.items, item) for item in value]
    if isinstance(value, str) and ":" in value and value.replace(":", "x") in field.choices:
        return value.replace(":", "x")
    return value


def request_digest(account: str, kind: JobKind[Any], args: Arguments, call: str = "create") -> str:
    """What a paid call's reuse is keyed on: the body the SDK sends for `args` (checked, so
    an id in upper case or in braces and a field given as null are the same request;
    bad input raises here, before any request), in one form per meaning (`_one_form`);
    a later step of a task (`STEP_READY`) on its name and the task alone. For arguments
    already in that form it is the digest of the arguments themselves, as journals
    written before keyed it."""
    operation = next(each.operation for each in kind.calls if each.name == call)
    fields = SCHEMA_FIELDS[OPERATION_SCHEMA[operation]]
    options = dict(args)
    task = options.pop("id", None) if call in STEP_READY else None
    body = _one_form(FieldSpec("body", dict, fields=fields), checked_call(operation, options))
    key = [account, kind.namespace, body]
    if call in STEP_READY:  # once per task, whatever its options
        key = [account, kind.namespace, call, check_path_id("id", task)]
    request = json.dumps(key, sort_keys=True, default=str)
    return hashlib.sha256(request.encode()).hexdigest()


async def _create(
    kind: JobKind[Any], call: str, services: Services, args: Arguments, _: Progress
) -> Result:
    """The earlier job of an identical paid `call` within `REUSE_SECONDS`, else a new one."""
    digest = request_digest(services.account, kind, args, call)
    resource = getattr(services.client, kind.namespace)
    task = args.get("id") if call in STEP_READY else None
    async with services.creating[digest]:
        since = time.time() - REUSE_SECONDS
        earlier = services.journal.latest(digest, since)
        note: dict[str, str] = {}
        if earlier is not None and earlier["job_id"] is not None:
            try:
                job = await resource.get(earlier["job_id"])
            except NotFoundError:  # deleted since
                job = None
                note["earlier_job"] = f"{earlier['job_id']} was not found (deleted?): sent again"
            # A job that failed or is gone made nothing to reuse: an identical call is a retry.
            if job is not None and state_of(kind, job) not in ("failed", "rejected"):
                first = _iso(earlier["sent_at"])
                return _sent(kind, job, task, {"reused": True, "first_sent_at": first})
        elif earlier is not None:
            raise _unknown_outcome(kind, call, earlier["sent_at"], task)
        if task is not None and (status := kind.status_of(await resource.get(task))) != (
            ready := STEP_READY[call]
        ):
            raise InvalidInputError(
                "id",
                f"{kind.namespace}_{call} is sent only to a task at {ready}, and this one is "
                f"{status}: before {ready}, wait for it with `stage: image`; past it, the step "
                f"was sent already: wait for the task; a failed task needs a new one",
            )
        row = services.journal.sending(digest, f"{kind.namespace}_{call}", since, earlier)
        if row is None:  # an identical create was recorded since `earlier` was read
            raise _unknown_outcome(kind, call, time.time(), task)
        sent_at = time.time()
        # Shielded: a client that cancels the call still gets the job id recorded, so that
        # its next identical call finds the job instead of an unknown outcome. The tool's
        # bound (`ending_within`) still ends it.
        with anyio.CancelScope(shield=True):
            try:
                job = await getattr(resource, call)(**args)
            except Exception as exc:
                if not may_have_made_job(exc):
                    services.journal.unsent(row)
                    raise
                # Its row stays `sending`: an identical call is refused, not sent again.
                made = "may have been sent" if task else "may have made a job"  # a step: no job
                raise CreatifyError(
                    f"{exc}. This {kind.noun} {call} {made} (and cost credits); an identical "
                    "call is not sent again before "
                    f"{_iso(sent_at + REUSE_SECONDS)}: {_finding(kind, sent_at, task)}"
                ) from exc
            services.journal.created(row, kind.id_of(job))
    return _sent(kind, job, task, {"reused": False, **note})


def _sent(kind: JobKind[Any], job: Any, task: str | None, extra: dict[str, Any]) -> Result:
    """A paid call's result; a step's says no `next`: it was sent, though the task may
    still show the status it waits in (V10-4, V11-2)."""
    result = job_result(kind, job, **extra)
    if task is not None:
        result.pop("next", None)
    return result


def _unknown_outcome(
    kind: JobKind[Any], call: str, sent_at: float, task: str | None = None
) -> CreatifyError:
    return CreatifyError(
        f"an identical {kind.noun} {call} was sent at {_iso(sent_at)} and its outcome is "
        "not known (it may still be in flight, or got no answer in time, or the server "
        f"stopped before the answer came). It is not sent again: {_finding(kind, sent_at, task)}"
        f"; or call again after {_iso(sent_at + REUSE_SECONDS)}"
    )


def _finding(kind: JobKind[Any], sent_at: float, task: str | None = None) -> str:
    """How an agent finds a job whose create got no answer, or learns whether a later step
    of `task` was sent (it makes no job: the task's status tells, V9-2)."""
    if task is not None:
        return f"{kind.namespace}_get of the task {task} tells whether it was (its status moved on)"
    if _listed(kind):
        return (
            f"look for a job created at about {_iso(sent_at)} with {kind.namespace}_list, "
            f"then {kind.namespace}_get or {kind.namespace}_wait its id"
        )
    return (
        f"{kind.noun} jobs cannot be listed here, so the user can look for it in their "
        "Creatify account"
    )


def _listed(kind: JobKind[Any]) -> bool:
    """Whether the kind has a `{ns}_list` tool (its list takes ids)."""
    return kind.listing is not None and kind.listing.by_ids


async def _get(kind: JobKind[Any], services: Services, args: Arguments, _: Progress) -> Result:
    return job_result(kind, await getattr(services.client, kind.namespace).get(args["id"]))


def _wait_seconds(args: Arguments) -> float:
    """The time of a wait: its `seconds`, cut to `CALL_SECONDS`."""
    return float(min(args.get("seconds", CALL_SECONDS), CALL_SECONDS))


def _wait_bound(args: Arguments) -> float:
    """A wait's polls take its time and the check after them `FINAL_GET_SECONDS`; a
    wait of 0 is one check, as a get."""
    seconds = _wait_seconds(args)
    return CALL_SECONDS if seconds == 0 else seconds + FINAL_GET_SECONDS


def _stage(kind: JobKind[Any], args: Arguments) -> tuple[JobKind[Any], dict[str, str]]:
    """The kind of a product task's `stage` (its image's, or its video's) and the SDK's
    keyword for it; other kinds take none."""
    stage = args.get("stage")
    return (PRODUCT_IMAGE_JOB if stage == "image" else kind), ({"stage": stage} if stage else {})


async def _wait(
    kind: JobKind[Any], services: Services, args: Arguments, report: Progress
) -> Result:
    kind, stage = _stage(kind, args)
    seconds = _wait_seconds(args)
    resource = getattr(services.client, kind.namespace)
    if seconds == 0:  # one check (the SDK's wait takes a positive time-out)
        return job_result(kind, await resource.get(args["id"]), waited_seconds=0.0)
    started = time.monotonic()
    last, steps = -1.0, 0

    async def send_progress(update: JobUpdate) -> None:  # awaited by the SDK's wait
        nonlocal last, steps
        note = f"{kind.noun} {update.job_id}: {update.status}"
        if update.progress is not None and update.progress > last:
            last = update.progress
            await report(round(update.progress * 100, 1), 100.0, note)
        elif kind.progress_field is None:
            # A kind without progress: each new status is a step of unknown total.
            steps += 1
            await report(float(steps), None, note)

    try:
        job = await resource.wait(
            args["id"],
            timeout=seconds,
            poll_interval=min(kind.poll.poll_interval, WAIT_MAX_INTERVAL),
            max_interval=min(kind.poll.max_interval, WAIT_MAX_INTERVAL),
            on_update=send_progress,
            **stage,
        )
    except WaitTimeout:
        # Told as the API tells it now (it may have ended since the last check),
        # in the `FINAL_GET_SECONDS` left of the tool's bound.
        job = await resource.get(args["id"])
    except JobFailedError as exc:
        job = exc.job  # as the last get reported it
    return job_result(kind, job, waited_seconds=round(time.monotonic() - started, 1))


async def _list(kind: JobKind[Any], services: Services, args: Arguments, _: Progress) -> Result:
    jobs = await getattr(services.client, kind.namespace).list(args.get("ids"))
    shown = [job_result(kind, job) for job in jobs[:MAX_LISTED]]
    for item in shown:
        # A summary each (`{ns}_get` has the rest), with when it was made: how a create
        # that got no answer is found.
        whole = item.pop("job")
        if whole.get("created_at") is not None:
            item["created_at"] = whole["created_at"]
    return {"count": len(jobs), "truncated": len(jobs) > MAX_LISTED, "jobs": shown}


async def _download(kind: JobKind[Any], services: Services, args: Arguments, _: Progress) -> Result:
    kind, stage = _stage(kind, args)
    resource = getattr(services.client, kind.namespace)
    requested = args.get("path")
    if requested is not None:
        target_in(services.output_dir, requested, services.journal.files)  # before any request
    job = await resource.get(args["id"])
    job_id = kind.id_of(job)
    if kind is PRODUCT_VIDEO_JOB and kind.status_of(job) == STEP_READY["gen_video"]:  # (V9-3)
        raise DownloadError(f"{kind.noun} {job_id} has no video yet. {VIDEO_NOT_ASKED}")
    if state_of(kind, job) == "running":  # in tool words, not the SDK's (V10-6)
        wait = f"{kind.namespace}_wait" + " with `stage: image`" * (stage.get("stage") == "image")
        status = kind.status_of(job)
        raise DownloadError(f"{kind.noun} {job_id} has no output yet ({status}): {wait} first")
    # Several files (`assets`, banner sizes): `path` is their folder.
    if kind.output_files and not kind.output_file_urls(job):
        raise DownloadError(f"{kind.noun} {job_id} has no files yet: wait for it first")
    # The default name needs the output's URL: a DownloadError says "wait for it first".
    name = requested or output_name(kind, job, f"{kind.namespace}-{job_id}")
    target = target_in(services.output_dir, name, services.journal.files)
    saved = await resource.download(job, target, timeout=STALL_SECONDS, **stage)  # per read
    if kind.output_files:
        return {"id": job_id, "path": str(target), "files": [_saved(f) for f in saved]}
    return {"id": job_id, **_saved(Path(saved))}


def _saved(path: Path) -> Result:
    return {"path": str(path), "bytes": path.stat().st_size, "content_type": content_type(path)}


def _ends() -> str:
    """The bound of a tool of one call (`CALL_SECONDS`), as its description says it."""
    return (
        f"Ends within {CALL_SECONDS:g} s, also when the API does not answer (then with an error)."
    )


def _job_tools(kind: JobKind[Any], spec: dict[str, Any]) -> Iterator[Tool]:
    ns, noun = kind.namespace, kind.noun
    staged = kind is PRODUCT_VIDEO_JOB  # two steps on one task: its image, then its video
    # Its paid calls: those `_spec.json` has (a create, or each step of a task).
    routes = [(call.name, " ".join(OPERATION_ROUTES[call.operation])) for call in kind.calls]
    ops = spec["operations"]
    paid = [(name, ops[key]) for name, key in routes if key.startswith("POST ") and key in ops]
    for step, (name, create) in enumerate(paid):
        then = f"{ns}_wait with its `id`"
        if step + 1 < len(paid):  # the task's image, then its video
            then += f" and `stage: image`, then {ns}_{paid[step + 1][0]} with that `id`"
        minutes = f"within {REUSE_SECONDS / 60:g} minutes"
        reuse = (
            f"The same request {minutes} (however its arguments are written) returns the "
            "earlier job with `reused: true` and costs nothing."
        )
        unknown = "that the job may have been made and how to find it, and an identical call"
        if name in STEP_READY:  # a later step of the task: once per task
            reuse = (
                f"It is sent once per task: a second call for the task {minutes} (whatever its "
                "options) returns the task with `reused: true` and costs nothing, and one after "
                f"that is refused unless the task is at `{STEP_READY[name]}`."
            )
            unknown = "that it may have been sent and how to tell, and a call for the task"
        yield Tool(
            f"{ns}_{name}",
            f"{create['summary']}\n"
            f"PAID: {create['cost']}\n"
            f"{create['description']}\n"
            f"Returns the {'task' if name in STEP_READY else 'new job'} at once; then call "
            f"{then}. {reuse} Ends within {CALL_SECONDS:g} s, also when the API does not "
            f"answer: the error then says {unknown} is refused, not sent again, within those "
            f"{REUSE_SECONDS / 60:g} minutes.".replace("\n\n", "\n"),
            create["input_schema"],
            partial(_create, kind, name),
            read_only=False,
        )
    yield Tool(
        f"{ns}_get",
        f"One {noun} job by id: its status, progress and, once done, its output. Free. " + _ends(),
        (ID,),
        partial(_get, kind),
    )
    yield Tool(
        f"{ns}_wait",
        f"Wait for a {noun} job to end, for at most `seconds` (default and maximum "
        f"{CALL_SECONDS:g}). Returns the job as the API reports it: `done: true` "
        "when it finished well, `state` failed or rejected with `failed_reason`, or "
        "`state: running` and `done: false` when the time ran out: then call it again. "
        "Sends progress notifications when the call has a progress token. Free. Ends "
        f"within `seconds` plus {FINAL_GET_SECONDS:g} s (`seconds: 0`: within "
        f"{CALL_SECONDS:g} s), also when the API does not answer (then with an error)."
        + (
            " `stage: image` ends once the task's image is made (`image_generated`); a task "
            f"there has only its image: `next` then says how its video is asked for "
            f"({ns}_gen_video)."
            if staged
            else ""
        ),
        (ID, SECONDS) + (STAGE,) * staged,
        partial(_wait, kind),
        bound=_wait_bound,
    )
    if _listed(kind):
        yield Tool(
            f"{ns}_list",
            f"Your {noun} jobs (a summary each, at most {MAX_LISTED}), or only those "
            "of the given `ids`, each with its `created_at`. Free. " + _ends(),
            (IDS,),
            partial(_list, kind),
        )
    if kind.expected_media is not None:
        media = kind.expected_media.value
        if kind.output_files:  # several files
            saves = f"every file of a done {noun} job ({media}) into a folder inside"
            path_help = f"A folder inside the output folder; default `{ns}-<id>`."
        else:
            saves = f"a done {noun} job's output ({media}) in"
            path_help = (
                f"A file name inside the output folder; default `{ns}-<id>` with the "
                "output's extension."
            )
        yield Tool(
            f"{ns}_download",
            f"Save {saves} the server's output folder and return the path, size and "
            "content type of each. `path` is relative to that folder; paths outside "
            f"it are refused. Free. The job's look-up and the file's answer end within "
            f"{CALL_SECONDS:g} s, also when the API or the storage host does not answer "
            "(then with an error); the file is then read as long as bytes keep coming, "
            f"and fails after {STALL_SECONDS:g} s without one (no partial file is kept)."
            + (" `stage: image` saves the task's image instead." if staged else ""),
            (ID, FieldSpec("path", str, description=path_help)) + (STAGE,) * staged,
            partial(_download, kind),
            read_only=False,
            writes_files=True,
        )


# ------------------------------------------------------------------ discovery tools


async def _plain_dict(answer: Awaitable[Any]) -> Result:
    """A discovery call's answer (a generated model) as the tool's JSON object."""
    return dict(_plain(await answer))


async def _voices(services: Services, args: Arguments, _: Progress) -> Result:
    voices = await services.client.voices.list()
    return {"count": len(voices), "voices": [_plain(v) for v in voices]}


def _discovery_tools(spec: dict[str, Any]) -> list[Tool]:
    personas = spec["operations"]["GET /api/personas/paginated/"]
    personas["input_schema"]["properties"]["page_size"]["default"] = AVATARS_PAGE_SIZE
    return [
        Tool(
            "credits_remaining",
            "The account's remaining credits. Free. " + _ends(),
            (),
            lambda services, args, _: _plain_dict(services.client.credits.remaining()),
        ),
        Tool(
            "voices_list",
            "Every voice with its accents; an accent's `id` is what `accent` (lipsyncs, "
            "text to speech) and `voice_id` (lipsyncs_v2 scenes) take. Free. " + _ends(),
            (),
            _voices,
        ),
        Tool(
            "voices_find_accent",
            "One accent by voice name (and accent name, when the voice has several); "
            "case is ignored and an accent name may be its start. Pass its `id` as "
            "`accent` or `voice_id`. Free. " + _ends(),
            (
                FieldSpec("voice", str, True, description="The voice's name."),
                FieldSpec("accent", str, description="The accent's name."),
            ),
            lambda services, args, _: _plain_dict(services.client.voices.find_accent(**args)),
        ),
        Tool(
            "links_create",
            "Scrape a product page into a link: its title, description, images and videos. "
            "The link's `id` is the `link` of link_to_videos_create (which is paid). Free. "
            + _ends(),
            (FieldSpec("url", str, True, format="uri", description="The page's URL."),),
            lambda services, args, _: _plain_dict(services.client.links.create(args["url"])),
            read_only=False,
        ),
        Tool(
            "avatars_list",
            "One page of the stock and custom avatars (personas), optionally filtered; "
            f"an avatar's `id` is the `creator` of a lipsync. {personas['description']}".strip()
            + " Free. "
            + _ends(),
            personas["input_schema"],
            # The arguments are the schema's, which are `list_page`'s names; the SDK checks
            # `page` and `page_size` (whole numbers from 1).
            lambda services, args, _: _plain_dict(
                services.client.avatars.list_page(**{"page_size": AVATARS_PAGE_SIZE, **args})
            ),
        ),
    ]


@cache
def catalogue() -> dict[str, Tool]:
    """Every tool, by name: built once from `JOB_KINDS` and `_spec.json`."""
    spec = json.loads(resources.files(__package__).joinpath("_spec.json").read_text())
    found = [tool for kind in JOB_KINDS.values() for tool in _job_tools(kind, spec)]
    found += _discovery_tools(spec)
    return {tool.name: tool for tool in found}
