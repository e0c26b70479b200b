"""What a new user tripped on (issue 16): Ctrl-C, silence, targets, tables, wording.

The CLI runs as a real process. A fault server on 127.0.0.1 (tests/faults/server.py)
stands for a service that never answers, resets, or answers a fixed body: Prism cannot
hang on purpose. Ctrl-C is a real SIGINT, sent once the server has seen the request (the
machine may be slow to start Python: no fixed sleeps).
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.inprocess import invoke
from tests.cli.mock_jobs import made_lipsyncs
from tests.faults.server import Fault, closed_port, serving

ROOT = Path(__file__).resolve().parents[2]
CREATIFY = str(Path(sys.executable).parent / "creatify")
PERSONA = "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60"
LIPSYNC = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"
API_KEY = "new-user-key-SHOULD-NOT-LEAK-16"
MP4 = (ROOT / "mock" / "fixtures" / "james.mp4").read_bytes()
VIDEO = (ROOT / "overlay" / "creatify" / "testing" / "media" / "lipsync-output.mp4").read_bytes()


def cli_env(base_url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "CREATIFY_API_ID": "new-user",
        "CREATIFY_API_KEY": API_KEY,
        "CREATIFY_BASE_URL": base_url,
        "CREATIFY_MAX_RETRIES": "0",
        **extra,
    }


def run(
    base_url: str, *args: str, cwd: Path | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    result = invoke(args, cli_env(base_url, **env), cwd)  # see tests/cli/inprocess.py
    assert API_KEY not in result.stdout + result.stderr
    return result


class Running:
    """A CLI process whose stderr is read as it comes."""

    def __init__(self, base_url: str, *args: str) -> None:
        self.proc = subprocess.Popen(
            [CREATIFY, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(base_url),
        )
        self.err = ""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.err += line

    def interrupt_when(self, ready: Callable[[], bool], timeout: float = 90) -> int:
        deadline = time.monotonic() + timeout
        while not ready():
            assert self.proc.poll() is None, f"exited early: {self.err}"
            assert time.monotonic() < deadline, f"never ready: {self.err}"
            time.sleep(0.1)
        self.proc.send_signal(signal.SIGINT)
        code = self.proc.wait(timeout=60)
        self._reader.join(timeout=10)
        assert API_KEY not in self.err
        return code


def sparse_video(path: Path, size: int) -> Path:
    with path.open("wb") as out:
        out.write(MP4[:64])
        out.truncate(size)
    return path


# ---------------------------------------------------------------- items 1 and 4


def test_a_silent_server_is_named_and_ctrl_c_exits_130() -> None:
    """`credits` against a server that never answers: within seconds a line says what it
    waits for; Ctrl-C then exits 130 (not click's `Aborted!` and 1)."""
    with serving(Fault(hang=True)) as server:
        running = Running(server.url, "credits")
        code = running.interrupt_when(lambda: "waiting for" in running.err)
    assert code == 130
    assert "GET /api/remaining_credits/" in running.err
    assert "Aborted!" not in running.err
    assert "interrupted" in running.err
    assert "Traceback" not in running.err


# A real SIGINT sent by the process to itself just as `creatify` imports the command's
# module (about 0.3 s of its start): no timing guess.
INTERRUPTED_IMPORT = """
import importlib, os, signal, sys
from creatify.cli import main

def import_module(name, package=None):
    os.kill(os.getpid(), signal.SIGINT)
    return importlib.import_module(name, package)

main.importlib = type(sys)("importlib")
main.importlib.import_module = import_module
main.cli(sys.argv[1:], prog_name="creatify")
"""


# The same, and Ctrl-C again as its note is being said, then once more at exit (X1-10).
INTERRUPTED_AGAIN = INTERRUPTED_IMPORT.replace(
    "main.cli(",
    """import atexit, click
say = click.echo

def echo(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGINT)
    say(*args, **kwargs)

click.echo = echo
atexit.register(os.kill, os.getpid(), signal.SIGINT)
main.cli(""",
)


@pytest.mark.parametrize("script", [INTERRUPTED_IMPORT, INTERRUPTED_AGAIN])
def test_ctrl_c_while_the_command_loads_exits_130(script: str) -> None:
    """Ctrl-C before the command's own handler is in place (its module loads lazily):
    130 and the usual note, not click's "Aborted!" and 1 (a failed job's code); so too
    with Ctrl-C pressed again while the note is said and after."""
    args = ["lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi"]
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=cli_env(f"http://127.0.0.1:{closed_port()}"),
        check=False,
        timeout=60,
    )
    assert result.returncode == 130, result.stderr
    assert result.stderr == "interrupted\n"


