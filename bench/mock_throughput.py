"""GETs of one job per second through the mock's scenario layer, next to plain Prism.

    python bench/mock_throughput.py [--seconds 5] [--concurrency 8] [--runs 3]

Starts both on free loopback ports in one run (the layer with Prism behind it, and a plain
Prism), creates a lipsync through the layer, then alternates runs against the two:
sequential GETs for the latency (median and p95 per request) and `--concurrency` clients
at once for the throughput. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "mock"))
from serve import MockServer, free_port

AUTH = {"X-API-ID": "bench-id", "X-API-KEY": "bench-key"}
CREATOR = "18fccce8-86e7-5f31-abc8-18915cb872be"
PRISM_EXAMPLE_ID = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"


async def sequential(url: str, seconds: float) -> list[float]:
    latencies = []
    async with httpx.AsyncClient(headers=AUTH) as client:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            (await client.get(url)).raise_for_status()
            latencies.append(time.perf_counter() - start)
    return latencies


async def concurrent(url: str, seconds: float, clients: int) -> float:
    """Requests per second with `clients` loops at once, each with its own connection."""
    done = 0

    async def loop(deadline: float) -> None:
        nonlocal done
        async with httpx.AsyncClient(headers=AUTH) as client:
            while time.perf_counter() < deadline:
                (await client.get(url)).raise_for_status()
                done += 1

    start = time.perf_counter()
    await asyncio.gather(*(loop(start + seconds) for _ in range(clients)))
    return done / (time.perf_counter() - start)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0, help="per run and kind")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    layer, raw = MockServer(free_port()), MockServer(free_port(), raw=True)
    layer.start(log=Path("/dev/null"), job_seconds=0)
    raw.start(log=Path("/dev/null"))
    try:
        created = httpx.post(
            f"{layer.base_url}/api/lipsyncs/",
            json={"text": "bench", "creator": CREATOR},
            headers=AUTH,
        ).json()
        targets = {
            "layer (a job it made)": f"{layer.base_url}/api/lipsyncs/{created['id']}/",
            "raw Prism (example)": f"{raw.base_url}/api/lipsyncs/{PRISM_EXAMPLE_ID}/",
        }
        latency: dict[str, list[float]] = {name: [] for name in targets}
        rates: dict[str, list[float]] = {name: [] for name in targets}
        for _ in range(args.runs):  # interleaved, so that load elsewhere hits both alike
            for name, url in targets.items():
                latency[name] += asyncio.run(sequential(url, args.seconds))
                rates[name].append(asyncio.run(concurrent(url, args.seconds, args.concurrency)))
        print(f"GET of one lipsync, {args.runs} runs x {args.seconds:g} s per kind")
        print(
            f"{'server':24} {'median ms':>10} {'p95 ms':>8} {'seq GET/s':>10} {f'x{args.concurrency} GET/s':>11}"
        )
        for name in targets:
            values = latency[name]
            print(
                f"{name:24} {statistics.median(values) * 1000:10.2f} {p95(values) * 1000:8.2f} "
                f"{len(values) / (args.runs * args.seconds):10.0f} {statistics.median(rates[name]):11.0f}"
            )
        added = statistics.median(latency[next(iter(targets))]) - statistics.median(
            latency["raw Prism (example)"]
        )
        print(f"latency the layer adds over raw Prism (median): {added * 1000:.2f} ms")
    finally:
        layer.stop()
        raw.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
