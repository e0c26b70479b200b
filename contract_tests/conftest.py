"""Print how many schemathesis cases each operation ran, after the session."""

from __future__ import annotations

import sys
from collections import defaultdict

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    module = sys.modules.get("contract_tests.test_schemathesis") or next(
        (m for name, m in sys.modules.items() if name.endswith("test_schemathesis")), None
    )
    cases = getattr(module, "CASES_PASSED", None)
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
