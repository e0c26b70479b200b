"""Say what a slow call waits for: one `info` line every 10 s while no answer has come.

    creatify INFO still waiting for GET /api/remaining_credits/ after 10 s (try 2 of 3)

The transport layer (`_async/transport.py`) registers each try while the `creatify`
logger is enabled for `info` (`CREATIFY_LOG=info`, or an application's own logging
set-up), or while `slow_calls.also` is set (the CLI says the lines on stderr), and
unregisters it when the answer's headers came or the try failed. One daemon
thread serves every client, sync or async, so a try costs a set insertion, not a timer.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from ._constants import SLOW_CALL_REPORT_EVERY
from ._logging import logger


class Waiting:
    """One try that has no answer yet."""

    __slots__ = ("attempt", "attempts", "next_report", "started", "what")

    def __init__(self, what: str, started: float, attempt: int, attempts: int | None) -> None:
        self.what = what
        self.started = started  # when the call (its first try) started: time.monotonic()
        self.attempt = attempt
        self.attempts = attempts
        every = SLOW_CALL_REPORT_EVERY  # the first report: the next whole multiple of it
        self.next_report = started + ((time.monotonic() - started) // every + 1) * every


class _Reporter:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._waiting: set[Waiting] = set()
        self._thread: threading.Thread | None = None
        self.also: Callable[[str], None] | None = None
        """Where each line goes besides the log, whether or not `info` is logged."""

    def watching(self) -> bool:
        """Whether tries are to be registered: their lines are logged or said."""
        return self.also is not None or logger.isEnabledFor(logging.INFO)

    def add(self, waiting: Waiting) -> None:
        with self._changed:
            self._waiting.add(waiting)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="creatify-slow-calls", daemon=True
                )
                self._thread.start()
            self._changed.notify()

    def remove(self, waiting: Waiting) -> None:
        with self._changed:
            self._waiting.discard(waiting)

    def _run(self) -> None:
        with self._changed:
            while True:
                now = time.monotonic()
                for waiting in [w for w in self._waiting if w.next_report <= now]:
                    after = waiting.next_report - waiting.started  # a whole multiple
                    waiting.next_report += SLOW_CALL_REPORT_EVERY
                    of = f" of {waiting.attempts}" if waiting.attempts else ""
                    line = f"still waiting for {waiting.what} after {after:.3g} s "
                    line += f"(try {waiting.attempt}{of})"
                    logger.info("%s", line)
                    if self.also is not None:
                        self.also(line)
                due = min((w.next_report for w in self._waiting), default=None)
                self._changed.wait(None if due is None else due - now)  # or until `add`


slow_calls = _Reporter()
