"""Benchmarks: what the SDK adds on top of the network, next to the floor, in one run.

    python bench/run.py --write bench/RESULTS.md   # make bench
    python bench/run.py --smoke                     # make bench-smoke: seconds, small sizes

Every figure is the median of several runs, SDK and reference interleaved, against a
local server (bench/server.py, its own process). Nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from creatify import AsyncCreatify, Creatify

HERE = Path(__file__).resolve().parent
WORK = HERE / ".work"
PERSONA_ID = "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60"
LIPSYNC_ID = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"
CREATOR_ID = "18fccce8-86e7-5f31-abc8-18915cb872be"
MP4_HEAD = (HERE.parent / "mock" / "fixtures" / "james.mp4").read_bytes()[:64]
AUTH = {"X-API-ID": "bench-id", "X-API-KEY": "bench-key"}


@dataclass
class Row:
    workload: str
    sdk: str
    reference: str
    ratio: str
    target: str
    met: str


@dataclass
class Sizes:
    runs: int
    gets: int
    personas: int
    fanout: int
    concurrency: int
    uploads: list[int]
    upload_runs: int


FULL = Sizes(
    runs=7,
    gets=2000,
    personas=2000,
    fanout=500,
    concurrency=50,
    uploads=[64 << 20, 1 << 30],
    upload_runs=3,
)
SMOKE = Sizes(
    runs=1, gets=50, personas=200, fanout=20, concurrency=5, uploads=[4 << 20], upload_runs=1
)


def median_pair(
    runs: int, sdk: Callable[[], float], ref: Callable[[], float]
) -> tuple[float, float]:
    """Interleave SDK and reference runs (after one warm-up each); medians."""
    sdk(), ref()
    sdk_times, ref_times = [], []
    for _ in range(runs):
        sdk_times.append(sdk())
        ref_times.append(ref())
    return statistics.median(sdk_times), statistics.median(ref_times)


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


class BenchServer:
    def __init__(self, personas: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "server.py"), "--personas", str(personas)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.proc.stdout.readline())}"

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


# ---------------------------------------------------------------- workloads


def per_request(url: str, n: int, runs: int) -> Row:
    client = Creatify("bench-id", "bench-key", url)
    raw = httpx.Client(base_url=url, headers=AUTH)

    def sdk() -> float:
        return timed(lambda: [client.avatars.get(PERSONA_ID) for _ in range(n)])

    def ref() -> float:
        return timed(
            lambda: [json.loads(raw.get(f"/api/personas/{PERSONA_ID}/").content) for _ in range(n)]
        )

    s, r = median_pair(runs, sdk, ref)
    client.close()
    raw.close()
    ratio = s / r
    return Row(
        f"per-request overhead: {n:,} avatars.get",
        f"{s:.3f} s ({s / n * 1e6:.0f} µs/req)",
        f"{r:.3f} s ({r / n * 1e6:.0f} µs/req)",
        f"{ratio:.2f}",
        "<= 1.15",
        "yes" if ratio <= 1.15 else "no",
    )


def large_list(url: str, n: int, runs: int) -> Row:
    client = Creatify("bench-id", "bench-key", url)
    raw = httpx.Client(base_url=url, headers=AUTH)

    def sdk() -> float:
        return timed(client.avatars.list)

    def ref() -> float:
        return timed(lambda: json.loads(raw.get("/api/personas/").content))

    s, r = median_pair(runs, sdk, ref)
    client.close()
    raw.close()
    ratio = s / r
    return Row(
        f"large list: avatars.list() of {n:,} personas",
        f"{s * 1e3:.1f} ms ({s / n * 1e6:.1f} µs/persona)",
        f"{r * 1e3:.1f} ms ({r / n * 1e6:.1f} µs/persona)",
        f"{ratio:.2f}",
        "<= 2.0",
        "yes" if ratio <= 2.0 else "no",
    )


def fan_out(url: str, n: int, concurrency: int, runs: int) -> Row:
    async def gather(call: Callable[[], Awaitable[Any]]) -> None:
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                await call()

        await asyncio.gather(*(one() for _ in range(n)))

    async def sdk_run() -> float:
        async with AsyncCreatify("bench-id", "bench-key", url) as client:
            started = time.perf_counter()
            await gather(lambda: client.lipsyncs.create(creator=CREATOR_ID, text="Hello"))
            return time.perf_counter() - started

    async def ref_run() -> float:
        async with httpx.AsyncClient(base_url=url, headers=AUTH) as raw:
            started = time.perf_counter()

            async def call() -> Any:
                response = await raw.post(
                    "/api/lipsyncs/", json={"creator": CREATOR_ID, "text": "Hello"}
                )
                return json.loads(response.content)

            await gather(call)
            return time.perf_counter() - started

    s, r = median_pair(runs, lambda: asyncio.run(sdk_run()), lambda: asyncio.run(ref_run()))
    ratio = s / r
    return Row(
        f"fan-out: {n} lipsyncs.create, {concurrency} at a time (async)",
        f"{s:.3f} s ({n / s:,.0f} req/s)",
        f"{r:.3f} s ({n / r:,.0f} req/s)",
        f"{ratio:.2f}",
        "<= 1.2",
        "yes" if ratio <= 1.2 else "no",
    )


def make_video(size: int) -> Path:
    WORK.mkdir(exist_ok=True)
    path = WORK / f"video-{size >> 20}MiB.mp4"
    if not path.exists() or path.stat().st_size != size:
        with path.open("wb") as out:
            out.write(MP4_HEAD)
            out.truncate(size)  # sparse: real bytes on the wire, no disk bound
    return path


def upload(url: str, size: int, runs: int) -> Row:
    video = make_video(size)
    sdk_runs: list[dict[str, float]] = []
    curl_secs: list[float] = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, str(HERE / "upload_child.py"), url, str(video)],
            capture_output=True,
            text=True,
            check=True,
        )
        sdk_runs.append(json.loads(out.stdout))
        result = subprocess.run(
            [
                "curl",
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{time_total}",
                "-H",
                "Expect:",
                "-H",
                "X-API-ID: bench-id",
                "-H",
                "X-API-KEY: bench-key",
                "-F",
                f"lipsync_input=@{video};type=video/mp4",
                "-F",
                "creator_name=Bench",
                "-F",
                "gender=m",
                f"{url}/api/personas_v2/",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        curl_secs.append(float(result.stdout))
    sdk_s = statistics.median(r["seconds"] for r in sdk_runs)
    curl_s = statistics.median(curl_secs)
    rss = max(r["rss_growth_kib"] for r in sdk_runs) / 1024
    mib = size / 2**20
    ratio = (mib / sdk_s) / (mib / curl_s)
    met = ratio >= 0.9 and rss <= 32
    return Row(
        f"upload: create_from_files, {mib:,.0f} MiB",
        f"{mib / sdk_s:,.0f} MiB/s; peak RSS +{rss:.1f} MiB",
        f"curl -F: {mib / curl_s:,.0f} MiB/s",
        f"{ratio:.2f}",
        ">= 0.9x curl; RSS <= 32 MiB",
        "yes" if met else "no",
    )


def polling(job: str, finishes_after: float) -> Row:
    """`wait` with default settings on a virtual clock: requests made and detection lag."""
    now = [0.0]
    requests = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        requests[0] += 1
        done = now[0] >= finishes_after
        if job == "lipsync":
            return httpx.Response(
                200, json={"id": LIPSYNC_ID, "status": "done" if done else "running"}
            )
        return httpx.Response(
            200,
            json={
                "id": PERSONA_ID,
                "is_active": done,
                "process_status": "done" if done else "reviewing",
            },
        )

    client = Creatify(
        "bench-id", "bench-key", "http://127.0.0.1:9", transport=httpx.MockTransport(handler)
    )
    client._clock = lambda: now[0]
    client._sleep = lambda s: now.__setitem__(0, now[0] + s)
    if job == "lipsync":
        client.lipsyncs.wait(LIPSYNC_ID)
    else:
        client.avatars.wait(PERSONA_ID)
    lag = now[0] - finishes_after
    label = {30: "30 s", 600: "10 min", 86400: "24 h"}[int(finishes_after)]
    return Row(
        f"polling economy: {job} wait, job done after {label} (virtual clock)",
        f"{requests[0]} requests, lag {lag:.1f} s",
        "1 request, lag 0 s",
        f"{requests[0]:.0f}x requests",
        "report",
        "-",
    )


def polling_rows() -> list[Row]:
    return [
        polling("lipsync", 30),
        polling("lipsync", 600),
        polling("avatar", 600),
        polling("avatar", 86400),
    ]


# ---------------------------------------------------------------- profiles


def profiles(url: str) -> str:
    """pyinstrument's view of the two workloads where the SDK costs the most."""
    from pyinstrument import Profiler

    client = Creatify("bench-id", "bench-key", url)
    sections = []
    for title, work in (
        (
            "per-request: 1,000 avatars.get",
            lambda: [client.avatars.get(PERSONA_ID) for _ in range(1000)],
        ),
        (
            "large list: 20 avatars.list() of 2,000 personas",
            lambda: [client.avatars.list() for _ in range(20)],
        ),
    ):
        work()
        profiler = Profiler(interval=0.0005)
        profiler.start()
        work()
        profiler.stop()
        text = profiler.output_text(unicode=False, color=False, show_all=False)
        lines = [
            line
            for line in text.splitlines()
            if line.strip() and not line.startswith(("  _", " /_", "/  "))
        ]
        sections.append(f"### {title}\n\n```text\n" + "\n".join(lines[:40]) + "\n```\n")
    client.close()
    return "\n".join(sections)


