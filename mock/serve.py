"""Run the Creatify mock: Prism (pinned in mock/package-lock.json) plus a media server.

Prism answers the API from `openapi/creatify.yaml` with `--errors`. The media server
serves `mock/media/` so that the `output` URL of a finished lipsync in the spec's
examples (http://127.0.0.1:4011/media/...) can be downloaded.

    python mock/serve.py start [--port 4010] [--media-port 4011]   # background, waits until ready
    python mock/serve.py stop                                      # by the PID file, never by name
    python mock/serve.py run [--port 4010] [--media-port 4011]     # foreground

`start` and `stop` are what `make mock` and `make mock-stop` call; the tests use
`MockServer` directly.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = ROOT / "openapi" / "creatify.yaml"
PRISM = HERE / "node_modules" / ".bin" / "prism"
MEDIA_DIR = HERE / "media"
PID_FILE = HERE / ".mock.pid"
LOG_FILE = HERE / ".mock.log"
HOST = "127.0.0.1"
DEFAULT_PORT = 4010
DEFAULT_MEDIA_PORT = 4011
READY_TIMEOUT = 60.0


def is_listening(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def wait_until_ready(port: int, media_port: int, timeout: float = READY_TIMEOUT) -> None:
    """Poll until Prism answers an HTTP request and the media server accepts; no fixed sleep."""
    deadline = time.monotonic() + timeout
    url = f"http://{HOST}:{port}/api/remaining_credits/"
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                pass
            if is_listening(media_port):
                return
        except urllib.error.HTTPError:
            # Prism answered (401 without credentials): it is up.
            if is_listening(media_port):
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"the mock did not answer on {url} within {timeout:.0f} s")


class _QuietMediaHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class MockServer:
    """Prism and the media server as child processes/threads of this process."""

    def __init__(self, port: int = DEFAULT_PORT, media_port: int = DEFAULT_MEDIA_PORT) -> None:
        self.port = port
        self.media_port = media_port
        self._prism: subprocess.Popen[bytes] | None = None
        self._media: http.server.ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, log: Path | None = None) -> None:
        if not PRISM.exists():
            raise FileNotFoundError(f"{PRISM} is missing: run `npm ci` in mock/ (make install)")
        out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115
        self._prism = subprocess.Popen(
            [str(PRISM), "mock", "--host", HOST, "--port", str(self.port), "--errors", str(SPEC)],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        handler = functools.partial(_QuietMediaHandler, directory=str(HERE))
        self._media = http.server.ThreadingHTTPServer((HOST, self.media_port), handler)
        threading.Thread(target=self._media.serve_forever, daemon=True).start()
        try:
            wait_until_ready(self.port, self.media_port)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self._media is not None:
            self._media.shutdown()
            self._media.server_close()
            self._media = None
        if self._prism is not None:
            # Prism runs in its own session: signal its whole process group.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._prism.pid, signal.SIGTERM)
            try:
                self._prism.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._prism.pid, signal.SIGKILL)
                self._prism.wait(timeout=10)
            self._prism = None


@contextlib.contextmanager
def running(port: int = DEFAULT_PORT, media_port: int = DEFAULT_MEDIA_PORT) -> Iterator[str]:
    """Start the mock unless one is already listening on `port`; yield its base URL."""
    if is_listening(port):
        yield f"http://{HOST}:{port}"
        return
    server = MockServer(port, media_port)
    server.start(log=LOG_FILE)
    try:
        yield server.base_url
    finally:
        server.stop()


def _run(port: int, media_port: int) -> int:
    server = MockServer(port, media_port)
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    signal.signal(signal.SIGINT, lambda *_: stopping.set())
    server.start()
    print(f"mock ready: {server.base_url} (media on {HOST}:{media_port})", flush=True)
    try:
        while not stopping.wait(0.5):
            if server._prism is not None and server._prism.poll() is not None:
                print("prism exited", file=sys.stderr)
                return 1
    finally:
        server.stop()
        # Started by `start`: leave no PID file behind, however this process ends.
        if PID_FILE.exists() and PID_FILE.read_text().strip() == str(os.getpid()):
            PID_FILE.unlink()
    return 0


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _start(port: int, media_port: int) -> int:
    if PID_FILE.exists():
        pid = int(PID_FILE.read_text().strip() or 0)
        if pid and _pid_alive(pid):
            print(f"a mock is already running (PID {pid}); make mock-stop")
            return 1
        PID_FILE.unlink()  # left by a mock that died
    if is_listening(port):
        print(f"port {port} is taken", file=sys.stderr)
        return 1
    with open(LOG_FILE, "ab") as log:
        proc = subprocess.Popen(
            [sys.executable, __file__, "run", "--port", str(port), "--media-port", str(media_port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    PID_FILE.write_text(f"{proc.pid}\n")
    try:
        wait_until_ready(port, media_port)
    except TimeoutError as exc:
        _stop()
        print(f"{exc}; see {LOG_FILE}", file=sys.stderr)
        return 1
    print(f"mock on http://{HOST}:{port} (PID {proc.pid}, log {LOG_FILE.relative_to(ROOT)})")
    return 0


def _stop() -> int:
    if not PID_FILE.exists():
        print("no mock is running (no PID file)")
        return 0
    pid = int(PID_FILE.read_text().strip())
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            os.kill(pid, 0)
            time.sleep(0.1)
        os.kill(pid, signal.SIGKILL)
    PID_FILE.unlink(missing_ok=True)
    print(f"mock stopped (PID {pid})")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("command", choices=["start", "stop", "run"])
    parser.add_argument("--port", type=int, default=int(os.environ.get("MOCK_PORT", DEFAULT_PORT)))
    parser.add_argument(
        "--media-port", type=int, default=int(os.environ.get("MEDIA_PORT", DEFAULT_MEDIA_PORT))
    )
    args = parser.parse_args()
    if args.command == "start":
        return _start(args.port, args.media_port)
    if args.command == "stop":
        return _stop()
    return _run(args.port, args.media_port)


if __name__ == "__main__":
    sys.exit(main())
