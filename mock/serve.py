"""Run the Creatify mock: the scenario layer (mock/layer.py) in front of Prism, on one port.

Prism (pinned in mock/package-lock.json, `--errors`) listens on a free loopback port of
its own, given a copy of the spec without `callbacks` (Prism would run them itself, to any
URL a request names: the layer alone delivers webhooks); the layer listens on the public
port, sends API requests through Prism, keeps the state, serves the package's media
(`overlay/creatify/testing/media/`) under /media/ and answers `/__mock__/health`.

    python mock/serve.py start [--port 4010]        # background, waits until ready
    python mock/serve.py stop                       # by the PID file, never by name
    python mock/serve.py run [--port 4010]          # foreground
    python mock/serve.py run --raw [--port 4011]    # plain stateless Prism, no layer

The port defaults to $MOCK_PORT, else 4010; jobs take $CREATIFY_MOCK_JOB_SECONDS (4).
`start` and `stop` are what `make mock` and `make mock-stop` call; the tests and the demo
use `running()`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = ROOT / "openapi" / "creatify.yaml"
PRISM = HERE / "node_modules" / ".bin" / "prism"
PID_FILE = HERE / ".mock.pid"
LOG_FILE = HERE / ".mock.log"
HOST = "127.0.0.1"
DEFAULT_PORT = 4010
# Prism takes 10 s to start on an idle 2-core machine, a minute or more on a busy one.
READY_TIMEOUT = 180.0
HEALTH_PATH = "/__mock__/health"
SERVICE_NAME = "creatify-mock"
# What `creatify mock` (overlay/creatify/testing/_server.py) names itself on HEALTH_PATH.
FAKE_SERVICE_NAME = "creatify-fake"
# What `what_listens` finds, as messages name it.
LISTENERS = {
    "layer": "the Creatify mock (scenario layer and Prism)",
    "prism": "plain Prism (`python mock/serve.py run --raw`)",
    "fake": "`creatify mock` (the SDK's in-process fake, without Prism)",
    "other": f"something else (no mock names itself on {HEALTH_PATH})",
}


class MockPortTaken(RuntimeError):
    """Something that is not the Creatify mock listens on the mock's port."""


