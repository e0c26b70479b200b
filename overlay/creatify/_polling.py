"""Waiting for a job to end: one state machine, driven by the loop in `_async/polling.py`.

The wait before poll n (n = 0, 1, ...) is::

    min(max_interval, poll_interval * 1.5 ** n) * uniform(0.8, 1)

seconds, never past the deadline, and at least the `Retry-After` of a 429. A 429, a 5xx,
a dropped connection or a garbled answer during a wait is waited out like a poll that
showed no change; any other error (401, 403, 404, ...) ends the wait. An unknown status
value means "not finished yet".
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from ._constants import POLL_BACKOFF_FACTOR, POLL_JITTER
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    InvalidInputError,
    RateLimitError,
    WaitTimeout,
)

J = TypeVar("J")
J_contra = TypeVar("J_contra", contravariant=True)
TRANSIENT_ERRORS = (APIConnectionError, APIResponseValidationError, InternalServerError)


@dataclass(frozen=True)
class JobUpdate:
    """What `on_update` receives whenever a job's status or progress changes."""

    job_id: str
    status: str | None
    progress: float | None
    elapsed: float
    job: Any


class JobReader(Protocol[J_contra]):
    """What the poller reads of a job: `_jobs.JobKind` is the implementation."""

    def status_of(self, job: J_contra) -> str | None: ...

    def progress_of(self, job: J_contra) -> float | None: ...

    # False while running; True when finished well; raises JobFailedError when it failed.
    def finished(self, job: J_contra) -> bool: ...


@dataclass(frozen=True)
class WaitSettings:
    timeout: float
    poll_interval: float
    max_interval: float
    on_update: Callable[[JobUpdate], None] | None = None


class Poller(Generic[J]):
    """Strictly private: decides, after each poll, whether to return, raise or sleep."""

    def __init__(
        self,
        job_id: str,
        kind: JobReader[J],
        settings: WaitSettings,
        clock: Callable[[], float],
        rng: random.Random | None = None,
    ) -> None:
        for field in ("timeout", "poll_interval", "max_interval"):
            value = getattr(settings, field)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                raise InvalidInputError(
                    field, f"must be a positive number of seconds, got {value!r}"
                )
        self.job_id = job_id
        self._kind = kind
        self._settings = settings
        self._clock = clock
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography
        self._start = clock()
        self._polls = 0
        self._last: tuple[str | None, float | None] | None = None

    @property
    def elapsed(self) -> float:
        return self._clock() - self._start

    def after_result(self, job: J) -> float | None:
        """None when the job finished well; else the seconds to sleep. Raises on failure."""
        status, progress = self._kind.status_of(job), self._kind.progress_of(job)
        if (status, progress) != self._last:
            self._last = (status, progress)
            if self._settings.on_update is not None:
                self._settings.on_update(
                    JobUpdate(self.job_id, status, progress, self.elapsed, job)
                )
        if self._kind.finished(job):
            return None
        return self._next_delay(0.0)

    def after_error(self, exc: Exception) -> float:
        """The seconds to sleep after a transient error; re-raises any other."""
        if isinstance(exc, RateLimitError):
            return self._next_delay(exc.retry_after or 0.0)
        if isinstance(exc, TRANSIENT_ERRORS):
            return self._next_delay(0.0)
        raise exc

    def _next_delay(self, at_least: float) -> float:
        s = self._settings
        backoff = min(s.max_interval, s.poll_interval * POLL_BACKOFF_FACTOR**self._polls)
        self._polls += 1
        delay = max(at_least, backoff * self._rng.uniform(1 - POLL_JITTER, 1))
        remaining = s.timeout - self.elapsed
        if remaining <= 0:
            last = self._last[0] if self._last else None
            raise WaitTimeout(self.job_id, last, self.elapsed)
        return min(delay, remaining)
