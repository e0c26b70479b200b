"""Ctrl-C while `make demo` starts the mock: a quiet exit 130 and no process left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "mock"))
from serve import free_port, is_listening  # noqa: E402


def mock_processes(port: int) -> set[int]:
    """PIDs of this checkout's mock processes (serve.py and Prism) started for `port`, from
    /proc. The port is matched in each process's environment (`MOCK_PORT`, inherited from
    the demo), so mocks that other tests start meanwhile are not counted."""
    marks = (
        str(ROOT / "mock" / "serve.py").encode(),
        str(ROOT / "openapi" / "creatify.yaml").encode(),
    )
    port_mark = f"MOCK_PORT={port}".encode()
    found = set()
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes()
                environ = (proc / "environ").read_bytes()
            except OSError:
                continue
            if any(mark in cmdline for mark in marks) and port_mark in environ.split(b"\0"):
                found.add(int(proc.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_ctrl_c_during_mock_start_exits_130_quietly_and_cleans_up() -> None:
    port = free_port()
    env = {**os.environ, "MOCK_PORT": str(port), "CREATIFY_API_ID": "", "CREATIFY_API_KEY": ""}
    demo = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert demo.stdout is not None
    line = demo.stdout.readline().decode()
    assert "starting the mock" in line
    # Let the mock's processes appear (Prism takes seconds to start), then interrupt.
    deadline = time.monotonic() + 30
    while not mock_processes(port) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    demo.send_signal(signal.SIGINT)
    _out, err = demo.communicate(timeout=60)
    assert demo.returncode == 130, err.decode()
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert b"interrupted" in err
    assert not is_listening(port)
    deadline = time.monotonic() + 10
    while mock_processes(port) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not mock_processes(port), "the demo left mock processes behind"
