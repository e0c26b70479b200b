"""The oldest Python that `requires-python` admits can install the package (R1: a
`starlette>=1.10` floor, a release for 3.11+ only, made `pip install creatify` fail on the
3.10 the README promised). CI also installs the wheel there and runs the README quickstart."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.timeout(600)  # a pip resolve over the network (its own limit: 300 s)
def test_the_oldest_supported_python_can_install_every_dependency(tmp_path: Path) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    project = pyproject["project"]
    oldest = re.fullmatch(r">=(3\.\d+)", project["requires-python"])
    assert oldest, project["requires-python"]
    version = oldest[1]
    # Every place that states it says the same.
    assert f"Needs Python {version}+." in (ROOT / "README.md").read_text()
    assert pyproject["tool"]["mypy"]["python_version"] == version
    assert pyproject["tool"]["ruff"]["target-version"] == "py" + version.replace(".", "")
    extras = [req for reqs in project["optional-dependencies"].values() for req in reqs]
    # pip resolves for that Python from the registry's wheels, whatever runs the test.
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed",
         "--disable-pip-version-check", "--only-binary=:all:", "--python-version", version,
         "--target", str(tmp_path), *project["dependencies"], *extras],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
