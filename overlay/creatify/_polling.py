"""Waiting for a job to end: one state machine, driven by the loop of `wait` (`_async/jobs.py`).

The first check is immediate. After each check the poller picks the next sleep:

- **Progress rose** since the previous check (`progress`, 0 to 1): the job moves at
  `rate = (p - p0) / (t - t0)`, where `(t0, p0)` is the last check before progress
  started rising (a queued job's progress stays at 0 for a while). The end is expected
  `remaining = (1 - p) / rate` seconds from now, and the poller sleeps::

      remaining * 1.01      when remaining <= 2 * (t - t0): just past the expected end
      t - t0                otherwise: never further ahead than twice what it observed

  but at least `poll_interval`. `max_interval` does not cap this sleep (it caps the
  backoff, which guesses; this follows an estimate): a 10-minute render is checked
  about 10 times, and seen within seconds of its end.
- **Otherwise** (no progress, progress that did not move this time, progress at 1 but
  not done, or a transient error): capped exponential backoff, exactly as without an
  estimate::

      min(max_interval, poll_interval * 1.5 ** n) * uniform(0.8, 1)

  where n counts the sleeps since progress last rose (every sleep, for a job that
  reports no progress, so such a job is polled as it always was). Each interval is the
  last one times 1.5, held at `max_interval` once there: a wait of hours, thousands of
  polls, stays at `max_interval` until its time-out (1.5 ** n alone would overflow a
  float after about 1750 polls). `max_interval` must be at least `poll_interval`.

Every sleep stops at the deadline and is at least the `Retry-After` of a 429. An unknown
status value means "not finished yet". A check that fails (after the transport's retries):

- **401, 403, 404, ...** end the wait: raised as they are.
- **No answer at all** (refused, DNS, TLS, reset, time-out: `APIConnectionError`) while no
  check of this wait has had an answer yet (nor the create of `create_and_wait`): raised
  at once, as `get` raises it. A wrong base URL or no network is no reason to wait for
  30 minutes, or 6 days.
- **Otherwise** (a 429, a 5xx, a garbled answer, or no answer once the API has answered):
  waited out like a check that showed no change, until the wait's `timeout` (as
  tenacity's `stop_after_delay`: the network may come back within a days-long wait, and
  the caller chose how long to wait). Not silently: the first failing check of a run
  logs a warning (logger `creatify`) saying since when and why, and the first check
  that answers again says so; a `WaitTimeout` that follows failing checks names the
  last error (and has it as `__cause__`).
"""

from __future__ import annotations

import inspect
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._constants import POLL_BACKOFF_FACTOR, POLL_ESTIMATE_MARGIN, POLL_JITTER
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    InvalidInputError,
    RateLimitError,
    WaitTimeout,
)
from ._logging import logger
from ._redact import webhook_url_text
from ._timeouts import SECONDS_RULE, are_seconds

if TYPE_CHECKING:
    from ._jobs import JobKind

J = TypeVar("J")
# The check lands just past the expected end once that is at most this many times as far
# ahead as progress has been observed rising; before, the sleep is as long as observed.
ESTIMATE_LOOKAHEAD = 2.0
# Waited out (a connection error only once the API has answered this wait: `after_error`).
TRANSIENT_ERRORS = (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    RateLimitError,
)


@dataclass(frozen=True)
class JobUpdate:
    """What `on_update` receives whenever a job's status or progress changes.

    Attributes:
        job_id: the job's id.
        status: its status as the API spells it (None when the answer has none).
        progress: 0 to 1, or None when the job kind or the answer reports none.
        elapsed: seconds since the wait started.
        job: the whole job, as the generated model.
    """

    job_id: str
    status: str | None
    progress: float | None
    elapsed: float
    job: Any


@dataclass(frozen=True)
class PollDefaults:
    """A kind's wait defaults, in seconds (`JobKind.poll`), for the schedule above."""

    timeout: float
    poll_interval: float
    max_interval: float


