"""`creatify`: custom avatars and avatar videos from a terminal or a shell loop.

Exit codes: 0 success; 1 the job failed or was rejected; 2 usage or invalid input
(before any request); 3 API, credentials or network error; 4 a wait timed out;
130 interrupted (Ctrl-C).

Against the Prism mock, `CREATIFY_PREFER` (e.g. `example=failed`, `code=429`) is sent as
the `Prefer` header of every API request: it chooses the mock's answer.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shlex
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from .._client import Creatify
from .._constants import SDK_VERSION
from .._download import check_target, missing_folder
from .._exceptions import CreatifyError
from .._jobs import AVATAR_JOB, LIPSYNC_JOB
from ..webhooks import WebhookListener
from . import exit_codes
from .feedback import SlowAnswerNotice, describe
from .output import Printer
from .progress import Bars
from .webhook_wait import wait_with, webhook_options

F = TypeVar("F", bound=Callable[..., Any])
ENV_PREFER = "CREATIFY_PREFER"
INTERRUPTED = "interrupted"


@dataclass
class Session:
    """What every command gets: output, progress bars and (lazily) a client."""

    printer: Printer
    bars: Bars
    base_url: str | None
    err: Console
    _client: Creatify | None = None
    # What Ctrl-C prints now: changes as a command moves from creating to waiting.
    interrupt_note: str = field(default=INTERRUPTED)

    @property
    def client(self) -> Creatify:
        if self._client is None:
            self._client = Creatify(base_url=self.base_url)
            prefer = os.environ.get(ENV_PREFER)
            if prefer:  # only the mock reads it
                self._client._api.get_httpx_client().headers["Prefer"] = prefer
        return self._client

    def say(self, text: str) -> None:
        """A line for people on stderr (stdout may be a pipe or one JSON document)."""
        self.err.print(text, highlight=False, markup=False)

    @contextlib.contextmanager
    def on_interrupt(self, note: str) -> Iterator[None]:
        """Ctrl-C inside this block prints `note` (and exits 130)."""
        before, self.interrupt_note = self.interrupt_note, note
        yield  # an exception leaves the note in place, for the handler in `command`
        self.interrupt_note = before

    @contextlib.contextmanager
    def creating(self, kind: str, list_command: str) -> Iterator[None]:
        """A paid create: Ctrl-C now may leave the job created; say how to find out."""
        note = (
            f"interrupted: the request may have reached the service, so the {kind} may "
            f"exist. Check with: {list_command} (before creating it again)"
        )
        with self.on_interrupt(note):
            yield


def command(fn: F) -> F:
    """Add --json, --quiet and --base-url; turn SDK errors into one line and an exit code."""

    @click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
    @click.option("--quiet", "-q", is_flag=True, help="No progress bars.")
    @click.option(
        "--base-url",
        envvar="CREATIFY_BASE_URL",
        help="API base URL (default: $CREATIFY_BASE_URL or https://api.creatify.ai).",
    )
    @functools.wraps(fn)
    def wrapper(as_json: bool, quiet: bool, base_url: str | None, **kwargs: Any) -> None:
        out = Console(soft_wrap=True)
        err = Console(stderr=True, soft_wrap=True)
        show_bars = not quiet and sys.stdout.isatty()
        session = Session(
            Printer(as_json=as_json, console=out, terminal=sys.stdout.isatty()),
            Bars(enabled=show_bars, console=err),
            base_url,
            err,
        )
        try:
            with SlowAnswerNotice(session.say, lambda: session.client.base_url):
                fn(session, **kwargs)
        except CreatifyError as exc:
            err.print(f"error: {describe(exc)}", style="red", highlight=False, markup=False)
            raise SystemExit(exit_codes.exit_code_for(exc)) from None
        except KeyboardInterrupt:
            # Click would print "Aborted!" and exit 1, the code of a failed job.
            session.say(session.interrupt_note)
            raise SystemExit(exit_codes.INTERRUPTED) from None
        finally:
            if session._client is not None:
                session._client.close()

    return wrapper  # type: ignore[return-value]


def wait_options(default_timeout: float, default_interval: float) -> Callable[[F], F]:
    def decorate(fn: F) -> F:
        fn = click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=default_timeout,
            show_default=True,
            help="Give up waiting after this many seconds.",
        )(fn)
        fn = click.option(
            "--poll-interval",
            type=click.FloatRange(min=0, min_open=True),
            default=default_interval,
            show_default=True,
            help="Seconds between the first two checks (the first is immediate; then longer).",
        )(fn)
        return fn

    return decorate


def resume_command(kind: str, job_id: str, download: Path | None) -> str:
    """The command that picks up where an interrupted one stopped (quoted for a shell)."""
    command = f"creatify {kind} wait {job_id}"
    return command + (f" --download {shlex.quote(str(download))}" if download else "")


def interruptible_wait(
    session: Session,
    kind: str,
    job_id: str,
    run: Callable[[], Any],
    download: Path | None = None,
) -> Any:
    """`run()` (a wait); Ctrl-C stops it (the job goes on) and prints the resume command."""
    note = (
        f"stopped waiting; the job goes on. Resume with: {resume_command(kind, job_id, download)}"
    )
    with session.on_interrupt(note):
        return run()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(SDK_VERSION, prog_name="creatify")
def cli() -> None:
    """Creatify: custom avatars and avatar videos.

    Credentials come from CREATIFY_API_ID and CREATIFY_API_KEY.
    """


# ---------------------------------------------------------------- avatars


@cli.group()
def avatars() -> None:
    """Custom avatars (personas)."""


@avatars.command("create")
@click.option(
    "--video",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The training video: the person speaking (MP4 or QuickTime).",
)
@click.option(
    "--consent",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The consent video (MP4 or QuickTime).",
)
@click.option("--name", required=True, help="Who the person is (not shown to viewers).")
@click.option("--gender", required=True, type=click.Choice(["m", "f", "nb"]))
@click.option("--scene", help="A word for the background, e.g. office.")
@click.option("--keywords", help="Comma-separated keywords.")
@click.option("--label", "labels", multiple=True, help="A label (repeat for more).")
@click.option("--webhook-url", help="Called when the avatar is ready.")
@click.option("--wait", "wait", is_flag=True, help="Wait until the avatar is approved.")
@wait_options(AVATAR_JOB.poll.timeout, AVATAR_JOB.poll.poll_interval)
@command
def avatars_create(
    session: Session,
    video: Path,
    consent: Path | None,
    name: str,
    gender: str,
    scene: str | None,
    keywords: str | None,
    labels: tuple[str, ...],
    webhook_url: str | None,
    wait: bool,
    timeout: float,
    poll_interval: float,
) -> None:
    """Upload videos to make a custom avatar (uses one avatar slot)."""
    with (
        session.creating("avatar", "creatify avatars list --mine"),
        session.bars.transfer("upload") as on_progress,
    ):
        created = session.client.avatars.create_from_files(
            video,
            consent,
            on_progress=on_progress,
            creator_name=name,
            gender=gender,
            video_scene=scene,
            keywords=keywords,
            labels=list(labels) or None,
            webhook_url=webhook_url,
        )
    if not wait:
        session.printer.one(created, title="avatar created (under review)")
        return
    session.printer.note(f"avatar {created.id} created; waiting for review (can take days)")
    _wait_avatar(session, str(created.id), timeout, poll_interval)


@avatars.command("get")
@click.argument("avatar_id")
@command
def avatars_get(session: Session, avatar_id: str) -> None:
    """Show one avatar (stock or custom)."""
    session.printer.one(session.client.avatars.get(avatar_id))


@avatars.command("list")
@click.option("--mine", is_flag=True, help="Only your custom avatars.")
@command
def avatars_list(session: Session, mine: bool) -> None:
    """List avatars (stock and custom, or only yours)."""
    client = session.client
    session.printer.many(client.avatars.list_mine() if mine else client.avatars.list())


@avatars.command("wait")
@click.argument("avatar_id")
@wait_options(AVATAR_JOB.poll.timeout, AVATAR_JOB.poll.poll_interval)
@command
def avatars_wait(session: Session, avatar_id: str, timeout: float, poll_interval: float) -> None:
    """Wait until an avatar is approved; exit 1 if it fails or is rejected."""
    _wait_avatar(session, avatar_id, timeout, poll_interval)


def _wait_avatar(session: Session, avatar_id: str, timeout: float, poll_interval: float) -> Any:
    wait = session.client.avatars.wait
    return _wait(
        session, "avatars", avatar_id, wait, timeout, poll_interval, 600.0, "avatar ready", None
    )


def _wait(
    session: Session,
    kind: str,
    job_id: str,
    wait: Callable[..., Any],
    timeout: float,
    poll_interval: float,
    max_interval: float,
    title: str,
    download: Path | None,
) -> Any:
    """Wait with a status bar; Ctrl-C stops waiting and says how to resume."""

    def run() -> Any:
        with session.bars.wait(f"{kind[:-1]} {job_id[:8]}") as on_update:
            return wait(
                job_id,
                timeout=timeout,
                poll_interval=poll_interval,
                max_interval=max(poll_interval, max_interval),
                on_update=on_update,
            )

    finished = interruptible_wait(session, kind, job_id, run, download)
    session.printer.one(finished, title=title)
    return finished


@avatars.command("count")
@command
def avatars_count(session: Session) -> None:
    """Custom-avatar slots used and available."""
    session.printer.one(session.client.avatars.count())


# ---------------------------------------------------------------- lipsyncs


@cli.group()
def lipsyncs() -> None:
    """Avatar videos (AI Avatar v1): an avatar speaks a text or an audio file."""


@lipsyncs.command("create")
@click.option("--avatar", "avatar_id", required=True, help="The avatar (persona) id.")
@click.option("--text", help="The script to speak.")
@click.option(
    "--text-file", type=click.File("r", encoding="utf-8"), help="Read the script from a file."
)
@click.option("--audio", help="URL of an audio file to lip-sync to.")
@click.option("--aspect-ratio", type=click.Choice(["16:9", "1:1", "9:16", "16x9", "1x1", "9x16"]))
@click.option("--accent", help="An accent id (see `creatify voices`).")
@click.option("--model", type=click.Choice(["standard", "aurora_v1", "aurora_v1_fast"]))
@click.option("--name", help="A name for the video.")
@click.option("--webhook-url", help="Called when the video is done.")
@click.option("--wait", "wait", is_flag=True, help="Wait until the video is done.")
@click.option(
    "--download",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Save the finished MP4 here (implies --wait).",
)
@wait_options(LIPSYNC_JOB.poll.timeout, LIPSYNC_JOB.poll.poll_interval)
@command
@webhook_options
def lipsyncs_create(
    session: Session,
    avatar_id: str,
    text: str | None,
    text_file: Any,
    audio: str | None,
    aspect_ratio: str | None,
    accent: str | None,
    model: str | None,
    name: str | None,
    webhook_url: str | None,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
    hook: WebhookListener | None,
) -> None:
    """Create a video of an avatar speaking (costs credits)."""
    sources = [s for s in (text, text_file, audio) if s is not None]
    if len(sources) != 1:
        raise click.UsageError("give exactly one of --text, --text-file or --audio")
    script = text_file.read() if text_file is not None else text
    if download is not None:  # before the paid request, not after the wait
        download = check_target(download)
    with session.creating("video", "creatify lipsyncs list"):
        task = session.client.lipsyncs.create(
            creator=avatar_id,
            text=script,
            audio=audio,
            aspect_ratio=aspect_ratio,
            accent=accent,
            model_version=model,
            name=name,
            webhook_url=hook.url if hook is not None else webhook_url,
        )
    if not (wait or download or hook is not None):
        session.printer.one(task, title="video task created")
        return
    session.printer.note(f"video {task.id} created; waiting")
    finished = _wait_lipsync(session, str(task.id), timeout, poll_interval, download, hook)
    if download is not None:
        _download(session, finished, download)


@lipsyncs.command("get")
@click.argument("lipsync_id")
@command
def lipsyncs_get(session: Session, lipsync_id: str) -> None:
    """Show one video task."""
    session.printer.one(session.client.lipsyncs.get(lipsync_id))


@lipsyncs.command("list")
@click.option("--id", "ids", multiple=True, help="Only this task (repeat, up to 100).")
@command
def lipsyncs_list(session: Session, ids: tuple[str, ...]) -> None:
    """List your video tasks."""
    session.printer.many(session.client.lipsyncs.list(ids=list(ids) or None))


@lipsyncs.command("wait")
@click.argument("lipsync_id")
@click.option(
    "--download",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Save the finished MP4 here.",
)
@wait_options(LIPSYNC_JOB.poll.timeout, LIPSYNC_JOB.poll.poll_interval)
@command
def lipsyncs_wait(
    session: Session, lipsync_id: str, download: Path | None, timeout: float, poll_interval: float
) -> None:
    """Wait until a video is done; exit 1 if it fails."""
    if download is not None:
        download = check_target(download)
    finished = _wait_lipsync(session, lipsync_id, timeout, poll_interval, download)
    if download is not None:
        _download(session, finished, download)


def _wait_lipsync(
    session: Session,
    lipsync_id: str,
    timeout: float,
    poll_interval: float,
    download: Path | None = None,
    hook: WebhookListener | None = None,
) -> Any:
    wait = wait_with(session.client.lipsyncs.wait, hook)
    return _wait(
        session, "lipsyncs", lipsync_id, wait, timeout, poll_interval, 30.0, "video done", download
    )


@lipsyncs.command("download")
@click.argument("lipsync_id")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@command
def lipsyncs_download(session: Session, lipsync_id: str, out: Path) -> None:
    """Save a finished video's MP4 to OUT."""
    _download(session, lipsync_id, out, report_json=True)


