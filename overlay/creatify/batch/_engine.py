"""The batch engine (async): every row created exactly once, waited for, downloaded.

For each row, in order: mark it `sending` (journal) just before its create's POST, which
carries the row's tag in the job's `name`, record the job id; wait through the job layer;
download atomically to `<out>/<key><ext>`. A create without an answer (timed out, dropped,
a 5xx) may still make its job seconds or minutes later, so its row is not sent again
before `UNKNOWN_OUTCOME_SECONDS` have passed since it was sent: a run looks its tag up
meanwhile and adopts the job if it appears. A re-run first reconciles every `sending`
row the same way: it adopts the job its tag names; if none does, the row is sent again
(same tag) once that time has passed, and left `sending`, saying when, before then.

Kinds that cannot be found by a tag (`BatchKind.findable`: no `name` or no list) are sent
without one, and a row whose create may have made a job (killed before its id was
recorded, an answer lost on the way) is never sent again: it stays `sending`, with a note
saying why, until the user gives the row a new key (docs/guides/batches.md).

Creates are sent with retries off (`max_retries=0`), so every 429 reaches the engine:
one `RateGate` then holds every worker's next create (and the reconciling list) until the
service's Retry-After has passed; polls keep the job layer's own Retry-After handling.
"""

from __future__ import annotations

import asyncio
import contextvars
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .._client import AsyncCreatify
from .._exceptions import (
    APIError,
    APIStatusError,
    AuthenticationError,
    DownloadError,
    InvalidInputError,
    JobFailedError,
    PermissionDeniedError,
    RateLimitError,
    WaitTimeout,
)
from .._frontends import may_have_made_job, output_name
from .._jobs import field_of, with_article
from .._paths import user_path
from .._types import AsyncSleep
from ..mcp.bounds import REUSE_SECONDS
from ._journal import (
    CREATED,
    DONE,
    DOWNLOADED,
    FAILED,
    QUEUED,
    SENDING,
    Journal,
    JournalRow,
    absolute,
)
from ._rows import BatchKind, BatchRow, check_rows

# Sends of one row that end without a usable answer (connection refused or dropped, 5xx,
# an unreadable 2xx body), each shown to have made no job, before it is left to the next run.
MAX_UNANSWERED = 3
# How long after it was sent a create without an answer may still make its job (the
# service may be processing it): its row is not sent again before then. The MCP server
# holds an identical create as long, for the same reason.
UNKNOWN_OUTCOME_SECONDS = REUSE_SECONDS
# How often a run looks such a row's tag up meanwhile (the list is free).
LOOK_AGAIN_SECONDS = 10.0
FIRST_BACKOFF, MAX_BACKOFF = 1.0, 60.0
ChangeCallback = Callable[[str, str, "float | None"], None]
"""`on_change(key, state, progress)`: a row moved (`rendering` while its job runs)."""
RENDERING = "rendering"
CHANGED_NOTE = "the row changed since it was sent: not sent again (give it a new key)"
TOO_SOON = (
    "its create got no answer and may still make a job: not sent again before {at} "
    "(its job is adopted if it appears; run again then)"
)
UNFINDABLE = (
    "the create may have made a job, and {noun} cannot be looked up: not sent again "
    "(check the account for it; to send the row anyway, give it a new key)"
)


@dataclass(frozen=True)
class RowReport:
    """Where one row stands: the final summary's line."""

    key: str
    state: str
    job_id: str | None
    path: str | None
    failed_reason: str | None
    credits_used: float | None
    error: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def of(cls, row: JournalRow, changed: bool = False) -> RowReport:
        """A journal row's line; `changed`: its request changed since it was sent."""
        return cls(
            row.key,
            row.state,
            row.job_id,
            row.output_path,
            row.failed_reason,
            row.credits_used,
            CHANGED_NOTE if changed else row.error,
        )


@dataclass(frozen=True)
class BatchReport:
    rows: list[RowReport]
    journal: Path
    changed: list[str]
    """Keys of rows whose request changed since they were sent: reported, not sent."""
    rate_limited: int
    """How many 429 answers the creates met (each held every worker)."""
    unanswered: int = 0
    """Creates that got no usable answer (a refused or dropped connection, a 5xx, a 2xx
    whose body could not be read, a failed look-up before the create); each was tried
    again, or its row left for the next run."""
    maybe_sent: int = 0
    """Of those, the ones that may have reached the service (dropped after sending, a 5xx
    or an unreadable answer to the create): looked up by their tag where the kind can be
    (`BatchKind.findable`), sent again only if no job carried it `UNKNOWN_OUTCOME_SECONDS`
    after it was sent; else never sent again."""

    @property
    def finished(self) -> bool:
        """Every row downloaded."""
        return all(row.state == DOWNLOADED for row in self.rows) and not self.changed

    def count(self, state: str) -> int:
        return sum(row.state == state for row in self.rows)


