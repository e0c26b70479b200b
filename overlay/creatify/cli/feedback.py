"""What the command says when things go wrong, and with which exit code. Errors name the
options the user typed (`--avatar`), not the SDK's arguments (`creator`): each option
passes its SDK name through."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import click

from .._cli_entry import INTERRUPTED as INTERRUPTED  # Ctrl-C: with the codes below
from .._exceptions import (
    APIError,
    ConfigurationError,
    CreatifyError,
    InvalidInputError,
    JobFailedError,
    WaitTimeout,
)
from .main import PIPE_CLOSED as PIPE_CLOSED  # stdout's reader went away: with the codes below

JOB_FAILED = 1  # the avatar or video failed, or was rejected
USAGE = 2  # bad arguments or input, found before any request
API = 3  # the API, the credentials or the network failed
TIMED_OUT = 4  # a wait ran out of time

# SDK arguments that no option passes through as is.
CLI_NAMES = {"id": "ID", "path": "the output file", "port": "--listen-port", "download": "OUT"}
CLI_NAMES["input_params"] = "--param"  # a parameter's name follows
# Request paths a command's own options fill (one scene's flags, `--message`), by the
# option's parameter; when it was not given (a `--scenes` file), the path is what to fix.
FILLED_BY = {
    "video_inputs[].character.avatar_id": "avatar",
    "video_inputs[].voice.input_text": "text",
    "video_inputs[].voice.voice_id": "voice",
    "video_inputs[].background.url": "background",
    "background_music.url": "music",
    "messages[].content": "messages",
}


def exit_code_for(error: CreatifyError) -> int:
    """API for an APIError, a DownloadError and anything else from the service."""
    usage = (InvalidInputError, ConfigurationError)
    codes = ((JobFailedError, JOB_FAILED), (usage, USAGE), (WaitTimeout, TIMED_OUT))
    return next((code for kinds, code in codes if isinstance(error, kinds)), API)


def cli_name(field: str, context: click.Context) -> str:
    """The option the user typed (`--text-file` when `text` was read from it); a path
    inside a scene file (`video_inputs[1].voice`) as is; each of several (`text or audio`)."""
    for sep in (" or ", ", "):
        if sep in field:
            return sep.join(cli_name(each, context) for each in field.split(sep))
    filled = FILLED_BY.get(re.sub(r"\[\d+\]", "[]", field), "")
    if any(context.params.get(filled + end) is not None for end in ("", "_file")):
        field = filled
    head, dot, inner = field.partition(".")
    if dot and head in CLI_NAMES:  # a parameter (`input_params.x`): `--param x`, or the file's
        typed = any(p.partition("=")[0] == inner for p in context.params.get("param") or ())
        from_file = context.params.get("params_path") and not typed
        return f"--params-file ({inner})" if from_file else f"{CLI_NAMES[head]} {inner}"
    base = field.split("[", 1)[0]
    if dot or base.startswith("-"):
        return field
    base += "_file" if context.params.get(f"{base}_file") is not None else ""
    for param in context.command.params:  # an argument as its help shows it: URL
        if param.name == base:
            return param.human_readable_name if isinstance(param, click.Argument) else param.opts[0]
    return CLI_NAMES.get(base, base)


def describe(error: CreatifyError, context: click.Context, find: str | None) -> str:
    """One line for stderr, in the CLI's terms. A request that may have made a job
    (`maybe_created`) says how to check: `find`, the last create's list (a step of a job
    that exists: its `get`)."""
    if isinstance(error, InvalidInputError):
        line = f"{cli_name(error.field, context)}: {error.rule}"
        # `--param n=10` is read as JSON: a model that wants the text "10" must be told so.
        typed = (p.partition("=") for p in context.params.get("param") or ())
        text = {f"input_params.{n}": shlex.quote(f"{n}={json.dumps(v)}") for n, _, v in typed}
        if error.field in text and error.rule.endswith("is not of type 'string'"):
            line += f"; to send it as text, quote it: --param {text[error.field]}"
        return line
    if isinstance(error, ConfigurationError):
        return f"{cli_name(error.setting, context)}: {error.rule}" if error.setting else error.rule
    if isinstance(error, APIError) and error.maybe_created:  # its message says so
        return f"{error}. Check with: {find or 'the Creatify web app'}"
    return str(error)


class Folder(click.Path):
    """A folder to save in: "" (an unset `$OUT`) is refused, not taken as the current one."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == "":
            self.fail("must not be empty", param, ctx)
        return super().convert(value, param, ctx)


FOLDER = Folder(file_okay=False, path_type=Path)
