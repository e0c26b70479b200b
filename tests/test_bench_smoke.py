"""A smoke run of the benchmarks prints figures, never a verdict (issue 16)."""

from __future__ import annotations

from bench.run import Row, table


def test_a_smoke_table_has_no_verdict() -> None:
    """Tiny sizes say nothing about speed: no target, no met column, no yes/no."""
    rows = [Row("upload", "1 MiB/s", "2 MiB/s", "0.50", ">= 0.9x curl", "no")]
    smoke = table(rows, verdict=False)
    assert "met" not in smoke and "target" not in smoke
    assert "| no |" not in smoke and "| yes |" not in smoke
    assert "| no |" in table(rows)  # a full run keeps its verdict