class RateGate:
    """One back-off shared by every worker: a 429 holds all creates until it has passed."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, sleep: AsyncSleep = asyncio.sleep
    ) -> None:
        self._clock, self._sleep = clock, sleep
        self._until = 0.0
        self._strikes = 0
        self.hits = 0

    async def wait(self) -> None:
        # A loop, not an Event: another 429 during the sleep moves the end further.
        while (left := self._until - self._clock()) > 0:
            await self._sleep(left)

    def back_off(self, retry_after: float | None, *, throttled: bool = True) -> None:
        """The service said slow down (`throttled`, a 429) or did not answer: hold
        everyone, for Retry-After if given, else 1 s doubling up to 60 s."""
        self.hits += throttled
        self._strikes += 1
        if retry_after is None:
            retry_after = min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** (self._strikes - 1))
        self._until = max(self._until, self._clock() + retry_after)

    def passed(self) -> None:
        self._strikes = 0


class Engine:
    def __init__(
        self,
        client: AsyncCreatify,
        kind: BatchKind,
        journal: Journal,
        rows: Sequence[BatchRow],
        out_dir: Path,
        concurrency: int,
        waits: dict[str, float | None],
        on_change: ChangeCallback | None,
    ) -> None:
        self.kind = kind
        self.journal = journal
        self.rows = {row.key: row for row in rows}
        self.out_dir = out_dir
        self.resource: Any = getattr(client, kind.job.namespace)
        # Retries off: a 429 must reach the shared gate, and nothing else is retried.
        self.creates: Any = getattr(client.with_options(max_retries=0), kind.job.namespace)
        # Some kinds' `create` reads a model's or template's schema (free) before its POST:
        # the row is marked `sending` after that read, so a kill during it sends nothing.
        checks = getattr(self.creates, "_check_create", None)
        self.create_marks_row = checks is not None
        if checks is not None:

            async def check_then_mark(*args: Any) -> None:
                await checks(*args)
                self.journal.sending(_sending_row.get())

            self.creates._check_create = check_then_mark
        self.slots = asyncio.Semaphore(concurrency)
        # Waits on the client's clock: a fake's client (`FakeCreatify`) moves the fake's.
        self.clock, self.sleep = client._clock, client._sleep
        self.gate = RateGate(self.clock, self.sleep)
        self.waits = waits  # `wait`'s timeout, poll_interval, max_interval (None: the kind's)
        self.on_change = on_change
        self.unanswered = 0
        self.maybe_sent = 0
        self.stopping = False  # a row raised: the others are stopped (`arun`)

    def _changed(self, key: str, state: str, progress: float | None = None) -> None:
        if self.on_change is not None:
            self.on_change(key, state, progress)

    # ------------------------------------------------------------ reconciling

    async def reconcile(self) -> None:
        """Every `sending` row: adopt the job its tag names, or queue it again."""
        pending = [r for r in self.journal.rows() if r.state == SENDING and r.key in self.rows]
        if not pending:
            return
        if not self.kind.findable:
            for row in pending:
                self.journal.note(row.key, self._unfindable(row.error))
            return
        by_tag = await self._jobs_by_tag()
        for row in pending:
            job = by_tag.get(str(row.tag))
            retry_at = _sent_at(row) + UNKNOWN_OUTCOME_SECONDS
            if job is not None:
                self.journal.created(row.key, str(job.id))
            elif time.time() < retry_at:  # stays `sending`: its job may still appear
                at = datetime.fromtimestamp(retry_at).astimezone().isoformat(timespec="seconds")
                self.journal.note(row.key, TOO_SOON.format(at=at))
            else:
                self.journal.unsent(row.key)

    async def _jobs_by_tag(self) -> dict[str, Any]:
        """The jobs of this kind whose name carries a tag of this batch."""
        while True:
            await self.gate.wait()
            try:
                jobs = await self.resource.list()
                break
            except RateLimitError as exc:
                self.gate.back_off(exc.retry_after)
        tag = re.compile(rf"\[batch:{re.escape(self.journal.batch_id)}/[^\]]*\]")
        named = ((tag.search(str(field_of(job, "name") or "")), job) for job in jobs)
        return {found[0]: job for found, job in named if found}

    # ------------------------------------------------------------ one row

    async def run_row(self, key: str) -> None:
        try:
            await self._run_row(key)
        except Exception:
            self.stopping = True  # before another row takes its slot: it sends no create
            raise

    async def _run_row(self, key: str) -> None:
        async with self.slots:
            if self.stopping:
                return  # a row raised: `arun` stops the batch
            job: Any = None
            state = self.journal.row(key).state
            if state == SENDING:
                return  # left by `reconcile`: its create may have made a job
            if state == QUEUED and not await self._send(key):
                return
            if state in (QUEUED, CREATED):
                job = await self._wait(key)
                if job is None:
                    return
            await self._download(key, job)

    def _unfindable(self, why: str | None) -> str:
        note = UNFINDABLE.format(noun=with_article(self.kind.job.noun))
        return note if not why or note in why else f"{why}; {note}"

    async def _send(self, key: str) -> bool:
        unanswered = 0  # this row's
        _sending_row.set(key)  # this task's (`check_then_mark`)
        while True:
            await self.gate.wait()
            tag = self.journal.tag(key)  # kept across attempts
            self._changed(key, SENDING)  # first: an `on_change` raising leaves it `queued`
            if not self.create_marks_row:
                self.journal.sending(key)
            sent = asyncio.ensure_future(
                self.creates.create(**self.kind.sent_options(self.rows[key].options, tag))
            )
            try:
                job = await asyncio.shield(sent)
                break
            except asyncio.CancelledError:
                await self._create_stopped(key, sent)
                raise
            except RateLimitError as exc:
                self.journal.unsent(key)  # refused, no job: a kill while held is harmless
                self.gate.back_off(exc.retry_after)
            except (AuthenticationError, PermissionDeniedError):
                # The credentials, not the row: stop the batch rather than fail every row.
                self.journal.unsent(key)
                raise
            except (InvalidInputError, APIError) as exc:
                if isinstance(exc, InvalidInputError) or (
                    isinstance(exc, APIStatusError) and exc.status_code < 500
                ):
                    # Refused, no job made: checked before the create was sent (a model's or
                    # template's schema), or a 4xx to the create (or to the look-up before it).
                    self.journal.failed(key, failed_reason=None, error=str(exc))
                    self._changed(key, FAILED)
                    return False
                unanswered += 1
                self.unanswered += 1
                if may_have_made_job(exc):
                    self.maybe_sent += 1
                    if not self.kind.findable:
                        self.journal.note(key, self._unfindable(str(exc)))
                        return False
                    job = await self._settled(key, tag)
                    if job is not None:
                        break
                # No job came of this attempt: queued while held (a kill then sends it).
                self.journal.unsent(key)
                if unanswered >= MAX_UNANSWERED:
                    why = "no job appeared" if may_have_made_job(exc) else "never sent"
                    self.journal.note(key, f"{exc} ({why}: queued for the next run)")
                    return False
                self.gate.back_off(None, throttled=False)
        self.gate.passed()
        self.journal.created(key, str(job.id))
        self._changed(key, RENDERING, 0.0)
        return True

    async def _create_stopped(self, key: str, sent: asyncio.Future[Any]) -> None:
        """The row was cancelled during its create. By another row's error (`arun` stops
        the batch): the create ends and an answered one (paid) is recorded. By the caller
        (Ctrl-C): the create is cancelled too, the row left `sending` (`reconcile`)."""
        if not self.stopping:
            sent.cancel()
        await asyncio.wait([sent])
        if sent.cancelled():
            return
        error = sent.exception()
        if error is None:
            self.journal.created(key, str(sent.result().id))
        elif isinstance(error, Exception) and not may_have_made_job(error):
            self.journal.unsent(key)

    async def _settled(self, key: str, tag: str) -> Any:
        """The job of a create without an answer, looked up by its tag until it appears
        or `UNKNOWN_OUTCOME_SECONDS` have passed since the create was sent (None: it made
        none). The journal's time is the wall clock's; the hold's rest runs on the client's."""
        hold = _sent_at(self.journal.row(key)) + UNKNOWN_OUTCOME_SECONDS - time.time()
        retry_at = self.clock() + hold
        while True:
            looked_at = self.clock()
            job = (await self._jobs_by_tag()).get(tag)
            if job is not None or looked_at >= retry_at:
                return job
            await self.sleep(min(LOOK_AGAIN_SECONDS, retry_at - looked_at))

    async def _wait(self, key: str) -> Any:
        job_id = self.journal.row(key).job_id
        try:
            job = await self.resource.wait(
                job_id,
                on_update=lambda update: self._changed(key, RENDERING, update.progress),
                **self.waits,
            )
        except JobFailedError as exc:
            self.journal.failed(key, failed_reason=exc.failed_reason)
            self._changed(key, FAILED)
            return None
        except (WaitTimeout, APIError) as exc:
            self.journal.note(key, str(exc))
            return None
        credits = field_of(job, "credits_used")
        self.journal.done(key, None if credits is None else float(credits))
        self._changed(key, DONE)
        return job

    async def _download(self, key: str, job: Any) -> None:
        try:
            if job is None:
                job = await self.resource.get(self.journal.row(key).job_id)
            target = self.out_dir / output_name(self.kind.job, job, key)
            await self.resource.download(job, target)  # removes parts a kill left (`_download`)
        except (DownloadError, APIError) as exc:
            self.journal.note(key, str(exc))
            return
        self.journal.downloaded(key, str(target))
        self._changed(key, DOWNLOADED)


# The row whose create this task sends (a context variable: rows run as concurrent tasks).
_sending_row: contextvars.ContextVar[str] = contextvars.ContextVar("creatify_batch_row")


def _sent_at(row: JournalRow) -> float:
    """When a `sending` row's create was last sent (`Journal.sending`)."""
    return datetime.fromisoformat(row.updated_at).timestamp()


