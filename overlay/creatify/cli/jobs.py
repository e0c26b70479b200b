"""A job area's command group, derived from its `JobKind` (`get`, `wait`, `download`,
`list`), and the options and the one create, wait and download path every `create` shares."""

from __future__ import annotations

import contextlib
import functools
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from click import option

from .._download import check_target, missing_folder
from .._jobs import JobKind
from ..webhooks import WebhookListener, fallback_polls
from .main import stack
from .session import OUT, F, Session, command, given, read_text, reader, wait_options

Send = Callable[[], Any]
no_hook: contextlib.nullcontext[None] = contextlib.nullcontext()
LISTEN = "Wait on a local webhook receiver (implies --wait; polls slowly as a fallback)."
WEBHOOK = "The public URL (a tunnel) of the local receiver; implies --listen."


@dataclass(frozen=True)
class Area:
    """A job kind as the CLI shows it: `noun` names one job in messages ("video");
    `lists`: the group has `list` (default: if the kind lists by ids); `find`: where to
    look for the job of an interrupted create, if there is no `list`."""

    kind: JobKind[Any]
    noun: str
    lists: bool | None = None
    find: str = "the Creatify web app"

    @property
    def has_list(self) -> bool:
        return self.kind.list_by_ids is not None if self.lists is None else self.lists

    @property
    def output(self) -> str | None:
        return None if self.kind.expected_media is None else self.kind.expected_media.value

    def of(self, client: Any) -> Any:
        """The client's namespace of this kind."""
        return getattr(client, self.kind.namespace)


@dataclass(frozen=True)
class Then:
    """What a create command does after the create: wait (on a webhook), download."""

    wait: bool  # also when only --download or --listen was given
    download: Path | None
    hook: WebhookListener | None
    timeout: float | None
    poll_interval: float | None

    def arguments(self, area: Area) -> dict[str, Any]:
        """The wait's arguments: those given (the SDK has the defaults) and `webhook`."""
        given_ = given({"timeout": self.timeout, "poll_interval": self.poll_interval})
        if self.poll_interval is not None:  # it may exceed the default cap: raise the cap
            poll = area.kind.poll if self.hook is None else fallback_polls(area.kind.poll)
            given_["max_interval"] = max(self.poll_interval, poll.max_interval)
        return given_ | ({"webhook": self.hook} if self.hook else {})


def finish(session: Session, area: Area, job_id: str, then: Then) -> None:
    """Wait with a status bar (Ctrl-C: the job goes on; say how to resume), print the
    finished job, and save its output if asked."""
    save_to = "" if then.download is None else f" --download {shlex.quote(str(then.download))}"
    resume = f"creatify {area.kind.command} wait {job_id}{save_to}"
    with (
        session.on_interrupt(f"stopped waiting; the job goes on. Resume with: {resume}"),
        session.bars.wait(f"{area.noun} {job_id[:8]}") as on_update,
    ):
        job = area.of(session.client).wait(job_id, on_update=on_update, **then.arguments(area))
    done(session, area, job, then)


def done(session: Session, area: Area, job: Any, then: Then) -> None:
    """Print a finished job, and save its output if asked."""
    session.printer.one(job, title=f"{area.noun} {area.kind.status_of(job)}")
    if then.download is not None:
        save(session, area, job, then.download)


def save(session: Session, area: Area, job: Any, out: Path, *, report_json: bool = False) -> None:
    """Save a finished job's output. Only a bare `download --json` prints `{path, bytes}`:
    after a wait, stdout already holds the job's JSON and must stay one JSON document."""
    folder = area.kind.output_files is not None  # every file, into a folder
    out = out if folder else check_target(out)  # `~` expanded; refused if unwritable
    created = None if folder else missing_folder(out)
    job_id = job if isinstance(job, str) else area.kind.id_of(job)
    again = f"creatify {area.kind.command} download {job_id} {shlex.quote(str(out))}"
    with (
        session.on_interrupt(f"interrupted; nothing was saved. Download again with: {again}"),
        session.bars.transfer("download") as on_progress,
    ):
        saved = area.of(session.client).download(job, out, on_progress=on_progress)
    if created is not None:
        session.say(f"created folder {created}")
    if isinstance(saved, list):
        for each in saved:
            session.printer.note(f"saved {each} ({each.stat().st_size:,} bytes)")
        return
    size = saved.stat().st_size
    if report_json and session.printer.as_json:
        session.printer.one({"path": str(saved), "bytes": size})
    else:
        session.printer.note(f"saved {saved} ({size:,} bytes)")


