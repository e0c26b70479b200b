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


def test_paired_blocks_interleave_in_abba_order() -> None:
    """No variant always goes first; the figure is each variant's median block."""
    from bench.run import paired_blocks

    calls: list[str] = []

    def variant(name: str, seconds: list[float]) -> object:
        def run_block() -> float:
            calls.append(name)
            return seconds[(len([c for c in calls if c == name]) - 1) % len(seconds)]

        return run_block

    medians = paired_blocks(4, a=variant("a", [9.0, 1.0, 2.0, 3.0, 100.0]), b=variant("b", [5.0]))  # type: ignore[arg-type]
    assert calls == ["a", "b", "a", "b", "b", "a", "b", "a", "a", "b"]
    assert medians == {"a": 2.5, "b": 5.0}  # a's warm-up (9.0) is not counted
    calls.clear()
    paired_blocks(3, x=variant("x", [1.0]), y=variant("y", [1.0]), z=variant("z", [1.0]))
    rounds = [calls[i : i + 3] for i in range(3, 12, 3)]
    assert rounds == [["x", "y", "z"], ["y", "z", "x"], ["z", "x", "y"]]
