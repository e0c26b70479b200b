"""Progress bars appear in a terminal (a pseudo-terminal here) and not with --quiet."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.mock_jobs import made_lipsyncs

CREATIFY = str(Path(sys.executable).parent / "creatify")
BAR = "━"
ACCOUNT = "i"


def run_in_terminal(base_url: str, *args: str) -> tuple[int, str]:
    """Run the CLI with stdout and stderr on a pseudo-terminal; return code and screen."""
    master, slave = pty.openpty()
    env = {
        **os.environ,
        "CREATIFY_API_ID": ACCOUNT,
        "CREATIFY_API_KEY": "k",
        "CREATIFY_BASE_URL": base_url,
        "COLUMNS": "100",
        "TERM": "xterm",
    }
    proc = subprocess.Popen(
        [CREATIFY, *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=30), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def job(mock_base_url: str) -> str:
    return made_lipsyncs(mock_base_url, ACCOUNT)[0]


@pytest.mark.parametrize(("command", "label"), [("download", "download"), ("wait", "video ")])
def test_bars_show_in_a_terminal(
    command: str, label: str, mock_base_url: str, tmp_path: Path, job: str
) -> None:
    """A terminal gets a progress bar with its label."""
    extra = [str(tmp_path / "v.mp4")] if command == "download" else []
    code, screen = run_in_terminal(mock_base_url, "lipsyncs", command, job, *extra)
    if command == "wait":
        label += job[:8]
    assert code == 0, screen
    assert BAR in screen and label in screen


def test_quiet_hides_bars(mock_base_url: str, tmp_path: Path, job: str) -> None:
    """--quiet leaves the terminal without bars."""
    code, screen = run_in_terminal(
        mock_base_url, "lipsyncs", "download", job, str(tmp_path / "v.mp4"), "--quiet"
    )
    assert code == 0, screen
    assert BAR not in screen
    assert "saved" in screen
