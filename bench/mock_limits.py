"""The mock under hostile input: memory for big bodies, time per bad request, Prism restarts.

    python bench/mock_limits.py [--port 5010]

Starts its own mock (layer + Prism) on the port, then prints:
- the layer process's RSS before and after three 50 MB bodies sent at once, with a
  Content-Length (refused before they are read) and chunked (counted as they stream);
- the time of each hostile request of tests/mock/test_hostile_input.py;
- Prism's process id and restart count before and after (from /__mock__/health).
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "mock"), str(ROOT)]

import serve  # noqa: E402

from tests.mock import rawhttp  # noqa: E402
from tests.mock.test_hostile_input import HOSTILE  # noqa: E402

FIFTY_MB = 50 * 1000 * 1000


def rss_mib(pid: int) -> float:
    """Resident memory of the process and its threads (VmRSS), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def send_big(base_url: str, chunked: bool, answers: list[bytes]) -> None:
    head = (
        b"POST /api/lipsyncs/ HTTP/1.1\r\nHost: m\r\n" + rawhttp.CREDENTIALS
        + b"Content-Type: application/json\r\n"
        + (b"Transfer-Encoding: chunked\r\n\r\n" if chunked
           else b"Content-Length: %d\r\n\r\n" % FIFTY_MB)
    )  # fmt: skip
    chunk = b"x" * 65536
    with socket.create_connection(rawhttp.address(base_url), timeout=60) as sock:
        sock.sendall(head)
        sent = 0
        try:
            while sent < FIFTY_MB:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        try:
            answers.append(sock.recv(200))
        except OSError as exc:
            answers.append(repr(exc).encode())


def big_bodies(base_url: str, pid: int, chunked: bool) -> None:
    before = rss_mib(pid)
    peak = before
    answers: list[bytes] = []
    threads = [
        threading.Thread(target=send_big, args=(base_url, chunked, answers)) for _ in range(3)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        peak = max(peak, rss_mib(pid))
        time.sleep(0.01)
    seconds = time.monotonic() - started
    after = rss_mib(pid)
    kind = "chunked" if chunked else "Content-Length"
    statuses = sorted({a.split(b"\r\n", 1)[0].decode("latin-1") for a in answers})
    print(
        f"3 x 50 MB, {kind:14}: RSS {before:.1f} -> peak {peak:.1f} -> {after:.1f} MiB "
        f"(+{peak - before:.1f} MiB at most), {seconds:.2f} s, answers {statuses}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=serve.free_port())
    args = parser.parse_args()
    server = serve.MockServer(args.port)
    server.start(log=Path("/dev/null"))
    try:
        base_url = server.base_url
        assert server._process is not None
        pid = server._process.pid
        health = httpx.get(f"{base_url}/__mock__/health").json()
        print(f"Prism pid {health['prism_pid']}, restarts {health['prism_restarts']}")
        big_bodies(base_url, pid, chunked=False)
        big_bodies(base_url, pid, chunked=True)
        slowest = 0.0
        for name, (request, status) in HOSTILE.items():
            answer = rawhttp.send(base_url, request)
            slowest = max(slowest, answer.seconds)
            ok = "ok" if answer.status == status else f"EXPECTED {status}"
            print(f"  {name:42} {answer.status} in {answer.seconds * 1000:7.1f} ms  {ok}")
        print(f"slowest hostile answer: {slowest * 1000:.1f} ms")
        after = httpx.get(f"{base_url}/__mock__/health").json()
        print(f"Prism pid {after['prism_pid']}, restarts {after['prism_restarts']}")
        same = after["prism_pid"] == health["prism_pid"]
        print("Prism never restarted" if same and after["prism_restarts"] == 0 else "RESTARTED")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
