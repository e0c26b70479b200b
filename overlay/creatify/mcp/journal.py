"""The creates journal: one SQLite database (WAL) that outlives the server.

A paid create is recorded by the digest of its request as `_frontends.py` says
(`sending`, then `created` with the job id; struck out if it provably made no job). So
after any crash or restart, an identical create within the reuse window finds either the
earlier job or a `sending` row whose outcome nobody knows, and is not sent again.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from .._frontends import prepare_journal
from .._sqlite import transaction

SENDING, CREATED = "sending", "created"
# Rows are kept a day: long past any reuse window, short enough to stay small.
KEEP_SECONDS = 24 * 3600.0
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS creates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    digest TEXT NOT NULL,
    tool TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('{SENDING}', '{CREATED}')),
    job_id TEXT,
    sent_at REAL NOT NULL  -- seconds since the epoch (wall clock: it must survive a restart)
);
CREATE INDEX IF NOT EXISTS creates_by_digest ON creates (digest, sent_at);
"""


class Journal:
    """Used from one thread (the event loop's); each method is one transaction, so
    servers sharing the file (two MCP clients, one output folder) see each other's rows."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        # The database and SQLite's companions (WAL, shared memory, rollback journal):
        # no download may replace them.
        self.files = [Path(f"{path.resolve()}{end}") for end in ("", "-wal", "-shm", "-journal")]
        prepare_journal(self._db, SCHEMA)
        self._db.execute("DELETE FROM creates WHERE sent_at < ?", (time.time() - KEEP_SECONDS,))

    def close(self) -> None:
        self._db.close()

    def latest(self, digest: str, since: float) -> sqlite3.Row | None:
        """The newest create of `digest` sent after `since` (epoch seconds): its row of
        `creates`, read by column name."""
        found: sqlite3.Row | None = self._db.execute(
            "SELECT * FROM creates WHERE digest = ? AND sent_at >= ? ORDER BY id DESC LIMIT 1",
            (digest, since),
        ).fetchone()
        return found

    def sending(
        self, digest: str, tool: str, since: float, after: sqlite3.Row | None
    ) -> int | None:
        """Record a create about to be sent: its row, or None if a create of the same
        digest was recorded since `after` (the newest one the caller looked at) was read."""
        with transaction(self._db) as db:
            newest = self.latest(digest, since)  # within this transaction
            if (newest["id"] if newest else None) != (after["id"] if after else None):
                return None
            cursor = db.execute(
                "INSERT INTO creates (digest, tool, state, sent_at) VALUES (?, ?, ?, ?)",
                (digest, tool, SENDING, time.time()),
            )
            return int(cursor.lastrowid or 0)

    def created(self, row: int, job_id: str) -> None:
        self._db.execute(
            "UPDATE creates SET state = ?, job_id = ? WHERE id = ?", (CREATED, job_id, row)
        )

    def unsent(self, row: int) -> None:
        """Strike out a create that provably made no job."""
        self._db.execute("DELETE FROM creates WHERE id = ?", (row,))

    def entries(self) -> list[sqlite3.Row]:
        """Every row, oldest first (for tests and `creatify mcp` diagnostics)."""
        return list(self._db.execute("SELECT * FROM creates ORDER BY id"))