def creates(area: Area, *, webhook: bool = True, name: bool = True) -> Callable[[F], F]:
    """A create command, with the options every create shares (`webhook`, `name`: if the
    API takes a `webhook_url`, a `name`). The command gets `then` and its own options as
    given (`--x-file` read into `x`), checks them and returns the paid request (None: it
    did the work itself). Nothing is sent before every check, --download's included."""

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
            if download is not None and area.kind.output_files is None:
                download = check_target(download)
            options = given(options)
            for key in [k for k in options if k.endswith("_file")]:
                field, flag = key.removesuffix("_file"), "--" + key.replace("_", "-")
                if field in options:
                    raise click.UsageError(f"give {flag.removesuffix('-file')} or {flag}, not both")
                options[field] = read_text(options.pop(key), flag)
            hooked = bool(listen or public_url)
            if hooked and "webhook_url" in options:
                raise click.UsageError("give --webhook-url or --listen/--webhook, not both")
            with WebhookListener(listen_port, public_url=public_url) if hooked else no_hook as hook:
                options.update({"webhook_url": hook.url} if hook else {})
                wait = wait or hooked or download is not None
                then = Then(wait, download, hook, timeout, poll_interval)
                send = fn(session, then, **options)
                if send is None:
                    return
                find = f"creatify {area.kind.command} list" if area.has_list else area.find
                with session.creating(area.noun, find):
                    task = send()
                if not wait:
                    status = area.kind.status_of(task)
                    return session.printer.one(task, title=f"{area.noun} created ({status})")
                job_id = area.kind.id_of(task)
                session.printer.note(f"{area.noun} {job_id} created; waiting")
                finish(session, area, job_id, then)

        noun, output = area.noun, area.output
        shared = [option("--wait", is_flag=True, help=f"Wait until the {noun} is done.")]
        if output:
            help = f"Save the finished {output} here (implies --wait)."
            shared.append(option("--download", type=OUT, help=help))
        if name:
            shared.append(option("--name", help=f"A name for the {noun}."))
        if webhook:
            shared += [
                option("--webhook-url", help=f"Called when the {noun} is done."),
                option("--listen", is_flag=True, help=LISTEN),
                option("--webhook", "public_url", metavar="URL", help=WEBHOOK),
                option("--listen-port", type=click.IntRange(0, 65535), default=0, help="0: any."),
            ]
        return command(wait_options(area.kind.poll)(stack(*shared)(run)))  # type: ignore[return-value]

    return decorate


def job_group(area: Area) -> click.Group:
    """The group of a job area: `get`, `wait`, `download` and `list` where it has them."""
    group = click.Group(area.kind.command)

    get = "Show one task: status, progress and, once done, its output URL."
    group.add_command(reader("get", get, lambda c, id: area.of(c).get(id), "job_id"))

    @group.command("wait")
    @click.argument("job_id")
    @option("--download", type=OUT, hidden=not area.output, help="Save the output here.")
    @command
    @wait_options(area.kind.poll)
    def wait(session: Session, job_id: str, download: Path | None, **waiting: Any) -> None:
        """Wait until the task is done; exit 1 if it fails or is rejected."""
        if download is not None and not area.output:
            raise click.UsageError(f"{area.kind.command} has nothing to download")
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

    if area.has_list:
        by_ids = area.kind.list_by_ids is not None

        @group.command("list")
        @option("--id", "ids", multiple=True, hidden=not by_ids, help="Only this task.")
        @command
        def list_(session: Session, ids: tuple[str, ...]) -> None:
            """List your tasks (or, with --id, repeated up to 100 times, only those)."""
            found = area.of(session.client).list(**({"ids": list(ids) or None} if by_ids else {}))
            session.printer.many(found)

    return group