def test_ctrl_c_during_a_create_says_the_video_may_exist() -> None:
    """Ctrl-C after the POST reached the server: 130, and how to find out if it exists."""
    with serving(Fault(hang=True)) as server:
        running = Running(server.url, "lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi")
        code = running.interrupt_when(lambda: server.count("POST") == 1)
    assert code == 130
    assert "may exist" in running.err
    assert "creatify lipsyncs list" in running.err


def test_ctrl_c_after_an_upload_says_the_avatar_may_exist(tmp_path: Path) -> None:
    """A 9 MB upload fully sent, then Ctrl-C while the answer is awaited: 130, and the
    command that lists your avatars."""
    video = sparse_video(tmp_path / "nine.mp4", 9 * 1000 * 1000)
    with serving(Fault(hang=True)) as server:
        running = Running(
            server.url, "avatars", "create", "--video", str(video), "--name", "N", "--gender", "f"
        )
        code = running.interrupt_when(lambda: server.count("POST") == 1)
        assert server.received[0].complete  # the whole file had arrived
    assert code == 130
    assert "may exist" in running.err
    assert "creatify avatars list --mine" in running.err


def test_an_ambiguous_create_failure_says_how_to_check() -> None:
    """The connection drops after the body was sent: exit 3, the video may exist, and the
    command that lists videos."""
    with serving(Fault(reset_before_response=True)) as server:
        result = run(server.url, "lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi")
        assert server.count("POST") == 1
    assert result.returncode == 3
    assert "the job may exist" in result.stderr
    assert "Check with: creatify lipsyncs list" in result.stderr


@pytest.mark.parametrize(
    ("answer", "maybe"),
    [
        (Fault(status=502, body=b'{"detail": "bad gateway"}'), True),
        (Fault(status=400, body=b'{"text": ["too long"]}'), False),
    ],
)
def test_a_create_answered_by_a_5xx_says_how_to_check(answer: Fault, maybe: bool) -> None:
    """A 5xx to the create (a proxy in front of the service, say): the service may have
    made the job before it failed, so say how to check (a 4xx made none)."""
    with serving(answer) as server:
        result = run(server.url, "lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi")
        assert server.count("POST") == 1
    assert result.returncode == 3
    assert ("the job may exist" in result.stderr) is maybe
    assert ("Check with: creatify lipsyncs list" in result.stderr) is maybe


@pytest.mark.parametrize(("status", "maybe"), [(500, True), (401, False)])
def test_a_gzip_error_echoing_the_key_is_said_redacted_with_its_exit_code(
    status: int, maybe: bool
) -> None:
    """A gzip-encoded error body (what nginx or Cloudflare send, as httpx accepts gzip) that
    echoes the key: one line with the key redacted, exit 3, and for a 5xx to the create how
    to check. The redacted copy of the answer kept the gzip header over the decoded body,
    so httpx raised a bare DecodingError: a traceback, exit 1, no hint."""
    body = gzip.compress(json.dumps({"detail": f"Invalid API key {API_KEY}"}).encode())
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with serving(Fault(status=status, body=body, headers=headers)) as server:
        result = run(server.url, "lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi")
        assert server.count("POST") == 1
    assert result.returncode == 3
    assert "Invalid API key [redacted]" in result.stderr
    assert ("the job may exist" in result.stderr) is maybe
    assert ("Check with: creatify lipsyncs list" in result.stderr) is maybe


# ---------------------------------------------------------------- item 9 (and 1)


