"""Results (key: value lines or a table for people, JSON for scripts) on stdout; progress
bars on stderr, only when stdout is a terminal and --quiet is not given."""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from rich import progress as bar
from rich.console import Console

from .._polling import JobUpdate

# Columns of the list tables, per kind of model.
LIST_COLUMNS = {
    "Persona": ["id", "creator_name", "gender", "style", "process_status", "is_active"],
    "PersonaV2": ["id", "creator_name", "gender", "process_status", "is_active"],
    "Lipsync": ["id", "status", "progress", "aspect_ratio", "output"],
    "LipsyncV2": ["id", "status", "progress", "aspect_ratio", "output"],
    "TextToSpeech": ["id", "status", "progress", "duration", "output"],
}


def as_data(model: Any) -> Any:
    if isinstance(model, list):
        return [as_data(item) for item in model]
    return model.to_dict() if hasattr(model, "to_dict") else model


def cell(value: Any) -> str:
    """A value as one table cell: a list by its length."""
    return "-" if value is None else str(len(value) if isinstance(value, list) else value)


class Printer:
    def __init__(self, *, as_json: bool, console: Console) -> None:
        self.as_json, self.console = as_json, console

    def _json(self, data: Any) -> bool:
        if self.as_json:
            self.console.print_json(json.dumps(data, default=str))
        return self.as_json

    def one(self, model: Any, *, title: str | None = None) -> None:
        data = as_data(model)
        if self._json(data):
            return
        if title:
            self.console.print(title, style="bold", highlight=False)
        # People read the fields that have values; --json keeps every field.
        data = {k: v for k, v in data.items() if v not in (None, "", [])}
        width = max(len(k) for k in data) if data else 0
        for key, value in data.items():
            self.console.print(f"{key:<{width}}  {cell(value)}", highlight=False, soft_wrap=True)

    def many(self, models: Sequence[Any]) -> None:
        """A table: aligned columns, nothing cut (ids are what scripts copy), and in a
        pipe no trailing spaces; --json: the list."""
        data = as_data(list(models))
        if self._json(data):
            return
        if not data:
            self.console.print("(none)")
            return
        columns = LIST_COLUMNS.get(type(models[0]).__name__, list(data[0]))
        rows = [columns, *([cell(row.get(c)) for c in columns] for row in data)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(columns))]
        for row in rows:
            line = "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
            self.console.out(line, highlight=False)
        self.console.out(f"{len(data)} in all", highlight=False)

    def note(self, text: str) -> None:
        """A line for people; left out in --json mode, so stdout stays one JSON document."""
        if not self.as_json:
            self.console.print(text, highlight=False)


class Bars:
    """Progress on stderr; each method yields the callback to hand the SDK, or None when
    bars are off."""

    def __init__(self, *, enabled: bool, console: Console) -> None:
        self.enabled, self.console = enabled, console

    @contextlib.contextmanager
    def _bar(self, label: str, *columns: Any, **task: Any) -> Iterator[Callable[..., None] | None]:
        """A bar after `label`; yields `update(**fields)` of its task."""
        if not self.enabled:
            yield None
            return
        label_column = bar.TextColumn("{task.description}")
        with bar.Progress(label_column, bar.BarColumn(), *columns, console=self.console) as shown:
            task_id = shown.add_task(label, **task)
            yield functools.partial(shown.update, task_id)

    @contextlib.contextmanager
    def transfer(self, label: str) -> Iterator[Callable[[int, int | None], None] | None]:
        """A bytes bar, for `on_progress`."""
        columns = (bar.DownloadColumn(), bar.TransferSpeedColumn())
        with self._bar(label, *columns, total=None) as update:
            yield update and (lambda done, total: update(completed=done, total=total))

    @contextlib.contextmanager
    def wait(self, label: str) -> Iterator[Callable[[JobUpdate], None] | None]:
        """A status line with progress and elapsed time, for `on_update`."""
        status, elapsed = bar.TextColumn("{task.fields[status]}"), bar.TimeElapsedColumn()
        with self._bar(label, status, elapsed, total=1.0, status="starting") as update:
            yield update and (lambda e: update(completed=e.progress or 0.0, status=e.status or "?"))
            if update:  # finished (avatars report no progress)
                update(completed=1.0)
