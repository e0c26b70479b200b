"""A job area's command group (`Area`), its `create` commands (`creates`), and the one
create, wait and download path they all take."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shlex
import sys
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from click import option

from .._download import check_folder, check_target, missing_folder
from .._exceptions import InvalidInputError, JobFailedError, WaitTimeout
from .._jobs import PRODUCT_VIDEO_JOB, Call, JobKind, PollDefaults, sentences
from .._options import OPERATION_FIELDS
from .._validation import FieldSpec
from ..webhooks import WebhookListener
from .main import F, stack
from .session import SECONDS, TEXT_FILE, Once, Session, command, given, read_text, reader

Send = Callable[[], Any]
LISTEN = "Wait on a local webhook receiver (implies --wait; polls slowly as a fallback)."
WEBHOOK = "The public URL (a tunnel) of the local receiver; implies --listen."
TIMEOUT = "Give up waiting after this many seconds."

EVERY = "Seconds between the first two checks (the first is immediate; then longer)."
SHARED = ("wait", "timeout", "poll_interval", "download", "listen", "public_url", "listen_port")
STAGE = "Of the task's image (done at image_generated), or its video (`gen-video` asks for it)."


def wait_options(poll: PollDefaults) -> Callable[[F], F]:
    """--timeout and --poll-interval. Not given, they stay None: the SDK's defaults for the
    kind apply (shown here), or, waiting on a webhook, its slow fallback polls."""
    return stack(
        option("--timeout", type=SECONDS, show_default=f"{poll.timeout:g}", help=TIMEOUT),
        option("--poll-interval", type=SECONDS, show_default=f"{poll.poll_interval:g}", help=EVERY),
    )


def flag(field: FieldSpec | str) -> str:
    """The option that gives a request field (or a field a command gives by its own option):
    the spec's `x-cli-name` (shorter, or kept from before the options were derived), else
    `--kebab-name`. Errors name it too."""
    if isinstance(field, str):
        return "--" + field.replace("_", "-")
    return field.cli_name or flag(field.name)


def body_options(fields: Iterable[FieldSpec]) -> Callable[[F], F]:
    """An option for each field of a request body that a command line can give, as the spec
    declares it. An object comes from a command's own options (a file, NAME=VALUE pairs); a
    `cli_file` field may also be read from `--x-file`."""
    made = []
    for field in fields:
        each = field.items if field.python_type is list else field
        if each is None or each.python_type is dict:
            continue
        made.append(
            option(
                flag(field),
                field.name,
                type=click.Choice(each.choices) if each.choices else each.python_type,
                # None, not False, for a value: click 8.3 then takes "-0.4" as an option name.
                is_flag=True if each.python_type is bool else None,
                multiple=each is not field,
                required=field.required and not field.cli_file,
                show_default=None if field.default in (None, "") else str(field.default),
                help=" ".join(filter(None, [field.help, "Repeat for more." * (each is not field)])),
            )
        )
        if field.cli_file:
            help = f"Read {flag(field)} from a UTF-8 file."
            made.append(
                option(f"{flag(field)}-file", f"{field.name}_file", type=TEXT_FILE, help=help)
            )
    return stack(*made)


class Area(click.Group):
    """A job kind's command group (`areas.py` adds the creates). `noun` names one job in
    messages ("video"); `find`: where to look for the job of an interrupted create."""

    command_class = Once

    def __init__(self, kind: JobKind[Any]) -> None:
        super().__init__(kind.command)
        self.kind, self.noun, media = kind, kind.cli_noun, kind.expected_media
        self.calls = {call.name: call for call in kind.calls}  # `create`: its operation, doc
        self.output = None if media is None else media.value
        folder = kind.output_files is not None  # where `--download` saves every file
        # A name stays text: `check_target` refuses "videos/" (Path drops the slash); `-`
        # is stdout (`target`).
        self.out = click.Path(file_okay=not folder, dir_okay=folder, allow_dash=not folder)
        listing = kind.listing
        # Product to video: two steps on one task; `--stage image` is the image's (as the SDK's).
        self.staged = kind is PRODUCT_VIDEO_JOB
        choice = click.Choice(["image", "video"])
        stage = [option("--stage", type=choice, show_default="video", help=STAGE)]
        stages = stack(*stage * self.staged)
        self.find = f"creatify {kind.command} list" if listing else "the Creatify web app"
        get = "Show one task: status, progress and, once done, its output URL."
        reader(self, "get", get, lambda c, id: self.of(c).get(id), click.argument("job_id"))

        @self.command("wait")
        @click.argument("job_id")
        @option("--download", type=self.out, hidden=not self.output, help="Save the output here.")
        @stages
        @command
        @wait_options(self.kind.poll)
        def wait(session: Session, job_id: str, download: Path | None, **waiting: Any) -> None:
            """Wait until the task is done; exit 1 if it fails or is rejected."""
            if download is not None and not self.output:
                raise click.UsageError(f"{self.kind.command} has nothing to download")
            download = None if download is None else self.target(download, session)
            finish(session, self, job_id, Then(True, download, None, **waiting))

        if self.output:

            @self.command("download")
            @click.argument("job_id")
            @click.argument("out", type=self.out)
            @stages
            @command
            def download(session: Session, job_id: str, out: Path, **staged: Any) -> None:
                """Save a finished task's output to OUT."""
                save(session, self, job_id, out, staged.get("stage"), report_json=True)

        if listing is not None:
            only = " (or, with --id, repeated up to 100 times, only those)" * listing.by_ids

            @self.command("list", help=f"List your tasks{only}.")
            @option("--id", "ids", multiple=True, hidden=not listing.by_ids, help="Only this task.")
            @command
            def list_(session: Session, ids: tuple[str, ...]) -> None:
                if ids and not listing.by_ids:  # the API has no filter: never list every job
                    get = f"{kind.command} get ID"
                    raise click.UsageError(f"{kind.command} list cannot filter by id: use `{get}`")
                session.many(self.of(session.client).list(**given({"ids": ids})))  # no ids: all

    def of(self, client: Any) -> Any:
        return getattr(client, self.kind.namespace)

    def target(self, out: Path | str, session: Session) -> Path:
        """Where to save the output, checked before any request (`check_target`: `~`
        expanded, refused if unwritable; a folder (several files) as the SDK's download
        checks it). Saving to stdout (`/dev/stdout`), it carries the file only: the rest
        goes to stderr; `-` is stdout."""
        if out == "-" and self.kind.output_files:
            raise click.UsageError(f"{self.kind.command} saves several files: give a folder")
        out = "/dev/stdout" if out == "-" else out
        try:
            target = (check_folder if self.kind.output_files else check_target)(out)
        except InvalidInputError as exc:  # a folder's: `--download` or OUT, as typed
            if not self.kind.output_files:
                raise
            raise InvalidInputError("download", exc.rule) from None
        # Not there yet; no stdout (click's tests: no file descriptor; `>&-`: None).
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if os.path.samestat(os.stat(target), os.fstat(sys.stdout.fileno())):
                session.out = session.err
        return target


