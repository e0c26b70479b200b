"""Print the fault matrix after the run."""

from __future__ import annotations

import sys

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    bad_input = next((m for n, m in sys.modules.items() if n.endswith("test_bad_input")), None)
    examples = getattr(bad_input, "EXAMPLES_RUN", None)
    if examples:
        terminalreporter.section("hypothesis examples per entry point and field")
        per_entry: dict[str, int] = {}
        for key, n in sorted(examples.items()):
            terminalreporter.write_line(f"{key:50} {n:>6}")
            per_entry[key.split()[0]] = per_entry.get(key.split()[0], 0) + n
        terminalreporter.write_line(
            f"{len(per_entry)} entry points, {sum(examples.values())} examples"
        )
    module = next((m for n, m in sys.modules.items() if n.endswith("test_fault_matrix")), None)
    rows = getattr(module, "ROWS", None)
    if not rows:
        return
    terminalreporter.section("fault matrix")
    header = f"{'fault':48} {'op':7} {'client':6} {'outcome':27} {'requests':>8} {'seconds':>8}"
    terminalreporter.write_line(header)
    for r in rows:
        terminalreporter.write_line(
            f"{r.fault:48} {r.op:7} {r.client:6} {r.outcome:27} {r.requests:>8} {r.seconds:>8.2f}"
        )