def default_port() -> int:
    return int(os.environ.get("MOCK_PORT", DEFAULT_PORT))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def is_listening(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy
    try:
        with direct.open(url, timeout=2) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def what_listens(port: int) -> str:
    """'layer' (our mock), 'prism' (plain Prism with our spec), 'fake' (`creatify mock`),
    'other' or 'nothing'."""
    if not is_listening(port):
        return "nothing"
    try:
        status, _, body = _get(f"http://{HOST}:{port}{HEALTH_PATH}")
        service = json.loads(body).get("service") if status == 200 else None
        if service in (SERVICE_NAME, FAKE_SERVICE_NAME):
            return "layer" if service == SERVICE_NAME else "fake"
        # Prism answers an unauthenticated request with 401 and its `sl-violations` header.
        status, headers, _ = _get(f"http://{HOST}:{port}/api/remaining_credits/")
        if status == 401 and any(k.lower() == "sl-violations" for k in headers):
            return "prism"
    except (OSError, ValueError, AttributeError):
        pass
    return "other"


def check_port(port: int, raw: bool = False) -> bool:
    """True when our mock (or raw Prism) already listens on `port`; raise if something else."""
    found = what_listens(port)
    wanted = "prism" if raw else "layer"
    if found == "nothing":
        return False
    if found == wanted:
        return True
    raise MockPortTaken(
        f"port {port} is taken by {LISTENERS[found]}, not {LISTENERS[wanted]}: stop it, or "
        "choose another port with MOCK_PORT=... (CREATIFY_MOCK_PORT=... for the tests)"
    )


def wait_until_ready(
    port: int, raw: bool = False, process: subprocess.Popen[bytes] | None = None
) -> None:
    """Poll until the mock answers as itself; no fixed sleep. Fail early if it exited."""
    deadline = time.monotonic() + READY_TIMEOUT
    wanted = "prism" if raw else "layer"
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the mock exited with {process.returncode}; see {LOG_FILE}")
        if what_listens(port) == wanted:
            return
        time.sleep(0.1)
    raise TimeoutError(f"the mock did not answer on port {port} within {READY_TIMEOUT:.0f} s")


def stop_group(process: subprocess.Popen[bytes], timeout: float) -> None:
    """SIGTERM to the child's session, SIGKILL if it has not exited within `timeout` s."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


# ---------------------------------------------------------------- inside the mock's process


def write_prism_spec(directory: Path) -> Path:
    """The spec as Prism is given it: without any operation's `callbacks` (Prism runs
    them itself, to any URL a request names, so the layer alone delivers webhooks:
    openapi/README.md "Webhooks"), and a filter of several comma-separated values
    (`x-comma-separated`) as the array the generated client cannot send (point 20)."""
    import yaml

    spec = yaml.safe_load(SPEC.read_text())
    for parameter in spec["components"]["parameters"].values():
        if parameter.pop("x-comma-separated", False):  # `gender=m,f`: each part in the enum
            parameter.update(style="form", explode=False)
            parameter["schema"] = {"type": "array", "items": parameter["schema"]}
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("callbacks", None)
    path = directory / "creatify.prism.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(spec, Dumper=dumper, sort_keys=False))
    return path


class Prism:
    """Prism as a child process in its own session, restarted if it ever dies."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None
        self.stopped = False  # set once the mock shuts down: no revival after that
        self._spec_dir: Path | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        if not PRISM.exists():
            raise FileNotFoundError(f"{PRISM} is missing: run `npm ci` in mock/ (make install)")
        if self._spec_dir is None:
            self._spec_dir = Path(tempfile.mkdtemp(prefix="creatify-prism-"))
        spec = write_prism_spec(self._spec_dir)
        self.process = subprocess.Popen(
            [str(PRISM), "mock", "--host", HOST, "--port", str(self.port), "--errors", str(spec)],
            stdout=sys.stdout,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until_ready(self.port, raw=True, process=self.process)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        self.stopped = True
        if self._spec_dir is not None:
            shutil.rmtree(self._spec_dir, ignore_errors=True)
            self._spec_dir = None
        if self.process is None:
            return
        stop_group(self.process, timeout=10)
        self.process = None

    async def revive(self) -> None:
        if self.process is not None:
            # A Prism that just crashed may take a moment to be reaped.
            with contextlib.suppress(subprocess.TimeoutExpired):
                await asyncio.to_thread(self.process.wait, 3)
        if not self.alive() and not self.stopped:
            print("prism exited; restarting it", file=sys.stderr, flush=True)
            await asyncio.to_thread(self.start)
            if self.stopped:  # the mock shut down while Prism restarted
                self.stop()


def run(port: int, raw: bool = False) -> int:
    """Serve in the foreground until SIGINT/SIGTERM."""
    if raw:
        prism = Prism(port)
        stopping = [False]

        def stop(*_: object) -> None:
            stopping[0] = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        try:
            prism.start()
            print(f"raw Prism ready: {prism.url}", flush=True)
            while not stopping[0] and prism.alive():
                time.sleep(0.2)
        finally:
            prism.stop()
        return 0

    import uvicorn
    from guard import MAX_HEAD_BYTES, GuardedH11Protocol
    from layer import Layer, Settings

    # Until uvicorn takes the signals over: stopped while Prism starts, stop Prism too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    prism = Prism(free_port())
    try:
        prism.start()
        settings = Settings(
            prism_url=prism.url,
            revive_prism=prism.revive,
            on_shutdown=prism.stop,
            prism_pid=lambda: prism.process.pid if prism.process is not None else None,
        )
        layer = Layer(settings)
        config = uvicorn.Config(
            layer.app(),
            host=HOST,
            port=port,
            log_level="warning",
            lifespan="on",
            http=GuardedH11Protocol,
            h11_max_incomplete_event_size=MAX_HEAD_BYTES,
            # A request held by `X-Mock-Fault: delay=S` does not hold the stop for S seconds.
            timeout_graceful_shutdown=1,
        )
        print(f"mock ready: http://{HOST}:{port} (Prism inside on {prism.url})", flush=True)
        uvicorn.Server(config).run()
    finally:
        prism.stop()
        # Started by `start`: leave no PID file behind, however this process ends.
        if PID_FILE.exists() and PID_FILE.read_text().strip() == str(os.getpid()):
            PID_FILE.unlink()
    return 0


# ---------------------------------------------------------------- from outside


def spawn(
    port: int, raw: bool, log: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """`serve.py run` as a child process in its own session, its output appended to `log`."""
    with open(log, "ab") as out:
        return subprocess.Popen(
            [sys.executable, __file__, "run", "--port", str(port)] + (["--raw"] if raw else []),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=env,
        )


class MockServer:
    """`serve.py run` as a child process in its own session."""

    def __init__(self, port: int | None = None, raw: bool = False) -> None:
        self.port = default_port() if port is None else port
        self.raw = raw
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, log: Path | None = None, job_seconds: float | None = None) -> None:
        env = dict(os.environ)
        if job_seconds is not None:
            env["CREATIFY_MOCK_JOB_SECONDS"] = str(job_seconds)
        self._process = spawn(self.port, self.raw, log or LOG_FILE, env)
        try:
            wait_until_ready(self.port, self.raw, self._process)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self._process is None:
            return
        process, self._process = self._process, None
        # A second Ctrl-C must not leave the mock behind half stopped.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            stop_group(process, timeout=15)
        finally:
            signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def running(
    port: int | None = None, raw: bool = False, job_seconds: float | None = None
) -> Iterator[str]:
    """Start the mock unless ours already listens on `port`; yield its base URL.

    Raises MockPortTaken when something else listens there.
    """
    port = default_port() if port is None else port
    if check_port(port, raw):
        yield f"http://{HOST}:{port}"
        return
    server = MockServer(port, raw)
    server.start(job_seconds=job_seconds)
    try:
        yield server.base_url
    finally:
        server.stop()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _start(port: int, raw: bool) -> int:
    if PID_FILE.exists():
        pid = int(PID_FILE.read_text().strip() or 0)
        if pid and _pid_alive(pid):
            print(f"a mock is already running (PID {pid}); make mock-stop")
            return 1
        PID_FILE.unlink()  # left by a mock that died
    try:
        if check_port(port, raw):
            print(f"the mock already answers on http://{HOST}:{port} (not started by make mock)")
            return 0
    except MockPortTaken as exc:
        print(exc, file=sys.stderr)
        return 1
    proc = spawn(port, raw, LOG_FILE)
    PID_FILE.write_text(f"{proc.pid}\n")
    try:
        wait_until_ready(port, raw, proc)
    except (TimeoutError, RuntimeError) as exc:
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
    parser.add_argument("--port", type=int, default=default_port())
    parser.add_argument("--raw", action="store_true", help="plain stateless Prism, no layer")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    if args.command == "start":
        return _start(args.port, args.raw)
    if args.command == "stop":
        return _stop()
    return run(args.port, args.raw)


if __name__ == "__main__":
    sys.exit(main())
