"""Shared bits of the batch tests: input files, the batch as a real process, and counting
what the mock received per row key (from the account's jobs, by the tag in their name)."""

from __future__ import annotations

import contextlib
import http.server
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from creatify.batch import read_journal
from creatify.testing._service import media_bytes

CREATIFY = str(Path(sys.executable).parent / "creatify")
CREATOR = "18fccce8-86e7-5f31-abc8-18915cb872be"
MP4 = media_bytes("lipsync-output.mp4")  # the kit's own sample (package data)
API_KEY = "batch-test-key-SHOULD-NOT-LEAK"
TAG = re.compile(r"\[batch:[0-9a-f]+/([^#\]]+)#(\d+)\]")
FAST = ["--poll-interval", "0.1"]


def new_account() -> str:
    """A fresh X-API-ID: the mock keeps records per account, so counts are this test's."""
    return f"batch-{uuid.uuid4().hex[:12]}"


def write_csv(path: Path, keys: list[str], extra: dict[str, str] | None = None) -> Path:
    """One lipsync row per key; `extra` maps a key to its `name` (e.g. `[mock:failed]`)."""
    extra = extra or {}
    lines = ["key,creator,text,name"]
    lines += [f"{k},{CREATOR},Hello from row {k},{extra.get(k, '')}" for k in keys]
    path.write_text("\n".join(lines) + "\n")
    return path


def job_names(base_url: str, account: str, path: str = "/api/lipsyncs/") -> list[str]:
    """The names of the account's jobs at the mock (its records; Prism's examples too)."""
    answer = httpx.get(
        base_url + path, headers={"X-API-ID": account, "X-API-KEY": API_KEY}, timeout=10
    )
    answer.raise_for_status()
    return [str(job.get("name") or "") for job in answer.json()]


def creates_per_key(base_url: str, account: str, path: str = "/api/lipsyncs/") -> Counter[str]:
    """How many jobs the mock made for each row key (every create carries the row's tag)."""
    counts: Counter[str] = Counter()
    for name in job_names(base_url, account, path):
        match = TAG.search(name)
        if match:
            counts[match.group(1)] += 1
    return counts


def env_for(base_url: str, account: str, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "CREATIFY_API_ID": account,
        "CREATIFY_API_KEY": API_KEY,
        "CREATIFY_BASE_URL": base_url,
    }
    env.pop("CREATIFY_BATCH_TEST_PAUSE", None)
    env.update(extra)
    return env


def batch(
    base_url: str, account: str, *args: str, timeout: float = 60, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """`creatify batch ARGS`, run to its end (by `paused_cli.py`, as `start` says)."""
    return subprocess.run(
        [*_creatify(extra_env), "batch", *args],
        capture_output=True,
        text=True,
        env=env_for(base_url, account, **extra_env),
        timeout=timeout,
        check=False,
    )


def start(base_url: str, account: str, *args: str, **extra_env: str) -> subprocess.Popen[str]:
    """`creatify batch ARGS` as a process; with `CREATIFY_BATCH_TEST_PAUSE` in `extra_env`,
    run by `paused_cli.py`, which holds it where that says."""
    return subprocess.Popen(
        [*_creatify(extra_env), "batch", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env_for(base_url, account, **extra_env),
    )


def _creatify(extra_env: dict[str, str]) -> list[str]:
    if "CREATIFY_BATCH_TEST_PAUSE" in extra_env:
        return [sys.executable, str(Path(__file__).with_name("paused_cli.py"))]
    return [CREATIFY]


def states(journal: Path) -> dict[str, str]:
    """Each row's state, read as `creatify batch status` does (while a batch runs)."""
    if not journal.is_file():
        return {}
    try:
        return {row.key: row.state for row in read_journal(journal)[1]}
    except Exception:  # the journal's tables are being created
        return {}


def kill_when(
    proc: subprocess.Popen[str],
    point: Callable[[], Any],
    sig: int = signal.SIGKILL,
    timeout: float = 30,
) -> str | None:
    """Send `sig` once `point()` is true and return the process's stderr; None if the
    process ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            proc.communicate()
            return None
        if point():
            proc.send_signal(sig)
            return proc.communicate(timeout=30)[1]
        time.sleep(0.02)
    proc.kill()
    proc.communicate()
    raise AssertionError(f"the kill point was not reached within {timeout} s")


class GarbleFirstPost:
    """A `header_proxy` rewrite: the answer to the first POST (a create the mock made)
    becomes a body no parser reads, with its 2xx status kept."""

    def __init__(self) -> None:
        self.posts = 0
        self._lock = threading.Lock()

    def __call__(self, method: str, body: bytes) -> bytes:
        with self._lock:
            self.posts += method == "POST"
            return b'{"id": 5, "nonsense": ' if method == "POST" and self.posts == 1 else body


class SlowService:
    """A proxy in front of the mock that holds each request `held` names ("POST
    /api/lipsyncs/") `seconds` before forwarding it, as a service does that still works
    on a create its client gave up on: the job is made even then. With `drop_first`, the
    first held request is answered 502 instead, never forwarded (a gateway that gave up
    before the service saw it). `seen` counts the held requests that arrived."""

    def __init__(self, upstream: str, held: str, seconds: float, drop_first: bool = False):
        self.upstream, self.held, self.seconds = upstream, held, seconds
        self.drop_first = drop_first
        self.seen = 0
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def running(self) -> Iterator[str]:
        service = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if f"{self.command} {self.path}".startswith(service.held):
                    with service._lock:
                        service.seen += 1
                        dropped = service.drop_first and service.seen == 1
                    time.sleep(service.seconds)
                    if dropped:
                        self.send_error(502)
                        return
                sent = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
                answer = httpx.request(
                    self.command, service.upstream + self.path, headers=sent, content=body
                )
                with contextlib.suppress(OSError):  # the client may have given up
                    self.send_response(answer.status_code)
                    self.send_header("Content-Type", answer.headers.get("content-type", ""))
                    self.send_header("Content-Length", str(len(answer.content)))
                    self.end_headers()
                    self.wfile.write(answer.content)

            do_GET = do_POST = _forward

            def log_message(self, format: str, *args: object) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()


HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}
