"""`creatify`: custom avatars and avatar videos from a terminal or a shell loop (exit
codes: `feedback.py`). This module is all that `creatify --help` and `--version` load: a
command's module (with rich, the SDK client and the generated models) loads when it runs."""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from .._cli_entry import INTERRUPT_NOTE, INTERRUPTED
from ._groups import GROUPS

F = TypeVar("F", bound=Callable[..., Any])
NOTE = "creatify.interrupt_note"  # in `ctx.meta`: what Ctrl-C prints now
# stdout's reader went away (`| head -1`): 128 + SIGPIPE, what a shell shows for a command
# killed by it, as coreutils are; not 0 (what was cut may be a new job's id) nor 1 (failed).
PIPE_CLOSED = 141

# Each command, its module (in this package; `.x` is `creatify.x`), its line in `--help`:
# the job kinds' groups (GROUPS, generated from the spec's tags), then the other commands.
OTHERS = """
batch                 batch     Many jobs from a CSV or JSONL file, each made once.
credits               account   Show the remaining credits.
custom-templates      areas     Fixed templates (older API): list, preview, render.
inspirations          areas     AI ad templates (parameters, credit cost).
links                 areas     Product pages (or your data) to make videos from.
mcp                   .mcp.command  Serve the Creatify API to AI agents over MCP.
mock                  .testing.command  Serve a fake Creatify API locally (no Node, no key).
music                 account   The background-music catalogue.
url-to-video          areas     A video ad from a product page URL (costs credits).
voices                account   List voices and accent ids (for --accent, --voice).
webhooks              webhooks  Receive the service's webhooks (job ended).
"""
ROWS = sorted(line.split(None, 2) for line in (GROUPS + OTHERS).split("\n") if line)
COMMANDS = {name: (module, help) for name, module, help in ROWS}


def stack(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Several decorators as one, applied as if written in this order above a `def`."""
    return lambda fn: functools.reduce(lambda f, decorate: decorate(f), reversed(decorators), fn)


# --json, --quiet and --base-url: accepted before the command and after it.
BASE_URL = "The API's address (default: https://api.creatify.ai)."
common_options = stack(
    click.option("--json", "as_json", is_flag=True, help="Print the result as JSON."),
    click.option("--quiet", "-q", is_flag=True, help="No progress bars."),
    click.option("--base-url", envvar="CREATIFY_BASE_URL", show_envvar=True, help=BASE_URL),
)


def _broken_pipe(exc: BaseException) -> bool:
    """A BrokenPipeError, or a group of nothing else (`creatify mcp`'s task groups)."""
    inner = getattr(exc, "exceptions", None)  # an exception group (3.11's or the backport)
    return all(map(_broken_pipe, inner)) if inner else isinstance(exc, BrokenPipeError)


@contextlib.contextmanager
def pipe_closed_exits() -> Iterator[None]:
    """stdout's reader went away (`| head -1`, rich's `Output.on_broken_pipe` too): exit
    quietly (click: 1, a failed job's code), stdout to /dev/null, where Python's flush at
    exit cannot fail again."""
    try:
        yield
    except BaseException as exc:
        if not _broken_pipe(exc):
            raise
        with contextlib.suppress(OSError, ValueError):  # no file descriptor (click's tests)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(PIPE_CLOSED) from None


def on_signals(handler: Any) -> None:
    """`handler` for Ctrl-C and SIGTERM (only the main thread sets one)."""
    with contextlib.suppress(ValueError):  # another thread
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, handler)


class LazyGroup(click.Group):
    """Imports a command's module only when that command is asked for."""

    make_context = pipe_closed_exits()(click.Group.make_context)  # `creatify --help | true`

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, help = COMMANDS[cmd_name]
        loaded = importlib.import_module(f".{module}", __package__)
        # A job kind's group is in its module's `AREAS`; any other command is an attribute.
        areas: dict[str, click.Command] = getattr(loaded, "AREAS", {})
        command = areas.get(cmd_name) or getattr(loaded, cmd_name.replace("-", "_"))
        command.help = command.help or help
        return command

    @pipe_closed_exits()
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # Click would print "Aborted!" and exit 1, a failed job's code. What a command
            # is doing says more (`Session.on_interrupt`); while its module loads, say, not.
            # Ctrl-C again (or SIGTERM) once it is said: 130 at once, as the first.
            on_signals(signal.SIG_IGN)
            click.echo(ctx.meta.get(NOTE, INTERRUPT_NOTE), err=True)
            on_signals(lambda *_: os._exit(INTERRUPTED))
            raise SystemExit(INTERRUPTED) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(map(len, COMMANDS))
        # The public way to click's short help (`click.utils`' own is deprecated in 8.5, W2-2).
        rows = [
            (c, click.Command(c, help=h).get_short_help_str(limit))
            for c, (_, h) in COMMANDS.items()
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


# The installed package's version, read only when --version is given.
@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="creatify", prog_name="creatify")
@common_options
def cli(as_json: bool, quiet: bool, base_url: str | None) -> None:
    """Creatify: custom avatars and avatar videos.

    Credentials come from CREATIFY_API_ID and CREATIFY_API_KEY. CREATIFY_PREFER (e.g.
    `example=failed`) is sent as the `Prefer` header: the repository's Prism mock (`make
    mock`) answers by it; `creatify mock` does not read it (`[mock:failed]` in a job's
    name fails that job).
    """