@dataclass(frozen=True)
class WaitSettings(PollDefaults):
    """A wait's arguments, checked when made (`on_update` before, by `check_callable`): a
    bad one is an `InvalidInputError` before anything (a paid create too) is sent."""

    on_update: Callable[[JobUpdate], object] | None = None
    unheard: WaitSettings | None = None
    """With a webhook: the settings without it, for a job made without its URL."""

    def __post_init__(self) -> None:
        for field in ("timeout", "poll_interval", "max_interval"):
            value = getattr(self, field)
            if not are_seconds(value):
                raise InvalidInputError(field, f"must be {SECONDS_RULE}, got {value!r}")
        if self.max_interval < self.poll_interval:
            raise InvalidInputError(
                "max_interval",
                f"must be at least poll_interval ({self.poll_interval:g} s), "
                f"got {self.max_interval!r}",
            )


def check_callable(field: str, callback: object, awaited: bool = False) -> None:
    """A callback argument (`on_update`, `on_progress`) is None or callable, and not an
    async function unless the call awaits what it returns (`awaited`: `AsyncCreatify`'s
    waits and downloads): else an `InvalidInputError`, before any request."""
    if callback is not None and not callable(callback):
        raise InvalidInputError(field, f"must be callable, got {callback!r}")
    # A handler object whose `__call__` is an `async def` returns a coroutine just the same.
    handler = callable(callback) and inspect.iscoroutinefunction(type(callback).__call__)
    if not awaited and (inspect.iscoroutinefunction(callback) or handler):
        raise InvalidInputError(
            field, "must be a plain function: this call cannot await an async one"
        )


