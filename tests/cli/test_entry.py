"""`pip install .` gives a `creatify` command that runs: its dependencies are the base ones."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path


def test_the_cli_dependencies_are_base_dependencies() -> None:
    """click and rich are installed with the package (its metadata), not only in an extra."""
    base = [r for r in metadata.requires("creatify") or [] if "extra ==" not in r]
    names = {r.split(">")[0].split("<")[0].split("=")[0].split(";")[0].strip() for r in base}
    assert {"click", "rich"} <= names
    scripts = {e.name: e.value for e in metadata.entry_points(group="console_scripts")}
    assert scripts["creatify"] == "creatify._cli_entry:main"


def test_the_console_script_runs() -> None:
    """The entry point answers --help without any extra (the venv's own script)."""
    script = Path(sys.executable).parent / "creatify"
    result = subprocess.run(
        [str(script), "--help"], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "avatars" in result.stdout and "lipsyncs" in result.stdout
