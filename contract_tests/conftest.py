"""Print how many schemathesis cases each operation ran, after the session.

Without pytest-xdist the counts are in the test module (`CASES_PASSED`). Under xdist
each worker counts its own and sends them with its `workeroutput` when it ends; the
controller, which runs no test and prints the summary, adds them up
(`pytest_testnodedown`).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from typing import Any

import pytest

WORKER_KEY = "schemathesis_cases_passed"
# (operation, phase, mode) -> cases, from the workers (controller side).
FROM_WORKERS: Counter[tuple[str, str, str]] = Counter()


def local_counts() -> Counter[tuple[str, str, str]]:
    module = sys.modules.get("contract_tests.test_schemathesis") or next(
        (m for name, m in sys.modules.items() if name.endswith("test_schemathesis")), None
    )
    return getattr(module, "CASES_PASSED", None) or Counter()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """In an xdist worker: hand the counts to the controller (plain lists travel)."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput[WORKER_KEY] = [[*key, n] for key, n in local_counts().items()]


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """In the xdist controller: add up what a finished worker counted."""
    for operation, phase, mode, n in getattr(node, "workeroutput", {}).get(WORKER_KEY, []):
        FROM_WORKERS[(operation, phase, mode)] += n


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    cases = local_counts() + FROM_WORKERS
    if not cases:
        return
    per_op: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (operation, phase, mode), n in cases.items():
        per_op[operation][f"{phase}/{mode}"] += n
        per_op[operation]["total"] += n
    columns = [*sorted({key for row in per_op.values() for key in row} - {"total"}), "total"]
    terminalreporter.section("schemathesis cases passed, per operation")
    terminalreporter.write_line(f"{'operation':40} " + " ".join(f"{c:>18}" for c in columns))
    for operation in sorted(per_op):
        row = per_op[operation]
        terminalreporter.write_line(
            f"{operation:40} " + " ".join(f"{row.get(c, 0):>18}" for c in columns)
        )
    total = sum(cases.values())
    terminalreporter.write_line(f"{len(per_op)} operations, {total} cases passed")
