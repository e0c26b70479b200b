"""The SDK's own log: logger `creatify`, one line per request.

    CREATIFY_LOG=info   POST /api/lipsyncs/ -> 201 in 0.123 s (retries: 0)
    CREATIFY_LOG=debug  the same, then the request's and the answer's headers

`CREATIFY_LOG` is read when a client is built: it sets the level of the `creatify` logger
and adds one handler that writes to stderr. Without it nothing is set up, and an
application can configure the `creatify` logger like any other.

The line is written when the answer's body has been read (or the request failed), so the
time covers the whole request, retries and their waits included. The key is never
written: headers and URLs go through `_redact.py`, and a storage URL is logged without
its query (which may hold a signature).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator

import httpx

from ._exceptions import ConfigurationError
from ._redact import redact_headers, redact_url, secrets_of
from ._retry import ATTEMPTS

logger = logging.getLogger("creatify")
ENV_LOG = "CREATIFY_LOG"
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is when a line is logged (test runners swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def configure_from_env() -> None:
    """Apply `CREATIFY_LOG` (info or debug) to the `creatify` logger; unset: do nothing."""
    value = os.environ.get(ENV_LOG, "").strip().lower()
    if not value:
        return
    if value not in LEVELS:
        raise ConfigurationError(f"{ENV_LOG} must be info or debug, got {value!r}")
    logger.setLevel(LEVELS[value])
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)


class _SayHandler(logging.Handler):
    def __init__(self, say: Callable[[str], None]) -> None:
        super().__init__(logging.WARNING)
        self.say = say

    def emit(self, record: logging.LogRecord) -> None:
        self.say(record.getMessage())


@contextlib.contextmanager
def warnings_said(say: Callable[[str], None]) -> Iterator[None]:
    """Inside: each warning of the `creatify` logger (a wait's checks failing, ...) is
    also handed to `say` (the CLI's stderr), the log's own handlers or not. A handler on
    the logger also keeps Python's last-resort handler from printing it a second time."""
    handler = _SayHandler(say)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def target(request: httpx.Request, show_host: bool) -> str:
    """API requests by path and query (ids and filters, no secrets); with `show_host`
    (downloads from storage hosts) scheme and host too, but never the query."""
    if show_host:
        return str(redact_url(request.url).copy_with(query=None, fragment=None))
    return request.url.raw_path.decode("ascii", "replace")


def line_when_read(
    request: httpx.Request, response: httpx.Response, started: float, show_host: bool
) -> Callable[[str], None]:
    """What writes `response`'s line, called by its body (`WatchedBody`) once read, with
    the name of the error that broke the reading ("" if none did)."""

    def done(body_error: str) -> None:
        failed = f", body failed: {body_error}" if body_error else ""
        log_line(request, f"{response.status_code} in", started, show_host, failed)
        if logger.isEnabledFor(logging.DEBUG):
            secrets = secrets_of(request)  # as errors hide them: a server may echo the key
            logger.debug("  request headers: %s", dict(redact_headers(request.headers, secrets)))
            logger.debug("  response headers: %s", dict(redact_headers(response.headers, secrets)))

    return done


def log_line(
    request: httpx.Request, outcome: str, started: float, show_host: bool, tail: str = ""
) -> None:
    """`METHOD target -> outcome N s (retries: n)tail`: the one line of every request."""
    retries = max(request.extensions.get(ATTEMPTS, 0) - 1, 0)
    took = time.perf_counter() - started
    what = f"{request.method} {target(request, show_host)}"
    logger.info("%s -> %s %.3f s (retries: %d)%s", what, outcome, took, retries, tail)
