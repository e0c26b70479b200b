"""What the command says when things are slow or wrong, and with which exit code.

A request without an answer for a few seconds gets a line on stderr naming what it waits
for (instead of minutes of silence). Errors name the options the user typed (`--avatar`),
not the SDK's arguments (`creator`): each option passes its SDK name through."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import click

from .._api_call import observe_requests
from .._constants import DEFAULT_TIMEOUT
from .._exceptions import (
    APIConnectionError,
    ConfigurationError,
    CreatifyError,
    InvalidInputError,
    JobFailedError,
    WaitTimeout,
)

JOB_FAILED = 1  # the avatar or video failed, or was rejected
USAGE = 2  # bad arguments or input, found before any request
API = 3  # the API, the credentials or the network failed
TIMED_OUT = 4  # a wait ran out of time
INTERRUPTED = 130  # Ctrl-C

# Seconds without an answer before the first "waiting for ..." line, then between lines.
SLOW_NOTICE_AFTER, SLOW_NOTICE_EVERY = 5.0, 30.0

# SDK arguments that no option passes through as is.
CLI_NAMES = {"id": "ID", "path": "the output file", "max_interval": "--poll-interval"}


def exit_code_for(error: CreatifyError) -> int:
    """API for an APIError, a DownloadError and anything else from the service."""
    usage = (InvalidInputError, ConfigurationError)
    for kinds, code in ((JobFailedError, JOB_FAILED), (usage, USAGE), (WaitTimeout, TIMED_OUT)):
        if isinstance(error, kinds):
            return code
    return API


def cli_name(field: str, command: click.Command | None = None) -> str:
    """The option the user typed; a path inside a scene file (`video_inputs[1].voice`) as is."""
    base = field.split("[", 1)[0]
    if "." in field or base.startswith("-"):
        return field
    options = {p.name: p.opts[0] for p in (command.params if command else ()) if p.opts}
    return options.get(base) or CLI_NAMES.get(base) or base


def describe(
    error: CreatifyError, command: click.Command | None = None, find: str | None = None
) -> str:
    """One line for stderr, in the CLI's terms; `find`: where a create's job may be."""
    if isinstance(error, InvalidInputError):
        return f"{cli_name(error.field, command)}: {error.rule}"
    if isinstance(error, ConfigurationError):
        return f"{cli_name(error.setting, command)}: {error.rule}" if error.setting else error.rule
    if isinstance(error, APIConnectionError) and error.maybe_created:
        return f"{error}. Check with: {find or 'the Creatify web app'}"
    return str(error)


class SlowAnswerNotice:
    """Prints what the command waits for when an API answer takes more than a few seconds."""

    def __init__(self, say: Callable[[str], None], base_url: Callable[[], str]) -> None:
        self._say, self._base_url = say, base_url
        self._pending: tuple[str, float] | None = None  # the request and since when
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> SlowAnswerNotice:
        observe_requests(self._observe)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        observe_requests(None)
        self._stop.set()
        self._thread.join(timeout=2)

    def _observe(self, what: str | None) -> None:
        self._pending = None if what is None else (what, time.monotonic())  # one atomic store

    def _watch(self) -> None:
        current, told = None, 0
        while not self._stop.wait(0.25):
            if self._pending is not current:
                current, told = self._pending, 0
            if current is None:
                continue
            what, since = current
            waited = time.monotonic() - since
            if waited < SLOW_NOTICE_AFTER + told * SLOW_NOTICE_EVERY:
                continue
            told += 1
            self._say(
                f"waiting for {self._base_url()} to answer {what} ({waited:.0f} s so far; "
                f"a try gives up after {DEFAULT_TIMEOUT.read:.0f} s without an answer, "
                "then it may be retried; Ctrl-C stops)"
            )