def test_ctrl_c_stops_waiting_and_the_resume_hint_keeps_download(tmp_path: Path) -> None:
    """Ctrl-C during `wait --download OUT` exits 130; the resume command has --download."""
    out = tmp_path / "my video.mp4"
    running_job = json.dumps({"id": LIPSYNC, "status": "running", "progress": 0.5}).encode()
    with serving(Fault(body=running_job)) as server:
        running = Running(
            server.url,
            "lipsyncs",
            "wait",
            LIPSYNC,
            "--download",
            str(out),
            "--poll-interval",
            "0.2",
        )
        code = running.interrupt_when(lambda: server.count("GET") >= 2)
    assert code == 130
    assert f"Resume with: creatify lipsyncs wait {LIPSYNC} --download '{out}'" in running.err


def test_ctrl_c_in_a_folder_download_says_the_files_saved_stay(tmp_path: Path) -> None:
    """Several files: the first is in when Ctrl-C comes, so not "nothing was saved" (L8)."""
    folder, image = tmp_path / "ads", (ROOT / "overlay/creatify/testing/media/thumbnail.jpg")
    with serving(Fault(hang=True)) as server:
        urls = {size: f"{server.url}/{size}.jpg" for size in ("300x250", "728x90")}
        job = {"id": LIPSYNC, "status": "done", "images": urls}
        jpeg = {"Content-Type": "image/jpeg"}
        server.script[:0] = [  # the job names the server's URLs: known once it listens
            Fault(body=json.dumps(job).encode()),
            Fault(body=image.read_bytes(), headers=jpeg),
        ]
        running = Running(server.url, "iab-images", "download", LIPSYNC, str(folder))
        code = running.interrupt_when(lambda: server.count("GET") >= 3)
    assert code == 130
    assert len(list(folder.iterdir())) == 1
    assert f"interrupted; files saved so far stay in {folder}. Download again" in running.err