@dataclass(frozen=True)
class Then:
    """What a create command does after the create: wait (on a webhook), download. The
    wait's seconds are None where not given: the SDK has the defaults (and raises the
    default cap to a longer --poll-interval)."""

    wait: bool  # also when only --download or --listen was given
    download: Path | None
    hook: WebhookListener | None
    timeout: float | None
    poll_interval: float | None
    stage: str | None = None  # a staged area's `--stage`

    @property
    def options(self) -> str:
        """` --stage image` and ` --download PATH`, as given, for a command that goes on."""
        out = self.download and f" --download {shlex.quote(str(self.download))}"
        return " --stage image" * (self.stage == "image") + (out or "")


def finish(session: Session, area: Area, job_id: str, then: Then, *, created: bool = False) -> None:
    """Wait with a status bar (Ctrl-C: the job goes on; say how to resume), print the
    finished job, and save its output if asked. `created`: right after this command's
    create, which the API answered, so a check without an answer is waited out, as
    `create_and_wait` does (a plain `wait` raises it when no check was ever answered)."""
    resume = f"Resume with: {session.cli} {area.kind.command} wait {job_id}{then.options}"
    resume = session.follow_up(resume)

    def go_on(exc: WaitTimeout) -> str:  # a video's wait whose task has only its image
        # Right after this command's own `gen_video` the task may still show it (V10-1).
        if not area.staged or exc.last_status != "image_generated" or created:
            return resume
        video = f"{session.cli} {area.kind.command} gen-video {job_id} --wait{then.options}"
        return session.follow_up(f"The image is ready; ask for the video with: {video}")

    with (
        waited(session, go_on),
        session.on_interrupt(f"stopped waiting; the job goes on. {resume}"),
        session.wait_bar(f"{area.noun} {job_id[:8]}") as on_update,
    ):
        resource, seconds = area.of(session.client), (then.timeout, then.poll_interval)
        if created:
            settings = resource._wait_settings(*seconds, None, on_update, then.hook)
            job = resource._wait(job_id, settings, then.hook, answered=True)
        else:  # a plain `wait` (no webhook): only what was given, the SDK has the defaults
            waiting = given({k: getattr(then, k) for k in ("timeout", "poll_interval", "stage")})
            job = resource.wait(job_id, on_update=on_update, **waiting)
    done(session, area, job, then)


