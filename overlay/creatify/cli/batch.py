"""`creatify batch`: many jobs from a CSV or JSONL file, each created exactly once.

`run` checks every row first (any invalid row: all errors listed, exit 2, nothing sent),
then creates, waits for and downloads each row's job, recording every step in the journal
beside the input. Run it again after a crash, a kill or Ctrl-C: it resumes, and no row is
paid for twice. `status` shows the journal; `retry-failed` sends the failed rows again.

Exit codes: 0 every row downloaded; 1 some row failed, changed or is unfinished;
2 invalid rows or options (nothing sent); 3 API or network error; 130 Ctrl-C.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from rich.live import Live
from rich.text import Text

from .._client import AsyncCreatify
from ..batch import KINDS, BatchReport, arun, default_journal, read_journal, read_rows
from ..batch._rows import kind_named
from . import exit_codes
from .app import Session, command

# The live display's columns, in order: journal states, with `created` shown as rendering.
SHOWN = ("queued", "sending", "rendering", "done", "downloaded", "failed")
SUMMARY_COLUMNS = ["key", "state", "job_id", "path", "failed_reason", "credits_used", "error"]


@click.group()
def batch() -> None:
    """Many videos (or speech files) from a spreadsheet, each created exactly once."""


def _journal_of(jobs: Path, journal: Path | None) -> Path:
    return journal if journal is not None else default_journal(jobs)


def batch_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.argument("jobs", type=click.Path(exists=True, dir_okay=False, path_type=Path)),
        click.option(
            "--out",
            "out_dir",
            required=True,
            type=click.Path(file_okay=False, path_type=Path),
            help="Folder of the outputs: <key>.mp4 (or the audio's extension).",
        ),
        click.option(
            "--kind",
            type=click.Choice(list(KINDS)),
            default="lipsync",
            show_default=True,
            help="What each row creates; the columns are its create options.",
        ),
        click.option(
            "--journal",
            type=click.Path(dir_okay=False, path_type=Path),
            help="The journal (SQLite); default: beside JOBS, JOBS.journal.sqlite.",
        ),
        click.option(
            "--concurrency",
            type=click.IntRange(min=1, max=64),
            default=4,
            show_default=True,
            help="Rows in progress at once.",
        ),
        click.option(
            "--poll-interval",
            type=click.FloatRange(min=0, min_open=True),
            help="Seconds between the first two checks of a job (default: the kind's).",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            help="Give up waiting for one job after this many seconds (default: the kind's).",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


@batch.command("run")
@batch_options
@command
def batch_run(session: Session, **options: Any) -> None:
    """Create, wait for and download one job per row of JOBS (.csv or .jsonl)."""
    _run(session, retry_failed=False, **options)


@batch.command("retry-failed")
@batch_options
@command
def batch_retry_failed(session: Session, **options: Any) -> None:
    """Send again only the rows whose job failed, each under a new tag."""
    _run(session, retry_failed=True, **options)


@batch.command("status")
@click.argument("jobs", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--journal", type=click.Path(dir_okay=False, path_type=Path))
@command
def batch_status(session: Session, jobs: Path, journal: Path | None) -> None:
    """Show each row's state as the journal records it (also while a batch runs)."""
    kind, rows = read_journal(_journal_of(jobs, journal))
    counts = Counter(row.state for row in rows)
    session.printer.note(
        f"{kind} batch, {len(rows)} rows: " + ", ".join(f"{counts[s]} {s}" for s in counts)
    )
    session.printer.many(
        [
            {c: getattr(row, "output_path" if c == "path" else c) for c in SUMMARY_COLUMNS}
            for row in rows
        ]
    )


def _run(
    session: Session,
    *,
    jobs: Path,
    out_dir: Path,
    kind: str,
    journal: Path | None,
    concurrency: int,
    poll_interval: float | None,
    timeout: float | None,
    retry_failed: bool,
) -> None:
    rows = read_rows(jobs, kind_named(kind))  # every row checked: nothing sent if one fails
    journal_path = _journal_of(jobs, journal)
    note = (
        "interrupted: every row's state is in the journal; run the same command again to "
        "resume (no row is created twice)"
    )
    with session.on_interrupt(note), _live(session, len(rows)) as on_change:

        async def main() -> BatchReport:
            async with AsyncCreatify(base_url=session.base_url) as client:
                return await arun(
                    client,
                    rows,
                    out_dir=out_dir,
                    journal=journal_path,
                    kind=kind,
                    concurrency=concurrency,
                    retry_failed=retry_failed,
                    timeout=timeout,
                    poll_interval=poll_interval,
                    on_change=on_change,
                )

        report = asyncio.run(main())
    _summary(session, report)
    if not report.finished:
        raise SystemExit(exit_codes.JOB_FAILED)


@contextlib.contextmanager
def _live(session: Session, total: int) -> Iterator[Callable[[str, str, float | None], None]]:
    """A one-line live count of the rows by state (on stderr, when bars are shown)."""
    states: dict[str, str] = {}

    def line() -> Text:
        counts = Counter(states.values())
        parts = [f"{name} {counts[name]}" for name in SHOWN if counts[name]]
        return Text(f"batch of {total}: " + " · ".join(parts or ["starting"]))

    if not session.bars.enabled:
        yield lambda key, state, progress: states.__setitem__(key, _shown(state))
        return
    with Live(line(), console=session.err, refresh_per_second=4, transient=True) as live:

        def update(key: str, state: str, progress: float | None) -> None:
            states[key] = _shown(state)
            live.update(line())

        yield update


def _shown(state: str) -> str:
    return "rendering" if state == "created" else state


def _summary(session: Session, report: BatchReport) -> None:
    session.printer.many([row.as_dict() for row in report.rows])
    counts = Counter(row.state for row in report.rows)
    line = ", ".join(f"{counts[s]} {s}" for s in counts)
    if report.changed:
        line += f"; {len(report.changed)} changed since sent (not sent again)"
    if report.rate_limited:
        line += f"; {report.rate_limited} rate-limit answers waited out"
    if report.unanswered:
        line += f"; {report.unanswered} creates without an answer, checked by their tag"
    session.say(f"{line}. Journal: {report.journal}")


GROUPS = [batch]