def _download(session: Session, video: Any, out: Path, *, report_json: bool = False) -> None:
    """Save the MP4. Only `lipsyncs download --json` prints `{path, bytes}`: after a wait,
    stdout already holds the video's JSON and must stay one JSON document."""
    out = check_target(out)  # `~` expanded; refused before any request if unwritable
    created = missing_folder(out)
    video_id = video if isinstance(video, str) else str(video.id)
    again = f"creatify lipsyncs download {video_id} {shlex.quote(str(out))}"
    with (
        session.on_interrupt(f"interrupted; nothing was saved. Download again with: {again}"),
        session.bars.transfer("download") as on_progress,
    ):
        saved = session.client.lipsyncs.download(video, out, on_progress=on_progress)
    if created is not None:
        session.say(f"created folder {created}")
    size = saved.stat().st_size
    if report_json and session.printer.as_json:
        session.printer.one({"path": str(saved), "bytes": size})
    else:
        session.printer.note(f"saved {saved} ({size:,} bytes)")


# ---------------------------------------------------------------- account


@cli.command()
@command
def voices(session: Session) -> None:
    """List voices and how many accents each has."""
    session.printer.many(session.client.voices.list())


@cli.command()
@command
def credits(session: Session) -> None:
    """Show the remaining credits."""
    session.printer.one(session.client.credits.remaining())


# The product areas (url-to-video, links, link-to-videos, ...): their module imports the
# helpers above, so it is imported once they exist.
from .products import COMMANDS as PRODUCT_COMMANDS  # noqa: E402

for product_command in PRODUCT_COMMANDS:
    cli.add_command(product_command)

# AI Avatar v2, text-to-speech and Aurora (cli/avatar_v2.py imports the helpers above).
from .avatar_v2 import GROUPS as AVATAR_V2_GROUPS  # noqa: E402

for group in AVATAR_V2_GROUPS:
    cli.add_command(group)

from .webhooks import webhooks_group  # noqa: E402 - it uses `command`, defined above

cli.add_command(webhooks_group)

# `creatify batch`: many jobs from a spreadsheet (cli/batch.py, on creatify.batch).
from .batch import GROUPS as BATCH_GROUPS  # noqa: E402

for group in BATCH_GROUPS:
    cli.add_command(group)

# `creatify mock` (cli/mock.py imports the fake only when it runs).
from .mock import mock_command  # noqa: E402

cli.add_command(mock_command)


def main() -> None:
    cli(prog_name="creatify")