# ---------------------------------------------------------------- report


def table(rows: list[Row], *, verdict: bool = True) -> str:
    """The Markdown table; without `verdict` (a smoke run's tiny sizes say nothing about
    speed) the target and met columns are left out."""
    if not verdict:
        lines = ["| workload | SDK | reference | ratio |", "|---|---|---|---|"]
        lines += [f"| {r.workload} | {r.sdk} | {r.reference} | {r.ratio} |" for r in rows]
        return "\n".join(lines)
    lines = ["| workload | SDK | reference | ratio | target | met |", "|---|---|---|---|---|---|"]
    lines += [
        f"| {r.workload} | {r.sdk} | {r.reference} | {r.ratio} | {r.target} | {r.met} |"
        for r in rows
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one run each")
    parser.add_argument("--write", type=Path, help="write the Markdown table here")
    args = parser.parse_args()
    sizes = SMOKE if args.smoke else FULL
    server = BenchServer(sizes.personas)
    rows: list[Row] = []
    profile_text = ""
    try:
        for size in sizes.uploads:
            rows.append(upload(server.url, size, sizes.upload_runs))
        rows.append(per_request(server.url, sizes.gets, sizes.runs))
        rows.append(large_list(server.url, sizes.personas, sizes.runs))
        rows.append(fan_out(server.url, sizes.fanout, sizes.concurrency, sizes.runs))
        rows += polling_rows()
        if args.write:
            profile_text = profiles(server.url)
    finally:
        server.close()
    text = table(rows, verdict=not args.smoke)
    print(text)
    # `creatify batch` against the stateful mock (bench/batch_throughput.py, its own mock).
    import batch_throughput  # bench/ is on sys.path when this runs as a script

    smoke_batch = ["--rows", "8", "--kill-rows", "4", "--kills", "1", "--job-seconds", "0.2"]
    batch_lines = batch_throughput.main(smoke_batch if args.smoke else [])
    if args.smoke:
        print("smoke run: small sizes, one run each; figures only, no verdict (make bench)")
    if args.write:
        header = (
            "# Benchmark results\n\n"
            f"`make bench` on {time.strftime('%Y-%m-%d')}: Python {platform.python_version()}, "
            f"{os.cpu_count()} cores, {platform.machine()}. Medians of {sizes.runs} interleaved "
            f"runs ({sizes.upload_runs} for uploads) against bench/server.py on 127.0.0.1.\n\n"
        )
        notes = (
            "\n\nThe polling rows use each job's default wait settings on a virtual clock; "
            "the lag is the time between the job finishing and the SDK seeing it.\n\n"
            "## Batches (bench/batch_throughput.py)\n\n"
            + "".join(f"- {line}\n" for line in batch_lines)
            + "\n## Where the time goes (pyinstrument, this run)\n\n"
            + profile_text
        )
        args.write.write_text(header + text + notes)
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