@pytest.mark.parametrize(
    ("args", "named", "not_named"),
    [
        (
            ["avatars", "create", "--video", "/no/such.mp4", "--name", "J", "--gender", "m"],
            "--video",
            "lipsync_input",
        ),
        (["lipsyncs", "create", "--avatar", "nope", "--text", "Hi"], "--avatar", "creator:"),
        (["credits", "--base-url", "http://example.com"], "--base-url", "allow_insecure_http"),
        (["inspiration-jobs", "create", "--template", "nope"], "--template:", "ID:"),
        (
            ["lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi", "--webhook", "x"],
            "--webhook:",
            "x/",
        ),
        (
            [
                "lipsyncs",
                "create",
                "--avatar",
                PERSONA,
                "--text",
                "Hi",
                "--listen",
                "--listen-port",
                "{taken}",
            ],
            "--listen-port:",
            "error: port",
        ),
        (
            ["asset-generator", "create", "--model", "nano-banana", "--param", "prompt=NaN"],
            "--param prompt:",
            "input_params",
        ),
    ],
    ids=["video", "avatar", "base-url", "template", "webhook", "listen-port", "param"],
)
def test_errors_name_the_options_the_user_typed(
    args: list[str], named: str, not_named: str
) -> None:
    """Bad input is reported with the CLI option, not the SDK argument (L9: nor the
    receiver's secret path, joined to --webhook's URL)."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = run(
            f"http://127.0.0.1:{closed_port()}", *[a.replace("{taken}", port) for a in args]
        )
    assert result.returncode == 2, result.stderr
    assert named in result.stderr
    assert not_named not in result.stderr and "costs" not in result.stderr  # nothing sent


def test_missing_credentials_name_the_variables_only() -> None:
    """No SDK argument (`api_id=`) in the CLI's message."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CREATIFY_")}
    result = subprocess.run(
        [CREATIFY, "credits"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 2
    assert "CREATIFY_API_ID" in result.stderr and "CREATIFY_API_KEY" in result.stderr
    assert "api_id=" not in result.stderr and "api_key=" not in result.stderr


# ---------------------------------------------------------------- items 2 and 7


@pytest.mark.parametrize("target", ["/proc/nope.mp4", "{tmp}/hello.mp4/out.mp4"])
def test_an_unwritable_download_target_fails_before_any_request(
    tmp_path: Path, target: str
) -> None:
    """`lipsyncs download ID OUT` and `create --download OUT`: exit 2, one line, no request
    (the paid create is not sent)."""
    (tmp_path / "hello.mp4").write_bytes(b"a file")
    out = target.format(tmp=tmp_path)
    with serving(Fault(status=500)) as server:
        download = run(server.url, "lipsyncs", "download", LIPSYNC, out)
        create = run(
            server.url, "lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi", "--download", out
        )
        assert server.count() == 0
    for result in (download, create):
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1


def test_download_expands_tilde_and_says_it_made_a_folder(tmp_path: Path) -> None:
    """`--download=~/videos/x.mp4` lands in $HOME/videos (said on stderr), not ./~/."""
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    with serving(Fault(body=VIDEO, headers={"Content-Type": "video/mp4"})) as media:
        done = {"id": LIPSYNC, "status": "done", "output": f"{media.url}/v.mp4"}
        with serving(Fault(body=json.dumps(done).encode())) as api:
            result = run(
                api.url,
                "lipsyncs",
                "wait",
                LIPSYNC,
                "--download=~/videos/x.mp4",
                cwd=work,
                HOME=str(home),
            )
    assert result.returncode == 0, result.stderr
    assert (home / "videos" / "x.mp4").read_bytes() == VIDEO
    assert not (work / "~").exists()
    assert f"created folder {home / 'videos'}" in result.stderr


# ---------------------------------------------------------------- item 6


def test_piped_tables_keep_full_values() -> None:
    """`lipsyncs list > file`: every URL in full, however long."""
    url = "https://cdn.example.com/renders/" + "a" * 150 + "/output.mp4"
    tasks = [
        {"id": LIPSYNC, "status": "done", "progress": 1, "aspect_ratio": "9x16", "output": url}
    ]
    with serving(Fault(body=json.dumps(tasks).encode())) as server:
        result = run(server.url, "lipsyncs", "list")
    assert result.returncode == 0, result.stderr
    assert url in result.stdout
    assert "…" not in result.stdout
    assert all(line == line.rstrip() for line in result.stdout.splitlines())


def test_piped_tables_from_the_mock_keep_full_values(mock_base_url: str) -> None:
    """The README's own example: the mock's output URL is not cut at 80 columns."""
    made_lipsyncs(mock_base_url, "new-user")
    result = run(mock_base_url, "lipsyncs", "list")
    assert result.returncode == 0, result.stderr
    assert "/media/lipsync-output.mp4" in result.stdout


# ---------------------------------------------------------------- item 8


def test_creatify_prefer_chooses_the_mocks_answer(mock_base_url: str) -> None:
    """CREATIFY_PREFER=example=failed makes the mock's lipsync fail: exit 1."""
    result = run(mock_base_url, "lipsyncs", "wait", LIPSYNC, CREATIFY_PREFER="example=failed")
    assert result.returncode == 1, result.stderr
    assert "failed" in result.stderr


# ---------------------------------------------------------------- a server that echoes the key


@pytest.mark.parametrize(
    "args",
    [
        ["credits"],
        ["lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi"],
        ["batch", "run", "jobs.csv", "--out", "out"],
    ],
    ids=["credits", "create", "batch"],
)
def test_a_key_the_server_echoes_is_not_printed(args: list[str], tmp_path: Path) -> None:
    """A real server on 127.0.0.1 answers 401 quoting the key it was sent: the CLI says
    what the server said, with `[redacted]` for the key (`run` checks both streams)."""
    (tmp_path / "jobs.csv").write_text(f"key,creator,text\na,{PERSONA},Hi\n")
    echo = json.dumps({"detail": f"Invalid API key {API_KEY}"}).encode()
    with serving(Fault(status=401, body=echo)) as server:
        result = run(server.url, *args, cwd=tmp_path)
        assert server.received[0].headers["x-api-key"] == API_KEY  # sent, then echoed
    assert result.returncode == 3, result.stderr
    assert "-> 401 X: Invalid API key [redacted]" in result.stderr
