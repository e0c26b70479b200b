"""The guide's pytest example passes with the plugin's fixtures (entry point `pytest11`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.testing.guide import example


def test_the_guides_example_passes(tmp_path: Path) -> None:
    (tmp_path / "test_my_videos.py").write_text(example())
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-W",
            "ignore::DeprecationWarning",
            "test_my_videos.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "6 passed" in run.stdout
