"""`creatify batch`: many jobs from a CSV or JSONL file, each created exactly once.

`run` checks every row first (any invalid: all errors listed, exit 2, nothing sent), then
creates, waits for and downloads each row's job, recording each step in the journal. Run
again after a crash, a kill or Ctrl-C, it resumes: no row is paid for twice (a create
without an answer is not sent again while its job may still appear). Exit 1: some
row failed, changed or is unfinished."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import signal
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click
from click import option

from .._cli_entry import INTERRUPTED
from .._client import AsyncCreatify
from ..batch import KINDS, BatchReport, RowReport, arun, default_journal, read_journal, read_rows
from ..batch._engine import UNKNOWN_OUTCOME_SECONDS
from .feedback import FOLDER, JOB_FAILED
from .main import stack
from .session import SECONDS, InputPath, Once, Session, command

# The live counts, in order: journal states, with `created` shown as rendering.
SHOWN = ("queued", "sending", "rendering", "done", "downloaded", "failed")


OUT_HELP = "Folder of the outputs: <key>.mp4 (or the URL's extension), or <key>/ for several files."
KIND_HELP = "What each row creates (default lipsync); the columns are its create options."

batch = click.Group("batch")
batch.command_class = Once  # `--out a --out b`: refused, not the last kept


batch_options = stack(
    click.argument("jobs", type=InputPath(exists=True)),
    option("--out", "out_dir", required=True, type=FOLDER, help=OUT_HELP),
    option("--kind", type=click.Choice(list(KINDS)), default="lipsync", help=KIND_HELP),
    option("--journal", type=InputPath(), help="Default: beside JOBS, .journal.sqlite."),
    option("--concurrency", type=click.IntRange(1, 64), default=4, help="Rows at once (4)."),
    option("--poll-interval", type=SECONDS, help="Seconds (default: the kind's)."),
    option("--timeout", type=SECONDS, help="Seconds per job (default: the kind's)."),
)


@batch.command("status")
@click.argument("jobs", type=InputPath())
@option("--journal", type=InputPath(), help="The journal, if not beside JOBS.")
@command
def batch_status(session: Session, jobs: Path, journal: Path | None) -> None:
    """Show each row's state as the journal records it (also while a batch runs)."""
    kind, rows = read_journal(journal or default_journal(jobs))
    session.note(f"{kind} batch, {len(rows)} rows: " + _counted(r.state for r in rows))
    session.many([_shown(RowReport.of(row)) for row in rows])


def _shown(row: RowReport) -> dict[str, Any]:
    """A row's report, its output (recorded from the root) from the working folder if
    there: `videos/intro.mp4`."""
    shown, here = row.as_dict(), Path.cwd()
    if row.path and Path(row.path).is_relative_to(here):
        shown["path"] = str(Path(row.path).relative_to(here))
    return shown


def _counted(states: Iterable[str]) -> str:
    return ", ".join(f"{count} {state}" for state, count in Counter(states).items())


def _run(session: Session, jobs: Path, journal: Path | None, kind: str, **options: Any) -> None:
    rows = read_rows(jobs, KINDS[kind])  # every row checked: nothing sent if one fails
    held = (  # a kind that cannot be looked up by its tag is never sent again
        f"until {UNKNOWN_OUTCOME_SECONDS / 60:g} minutes after it was sent (its job is adopted "
        "if it appears)"
        if KINDS[kind].findable
        else "(check the account for its job; give the row a new key to send it anyway)"
    )
    note = (
        "interrupted: every row's state is in the journal; run the same command again to "
        "resume. A create left without an answer may still make its job: its row is not "
        f"sent again {held}, so no row is created twice"
    )
    path = journal or default_journal(jobs)
    states: dict[str, str] = {}  # its bar: the rows that ended, with the count of each state
    bar = session.status_bar(f"batch of {len(rows)}", len(rows))
    with session.on_interrupt(note), bar as update:

        def on_change(key: str, state: str, progress: float | None) -> None:
            states[key] = "rendering" if state == "created" else state
            counts = Counter(states.values())
            if update:
                parts = " · ".join(f"{name} {counts[name]}" for name in SHOWN if counts[name])
                update(completed=counts["downloaded"] + counts["failed"], status=parts)

        def ctrl_c(main: Any) -> None:  # run by the loop: never in the middle of a step
            if pressed:  # again: exit now, the journal has every row (asyncio's own second
                session.say(note)  # Ctrl-C can strand a task its clean-up waits for ever)
                os._exit(INTERRUPTED)
            pressed.append(main.cancel())

        async def work() -> BatchReport:
            with contextlib.suppress(NotImplementedError, RuntimeError):  # else asyncio's
                asyncio.get_running_loop().add_signal_handler(
                    signal.SIGINT, ctrl_c, asyncio.current_task()
                )
            async with AsyncCreatify(base_url=session.base_url) as client:
                return await arun(
                    client, rows, journal=path, kind=kind, on_change=on_change, **options
                )

        pressed: list[bool] = []
        try:
            report = asyncio.run(work())
        except asyncio.CancelledError:  # by the first Ctrl-C
            raise KeyboardInterrupt from None
    session.many([_shown(row) for row in report.rows])
    line = _counted(row.state for row in report.rows)
    if report.changed:
        line += f"; {len(report.changed)} changed since sent (not sent again)"
    if report.rate_limited:
        line += f"; {report.rate_limited} rate-limit answers waited out"
    if report.unanswered:
        reached = report.maybe_sent
        then = "looked up by their tag" if KINDS[kind].findable else "not sent again"
        how = f"{reached} may have reached the service: {then}" if reached else "none was sent"
        line += f"; {report.unanswered} creates without an answer ({how})"
    session.say(f"{line}. Journal: {report.journal}")
    if not report.finished:
        raise SystemExit(JOB_FAILED)


# `run` and `retry-failed`: the same options, the same steps.
for name, retry, help in (
    ("run", False, "Create, wait for and download one job per row of JOBS (.csv or .jsonl)."),
    ("retry-failed", True, "Send again only the rows whose job failed, each under a new tag."),
):
    runs = functools.partial(_run, retry_failed=retry)  # `retry_failed` goes on to `run`
    batch.command(name, help=help)(batch_options(command(runs, term_as_ctrl_c=False)))