@contextlib.contextmanager
def waited(session: Session, go_on: Callable[[WaitTimeout], str]) -> Iterator[None]:
    """A wait whose job fails or which times out: with --json, the job (or its id and last
    status) still reaches a script (`| jq -r .id`); a time-out's error line says how to
    go on: `go_on(the time-out)`."""
    try:
        yield
    except (JobFailedError, WaitTimeout) as exc:
        if session.as_json:
            status = getattr(exc, "last_status", None)
            session.one(getattr(exc, "job", None) or {"id": exc.job_id, "status": status})
        if isinstance(exc, WaitTimeout):
            exc.args = (f"{exc}. {go_on(exc)}",)
        raise


def done(session: Session, area: Area, job: Any, then: Then) -> None:
    session.one(job, title=f"{area.noun} {area.kind.status_of(job)}")
    if then.download is not None:
        save(session, area, job, then.download, then.stage)


def save(
    session: Session, area: Area, job: Any, out: Path, stage: str | None, report_json: bool = False
) -> None:
    """Save a finished job's output (a staged area's: of `stage`). Only a bare `download
    --json` prints `{path, bytes}`: after a wait, stdout already holds the job's JSON and
    must stay one JSON document."""
    out = area.target(out, session)
    created = None if area.kind.output_files else missing_folder(out)
    job_id = job if isinstance(job, str) else area.kind.id_of(job)
    image = " --stage image" * (stage == "image")
    again = f"{session.cli} {area.kind.command} download {job_id}{image} {shlex.quote(str(out))}"
    got = [0]  # bytes downloaded: a FIFO or a device (/dev/stdout) has no size to stat
    kept = f"files saved so far stay in {out}" if area.kind.output_files else "nothing was saved"
    note = session.follow_up(f"interrupted; {kept}. Download again with: {again}")
    with session.on_interrupt(note), session.transfer_bar("download") as shown:

        def count(done: int, total: int | None) -> None:
            got[0] = done
            if shown:
                shown(done, total)

        saved = area.of(session.client).download(
            job, out, on_progress=count, **given({"stage": stage})
        )
    if created is not None:
        session.say(f"created folder {created}")
    if report_json and session.as_json and not isinstance(saved, list):
        return session.one({"path": str(saved), "bytes": got[0]})
    for each in saved if isinstance(saved, list) else [saved]:
        session.note(f"saved {each} ({got[0] if each is saved else each.stat().st_size:,} bytes)")


