"""Start-up of the `creatify` command: `--version` and `--help` against a Python process
that only imports httpx (issue 28's floor: at most 2x). Fresh processes, interleaved
round by round, best of N each.

`creatify --version` runs `import creatify` first (the package's `__init__`), then the
CLI's registry (`creatify.cli.main`: click, no command module). The "lean package" rows
run the same CLI with the package's `__init__` skipped, to show the CLI's own part apart
from what `import creatify` costs:

    python bench/cli_startup.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

PYTHON = sys.executable
CREATIFY = str(Path(PYTHON).parent / "creatify")
OVERLAY = Path(__file__).resolve().parent.parent / "overlay" / "creatify"
# The package object without running its `__init__`: what a lazy `__init__` would cost.
LEAN = (
    "import sys, types; package = types.ModuleType('creatify'); "
    f"package.__path__ = [{str(OVERLAY)!r}]; sys.modules['creatify'] = package; "
    "from creatify.cli.main import cli; cli([{arg!r}], prog_name='creatify')"
)
CASES = {
    "python -c 'import httpx' (reference)": [PYTHON, "-c", "import httpx"],
    "python -c 'import creatify'": [PYTHON, "-c", "import creatify"],
    "creatify --version": [CREATIFY, "--version"],
    "creatify --help": [CREATIFY, "--help"],
    "CLI --version, lean package": [PYTHON, "-c", LEAN.format(arg="--version")],
    "CLI --help, lean package": [PYTHON, "-c", LEAN.format(arg="--help")],
    "CLI --version, lean package + import httpx": [
        PYTHON,
        "-c",
        "import httpx; " + LEAN.format(arg="--version"),
    ],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds
    best = dict.fromkeys(CASES, float("inf"))
    for _ in range(rounds):
        for name, command in CASES.items():
            started = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            best[name] = min(best[name], time.perf_counter() - started)
    reference = best["python -c 'import httpx' (reference)"]
    print(f"best of {rounds} fresh processes each, interleaved; Python {sys.version.split()[0]}")
    for name, seconds in best.items():
        print(f"{name:45} {seconds * 1000:7.1f} ms  {seconds / reference:4.2f}x")


if __name__ == "__main__":
    main()