async def arun(
    client: AsyncCreatify,
    rows: Sequence[BatchRow],
    *,
    out_dir: str | os.PathLike[str],
    journal: str | os.PathLike[str],
    kind: str = "lipsync",
    concurrency: int = 4,
    retry_failed: bool = False,
    timeout: float | None = None,
    poll_interval: float | None = None,
    max_interval: float | None = None,
    on_change: ChangeCallback | None = None,
) -> BatchReport:
    """Create, wait for and download one job per row, each exactly once (see the module).

    Every row is checked first: any invalid row raises `BatchInputError` (listing every
    error) and nothing is sent. Safe to run again after any crash or Ctrl-C with the same
    `journal`: rows already created are not created again. With `retry_failed`, only the
    rows whose job failed are sent again, each under a new tag. Costs credits per row.
    """
    batch_kind = BatchKind(kind)  # an unknown name is refused
    rows = list(rows)  # read once: a generator would be used up by the checks
    check_rows(batch_kind, rows)
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidInputError(
            "concurrency", f"must be a whole number from 1, got {concurrency!r}"
        )
    waits = dict(timeout=timeout, poll_interval=poll_interval, max_interval=max_interval)
    # Checked now, as the rows are: else a bad one stops each row after its paid create.
    getattr(client, batch_kind.job.namespace)._wait_settings(**waits, on_update=None)
    # Absolute: the journal's paths do not depend on the folder a run started in.
    out = absolute(user_path(out_dir))
    book = Journal(journal, batch_kind.name)
    try:
        # An `out_dir` other than the one the outputs were saved in is refused (its rows
        # would go to two folders), before the journal changes: a refused run leaves it as
        # it was (a failed row requeued by a refused retry would be sent again by the next
        # plain run).
        elsewhere = sorted(book.download_folders() - {out})
        if elsewhere:
            raise InvalidInputError(
                "out_dir",
                f"the outputs of this batch are in {elsewhere[0]} (its journal {book.path}), "
                f"not {out}: give that folder (to change it, move or delete the files first: "
                "a row whose file is gone is downloaded again, free)",
            )
        changed = book.add(rows, replace_failed=retry_failed)
        engine = Engine(client, batch_kind, book, rows, out, concurrency, waits, on_change)
        wanted = {row.key for row in rows}
        chosen = (set(book.requeue_failed()) if retry_failed else wanted) - set(changed)
        book.redo_missing_downloads()
        for row in book.rows():
            engine._changed(row.key, row.state)
        await engine.reconcile()
        todo = [
            r.key for r in book.rows() if r.key in chosen and r.state not in (FAILED, DOWNLOADED)
        ]
        tasks = [asyncio.ensure_future(engine.run_row(key)) for key in todo]
        try:
            await asyncio.gather(*tasks)
        finally:  # a row raised (`on_change`, a 401): the others end before the journal closes
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        reports = [RowReport.of(r, r.key in changed) for r in book.rows() if r.key in wanted]
        return BatchReport(
            reports, book.path, changed, engine.gate.hits, engine.unanswered, engine.maybe_sent
        )
    finally:
        book.close()
