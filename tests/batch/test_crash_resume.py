"""`creatify batch run` as a real process against the stateful mock, killed (SIGKILL) at
the worst moments and run again until it finishes: every row is created exactly once.

The kill points: right after a create was answered but before its id was recorded (the
`CREATIFY_BATCH_TEST_PAUSE=create=S` hook holds the process there), while jobs render
(a row `created` in the journal), and in the middle of a download (`download=S`: its
temporary file is written, not yet renamed). Counts come from the mock's records of this
test's own account, by the row tag every create carries in its `name`.
"""

from __future__ import annotations

import signal
from pathlib import Path

from tests.batch.helpers import (
    FAST,
    MP4,
    batch,
    creates_per_key,
    kill_when,
    new_account,
    start,
    states,
    write_csv,
)

KEYS = ["alpha", "bravo", "charlie", "delta", "echo"]


def _sent_not_recorded(base_url: str, account: str, journal: Path) -> bool:
    """A job exists at the mock for a row the journal still has as `sending`."""
    sending = {k for k, s in states(journal).items() if s == "sending"}
    return bool(sending & set(creates_per_key(base_url, account)))


def _assert_finished(base_url: str, account: str, journal: Path, out: Path) -> None:
    assert creates_per_key(base_url, account) == dict.fromkeys(KEYS, 1)
    assert states(journal) == dict.fromkeys(KEYS, "downloaded")
    for key in KEYS:
        assert (out / f"{key}.mp4").read_bytes() == MP4  # complete, byte for byte
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.mp4" for k in KEYS)


def test_sigkill_at_every_point_then_resume(mock_base_url: str, tmp_path: Path) -> None:
    account = new_account()
    jobs = write_csv(tmp_path / "jobs.csv", KEYS)
    journal = tmp_path / "jobs.csv.journal.sqlite"
    out = tmp_path / "out"
    args = ["run", str(jobs), "--out", str(out), "--concurrency", "2", *FAST]
    kills = []

    # 1. A create answered, its id not yet in the journal.
    proc = start(mock_base_url, account, *args, CREATIFY_BATCH_TEST_PAUSE="create=20")
    assert kill_when(proc, lambda: _sent_not_recorded(mock_base_url, account, journal)) is not None
    kills.append("after a create")
    # 2. While jobs render.
    proc = start(mock_base_url, account, *args)
    if kill_when(proc, lambda: "created" in states(journal).values()) is not None:
        kills.append("while waiting")
    # 3. In the middle of a download: its temporary file is there.
    proc = start(mock_base_url, account, *args, CREATIFY_BATCH_TEST_PAUSE="download=20")
    assert kill_when(proc, lambda: out.is_dir() and any(out.glob(".*.part"))) is not None
    kills.append("during a download")

    for _ in range(5):  # run again until it finishes
        finished = batch(mock_base_url, account, *args)
        if finished.returncode == 0:
            break
    assert finished.returncode == 0, finished.stderr
    assert len(kills) >= 2, kills
    _assert_finished(mock_base_url, account, journal, out)
    assert "5 downloaded" in finished.stderr


def test_ctrl_c_then_resume(mock_base_url: str, tmp_path: Path) -> None:
    """Ctrl-C between a create's answer and its id being recorded: exit 130, the note
    says how to resume; the re-run adopts the job instead of creating it again."""
    account = new_account()
    jobs = write_csv(tmp_path / "jobs.csv", KEYS)
    journal = tmp_path / "jobs.csv.journal.sqlite"
    out = tmp_path / "out"
    args = ["run", str(jobs), "--out", str(out), *FAST]
    proc = start(mock_base_url, account, *args, CREATIFY_BATCH_TEST_PAUSE="create=20")
    stderr = kill_when(
        proc, lambda: _sent_not_recorded(mock_base_url, account, journal), sig=signal.SIGINT
    )
    assert stderr is not None
    assert proc.returncode == 130, stderr
    assert "run the same command again to resume" in stderr
    assert "sending" in states(journal).values()  # the id was never recorded
    finished = batch(mock_base_url, account, *args)
    assert finished.returncode == 0, finished.stderr
    _assert_finished(mock_base_url, account, journal, out)
