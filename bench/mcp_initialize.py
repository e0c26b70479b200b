"""How soon `creatify mcp` answers `initialize`: from spawning the process to the answer.

    python bench/mcp_initialize.py            # 10 runs
    python bench/mcp_initialize.py --runs 3

Each run starts the venv's `creatify mcp` (stdio), writes one `initialize` request to
its stdin and reads its stdout until the answer's line; the time is from before the
spawn to that line. MCP clients spawn the server and wait for this answer before they
list tools, so it is the start-up an agent's user waits for. `initialize` sends no API
request, so no mock is needed. Prints best and median, and the same for `python -c
"import mcp.server.lowlevel"` alone (the floor the `mcp` package sets) in interleaved
runs, and the CPU time of each (user + system, start to exit: a figure that does not
depend on what else the machine runs). Byte-code is written (as an installed package has it) unless
PYTHONDONTWRITEBYTECODE is set. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "creatify"
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-11-25",
        "capabilities": {},
        "clientInfo": {"name": "bench", "version": "0"},
    },
}


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def initialize_seconds(folder: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(SCRIPT), "mcp", "--output-dir", folder],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write(json.dumps(INITIALIZE).encode() + b"\n")
    process.stdin.flush()
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.stdin.close()
    process.wait(timeout=30)
    answer = json.loads(line)
    if "result" not in answer:
        raise SystemExit(f"initialize failed: {answer}")
    return elapsed


def import_seconds(env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import mcp.server.lowlevel"], env=env, check=True)
    return time.perf_counter() - started


def show(name: str, times: list[float]) -> None:
    print(
        f"{name:<34} best {min(times):.3f} s   median {statistics.median(times):.3f} s   "
        f"({len(times)} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    env = {
        **os.environ,
        "CREATIFY_API_ID": "bench",
        "CREATIFY_API_KEY": "bench-key",
        "CREATIFY_BASE_URL": "http://127.0.0.1:9",
    }
    served, imported, served_cpu, imported_cpu = [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        initialize_seconds(folder, env)  # warm the disk cache and byte-code
        for _ in range(args.runs):
            before = children_cpu()
            served.append(initialize_seconds(folder, env))
            middle = children_cpu()
            imported.append(import_seconds(env))
            served_cpu.append(middle - before)
            imported_cpu.append(children_cpu() - middle)
    show("creatify mcp: spawn to initialize", served)
    show("import mcp.server.lowlevel alone", imported)
    # CPU seconds (user + system) of each whole process, start to exit: what the wall
    # time would be on an idle core, whatever else the machine runs.
    show("creatify mcp: CPU of one start", served_cpu)
    show("import mcp.server.lowlevel: CPU", imported_cpu)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
