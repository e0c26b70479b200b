"""The sync resources are generated from the async sources, and a stale twin fails CI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "overlay" / "creatify"
SCRIPT = ROOT / "scripts" / "gen_sync.py"


def check(package: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--package", str(package)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "creatify"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_committed_sync_twins_are_fresh() -> None:
    """`gen_sync.py --check` passes on the committed tree."""
    result = check(PACKAGE)
    assert result.returncode == 0, result.stderr


def test_editing_an_async_source_without_regenerating_fails(package_copy: Path) -> None:
    """A change to `_async/lipsyncs.py` alone makes the check fail, naming the file."""
    source = package_copy / "_async" / "lipsyncs.py"
    source.write_text(source.read_text().replace("Costs 4 credits", "Costs 5 credits"))
    result = check(package_copy)
    assert result.returncode == 1
    assert "lipsyncs.py" in result.stderr


def test_hand_editing_a_sync_twin_fails(package_copy: Path) -> None:
    """An edit made in `_sync/` (and not in its source) makes the check fail."""
    twin = package_copy / "_sync" / "jobs.py"
    twin.write_text(twin.read_text() + "\n# a hand edit\n")
    result = check(package_copy)
    assert result.returncode == 1
    assert "jobs.py" in result.stderr


def test_every_sync_file_names_its_source() -> None:
    """Each generated file starts with a one-line header naming its source."""
    sources = sorted(p.name for p in (PACKAGE / "_async").glob("*.py"))
    twins = sorted(p.name for p in (PACKAGE / "_sync").glob("*.py"))
    assert sources == twins
    for name in twins:
        first = (PACKAGE / "_sync" / name).read_text().splitlines()[0]
        assert first == (
            f"# Generated from overlay/creatify/_async/{name} by scripts/gen_sync.py: do not edit."
        )


def test_sync_twins_have_no_async_left() -> None:
    """No `async`, `await` or `Async...` name survives in the generated code (prose may
    name the async client)."""
    for twin in (PACKAGE / "_sync").glob("*.py"):
        with twin.open("rb") as f:
            names = {t.string for t in tokenize.tokenize(f.readline) if t.type == tokenize.NAME}
        leftovers = {
            n for n in names if re.fullmatch(r"async|await|Async[A-Z]\w*|a\w+_detailed", n)
        }
        assert not leftovers, (twin.name, leftovers)


def test_make_test_runs_the_drift_check_over_the_twins() -> None:
    """`make test` runs `drift`, which regenerates the twins and diffs `_sync/`."""
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^GENERATED_PATHS :=.*overlay/creatify/_sync", makefile, re.M)
    assert "scripts/gen_sync.py" in makefile.split("regenerate:", 1)[1].split("\n\n", 1)[0]
    test_recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "drift" in test_recipe
