"""What every command shares: the session (results on stdout: key: value lines or a table
for people, JSON for scripts; progress bars on stderr, only when stdout is a terminal and
--quiet is not given; a client made on first use), the options and their types, and for
every error one `error:` line and an exit code."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import httpx
from click.core import ParameterSource
from rich import progress as bar
from rich.console import Console

from .. import _timeouts
from .._cli_entry import INTERRUPT_NOTE
from .._client import Creatify
from .._exceptions import APIError, CreatifyError, InvalidInputError, JobFailedError, WaitTimeout
from .._frontends import may_have_made_job
from .._logging import warnings_said
from .._polling import JobUpdate
from .._redact import redact_url
from .._slow import slow_calls
from .._validation import _plain
from .feedback import API, describe, exit_code_for
from .main import NOTE, F, common_options, stack


class Seconds(click.FloatRange):
    """Seconds the SDK takes (`are_seconds`; FloatRange lets nan and inf through), refused
    before any request."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not _timeouts.are_seconds(seconds := super().convert(value, param, ctx)):
            self.fail(f"{value}: must be {_timeouts.SECONDS_RULE}", param, ctx)
        return seconds


SECONDS = Seconds(min=0, min_open=True)
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # C0 and C1

# Columns of the list tables, per kind of model.
LIST_COLUMNS = {
    "Persona": ["id", "creator_name", "gender", "style", "process_status", "is_active"],
    "PersonaV2": ["id", "creator_name", "gender", "process_status", "is_active"],
    "Lipsync": ["id", "status", "progress", "aspect_ratio", "output"],
    "LipsyncV2": ["id", "status", "progress", "aspect_ratio", "output"],
    "TextToSpeech": ["id", "status", "progress", "duration", "output"],
}


def literal(text: str, keep: str = "\t\n") -> str:
    """Text as people see it: control characters, which a terminal would obey (ESC starts
    its escape codes), as escapes (`\\x1b`), but those in `keep` ("": one line)."""
    return CONTROL.sub(lambda m: m[0] if m[0] in keep else repr(m[0])[1:-1], text)


def cell(value: Any) -> str:
    """A value as one table cell (on one line): a list by its length."""
    shown = "-" if value is None else str(len(value) if isinstance(value, list) else value)
    return literal(shown, keep="")


class StdoutFailed(Exception):
    """stdout cannot be written (`> /dev/full`): its OSError's text. Not any OSError: a
    bad `SSL_CERT_FILE` is no output's fault."""


class Output(Console):
    """stdout or stderr: text as given (no markup, emoji codes, highlights), `literal`."""

    def __init__(self, *, stderr: bool = False) -> None:
        super().__init__(stderr=stderr, soft_wrap=True, markup=False, emoji=False, highlight=False)

    def print(self, *objects: Any, **options: Any) -> None:
        super().print(*(literal(o) if isinstance(o, str) else o for o in objects), **options)

    def print_data(self, data: Any) -> None:
        """JSON; to a stdout not in UTF-8, other than ASCII as `\\u` escapes (W2-1)."""
        ascii_only = not self.encoding.startswith("utf")
        self.print_json(json.dumps(data, default=str), ensure_ascii=ascii_only)

    def write(self, text: str) -> None:
        """`text` as written (rich would expand tabs) at once; CR too (a streamed answer)."""
        with self.writing():
            self.file.write(literal(text, keep="\t\n\r"))
            self.file.flush()

    def _check_buffer(self) -> None:  # rich's every write
        with self.writing():
            super()._check_buffer()

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        try:
            yield
        except OSError as exc:  # a closed pipe's: `main.pipe_closed_exits`
            if self.stderr or isinstance(exc, BrokenPipeError):
                raise
            raise StdoutFailed(exc.strerror or exc) from None

    def on_broken_pipe(self) -> None:
        """rich's `except BrokenPipeError`: stdout's goes to `main.pipe_closed_exits`; a
        line for people lost with stderr's reader stops nothing (a paid create's answer
        still goes to stdout)."""
        if not self.stderr:
            raise


