"""What the two async front-ends over the job kinds, batches and the MCP server, share.

The two journals of paid creates (`batch/_journal.py`, a batch's rows; `mcp/journal.py`,
the MCP server's creates): a create is recorded as `sending` before it leaves this
machine and as `created` with its job id once the service answered, each in one
transaction on disk before the next step; a create that provably made no job is undone.
So after a crash, a create whose outcome is not known is never sent blindly again.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from ._exceptions import APIError, InvalidInputError
from ._media import file_suffix
from ._sqlite import transaction

if TYPE_CHECKING:  # the MCP server opens its journal before it loads the job kinds
    from ._jobs import JobKind


def prepare_journal(db: sqlite3.Connection, schema: str) -> None:
    """Ready a journal's connection (opened with `isolation_level=None`): WAL, so that a
    reader never blocks the writer; rows readable by column name; its tables made if new."""
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    # FULL: a `sending` row is on disk before the create it announces is sent.
    db.execute("PRAGMA synchronous=FULL")
    with transaction(db):
        for statement in filter(str.strip, schema.split(";")):
            db.execute(statement)


def may_have_made_job(error: Exception) -> bool:
    """Whether a create that raised `error` may have made a job (`APIError.maybe_created`).
    Bad input (refused before sending), a 4xx, a refused connection or a failed look-up
    before the POST (the schema of a model or template) made none."""
    if isinstance(error, APIError):
        return error.maybe_created
    return not isinstance(error, InvalidInputError)


def output_name(kind: JobKind[Any], job: Any, stem: str) -> str:
    """Where a job's output is saved by default: `stem` with the output's extension (the
    URL's, if it is one of the kind's), or the folder `stem` for a job of several files."""
    if kind.output_files or kind.expected_media is None:
        return stem
    return stem + file_suffix(kind.expected_media, kind.output_url(job))
