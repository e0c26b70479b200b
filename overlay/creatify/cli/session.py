"""What every command shares: the session (output, bars, a client made on first use), the
options and their types, and for every error one `error:` line and an exit code."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click
from click.core import ParameterSource
from rich.console import Console

from .._client import Creatify
from .._exceptions import CreatifyError, InvalidInputError
from .feedback import INTERRUPTED, describe, exit_code_for, slow_answers
from .main import common_options, stack
from .output import Bars, Printer

F = TypeVar("F", bound=Callable[..., Any])
SECONDS = click.FloatRange(min=0, min_open=True)


@dataclass
class Session:
    """What every command gets: output, progress bars and (lazily) a client."""

    printer: Printer
    bars: Bars
    base_url: str | None
    err: Console
    interrupt_note: str = "interrupted"
    """What Ctrl-C prints now: changes as a command moves from creating to waiting."""
    find_command: str | None = None
    """Where a job the last create may have made can be looked for."""

    @functools.cached_property
    def client(self) -> Creatify:
        client = Creatify(base_url=self.base_url)
        if prefer := os.environ.get("CREATIFY_PREFER"):  # only the mock reads it
            client._api.get_httpx_client().headers["Prefer"] = prefer
        return client

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
    def creating(self, noun: str, find_command: str) -> Iterator[None]:
        """A paid create: Ctrl-C now may leave the job created; say how to find out."""
        self.find_command = find_command
        with self.on_interrupt(
            f"interrupted: the request may have reached the service, so the {noun} may "
            f"exist. Check with: {find_command} (before creating it again)"
        ):
            yield


def command(fn: F) -> F:
    """Add --json, --quiet and --base-url; turn SDK errors into one line and an exit code."""

    @common_options
    @functools.wraps(fn)
    def wrapper(as_json: bool, quiet: bool, base_url: str | None, **kwargs: Any) -> None:
        context = click.get_current_context()
        before = context.find_root().params  # the same options, given before the command
        as_json, quiet = bool(as_json or before["as_json"]), bool(quiet or before["quiet"])
        if context.get_parameter_source("base_url") != ParameterSource.COMMANDLINE:
            base_url = before.get("base_url") or base_url
        err = Console(stderr=True, soft_wrap=True)
        session = Session(
            Printer(as_json=as_json, console=Console(soft_wrap=True)),
            Bars(enabled=not quiet and sys.stdout.isatty(), console=err),
            base_url,
            err,
        )
        try:
            _check_text(context)
            with slow_answers(session.say):
                fn(session, **kwargs)
        except CreatifyError as exc:
            line = describe(exc, context.command, session.find_command)
            err.print(f"error: {line}", style="red", highlight=False, markup=False)
            raise SystemExit(exit_code_for(exc)) from None
        except KeyboardInterrupt:
            # Click would print "Aborted!" and exit 1, the code of a failed job.
            session.say(session.interrupt_note)
            raise SystemExit(INTERRUPTED) from None
        finally:
            if "client" in vars(session):  # made
                session.client.close()

    return wrapper  # type: ignore[return-value]


def reader(name: str, help: str, read: Callable[..., Any], *arguments: str) -> click.Command:
    """A command that prints what `read(client, *arguments)` returns: one or a table."""

    def show(session: Session, **given: str) -> None:
        found = read(session.client, *given.values())
        (session.printer.many if isinstance(found, list) else session.printer.one)(found)

    return click.command(name, help=help)(stack(*map(click.argument, arguments))(command(show)))


def _check_text(context: click.Context) -> None:
    """What click lets through, refused before any request: text that is not UTF-8 (argv
    bytes that did not decode). The SDK checks the rest (`--base-url`'s port, too)."""
    for param in context.command.params:
        values = context.params.get(param.name or "")
        for value in values if isinstance(values, tuple) else (values,):
            if isinstance(value, str) and any("\ud800" <= c <= "\udfff" for c in value):
                raise InvalidInputError(param.opts[0], "is not UTF-8 text")


class InputPath(click.Path):
    """A file to read: `~` is expanded (a shell does that only at the start of a word)."""

    def __init__(self, exists: bool = False) -> None:
        super().__init__(exists=exists, dir_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return super().convert(os.path.expanduser(value), param, ctx)


TEXT_FILE = InputPath(exists=True)


def read_text(path: Path, option: str) -> str:
    """A text file's content (UTF-8), or an `InvalidInputError` naming the option."""
    try:
        return path.read_text(encoding="utf-8")
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
        return json.loads(text)
    except ValueError:
        try:
            return yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise click.BadParameter(f"cannot read {path}: {exc}", param_hint=option) from None


def pairs(items: Iterable[str], option: str, *, as_json: bool = False) -> dict[str, Any]:
    """Repeated `NAME=VALUE` options as a mapping; `as_json`: a value that is JSON is read
    as JSON (`count=3` is a number)."""
    found: dict[str, Any] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint=option)
        found[name] = value
        if as_json:
            with contextlib.suppress(ValueError):
                found[name] = json.loads(value)
    return found


def given(options: dict[str, Any]) -> dict[str, Any]:
    """The options given on the command line (an absent flag is False, not "send False";
    a repeated option is a list)."""
    return {
        k: list(v) if isinstance(v, tuple) else v
        for k, v in options.items()
        if v is not None and v is not False and v != ()
    }