def creates(
    area: Area,
    *operations: str,
    without: Collection[str] = (),
) -> Callable[[F], F]:
    """A create command: the options of its request body (`operations`' bodies, default
    the kind's `create` call's; `without` those it gives otherwise), and those every create
    shares, `--name` and the webhook's where the body has them. The command gets `then`
    and its options as given (`--x-file` read into `x`), checks them and returns the paid
    request (None: it did the work itself; with a cost it looked up: `(cost, request)`).
    Nothing is sent before every check (`Session.creating` says the cost)."""
    operations = operations or (area.calls["create"].operation,)
    call = next((call for call in area.kind.calls if call.operation == operations[0]), None)
    cost = call.cost if call else ""  # avatars: no call of the kind
    fields = {f.name: f for op in operations for f in OPERATION_FIELDS.get(op, ())}
    name, webhook = fields.pop("name", None), fields.pop("webhook_url", None)
    body = [field for field in fields.values() if field.name not in without]

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def run(session: Session, **options: Any) -> None:
            wait, timeout, poll_interval, download, listen, public_url, listen_port = (
                options.pop(k, None) for k in SHARED
            )
            download = None if download is None else area.target(download, session)
            options = given(options)
            for name in [k.removesuffix("_file") for k in options if k.endswith("_file")]:
                given_as = flag(fields.get(name, name))
                if name in options:
                    raise click.UsageError(f"give {given_as} or {given_as}-file, not both")
                options[name] = read_text(options.pop(f"{name}_file"), f"{given_as}-file")
            missing = [flag(f) for f in body if f.cli_file and f.required and f.name not in options]
            if missing:  # a required field that `--x-file` may give: not required of `--x`
                raise click.UsageError(f"give {missing[0]} or {missing[0]}-file")
            hooked = listen or public_url is not None  # "" is refused by the listener
            if listen_port is not None and not hooked:
                raise click.UsageError("--listen-port needs --listen or --webhook")
            if hooked and "webhook_url" in options:
                raise click.UsageError("give --webhook-url or --listen/--webhook, not both")
            listener = WebhookListener(listen_port or 0, public_url=public_url) if hooked else None
            with listener or contextlib.nullcontext() as hook:
                options.update({"webhook_url": hook.url} if hook else {})
                if hook and public_url is not None:  # where the tunnel must forward to
                    session.say(f"the webhook receiver listens on 127.0.0.1:{hook.port}")
                # A wait's setting implies the wait, as --download does: never dropped.
                wait = wait or hooked or (download, timeout, poll_interval) != (None, None, None)
                then = Then(wait, download, hook, timeout, poll_interval)
                send = fn(session, then, **options)
                if send is None:
                    return
                said, send = send if isinstance(send, tuple) else (cost, send)
                with session.creating(area.noun, area.find, said):  # says the cost once sent
                    task = send()
                session.made = f"{area.noun} {area.kind.id_of(task)}"
                if not wait:
                    status = area.kind.status_of(task)
                    return session.one(task, title=f"{area.noun} created ({status})")
                session.note(f"{session.made} created; waiting")
                finish(session, area, area.kind.id_of(task), then, created=True)

        output = area.output  # help names the options the command has; "job": any kind reads
        implies = ["--download"] * bool(output) + ["--listen"] * bool(webhook) + ["--timeout"]
        help = f"Wait until the job is done ({', '.join(implies)} and --poll-interval imply it)."
        shared = [option("--wait", is_flag=True, help=help)]
        if output:
            help = f"Save the finished {output} here (implies --wait)."
            shared.append(option("--download", type=area.out, help=help))
        if name:
            help = name.description or "A name for the job."
            shared.append(option("--name", required=name.required, help=help))
        if webhook:
            shared += [
                option("--webhook-url", help="Called when the job is done."),
                option("--listen", is_flag=True, help=LISTEN),
                option("--webhook", "public_url", metavar="URL", help=WEBHOOK),
                option("--listen-port", type=click.IntRange(0, 65535), help="Of --listen; 0: any."),
            ]
        waiting = command(wait_options(area.kind.poll)(stack(*shared)(run)))
        return body_options(body)(waiting)  # type: ignore[return-value]  # first in --help

    return decorate


def summary(call: Call) -> str:
    """A call's docstring as a command's help: its first paragraph and what it costs, each
    field of the request named by its option (`creator`: --avatar)."""
    options = {field.name: flag(field) for field in OPERATION_FIELDS[call.operation]}
    paragraph = sentences(call.doc.split("\n\n")[0])
    help = " ".join([*(s for s in paragraph if not s.startswith("Costs ")), call.cost])
    return re.sub(r"`(\w+)`", lambda m: options.get(m[1], m[0]), help.strip())


def create(
    area: Area, help: str = "", call: str = "create", *options: Any, body: Any = dict
) -> None:
    """Add a command that sends its options (its own `options` too, made a request by `body`):
    `client.{namespace}.{call}(...)`, of a JOB_ID but for `create`; help: `help` or the call's."""

    def send(session: Session, then: Then, **given: Any) -> Send:
        ids = [] if call == "create" else [given.pop("job_id")]
        sent = body(given)  # checked now: nothing is sent before every check
        if ready := area.calls[call].only_at:  # a task's later step: read the task (free)
            status = area.kind.status_of(area.of(session.client).get(*ids))
            if status != ready:  # before: nothing to go on from; after: paid again (V9-1)
                wait = f"{session.cli} {area.kind.command} wait {ids[0]}"
                rule = (
                    f"the task is {status}; it is sent only at {ready}: before it, `{wait} "
                    f"--stage image`; past it, it was sent already: `{wait}`; a failed task "
                    "needs a new create"
                )
                raise InvalidInputError("id", session.follow_up(rule))
        if not ids:
            return lambda: getattr(area.of(session.client), call)(*ids, **sent)
        # A step of a job that exists (render, gen-video): a Ctrl-C's `get` tells (V10-7).
        get = session.follow_up(f"{session.cli} {area.kind.command} get {ids[0]}")
        note = f"interrupted: the request may have reached the service. Check with: {get}"

        def step() -> Any:
            session.find_command = get  # what an unknown outcome's error names
            with session.on_interrupt(f"{note} (before sending it again)"):
                return getattr(area.of(session.client), call)(*ids, **sent)

        return step

    made = stack(*options)(creates(area, area.calls[call].operation)(send))
    if call != "create":  # render, gen-video: the task's id
        made = click.argument("job_id")(made)
    help = help or summary(area.calls[call])
    area.add_command(click.command(call.replace("_", "-"), cls=Once, help=help)(made))
