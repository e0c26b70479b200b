"""The package imports and parses on Python 3.10, the oldest version it supports.

Runs only where a Python 3.10 interpreter exists (this project's machines have one via
pyenv). The runtime dependencies are pure Python, so the 3.11 virtualenv's packages
serve the 3.10 interpreter too.
"""

from __future__ import annotations

import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest

from tests.spec import ROOT

CANDIDATES = [str(Path.home() / ".pyenv/versions/3.10.13/bin/python"), shutil.which("python3.10")]


def runs(python: str | None) -> bool:
    """A pyenv shim may exist and still refuse to run: try it."""
    if not python or not Path(python).exists():
        return False
    probe = subprocess.run([python, "-c", "import sys; assert sys.version_info[:2] == (3, 10)"],
                           capture_output=True, check=False)
    return probe.returncode == 0


PYTHON310 = next((p for p in CANDIDATES if runs(p)), None)
SCRIPT = """
import importlib, pkgutil, creatify_api, creatify
for m in pkgutil.walk_packages(creatify_api.__path__, "creatify_api."):
    importlib.import_module(m.name)
from creatify_api.models import Persona, Lipsync
p = Persona.from_dict({"id": "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60", "created_at": "2024-01-10T08:00:00Z"})
assert p.created_at.utcoffset().total_seconds() == 0
v = Lipsync.from_dict({"id": "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60", "status": "done",
                       "updated_at": "2025-05-21T11:04:11.533648-07:00"})
assert v.updated_at.microsecond == 533648
c = creatify.Creatify("i", "k", "https://api.creatify.ai")
print("ok")
"""


@pytest.mark.skipif(PYTHON310 is None, reason="no Python 3.10 interpreter here")
def test_generated_and_overlay_work_on_python_310() -> None:
    """Imports every module and parses `Z` and offset date-times under Python 3.10."""
    paths = [str(ROOT / "generated"), str(ROOT / "overlay"), sysconfig.get_paths()["purelib"]]
    result = subprocess.run(
        [str(PYTHON310), "-I", "-c", f"import sys; sys.path[:0] = {paths!r}\n{SCRIPT}"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
