"""`creatify batch run` as a real process against the stateful mock, killed (SIGKILL) at
the worst moments and run again until it finishes: every row is created exactly once.

The stops: SIGKILL right after a create was answered but before its id was recorded (the
`CREATIFY_BATCH_TEST_PAUSE=create=S` hook holds the process there), while jobs render
(a row `created` in the journal), and in the middle of a download (`download=S`: its
temporary file is written, not yet renamed), and Ctrl-C (SIGINT) right after a create.
Every run goes through `paused_cli.py`, which also shortens the time a create without an
answer is held (`unknown=1`).
Counts come from the mock's records of this test's own account, by the row tag every
create carries in its `name`.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.batch.helpers import (
    FAST,
    MP4,
    batch,
    creates_per_key,
    env_for,
    kill_when,
    new_account,
    start,
    states,
    write_csv,
)
from tests.faults.server import closed_port

# A create in flight at a kill (sent, its job not made yet) is held by the next run
# until this long after it was sent (`UNKNOWN_OUTCOME_SECONDS`, shortened from minutes).
SHORT = "unknown=1"
KEYS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


def _sent_not_recorded(base_url: str, account: str, journal: Path) -> bool:
    """A job exists at the mock for a row the journal still has as `sending`."""
    sending = {k for k, s in states(journal).items() if s == "sending"}
    # Ask the mock only then: each list is a request through Prism, which shares the CPU.
    return bool(sending) and bool(sending & set(creates_per_key(base_url, account)))


def _assert_finished(base_url: str, account: str, journal: Path, out: Path) -> None:
    assert creates_per_key(base_url, account) == dict.fromkeys(KEYS, 1)
    assert states(journal) == dict.fromkeys(KEYS, "downloaded")
    for key in KEYS:
        assert (out / f"{key}.mp4").read_bytes() == MP4  # complete, byte for byte
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.mp4" for k in KEYS)


def test_killed_and_interrupted_at_every_point_then_resumed(
    mock_base_url: str, tmp_path: Path
) -> None:
    """One batch, stopped four times (each run a real process, as a user would run it),
    then run until it finishes: exactly one create per key, every file complete."""
    account = new_account()
    jobs = write_csv(tmp_path / "jobs.csv", KEYS)
    journal = tmp_path / "jobs.csv.journal.sqlite"
    out = tmp_path / "out"
    args = ["run", str(jobs), "--out", str(out), "--concurrency", "2", *FAST]
    kills = []

    # 1. SIGKILL: a create answered, its id not yet in the journal.
    proc = start(mock_base_url, account, *args, CREATIFY_BATCH_TEST_PAUSE=f"create=20,{SHORT}")
    assert kill_when(proc, lambda: _sent_not_recorded(mock_base_url, account, journal)) is not None
    kills.append("after a create")
    # 2. SIGKILL while jobs render.
    proc = start(mock_base_url, account, *args, CREATIFY_BATCH_TEST_PAUSE=SHORT)
    if kill_when(proc, lambda: "created" in states(journal).values()) is not None:
        kills.append("while waiting")
    # 3. Ctrl-C at the same point as 1: exit 130, and the note says how to resume.
    proc = start(mock_base_url, account, *args, CREATIFY_BATCH_TEST_PAUSE=f"create=20,{SHORT}")
    stderr = kill_when(
        proc, lambda: _sent_not_recorded(mock_base_url, account, journal), sig=signal.SIGINT
    )
    assert stderr is not None
    assert proc.returncode == 130, stderr
    assert "run the same command again to resume" in stderr
    assert "sending" in states(journal).values()  # the id was never recorded
    kills.append("Ctrl-C after a create")
    # 4. SIGKILL in the middle of a download: its temporary file is there.
    proc = start(mock_base_url, account, *args, CREATIFY_BATCH_TEST_PAUSE=f"download=20,{SHORT}")
    assert kill_when(proc, lambda: out.is_dir() and any(out.glob(".*.part"))) is not None
    kills.append("during a download")

    for _ in range(3):  # run again until it finishes
        finished = batch(mock_base_url, account, *args, CREATIFY_BATCH_TEST_PAUSE=SHORT)
        if finished.returncode == 0:
            break
    assert finished.returncode == 0, finished.stderr
    assert len(kills) >= 3, kills
    _assert_finished(mock_base_url, account, journal, out)
    assert f"{len(KEYS)} downloaded" in finished.stderr


# A batch that a cancel does not end, as a task that a Ctrl-C stranded mid-step, which
# nothing wakes, left asyncio's clean-up waiting for ever (X1-3).
STUBBORN = """
import asyncio, sys
import creatify.batch
from creatify.cli import batch, main

async def stubborn(*args, **kwargs):
    print("running", file=sys.stderr, flush=True)
    while True:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            print("cancelled", file=sys.stderr, flush=True)

creatify.batch.arun = batch.arun = stubborn
main.cli(sys.argv[1:], prog_name="creatify")
"""


def test_ctrl_c_again_ends_a_batch_at_once(tmp_path: Path) -> None:
    """Ctrl-C cancels the batch; pressed again while it ends, it exits at once with 130
    and the note (the journal has every row), whatever its clean-up waits for."""
    jobs = write_csv(tmp_path / "jobs.csv", ["a"])
    args = ["batch", "run", str(jobs), "--out", str(tmp_path / "out")]
    process = subprocess.Popen(
        [sys.executable, "-c", STUBBORN, *args],
        stderr=subprocess.PIPE,
        text=True,
        env=env_for(f"http://127.0.0.1:{closed_port()}", new_account()),
    )
    assert process.stderr is not None
    try:
        for said in ("running", "cancelled"):
            assert process.stderr.readline() == f"{said}\n"
            process.send_signal(signal.SIGINT)
        stderr = process.communicate(timeout=20)[1]
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert "run the same command again to resume" in stderr
