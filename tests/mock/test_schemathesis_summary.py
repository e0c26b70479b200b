"""`make test` prints the schemathesis per-operation summary under pytest-xdist too.

A copy of contract_tests/conftest.py next to a stand-in `test_schemathesis.py` (which
counts cases as the real one does, without Prism) runs in a pytest child process.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STAND_IN = """
from collections import Counter

import pytest

CASES_PASSED = Counter()


@pytest.mark.parametrize("n", range(6))
def test_operation_conforms(n):
    CASES_PASSED[(f"GET /api/op{n % 2}/", "examples", "positive")] += 1
"""


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["one-process", "xdist"])
def test_the_summary_counts_every_case(tmp_path: Path, workers: list[str]) -> None:
    suite = tmp_path / "contract_tests"
    suite.mkdir()
    (suite / "__init__.py").write_text("")
    shutil.copy(ROOT / "contract_tests" / "conftest.py", suite / "conftest.py")
    (suite / "test_schemathesis.py").write_text(STAND_IN)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *workers,
            "contract_tests",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "schemathesis cases passed, per operation" in out
    rows = [line.split() for line in out.splitlines() if line.startswith("GET /api/op")]
    assert rows == [["GET", "/api/op0/", "3", "3"], ["GET", "/api/op1/", "3", "3"]]
    assert "2 operations, 6 cases passed" in out