@dataclass
class Session:
    as_json: bool
    out: Output
    err: Output
    bars: bool
    base_url: str | None
    typed_url: str | None = None
    """`base_url` if given as an option (an env var stays in the shell)."""
    find_command: str | None = None
    """Where a job the last create may have made can be looked for."""
    made: str | None = None
    """The job this command created (`video ID`): named if stdout then fails."""

    @functools.cached_property
    def client(self) -> Creatify:
        client = Creatify(base_url=self.base_url)
        if prefer := os.environ.get("CREATIFY_PREFER"):  # only the Prism mock reads it
            client._api.get_httpx_client().headers["Prefer"] = prefer
        return client

    def say(self, text: str) -> None:
        """A line for people on stderr (stdout may be a pipe or one JSON document); one
        that cannot be written (`2>/dev/full`) is lost, the command goes on."""
        with contextlib.suppress(OSError):
            self.err.print(text)

    def one(self, model: Any, *, title: str | None = None) -> None:
        """One record: its fields that have values, under `title` (--json: every field)."""
        data = _plain(model)
        if self.as_json:
            return self.out.print_data(data)
        if title:
            self.out.print(title, style="bold")
        data = {k: v for k, v in data.items() if v not in (None, "", [])}
        width = max(len(k) for k in data) if data else 0
        for key, value in data.items():
            self.out.print(f"{key:<{width}}  {cell(value)}")

    def many(self, models: Sequence[Any]) -> None:
        """A table: aligned columns, nothing cut (ids are what scripts copy), and in a
        pipe no trailing spaces; --json: the list."""
        data = [_plain(model) for model in models]
        if self.as_json:
            return self.out.print_data(data)
        if not data:
            return self.out.print("(none)")
        columns = LIST_COLUMNS.get(type(models[0]).__name__, list(data[0]))
        rows = [columns, *([cell(row.get(c)) for c in columns] for row in data)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(columns))]
        for row in rows:
            self.out.out("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
        self.out.out(f"{len(data)} in all")

    @functools.cached_property
    def cli(self) -> str:
        """`creatify` in a command printed to go on: asking `--base-url` as typed (an env var
        stays in the shell), but its password: `redact_url`, the SDK's rule (an invalid URL
        makes no client, prints no command)."""
        url = self.typed_url
        with contextlib.suppress(httpx.InvalidURL):
            if url and httpx.URL(url).password:
                url = str(redact_url(url))
        return f"creatify --base-url {shlex.quote(url)}" if url else "creatify"

    def follow_up(self, text: str) -> str:
        """`text`, whose commands start with `cli`, saying if they lack the password."""
        hidden = self.typed_url and shlex.quote(self.typed_url) not in self.cli
        return f"{text} (--base-url's password left out)" if hidden and self.cli in text else text

    def note(self, text: str) -> None:
        """A line for people on stdout, left out with --json (stdout stays one JSON document)."""
        if not self.as_json:
            self.out.print(text)

    @contextlib.contextmanager
    def on_interrupt(self, note: str) -> Iterator[None]:
        """Ctrl-C inside this block prints `note` (and exits 130: `main.LazyGroup`)."""
        meta = click.get_current_context().meta
        before, meta[NOTE] = meta.get(NOTE, INTERRUPT_NOTE), note
        yield  # an exception leaves the note in place, for the handler
        meta[NOTE] = before

    @contextlib.contextmanager
    def creating(self, noun: str, find_command: str, cost: str = "") -> Iterator[None]:
        """A paid create: Ctrl-C now may leave the job created; say how to find out. `cost`
        is said once it may have been sent: not when a check, a refused connection or a 4xx
        stopped it."""
        find = re.sub("^creatify(?= )", lambda _: self.cli, find_command)
        self.find_command = self.follow_up(find)
        note = (
            f"interrupted: the request may have reached the service, so the {noun} may exist. "
            f"Check with: {find} (before creating it again)"
        )
        with self.on_interrupt(self.follow_up(note)):
            try:
                yield
            except (APIError, JobFailedError, WaitTimeout, KeyboardInterrupt) as exc:
                if cost and (isinstance(exc, KeyboardInterrupt) or may_have_made_job(exc)):
                    self.say(cost)
                raise
        if cost:
            self.say(cost)

    @contextlib.contextmanager
    def status_bar(
        self, label: str, total: float | None = 1.0, *columns: Any
    ) -> Iterator[Callable[..., None] | None]:
        """A bar on stderr after `label`, with a status text and the time elapsed (or
        `columns`): yields `update(completed=, status=)` of its task (None: off)."""
        if not self.bars:
            yield None
            return
        status = bar.TextColumn("{task.fields[status]}", markup=False), bar.TimeElapsedColumn()
        label_column = bar.TextColumn("{task.description}", markup=False)
        columns = columns or status
        with bar.Progress(label_column, bar.BarColumn(), *columns, console=self.err) as shown:
            task = shown.add_task(label, total=total, status="starting")
            yield functools.partial(shown.update, task)

    @contextlib.contextmanager
    def transfer_bar(self, label: str) -> Iterator[Callable[[int, int | None], None] | None]:
        """A bytes bar, for `on_progress`."""
        columns = (bar.DownloadColumn(), bar.TransferSpeedColumn())
        with self.status_bar(label, None, *columns) as update:
            yield update and (lambda done, total: update(completed=done, total=total))

    @contextlib.contextmanager
    def wait_bar(self, label: str) -> Iterator[Callable[[JobUpdate], None] | None]:
        """A job's status and progress, for `on_update`."""
        with self.status_bar(label) as update:
            yield update and (lambda e: update(completed=e.progress or 0.0, status=e.status or "?"))
            if update:  # finished (avatars report no progress)
                update(completed=1.0)


class Once(click.Command):
    """A command whose one-value options are each given once: click keeps the last value
    without a word, and a paid create would be sent with the other avatar or script."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        order = self.make_parser(ctx).parse_args(list(args))[2]  # each option as often as given
        for param in [] if ctx.resilient_parsing else order:  # not while completing (V7-2)
            once = isinstance(param, click.Option) and not (param.multiple or param.is_flag)
            if once and order.count(param) > 1:
                raise click.UsageError(f"{param.opts[0]} given twice", ctx)
        return super().parse_args(ctx, args)


def command(fn: F, *, term_as_ctrl_c: bool = True) -> F:
    """Add --json, --quiet and --base-url; turn SDK errors into one line and an exit code.
    SIGTERM (`timeout`, a CI job's time-out) is Ctrl-C: its note, 130 (not `batch run`:
    asyncio's loop, its journal covers a kill)."""

    @common_options
    @functools.wraps(fn)
    def wrapper(as_json: bool, quiet: bool, base_url: str | None, **kwargs: Any) -> None:
        context = click.get_current_context()
        before = context.find_root().params  # the same options, given before the command
        as_json, quiet = bool(as_json or before["as_json"]), bool(quiet or before["quiet"])
        source = context.get_parameter_source("base_url")
        if source != ParameterSource.COMMANDLINE:
            base_url = before.get("base_url") or base_url
            source = context.find_root().get_parameter_source("base_url")
        typed = base_url if source == ParameterSource.COMMANDLINE else None
        err = Output(stderr=True)
        tty = sys.stdout is not None and sys.stdout.isatty()  # None: closed (`>&-`), pythonw
        session = Session(as_json, Output(), err, not quiet and tty, base_url, typed)
        # On stderr: a request without an answer, every 10 s, naming what it waits for (not
        # minutes of silence: `_slow.py`), and the SDK's warnings (a wait's checks failing,
        # then answering again: `_logging.py`).
        slow_calls.also = lambda line: session.say(f"{line}; Ctrl-C stops")
        term = term_as_ctrl_c and threading.current_thread() is threading.main_thread()
        on_term = signal.signal(signal.SIGTERM, signal.default_int_handler) if term else None
        try:
            # What click lets through, refused before any request: text that is not UTF-8
            # (argv bytes that did not decode). The SDK checks the rest (`--base-url`'s port).
            for param in context.command.params:
                values = context.params.get(param.name or "")
                for value in values if isinstance(values, tuple) else (values,):
                    if isinstance(value, str) and any("\ud800" <= c <= "\udfff" for c in value):
                        raise InvalidInputError(param.opts[0], "is not UTF-8 text")
            with warnings_said(lambda line: session.say(f"warning: {line}")):
                fn(session, **kwargs)
        except CreatifyError as exc:
            # A download to stdout (`Area.target` then sends the rest to stderr) whose reader
            # went away; a FIFO's is the download's error.
            if isinstance(exc.__cause__, BrokenPipeError) and session.out is session.err:
                raise exc.__cause__ from None
            line = describe(exc, context, session.find_command)
            err.print(f"error: {line}", style="red")
            raise SystemExit(exit_code_for(exc)) from None
        except StdoutFailed as exc:
            made = f"; {session.made} was created" if session.made else ""
            session.say(f"error: cannot write the output: {exc}{made}")
            raise SystemExit(API) from None
        finally:
            slow_calls.also = None
            if "client" in vars(session):  # made
                session.client.close()
            if on_term is not None:
                signal.signal(signal.SIGTERM, on_term)

    return wrapper  # type: ignore[return-value]


def reader(
    group: click.Group | None, name: str, help: str, read: Callable[..., Any], *params: Any
) -> click.Command:
    """A command (of `group`) that prints what `read(client, *values of its params)` returns."""

    def show(session: Session, **given: Any) -> None:
        found = read(session.client, *given.values())
        (session.many if isinstance(found, list) else session.one)(found)

    made = stack(*params)(command(show))
    return (group.command if group else click.command)(name, cls=Once, help=help)(made)


class InputPath(click.Path):
    """A file to read: `~` is expanded (a shell does that only at the start of a word);
    `allow_dash`: `-` is stdin (`read_text`)."""

    def __init__(self, exists: bool = False, allow_dash: bool = False) -> None:
        super().__init__(exists=exists, dir_okay=False, path_type=Path, allow_dash=allow_dash)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == "-" and self.allow_dash:  # as typed: Path("./-"), a file, is Path("-")
            return value
        return super().convert(os.path.expanduser(value), param, ctx)


TEXT_FILE = InputPath(exists=True, allow_dash=True)


def read_text(path: Path | str, option: str) -> str:
    """A text file's content (UTF-8, without a BOM; `-`: stdin's), or an
    `InvalidInputError` naming the option."""
    if path == "-" and sys.stdin is None:  # closed (`<&-`, as cron may start a job)
        raise InvalidInputError(option, "cannot read stdin: it is closed")
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        return data.decode("utf-8-sig")  # a BOM is no text (as batch CSVs)
    except UnicodeDecodeError as exc:
        rule = f"{path} is not UTF-8 text (byte {exc.start}: {exc.object[exc.start]:#04x})"
    except OSError as exc:
        rule = f"cannot read {path}: {exc.strerror}"
    raise InvalidInputError(option, rule)


def read_data(path: Path, option: str) -> Any:
    """A JSON or YAML file's data (JSON first: PyYAML reads YAML 1.1, where JSON with tabs
    fails)."""
    import yaml  # type: ignore[import-untyped]

    text = read_text(path, option)
    try:
        with contextlib.suppress(ValueError):
            return json.loads(text)
        return yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, RecursionError) as exc:  # a date that is none, too deep
        raise click.BadParameter(f"cannot read {path}: {exc}", param_hint=option) from None


def pairs(items: Iterable[str], option: str, *, as_json: bool = False) -> dict[str, Any]:
    """Repeated `NAME=VALUE` options as a mapping; `as_json`: a value that is JSON is read
    as JSON (`count=3` is a number)."""
    found: dict[str, Any] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint=option)
        if name in found:
            raise click.BadParameter(f"{name} given twice", param_hint=option)
        found[name] = value
        if as_json:
            with contextlib.suppress(ValueError):
                found[name] = json.loads(value)
    return found


def given(options: dict[str, Any]) -> dict[str, Any]:
    """The options given on the command line (an absent flag is False, not "send False";
    a repeated option is a list)."""
    found = {k: v for k, v in options.items() if v is not None and v is not False and v != ()}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in found.items()}
