"""A job area's command group, derived from its `JobKind`: `get`, `wait`, `download`
(when the kind has an output) and `list`; and what every `create` shares: --wait,
--download, --listen/--webhook, --webhook-url, --name, --timeout and --poll-interval, then
one create, wait and download path."""

from __future__ import annotations

import contextlib
import functools
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from .._download import check_target, missing_folder
from .._jobs import JobKind
from ..webhooks import WebhookListener, fallback_polls
from .session import OUT, F, Session, command, given, read_text, wait_options

Send = Callable[[], Any]


@dataclass(frozen=True)
class Area:
    """A job kind as the CLI shows it: `noun` is what messages call one job ("video");
    `lists`: the group has `list` (default: if the kind lists by ids); `find`: where an
    interrupted create's job can be looked for, if not `list`."""

    kind: JobKind[Any]
    noun: str
    lists: bool | None = None
    find: str = "the Creatify web app"

    @property
    def command(self) -> str:
        return self.kind.command

    @property
    def output(self) -> str | None:
        media = self.kind.expected_media
        return None if media is None else media.value

    @property
    def find_command(self) -> str:
        has_list = self.lists if self.lists is not None else bool(self.kind.list_by_ids)
        return f"creatify {self.command} list" if has_list else self.find

    def resource(self, session: Session) -> Any:
        return getattr(session.client, self.kind.namespace)


@dataclass(frozen=True)
class Then:
    """What a create command does after the create: wait (on a webhook), download."""

    wait: bool
    download: Path | None
    hook: WebhookListener | None
    timeout: float | None
    poll_interval: float | None

    @property
    def waits(self) -> bool:
        return self.wait or self.download is not None or self.hook is not None


def download_arg(download: Path | None) -> str:
    return "" if download is None else f" --download {shlex.quote(str(download))}"


def wait_job(
    session: Session,
    area: Area,
    job_id: str,
    then: Then,
    wait: Callable[..., Any] | None = None,
    resume: str | None = None,
) -> Any:
    """Wait with a status bar. Ctrl-C stops waiting (the job goes on) and prints the
    command that resumes it (`resume`, or `wait` with the --download asked for)."""
    resume = resume or f"creatify {area.command} wait {job_id}{download_arg(then.download)}"
    waiting = given({"timeout": then.timeout, "poll_interval": then.poll_interval})
    if then.poll_interval is not None:  # it may exceed the default cap: raise the cap
        poll = area.kind.poll if then.hook is None else fallback_polls(area.kind.poll)
        waiting["max_interval"] = max(then.poll_interval, poll.max_interval)
    with (
        session.on_interrupt(f"stopped waiting; the job goes on. Resume with: {resume}"),
        session.bars.wait(f"{area.noun} {job_id[:8]}") as on_update,
    ):
        wait = wait or area.resource(session).wait
        return wait(job_id, on_update=on_update, webhook=then.hook, **waiting)


def save(session: Session, area: Area, job: Any, out: Path, *, report_json: bool = False) -> None:
    """Save a finished job's output. Only a bare `download --json` prints `{path, bytes}`:
    after a wait, stdout already holds the job's JSON and must stay one JSON document."""
    out = check_target(out)  # `~` expanded; refused before any request if unwritable
    created = missing_folder(out)
    job_id = job if isinstance(job, str) else area.kind.id_of(job)
    again = f"creatify {area.command} download {job_id} {shlex.quote(str(out))}"
    with (
        session.on_interrupt(f"interrupted; nothing was saved. Download again with: {again}"),
        session.bars.transfer("download") as on_progress,
    ):
        saved = area.resource(session).download(job, out, on_progress=on_progress)
    if created is not None:
        session.say(f"created folder {created}")
    size = saved.stat().st_size
    if report_json and session.printer.as_json:
        session.printer.one({"path": str(saved), "bytes": size})
    else:
        session.printer.note(f"saved {saved} ({size:,} bytes)")


def finish(session: Session, area: Area, job_id: str, then: Then) -> None:
    """Wait, print the finished job, and save its output if asked."""
    finished = wait_job(session, area, job_id, then)
    session.printer.one(finished, title=f"{area.noun} {area.kind.status_of(finished)}")
    if then.download is not None:
        save(session, area, finished, then.download)


