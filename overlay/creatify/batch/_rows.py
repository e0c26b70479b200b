"""The rows of a batch: read from CSV or JSONL, each checked by its kind's request builder
(`_requests.py`) before anything is sent.

A row is the create options of one job plus its `key` (the `key` column, else the row's
number), which names its output file and its tag. The tag, `[batch:<batch id>/<key>#<n>]`,
is appended to the job's `name`: it is how a re-run finds a job whose id was never
recorded (the API has no idempotency key). Kinds with no `name` or no list (asset
generator, AI ad templates, image ads) cannot be found that way (see `findable`).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._exceptions import InvalidInputError
from .._jobs import JOB_KINDS, JobKind
from .._options import OPERATION_FIELDS
from .._paths import user_path
from .._requests import checked_call
from .._validation import FieldSpec

KEY_COLUMN = "key"
KEY_RULE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
# The longest attempt number a tag is checked with: names must fit with any real tag.
LONGEST_ATTEMPT = 999
BATCH_ID_LENGTH = 8
TRUE_WORDS = frozenset({"true", "yes", "1", "on"})
FALSE_WORDS = frozenset({"false", "no", "0", "off"})


@dataclass(frozen=True)
class BatchKind:
    """What a batch of one kind creates: rows of the options of its job kind's `create`
    (the declaration's `batch` names it), each checked by that call's rules."""

    name: str
    # Its `JobKind`, found by `name` when not given. Typed `Any`, and no docstring on
    # `job`, `operation` and `fields`: the reference shows public types only.
    job: Any = None

    def __post_init__(self) -> None:
        if self.job is None:
            # "" is the `batch` of every kind that has none (V8-1): not a name.
            found = next((k for k in JOB_KINDS.values() if k.batch == self.name != ""), None)
            if found is None:
                known = ", ".join(KINDS)
                raise InvalidInputError("kind", f"must be one of {known}; got {self.name!r}")
            object.__setattr__(self, "job", found)

    @functools.cached_property
    def operation(self) -> str:
        kind: JobKind[Any] = self.job
        return next(call.operation for call in kind.calls if call.name == "create")

    @functools.cached_property
    def fields(self) -> dict[str, FieldSpec]:  # the create's options by name: the columns
        return {field.name: field for field in OPERATION_FIELDS[self.operation]}

    @functools.cached_property
    def findable(self) -> bool:
        """Whether a job whose id was lost (a kill between the create's answer and the
        journal's write, an answer lost on the way) can be found again: only by the tag
        in its `name`, in the kind's list. Rows of other kinds are sent untagged, and a
        row whose create may have made a job is left for the user, never sent again."""
        return self.job.listing is not None and "name" in self.fields

    def sent_options(self, options: Mapping[str, Any], tag: str) -> dict[str, Any]:
        """The create's options: with the tag appended to `name` where the kind is findable."""
        if not self.findable:
            return dict(options)
        name = options.get("name")
        return {**options, "name": f"{name} {tag}" if name else tag}


KINDS: dict[str, BatchKind] = {
    kind.batch: BatchKind(kind.batch) for kind in JOB_KINDS.values() if kind.batch
}


@dataclass(frozen=True)
class BatchRow:
    """One job of a batch: its key and its create options (without the tag)."""

    key: str
    options: Mapping[str, Any]

    def __post_init__(self) -> None:
        if not isinstance(self.options, Mapping):
            kind = type(self.options).__name__
            raise InvalidInputError("options", f"must be a mapping of create options, got {kind}")

    @property
    def digest(self) -> str:
        """A hash of the request: a re-run compares it to the journal's."""
        text = json.dumps(dict(self.options), sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class RowError:
    """One reason a row cannot be sent: its number in the input, the field and the rule."""

    row: int
    field: str
    rule: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.field}: {self.rule}"


class BatchInputError(InvalidInputError):
    """Rows that break a rule: nothing of the batch was sent. `errors` lists them all."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        lines = "\n".join(f"  {error}" for error in errors)
        rows = len({error.row for error in errors})
        super().__init__("rows", f"{rows} invalid, nothing was sent:\n{lines}")


def tag_of(batch_id: str, key: str, attempt: int) -> str:
    return f"[batch:{batch_id}/{key}#{attempt}]"


def check_rows(kind: BatchKind, rows: Sequence[BatchRow], numbers: list[int] | None = None) -> None:
    """Every row through its kind's request builder (with the longest tag in its name),
    plus key rules; raises one `BatchInputError` listing every bad row."""
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for index, row in enumerate(rows):
        number = numbers[index] if numbers else index + 1
        if not isinstance(row.key, str) or not KEY_RULE.fullmatch(row.key):
            errors.append(
                RowError(
                    number,
                    KEY_COLUMN,
                    "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter "
                    f"or digit; got {row.key!r}",
                )
            )
        elif row.key.lower() in seen:
            # Keys name output files, and `A.mp4` and `a.mp4` are one file on macOS and
            # Windows: keys that differ only in case are repeats too.
            first = seen[row.key.lower()]
            errors.append(RowError(number, KEY_COLUMN, f"repeats row {first}'s key (case aside)"))
        else:
            seen[row.key.lower()] = number
        longest_tag = tag_of("x" * BATCH_ID_LENGTH, str(row.key), LONGEST_ATTEMPT)
        try:
            checked_call(kind.operation, kind.sent_options(row.options, longest_tag))
        except InvalidInputError as exc:
            for error in (exc, *exc.others):
                rule = error.rule
                if error.field == "name" and "characters" in rule:
                    rule += f" (with the batch tag of {len(longest_tag) + 1} appended)"
                errors.append(RowError(number, error.field, rule))
    if not rows:
        errors.append(RowError(0, "rows", "the batch has no rows"))
    if errors:
        raise BatchInputError(errors)


# ---------------------------------------------------------------- reading files


def _read_cell(field: FieldSpec | None, text: str) -> Any:
    """A CSV cell (text) as an option value, by the option's declared type: booleans from
    true/false words, structured options (scenes, music) from JSON. A `ValueError` says
    the rule it breaks."""
    if field is None or field.python_type is str:
        return text
    if field.python_type is bool:
        word = text.strip().lower()
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise ValueError(f"must be true or false, got {text!r}")
        return word in TRUE_WORDS
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ValueError(f"must be JSON ({exc})") from None


def _split_key(number: int, data: dict[str, Any]) -> BatchRow:
    key = data.pop(KEY_COLUMN, None)
    key = str(number) if key is None or key == "" else key
    return BatchRow(str(key) if isinstance(key, (int, str)) else key, data)


def read_rows(path: str | Path, kind: BatchKind) -> list[BatchRow]:
    """The rows of a `.csv` or `.jsonl` file, all checked; `BatchInputError` lists every
    error (row, field, rule) when any row is bad. Row numbers count data rows from 1."""
    source = user_path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError("input", f"cannot read {source}: {exc}") from None
    if source.suffix.lower() == ".jsonl":
        rows, errors = _jsonl_rows(text)
    elif source.suffix.lower() == ".csv":
        rows, errors = _csv_rows(text, kind)
    else:
        raise InvalidInputError("input", f"must be a .csv or .jsonl file, got {source.name}")
    numbers = [number for number, _ in rows]
    try:
        check_rows(kind, [row for _, row in rows], numbers)
    except BatchInputError as exc:  # less the fields whose cell could not be read
        unread = {(error.row, error.field) for error in errors}
        errors.extend(e for e in exc.errors if (e.row, e.field) not in unread)
    if errors:
        raise BatchInputError(sorted(errors, key=lambda e: e.row))
    return [row for _, row in rows]


def _csv_rows(text: str, kind: BatchKind) -> tuple[list[tuple[int, BatchRow]], list[RowError]]:
    rows: list[tuple[int, BatchRow]] = []
    errors: list[RowError] = []
    # strict: an unterminated quote is an error, not a cell that swallows the rest of the
    # file (the rows after it would be silently lost inside one paid create).
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        for number, record in enumerate(reader, start=1):
            if None in record:
                errors.append(RowError(number, "(row)", "has more cells than the header"))
                continue
            data: dict[str, Any] = {}
            for column, cell in record.items():
                if cell is None or cell == "":
                    continue  # an empty cell is an option not given
                try:
                    data[column] = _read_cell(kind.fields.get(column), cell)
                except ValueError as exc:
                    errors.append(RowError(number, column, str(exc)))
            rows.append((number, _split_key(number, data)))
    except csv.Error as exc:
        # `line_num` counts the lines of the rows read without error.
        rule = f"is not valid CSV at line {reader.line_num + 1}: {exc}"
        if "unexpected end of data" in str(exc):
            rule += " (a quote opened there is never closed); nothing was sent"
        return [], [RowError(len(rows) + 1, "(file)", rule)]
    return rows, errors


def _jsonl_rows(text: str) -> tuple[list[tuple[int, BatchRow]], list[RowError]]:
    rows, errors = [], []
    lines = [line for line in text.splitlines() if line.strip()]
    for number, line in enumerate(lines, start=1):
        try:
            data = json.loads(line)
        except ValueError as exc:
            errors.append(RowError(number, "(row)", f"is not valid JSON: {exc}"))
            continue
        if not isinstance(data, dict):
            errors.append(RowError(number, "(row)", "must be a JSON object"))
            continue
        data = {k: v for k, v in data.items() if v is not None}
        rows.append((number, _split_key(number, data)))
    return rows, errors
