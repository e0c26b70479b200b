"""Progress bars on stderr: upload and download bytes, and a wait's status.

Shown only when stdout is a terminal and --quiet is not given, so pipes and scripts get
clean output.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)

from .._polling import JobUpdate


class Bars:
    def __init__(self, *, enabled: bool, console: Console) -> None:
        self.enabled = enabled
        self.console = console

    @contextlib.contextmanager
    def transfer(self, label: str) -> Iterator[Callable[[int, int | None], None] | None]:
        """A bytes bar; yields the callback for `on_progress`, or None when disabled."""
        if not self.enabled:
            yield None
            return
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
        )
        with Progress(*columns, console=self.console, transient=False) as progress:
            task = progress.add_task(label, total=None)

            def update(done: int, total: int | None) -> None:
                progress.update(task, completed=done, total=total)

            yield update

    @contextlib.contextmanager
    def wait(self, label: str) -> Iterator[Callable[[JobUpdate], None] | None]:
        """A status line with progress and elapsed time; yields the `on_update` callback."""
        if not self.enabled:
            yield None
            return
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=self.console) as progress:
            task = progress.add_task(label, total=1.0, status="starting")

            def update(event: JobUpdate) -> None:
                progress.update(task, completed=event.progress or 0.0, status=event.status or "?")

            yield update
            progress.update(task, completed=1.0)  # finished (avatars report no progress)
