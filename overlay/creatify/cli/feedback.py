"""What the command says when things are slow, interrupted or wrong, in the CLI's terms,
and which exit code each error gives.

- A request that gets no answer for a few seconds: a line on stderr naming what it waits
  for and how long one try may take (instead of minutes of silence).
- Errors: the SDK names its arguments (`creator`); the CLI names the options the user
  typed (`--avatar`), read from the command's options (each passes its SDK name through).
"""

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

OK = 0
JOB_FAILED = 1  # the avatar or video failed, or was rejected
USAGE = 2  # bad arguments or input, found before any request
API = 3  # the API, the credentials or the network failed
TIMED_OUT = 4  # a wait ran out of time
INTERRUPTED = 130  # Ctrl-C

# Seconds without an answer before the first "waiting for ..." line, then between lines.
SLOW_NOTICE_AFTER = 5.0
SLOW_NOTICE_EVERY = 30.0

# SDK arguments that no option passes through as is.
CLI_NAMES = {"id": "ID", "path": "the output file", "max_interval": "--poll-interval"}


def exit_code_for(error: CreatifyError) -> int:
    if isinstance(error, JobFailedError):
        return JOB_FAILED
    if isinstance(error, (InvalidInputError, ConfigurationError)):
        return USAGE
    if isinstance(error, WaitTimeout):
        return TIMED_OUT
    return API  # APIError, DownloadError and anything else from the service


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
        setting = error.setting
        return f"{cli_name(setting, command)}: {error.rule}" if setting else error.rule
    if isinstance(error, APIConnectionError) and error.maybe_created:
        return f"{error}. Check with: {find or 'the Creatify web app'}"
    return str(error)


class SlowAnswerNotice:
    """Prints what the command waits for when an API answer takes more than a few seconds."""

    def __init__(self, say: Callable[[str], None], base_url: Callable[[], str]) -> None:
        self._say = say
        self._base_url = base_url
        self._lock = threading.Lock()
        self._what: str | None = None
        self._since = 0.0
        self._next_notice = 0.0
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
        with self._lock:
            self._what = what
            self._since = time.monotonic()
            self._next_notice = self._since + SLOW_NOTICE_AFTER

    def _watch(self) -> None:
        while not self._stop.wait(0.25):
            with self._lock:
                what, since, due = self._what, self._since, self._next_notice
                if what is None or time.monotonic() < due:
                    continue
                self._next_notice = due + SLOW_NOTICE_EVERY
            waited = time.monotonic() - since
            self._say(
                f"waiting for {self._base_url()} to answer {what} ({waited:.0f} s so far; "
                f"a try gives up after {DEFAULT_TIMEOUT.read:.0f} s without an answer, "
                "then it may be retried; Ctrl-C stops)"
            )