class Poller(Generic[J]):
    """Strictly private: decides, after each check, whether to return, raise or sleep.

    `answered`: whether the API has already answered within this call (the create of
    `create_and_wait`), so that a first check without an answer is waited out too."""

    def __init__(
        self,
        job_id: str,
        kind: JobKind[J],
        settings: WaitSettings,
        clock: Callable[[], float],
        rng: random.Random | None = None,
        *,
        answered: bool = False,
    ) -> None:
        self.job_id = job_id
        self._kind = kind
        self._settings = settings
        self._clock = clock
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography
        self._start = clock()
        self._next_backoff = settings.poll_interval  # the backoff formula's interval at n
        self._last: tuple[str | None, float | None] | None = None
        self._seen_at = float("inf")  # seconds into the wait of the last answer: update_of
        # (elapsed, progress) of the last check before progress started rising, and of the
        # previous check: the estimate's two ends.
        self._rise_from: tuple[float, float] | None = None
        self._previous: float | None = None
        self._answered = answered
        # The checks that have failed in a row: the latest error, since when, how many.
        self._last_error: Exception | None = None
        self._failing_since = 0.0  # seconds into the wait
        self._failed = 0

    @property
    def elapsed(self) -> float:
        return self._clock() - self._start

    def unheard(self, job: J, token: str) -> bool:
        """Whether `job` was made without the URL of the webhook listener of `token` (its
        `webhook_url` says so): then it polls as without one (`WaitSettings.unheard`)."""
        sent = getattr(job, "webhook_url", token)  # a kind without one: not known
        known = sent is None or isinstance(sent, str)  # not the answer's UNSET
        if self._settings.unheard is None or not known or token in (sent or ""):
            return False
        logger.warning(
            "%s %s was made without the webhook listener's URL (its webhook_url is %s): "
            "no event will come, so the wait polls",
            self._kind.noun,
            self.job_id,
            sent and webhook_url_text(sent),
        )
        self._settings = self._settings.unheard
        self._next_backoff = min(self._next_backoff, self._settings.poll_interval)
        return True

    def update_of(self, job: J) -> JobUpdate | None:
        """What `on_update` is told of `job` (the wait's loop tells it, before
        `after_result`): None when its status and progress are the last check's."""
        seen = (self._kind.status_of(job), self._kind.progress_of(job))
        self._seen_at = self.elapsed
        if seen == self._last:
            return None
        self._last = seen
        return JobUpdate(self.job_id, *seen, self.elapsed, job)

    def after_result(self, job: J) -> float | None:
        """None when the job finished well; else the seconds to sleep. Raises on failure."""
        self._answered = True
        if self._last_error is not None:
            self._last_error = None
            # A warning, like the one it ends: a log read at that level must not show the
            # checks as failing still.
            logger.warning(
                "checks of %s %s answer again, after %d failed over %.0f s",
                self._kind.noun,
                self.job_id,
                self._failed,
                self.elapsed - self._failing_since,
            )
        progress = self._kind.progress_of(job)
        self._last = (self._kind.status_of(job), progress)
        if self._kind.finished(job):
            return None
        if self._seen_at < self._settings.timeout <= self.elapsed:
            return 0.0  # the deadline passed in `on_update`: one more check, at once
        estimate = self._estimated_sleep(progress)
        if estimate is None:
            return self._backoff(0.0)
        self._next_backoff = self._settings.poll_interval
        return self._within_deadline(estimate)

    def after_error(self, exc: Exception, sent: float) -> float:
        """The seconds to sleep after a check, sent at `sent` (the clock's), that failed;
        raises what ends the wait: what is not transient, and a connection error before
        anything answered. Failing checks count from when the first was sent."""
        if not isinstance(exc, TRANSIENT_ERRORS):
            raise exc
        unanswered = isinstance(exc, APIConnectionError)
        out_of_time = self.elapsed >= self._settings.timeout
        if unanswered and not self._answered and not out_of_time:
            raise exc  # a wrong base URL or no network: nothing to wait for
        self._answered = self._answered or not unanswered
        if self._last_error is None:
            self._failing_since, self._failed = sent - self._start, 0
            if not out_of_time:  # else the `WaitTimeout` below says it
                logger.warning(
                    "checks of %s %s failing since %s (%s); waiting on, up to %.0f s more",
                    self._kind.noun,
                    self.job_id,
                    time.strftime("%H:%M:%S", time.localtime(time.time() - self._clock() + sent)),
                    exc,
                    self._settings.timeout - self.elapsed,
                )
        self._last_error = exc
        self._failed += 1
        retry_after = exc.retry_after if isinstance(exc, RateLimitError) else None
        return self._backoff(retry_after or 0.0)

    def _estimated_sleep(self, progress: float | None) -> float | None:
        """The sleep that follows rising progress, or None to back off."""
        now, previous = self.elapsed, self._previous
        self._previous = progress
        if progress is None or previous is None or progress < previous:
            # No progress, the first check, or progress went back: start measuring here.
            self._rise_from = None if progress is None else (now, progress)
            return None
        start, p0 = self._rise_from or (now, progress)
        if progress == p0:
            # Not moving yet (queued): the rise will be measured from the latest check.
            self._rise_from = (now, progress)
            return None
        if progress == previous or progress >= 1:
            # Stalled for now, or finishing after 100 %: back off, keep the rate's start.
            return None
        observed = now - start
        remaining = (1 - progress) * observed / (progress - p0)
        near = remaining <= ESTIMATE_LOOKAHEAD * observed
        sleep = remaining * (1 + POLL_ESTIMATE_MARGIN) if near else observed
        return max(sleep, self._settings.poll_interval)

    def _backoff(self, at_least: float) -> float:
        backoff = self._next_backoff
        # A product, not a power: it stays at max_interval however many polls (no overflow).
        self._next_backoff = min(self._settings.max_interval, backoff * POLL_BACKOFF_FACTOR)
        return self._within_deadline(max(at_least, backoff * self._rng.uniform(1 - POLL_JITTER, 1)))

    def _within_deadline(self, delay: float) -> float:
        remaining = self._settings.timeout - self.elapsed
        if remaining <= 0:
            last = self._last[0] if self._last else None
            error = self._last_error
            if error is None:  # no `from None`: an exception the caller handles stays shown
                raise WaitTimeout(self.job_id, last, self.elapsed)
            failing_for = self.elapsed - self._failing_since
            raise WaitTimeout(
                self.job_id, last, self.elapsed, last_error=error, failing_for=failing_for
            ) from error
        return min(delay, remaining)
