"""The wheel alone, with its `testing` extra, in a fresh virtualenv with no Node on PATH:
a user's test file (the guide's example) passes with the plugin's fixtures."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.testing.guide import example

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"


def run(*args: object, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.timeout(600)  # a virtualenv and a pip install, maybe with a cold cache
@pytest.mark.serial
def test_a_users_tests_pass_in_a_fresh_virtualenv_with_only_the_wheel(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", dist, ROOT, cwd=tmp_path)
    (wheel,) = dist.glob("creatify-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    run(
        python,
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
        "-c",
        CONSTRAINTS,
        f"{wheel}[testing]",
        cwd=tmp_path,
    )
    user = tmp_path / "user"
    user.mkdir()
    (user / "test_my_videos.py").write_text(example())
    # Only the virtualenv's scripts: no Node, no npm, no repository on the way.
    path = str(env_dir / "bin")
    assert shutil.which("node", path=path) is None
    clean = {"PATH": path, "HOME": os.environ.get("HOME", str(tmp_path))}
    where = run(
        python, "-c", "import creatify.testing as t; print(t.__file__)", cwd=user, env=clean
    )
    assert str(env_dir) in where  # the installed wheel, not the repository's overlay
    out = run(
        python,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "test_my_videos.py",
        cwd=user,
        env=clean,
    )
    assert "6 passed" in out, out
