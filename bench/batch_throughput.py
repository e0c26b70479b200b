"""`creatify batch` against the stateful mock: a crash-and-resume run and the throughput.

    python bench/batch_throughput.py                 # 200 rows, jobs of 0.5 s
    python bench/batch_throughput.py --rows 20 --kill-rows 10   # quick (bench/run.py --smoke)

1. Crash and resume: `creatify batch run` as a process, killed with SIGKILL `--kills`
   times at random moments (0 to 1 s after its journal shows a row move in that run, so
   every run gets somewhere), then run again until it exits 0; prints the kills and how
   many creates the mock received per key (from its records of a fresh account, by the
   row tag in each job's name). A kill between a row's `sending` mark and its create's
   arrival leaves the row `sending`: a run exits 1 and sends it again only after
   `UNKNOWN_OUTCOME_SECONDS` (10 minutes), shortened here to `HELD_SECONDS`, and the bench
   runs again once that has passed.
2. Throughput: the same engine (`creatify.batch.arun`) on `--rows` rows with 1 worker and
   with 8, each on a fresh account and journal; rows per minute, from the first create to
   the last file saved. Every job renders `--job-seconds` at the mock.

Starts its own mock on a free loopback port. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
from creatify import AsyncCreatify
from creatify.batch import BatchRow, arun, read_journal

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "mock"))
from serve import MockServer, free_port

CREATOR = "18fccce8-86e7-5f31-abc8-18915cb872be"
KEY = "bench-key"
HELD_SECONDS = 2.0
# `creatify` itself, with a row that got no answer held for HELD_SECONDS, not 10 minutes.
CREATIFY = [
    sys.executable,
    "-c",
    "import sys; from creatify.batch import _engine; from creatify._cli_entry import main; "
    f"_engine.UNKNOWN_OUTCOME_SECONDS = {HELD_SECONDS}; sys.argv[0] = 'creatify'; main()",
]
TAG = re.compile(r"\[batch:[0-9a-f]+/([^#\]]+)#\d+\]")


def creates_per_key(url: str, account: str) -> Counter[str]:
    jobs = httpx.get(
        f"{url}/api/lipsyncs/", headers={"X-API-ID": account, "X-API-KEY": KEY}, timeout=30
    ).json()
    return Counter(m.group(1) for j in jobs if (m := TAG.search(str(j.get("name") or ""))))


def moved(journal: Path) -> tuple[str, ...]:
    """Each row's state and job id (empty while the journal is being made)."""
    try:
        return tuple(f"{r.state}{r.job_id}" for r in read_journal(journal)[1])
    except Exception:
        return ()


def crash_and_resume(url: str, rows: int, kills_wanted: int, work: Path) -> str:
    account = f"bench-{uuid.uuid4().hex[:12]}"
    jobs = work / "crash.csv"
    lines = ["key,creator,text"] + [f"r{i:03},{CREATOR},Row {i}" for i in range(rows)]
    jobs.write_text("\n".join(lines) + "\n")
    env = {**os.environ, "CREATIFY_API_ID": account, "CREATIFY_API_KEY": KEY}
    args = [*CREATIFY, "batch", "run", str(jobs), "--out", str(work / "crash-out")]
    args += ["--base-url", url, "--concurrency", "4", "--poll-interval", "0.2", "--quiet"]
    journal = work / "crash.csv.journal.sqlite"
    kills = runs = held = 0
    started = time.perf_counter()
    while True:
        runs += 1
        before = moved(journal)
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if kills < kills_wanted:
            while proc.poll() is None and moved(journal) == before:
                time.sleep(0.01)
            time.sleep(random.uniform(0, 1.0))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                kills += 1
                continue
        proc.wait()
        if proc.returncode == 0:
            break
        if proc.returncode == 1 and "sending" in {r.state for r in read_journal(journal)[1]}:
            held += 1  # killed before its create arrived: sent again once HELD_SECONDS pass
            time.sleep(HELD_SECONDS)
            continue
        assert proc.stderr is not None
        raise SystemExit(f"batch exited {proc.returncode}: {proc.stderr.read().decode()}")
    elapsed = time.perf_counter() - started
    counts = creates_per_key(url, account)
    per_key = Counter(counts.values())
    files = sum(1 for p in (work / "crash-out").iterdir() if p.suffix == ".mp4")
    spread = ", ".join(f"{n} key(s) created {times}x" for times, n in sorted(per_key.items()))
    return (
        f"crash and resume: {rows} rows, {kills} SIGKILLs over {runs} runs ({elapsed:.0f} s), "
        f"{held} run(s) ended 1 holding a row that got no answer; "
        f"creates per key: {spread}; {len(counts)} of {rows} keys created; {files} files saved"
    )


async def throughput(url: str, rows: int, workers: int, work: Path) -> str:
    account = f"bench-{uuid.uuid4().hex[:12]}"
    batch = [BatchRow(f"r{i:03}", {"creator": CREATOR, "text": f"Row {i}"}) for i in range(rows)]
    async with AsyncCreatify(account, KEY, url) as client:
        started = time.perf_counter()
        report = await arun(
            client,
            batch,
            out_dir=work / f"out-{workers}",
            journal=work / f"journal-{workers}.sqlite",
            concurrency=workers,
            poll_interval=0.2,
            max_interval=0.5,
        )
        elapsed = time.perf_counter() - started
    assert report.finished, [r for r in report.rows if r.state != "downloaded"][:3]
    return f"throughput: {rows} rows, {workers} worker(s): {elapsed:.1f} s, {rows / elapsed * 60:,.0f} rows/min"


def main(argv: list[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200, help="rows of the throughput runs")
    parser.add_argument("--kill-rows", type=int, default=30, help="rows of the crash run")
    parser.add_argument("--kills", type=int, default=6, help="SIGKILLs of the crash run")
    parser.add_argument("--job-seconds", type=float, default=0.5)
    args = parser.parse_args(argv)
    server = MockServer(free_port())
    server.start(job_seconds=args.job_seconds)
    lines = [f"mock jobs render {args.job_seconds:g} s; Python {sys.version.split()[0]}"]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            lines.append(crash_and_resume(server.base_url, args.kill_rows, args.kills, work))
            print(lines[-1], flush=True)
            for workers in (1, 8):
                lines.append(asyncio.run(throughput(server.base_url, args.rows, workers, work)))
                print(lines[-1], flush=True)
    finally:
        server.stop()
    return lines


if __name__ == "__main__":
    main()
