"""Start-up: what a fresh process pays before its first request (issue 28).

Every figure is the best of `runs` fresh processes, the SDK's and the reference's
interleaved (`paired_blocks`), all with this interpreter. The reference of the import and
CLI rows is a process that only imports httpx; that of `creatify credits` is a process
that makes the same request with plain httpx.

    python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from run import Row, paired_blocks, table, yes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "mock"))
from serve import MockServer, free_port  # noqa: E402

CREDENTIALS = {"CREATIFY_API_ID": "bench-id", "CREATIFY_API_KEY": "bench-key"}
PLAIN_CREDITS = (
    "import sys, httpx; "
    "r = httpx.get(sys.argv[1] + '/api/remaining_credits/', "
    "headers={'X-API-ID': 'bench-id', 'X-API-KEY': 'bench-key'}); "
    "r.raise_for_status(); print(r.json()['remaining_credits'])"
)


def creatify_command() -> list[str]:
    """The console script as a user runs it (pip puts it beside the interpreter)."""
    script = Path(sys.executable).parent / "creatify"
    if script.exists():
        return [sys.executable, str(script)]
    return [sys.executable, "-c", "from creatify._cli_entry import main; main()"]


def process(args: list[str], env: dict[str, str] | None = None) -> Callable[[], float]:
    """A block of one fresh process: its wall-clock seconds."""

    def run_once() -> float:
        started = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)
        return time.perf_counter() - started

    return run_once


def python(code: str, *argv: str) -> Callable[[], float]:
    return process([sys.executable, "-c", code, *argv])


def row(workload: str, sdk: float, reference: str, ref: float, floor: float | None) -> Row:
    ratio = sdk / ref
    return Row(
        workload,
        f"{sdk * 1e3:.0f} ms",
        f"{reference}: {ref * 1e3:.0f} ms",
        f"{ratio:.2f}",
        "report" if floor is None else f"<= {floor:g}",
        "-" if floor is None else yes(ratio <= floor),
    )


def startup_rows(runs: int, *, with_mock: bool = True) -> list[Row]:
    """The rows; without `with_mock` (a smoke run), no `creatify credits` row."""
    cli = creatify_command()
    best = paired_blocks(
        runs,
        min,
        httpx=python("import httpx"),
        creatify=python("import creatify"),
        client=python("from creatify import Creatify"),
        version=process([*cli, "--version"]),
        help=process([*cli, "--help"]),
    )
    ref = best["httpx"]
    label = f"fresh process, best of {runs}"
    rows = [
        row(f"start-up: `import creatify` ({label})", best["creatify"], "`import httpx`", ref, 1.5),
        row(
            f"start-up: `from creatify import Creatify` ({label})",
            best["client"],
            "`import httpx`",
            ref,
            None,
        ),
        row(f"start-up: `creatify --version` ({label})", best["version"], "`import httpx`", ref, 2),
        row(f"start-up: `creatify --help` ({label})", best["help"], "`import httpx`", ref, 2),
    ]
    if not with_mock:
        return rows
    # `creatify credits` against the mock (Prism behind the scenario layer), on the port
    # of CREATIFY_BENCH_PORT when set (shared machines give each user a range).
    mock = MockServer(int(os.environ.get("CREATIFY_BENCH_PORT", "0")) or free_port())
    mock.start()
    try:
        env = {**os.environ, **CREDENTIALS, "CREATIFY_BASE_URL": mock.base_url}
        best = paired_blocks(
            runs,
            min,
            cli=process([*cli, "credits"], env),
            plain=python(PLAIN_CREDITS, mock.base_url),
        )
    finally:
        mock.stop()
    rows.append(
        row(
            f"start-up: `creatify credits` against the mock ({label})",
            best["cli"],
            "httpx.get of the same, in a fresh process",
            best["plain"],
            1.6,
        )
    )
    return rows


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per variant")
    args = parser.parse_args(argv)
    rows = startup_rows(args.runs)
    print(table(rows, verdict=args.runs >= 10), flush=True)
    return rows


if __name__ == "__main__":
    main()