def creates(area: Area, *, webhook: bool = True, name: bool = True) -> Callable[[F], F]:
    """A create command, with the options every create shares (`webhook`, `name`: if the
    API takes a `webhook_url`, a `name`). The command gets `then` and its own options as
    given, checks them and returns the paid request (None: it did the work itself); the
    --download target is checked before that request is sent."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def run(
            session: Session,
            *,
            wait: bool,
            timeout: float | None,
            poll_interval: float | None,
            download: Path | None = None,
            listen: bool = False,
            public_url: str | None = None,
            listen_port: int = 0,
            **options: Any,
        ) -> None:
            download = None if download is None else check_target(download)
            options = given(options)
            for key in [k for k in options if k.endswith("_file")]:  # --text-file: --text
                field, flag = key.removesuffix("_file"), "--" + key.replace("_", "-")
                if field in options:
                    raise click.UsageError(f"give {flag.removesuffix('-file')} or {flag}, not both")
                options[field] = read_text(options.pop(key), flag)
            with contextlib.ExitStack() as stack:
                hook = None
                if listen or public_url:
                    if "webhook_url" in options:
                        raise click.UsageError("give --webhook-url or --listen/--webhook, not both")
                    hook = stack.enter_context(WebhookListener(listen_port, public_url=public_url))
                    options["webhook_url"] = hook.url
                then = Then(wait, download, hook, timeout, poll_interval)
                send = fn(session, then, **options)
                if send is None:
                    return
                with session.creating(area.noun, area.find_command):
                    task = send()
                job_id, status = area.kind.id_of(task), area.kind.status_of(task)
                if not then.waits:
                    session.printer.one(task, title=f"{area.noun} created ({status})")
                    return
                session.printer.note(f"{area.noun} {job_id} created; waiting")
                finish(session, area, job_id, then)

        noun = area.noun
        options = [click.option("--wait", is_flag=True, help=f"Wait until the {noun} is done.")]
        if area.output:
            help = f"Save the finished {area.output} here (implies --wait)."
            options.append(click.option("--download", type=OUT, help=help))
        if name:
            options.append(click.option("--name", help=f"A name for the {noun}."))
        if webhook:
            options += [
                click.option("--webhook-url", help=f"Called when the {noun} is done."),
                click.option("--listen", is_flag=True, help=LISTEN_HELP),
                click.option("--webhook", "public_url", metavar="URL", help=WEBHOOK_HELP),
                click.option(
                    "--listen-port",
                    type=click.IntRange(0, 65535),
                    default=0,
                    help="Local port of the receiver (default: any free port).",
                ),
            ]
        for option in reversed(options):
            run = option(run)
        return command(wait_options(area.kind.poll)(run))  # type: ignore[return-value]

    return decorate


LISTEN_HELP = (
    "Start a local webhook receiver, create the job with its URL and wait on it (implies "
    "--wait; polls slowly in case the service cannot reach it)."
)
WEBHOOK_HELP = (
    "The public address (a tunnel) that forwards to the local receiver; implies --listen. "
    "Its secret token is appended."
)


def job_group(area: Area) -> click.Group:
    """The group of a job area: `get`, `wait`, `download` and `list` where it has them."""
    group = click.Group(area.command)

    @group.command("get")
    @click.argument("job_id")
    @command
    def get(session: Session, job_id: str) -> None:
        """Show one task: status, progress and, once done, its output URL."""
        session.printer.one(area.resource(session).get(job_id))

    @group.command("wait")
    @click.argument("job_id")
    @click.option("--download", type=OUT, hidden=not area.output, help="Save the output here.")
    @command
    @wait_options(area.kind.poll)
    def wait(session: Session, job_id: str, download: Path | None, **waiting: Any) -> None:
        """Wait until the task is done; exit 1 if it fails or is rejected."""
        if download is not None and not area.output:
            raise click.UsageError(f"{area.command} has nothing to download")
        download = None if download is None else check_target(download)
        finish(session, area, job_id, Then(True, download, None, **waiting))

    if area.output:

        @group.command("download")
        @click.argument("job_id")
        @click.argument("out", type=OUT)
        @command
        def download(session: Session, job_id: str, out: Path) -> None:
            """Save a finished task's output to OUT."""
            save(session, area, job_id, out, report_json=True)

    by_ids = area.kind.list_by_ids is not None
    if area.lists or (area.lists is None and by_ids):

        @group.command("list")
        @click.option("--id", "ids", multiple=True, hidden=not by_ids, help="Only this task.")
        @command
        def list_(session: Session, ids: tuple[str, ...]) -> None:
            """List your tasks (or, with --id, repeated up to 100 times, only those)."""
            resource = area.resource(session)
            session.printer.many(
                resource.list(ids=list(ids) or None) if by_ids else resource.list()
            )

    return group
