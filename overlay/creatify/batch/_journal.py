"""The journal of a batch: one SQLite database (WAL) that survives any crash.

Each row's key, request hash, state, tag, job id, output path (absolute) and error. Every state
change is one transaction, written before the step it announces: a row is `sending`
(with its tag) before its create leaves this machine, and `created` only once the job id
is known. A kill at any instant leaves each row in one of these states:

    queued -> sending -> created -> done -> downloaded
                 |          |
                 +----------+--> failed   (the service refused the create, or the job failed)

Only one process may use a journal at a time (an exclusive lock on `<journal>.lock`, beside
the file a link names).
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from .._exceptions import InvalidInputError
from .._frontends import prepare_journal
from .._jobs import with_article
from .._paths import user_path
from .._sqlite import transaction
from ._rows import BATCH_ID_LENGTH, BatchRow, tag_of

STATES = ("queued", "sending", "created", "done", "failed", "downloaded")
QUEUED, SENDING, CREATED, DONE, FAILED, DOWNLOADED = STATES
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    digest TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ({", ".join(repr(s) for s in STATES)})),
    attempt INTEGER NOT NULL DEFAULT 0,
    tag TEXT,
    job_id TEXT,
    output_path TEXT,
    error TEXT,
    failed_reason TEXT,
    credits_used REAL,
    updated_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class JournalRow:
    key: str
    position: int
    digest: str
    state: str
    attempt: int
    tag: str | None
    job_id: str | None
    output_path: str | None
    error: str | None
    failed_reason: str | None
    credits_used: float | None
    updated_at: str


def absolute(path: str | Path) -> Path:
    """`path` from the root (`..` resolved, links kept), as the journal records outputs."""
    return Path(os.path.abspath(path))


def default_journal(input_path: str | Path) -> Path:
    """Beside the input: `jobs.csv` -> `jobs.csv.journal.sqlite`."""
    source = user_path(input_path)
    return source.with_name(source.name + ".journal.sqlite")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


class JournalBusy(InvalidInputError):
    """Another batch process holds this journal."""


class Journal:
    """Used from one thread (the event loop's): every method is one transaction."""

    def __init__(self, path: str | os.PathLike[str], kind: str) -> None:
        self.path = user_path(path)
        try:  # refused before any request, in one line (the CLI's `error:`)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # By the file it names: two paths to one journal (a link) take one lock.
            self._lock = _lock(Path(os.path.realpath(self.path)))
            self._db = sqlite3.connect(self.path, isolation_level=None)
        except (OSError, sqlite3.OperationalError) as exc:  # /proc, read-only, no permission
            why = getattr(exc, "strerror", None) or exc
            raise InvalidInputError("journal", f"cannot write {self.path}: {why}") from None
        try:
            prepare_journal(self._db, SCHEMA)
            with transaction(self._db) as db:
                db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('batch_id', ?)",
                    (secrets.token_hex(BATCH_ID_LENGTH // 2),),
                )
                db.execute("INSERT OR IGNORE INTO meta VALUES ('kind', ?)", (kind,))
                meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:  # not SQLite, or not a journal
            self.close()
            raise InvalidInputError(
                "journal", f"{self.path} is not a batch journal: {exc}"
            ) from None
        self.batch_id: str = meta["batch_id"]
        if meta["kind"] != kind:
            self.close()
            raise InvalidInputError(
                "kind",
                f"the journal {self.path} holds {with_article(meta['kind'])} batch, not {kind}",
            )

    def close(self) -> None:
        self._db.close()
        self._lock.close()

    # ------------------------------------------------------------ reading

    def rows(self) -> list[JournalRow]:
        return [JournalRow(**r) for r in self._db.execute("SELECT * FROM rows ORDER BY position")]

    def row(self, key: str) -> JournalRow:
        found = self._db.execute("SELECT * FROM rows WHERE key = ?", (key,)).fetchone()
        if found is None:
            raise KeyError(key)
        return JournalRow(**found)

    # ------------------------------------------------------------ writing

    def add(self, rows: Iterable[BatchRow], *, replace_failed: bool = False) -> list[str]:
        """Add new rows as `queued`; return the keys of rows whose request changed since
        they were sent (they are left as they are). A changed row that was never sent is
        updated; with `replace_failed`, so is a failed one (it will be sent afresh)."""
        changed = []
        now = _now()
        with transaction(self._db) as db:
            for position, row in enumerate(rows):
                old = db.execute("SELECT state, digest FROM rows WHERE key = ?", (row.key,))
                found = old.fetchone()
                if found is None:
                    db.execute(
                        "INSERT INTO rows (key, position, digest, state, updated_at)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (row.key, position, row.digest, QUEUED, now),
                    )
                elif found["digest"] == row.digest:
                    db.execute("UPDATE rows SET position = ? WHERE key = ?", (position, row.key))
                elif found["state"] == QUEUED or (replace_failed and found["state"] == FAILED):
                    db.execute(
                        "UPDATE rows SET digest = ?, position = ?, updated_at = ? WHERE key = ?",
                        (row.digest, position, now, row.key),
                    )
                else:
                    changed.append(row.key)
        return changed

    def _set(self, key: str, **fields: Any) -> None:
        fields["updated_at"] = _now()
        names = ", ".join(f"{name} = ?" for name in fields)
        with transaction(self._db) as db:
            db.execute(f"UPDATE rows SET {names} WHERE key = ?", (*fields.values(), key))  # noqa: S608

    def tag(self, key: str) -> str:
        """The row's tag: a new one for a row never sent (or sent again after failing),
        else the one its earlier create carried."""
        with transaction(self._db) as db:
            found = db.execute("SELECT attempt, tag FROM rows WHERE key = ?", (key,)).fetchone()
            if found["tag"] is not None:
                return str(found["tag"])
            attempt = found["attempt"] + 1
            tag = tag_of(self.batch_id, key, attempt)
            db.execute("UPDATE rows SET tag = ?, attempt = ? WHERE key = ?", (tag, attempt, key))
        return tag

    def sending(self, key: str) -> None:
        """Mark the row `sending`, just before its create's POST: its `updated_at` is when
        the create was last sent (`note` leaves it)."""
        self._set(key, state=SENDING, error=None)

    def created(self, key: str, job_id: str) -> None:
        self._set(key, state=CREATED, job_id=job_id, error=None)

    def unsent(self, key: str) -> None:
        """A `sending` row whose create provably made no job: queued again, same tag."""
        self._set(key, state=QUEUED)

    def done(self, key: str, credits_used: float | None) -> None:
        self._set(key, state=DONE, credits_used=credits_used, error=None)

    def failed(self, key: str, *, failed_reason: str | None, error: str | None = None) -> None:
        self._set(key, state=FAILED, failed_reason=failed_reason, error=error)

    def downloaded(self, key: str, path: str) -> None:
        self._set(key, state=DOWNLOADED, output_path=path, error=None)

    def redo_missing_downloads(self) -> None:
        """Every downloaded row whose file was moved or removed since: back to `done`."""
        for row in self.rows():
            if row.state == DOWNLOADED and not Path(str(row.output_path)).exists():
                self._set(row.key, state=DONE, output_path=None)

    def download_folders(self) -> set[Path]:
        """The folders the downloaded rows' files are in (a file since removed is
        downloaded again, anywhere). Paths are written absolute; an older journal's
        relative ones are read from the working folder, as they were."""
        return {
            absolute(str(row.output_path)).parent
            for row in self.rows()
            if row.state == DOWNLOADED and Path(str(row.output_path)).exists()
        }

    def note(self, key: str, error: str) -> None:
        """An error that leaves the state, and its time, as they are (a re-run picks the
        row up)."""
        with transaction(self._db) as db:
            db.execute("UPDATE rows SET error = ? WHERE key = ?", (error, key))

    def requeue_failed(self) -> list[str]:
        """Every failed row back to `queued` without its tag and job: it is sent again
        under a new tag. Returns their keys."""
        with transaction(self._db) as db:
            keys = [r["key"] for r in db.execute("SELECT key FROM rows WHERE state = ?", (FAILED,))]
            db.execute(
                "UPDATE rows SET state = ?, tag = NULL, job_id = NULL, error = NULL,"
                " failed_reason = NULL, credits_used = NULL, updated_at = ? WHERE state = ?",
                (QUEUED, _now(), FAILED),
            )
        return keys


def _lock(path: Path) -> BinaryIO:
    """The journal's lock file, locked: closing it releases the lock."""
    handle = open(path.with_name(path.name + ".lock"), "a+b")  # noqa: SIM115
    try:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except ImportError:  # pragma: no cover - Windows: no advisory lock
        pass
    except OSError:
        handle.close()
        raise JournalBusy(
            "journal", f"{path} is in use by another batch process (pid in its .lock file)"
        ) from None
    handle.truncate(0)
    handle.write(str(os.getpid()).encode())
    handle.flush()
    return handle


def read_journal(path: str | Path) -> tuple[str, list[JournalRow]]:
    """(kind, rows) of a journal, read-only: works while a batch runs on it (WAL)."""
    source = user_path(path)
    if not source.is_file():
        raise InvalidInputError("journal", f"no journal at {source}: run the batch first")
    db = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:
        kind = db.execute("SELECT value FROM meta WHERE name = 'kind'").fetchone()["value"]
        rows = [JournalRow(**r) for r in db.execute("SELECT * FROM rows ORDER BY position")]
    except sqlite3.DatabaseError as exc:
        raise InvalidInputError("journal", f"{source} is not a batch journal: {exc}") from None
    finally:
        db.close()
    return str(kind), rows
