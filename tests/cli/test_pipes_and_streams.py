"""stdout as a download's target, a closed stdout, streamed text and Ctrl-C in the middle
of a two-step create (findings C3, C6, C8, C14), and the waits' seconds checked by the
SDK's own rule. Real processes where a pipe, a FIFO or a signal is the point."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from creatify.cli import session

from tests.cli.inprocess import invoke
from tests.cli.mock_jobs import STOCK_PERSONA, made_lipsyncs
from tests.cli.prefer_proxy import header_proxy
from tests.cli.test_cli import CREATIFY

MP4_BYTES = 9694  # the mock's lipsync output


def env(base_url: str, api_id: str = "cli-pipes") -> dict[str, str]:
    return {
        **os.environ,
        "CREATIFY_API_ID": api_id,
        "CREATIFY_API_KEY": "k",
        "CREATIFY_BASE_URL": base_url,
    }


@pytest.mark.parametrize("mode", [[], ["--json"]])
def test_a_download_to_stdout_leaves_stdout_to_the_file(
    mock_base_url: str, mode: list[str]
) -> None:
    """`download ID /dev/stdout | ...`: stdout holds the video only; what was saved (the
    line, or --json's {path, bytes}) goes to stderr, with the bytes downloaded (a pipe's
    stat says 0)."""
    job = made_lipsyncs(mock_base_url, "cli-pipes")[0]
    args = [CREATIFY, *mode, "lipsyncs", "download", job, "/dev/stdout"]
    result = subprocess.run(args, env=env(mock_base_url), capture_output=True)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout) == MP4_BYTES and result.stdout[4:8] == b"ftyp"
    said = result.stderr.decode()
    assert f"{MP4_BYTES}" in said.replace(",", ""), said


@pytest.mark.parametrize("redirect", [">", ">>"])
def test_a_download_to_stdout_redirected_to_a_file_writes_into_it(
    mock_base_url: str, tmp_path: Path, redirect: str
) -> None:
    """`download ID /dev/stdout >> app.log` appends the video to app.log (it replaced the
    file, its lines lost); with `>` the file is the video."""
    log = tmp_path / "app.log"
    log.write_bytes(b"a line already there\n")
    job = made_lipsyncs(mock_base_url, "cli-pipes")[0]
    args = [CREATIFY, "lipsyncs", "download", job, "/dev/stdout"]
    with log.open("ab" if redirect == ">>" else "wb") as stdout:  # as the shell opens it
        result = subprocess.run(args, env=env(mock_base_url), stdout=stdout, stderr=subprocess.PIPE)
    assert result.returncode == 0, result.stderr
    kept = b"a line already there\n" if redirect == ">>" else b""
    got = log.read_bytes()
    assert got.startswith(kept) and len(got) == len(kept) + MP4_BYTES
    assert got[len(kept) + 4 : len(kept) + 8] == b"ftyp"


def test_dash_is_stdout_for_a_download_and_stdin_for_a_text_file(mock_base_url: str) -> None:
    """`download ID -` writes the video to stdout (it saved a file named `-`); `--text-file -`
    reads stdin (it said "File '-' does not exist")."""
    job = made_lipsyncs(mock_base_url, "cli-pipes")[0]
    args = [CREATIFY, "lipsyncs", "download", job, "-"]
    result = subprocess.run(args, env=env(mock_base_url), capture_output=True)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout) == MP4_BYTES and result.stdout[4:8] == b"ftyp"
    create = [CREATIFY, "--json", "lipsyncs", "create", "--avatar", STOCK_PERSONA]
    script = "Read from stdin, café.\n"
    result = subprocess.run(
        [*create, "--text-file", "-"],
        env=env(mock_base_url),
        input=script.encode(),
        capture_output=True,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == script


def test_a_fifo_target_reports_the_bytes_downloaded(mock_base_url: str, tmp_path: Path) -> None:
    fifo = tmp_path / "video.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    job = made_lipsyncs(mock_base_url, "cli-pipes")[0]
    result = invoke(["lipsyncs", "download", job, str(fifo)], env(mock_base_url))
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert len(got[0]) == MP4_BYTES
    assert f"saved {fifo} ({MP4_BYTES:,} bytes)" in result.stdout


def closed_pipe_run(args: list[str], base_url: str) -> subprocess.CompletedProcess[bytes]:
    """`creatify ARGS | true`: stdout's reader gone before the command writes."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [CREATIFY, *args], env=env(base_url), stdout=write, stderr=subprocess.PIPE, timeout=60
        )
    finally:
        os.close(write)


def test_help_and_a_download_into_a_closed_stdout_exit_141(mock_base_url: str) -> None:
    job = made_lipsyncs(mock_base_url, "cli-pipes")[0]
    download = ["lipsyncs", "download", job, "/dev/stdout"]
    for args in (["--help"], ["lipsyncs", "--help"], download):
        result = closed_pipe_run(args, mock_base_url)
        assert (result.returncode, result.stderr) == (141, b""), (args, result.stderr)


def test_webhooks_listen_ends_with_141_once_its_reader_is_gone() -> None:
    """`creatify webhooks listen | head -c1`: the next event finds stdout closed; the
    command ends (it waited forever, each event then answered 500)."""
    read, write = os.pipe()
    listen = [CREATIFY, "webhooks", "listen", "--port", "0"]
    process = subprocess.Popen(listen, stdout=write, stderr=subprocess.PIPE, text=True)
    os.close(write)
    try:
        assert process.stderr is not None
        url = process.stderr.readline().split("webhook URL: ")[1].strip()
        event = {"id": "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394", "status": "done", "output": None}
        assert httpx.post(url, json=event).status_code == 200
        assert os.read(read, 1)
        os.close(read)  # as `head -c1` exits
        for _ in range(50):  # the next event finds stdout closed; the receiver then stops
            with contextlib.suppress(httpx.HTTPError):
                httpx.post(url, json={**event, "status": "failed"}, timeout=5)
            if process.poll() is not None:
                break
            time.sleep(0.1)
        assert process.wait(timeout=20) == 141
        assert process.stderr.read() == "", "quietly, as other commands"
    finally:
        process.kill()
        process.communicate(timeout=30)


@contextlib.contextmanager
def streaming(texts: list[str]) -> Iterator[str]:
    """A text generator streaming `texts` (the mock's text has no tab, CR or ESC)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            events = b"".join(f"data: {json.dumps({'text': t})}\n\n".encode() for t in texts)
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            self.wfile.write(events + b"event: done\ndata: {}\n\n")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_streamed_text_keeps_tabs_newlines_and_cr_and_escapes_esc() -> None:
    texts = ["name\tprice\n", "50%\r60%\n", "\x1b[2Jdone"]
    with streaming(texts) as url:
        args = ["text-generator", "stream", "--model", "gemini-2.5-flash", "--message", "Hi"]
        result = invoke(args, env(url))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "name\tprice\n50%\r60%\n\\x1b[2Jdone\n"  # (CliRunner reads CR LF as LF)


def test_streamed_text_with_json_is_one_document_at_the_end() -> None:
    """`| jq .` reads what --json promises, after a paid call (L5)."""
    with streaming(["Hello", ", world"]) as url:
        args = [
            "--json",
            "text-generator",
            "stream",
            "--model",
            "gemini-2.5-flash",
            "--message",
            "Hi",
        ]
        result = invoke(args, env(url))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"text": "Hello, world"}


def test_ctrl_c_while_waiting_for_the_image_names_the_task_and_how_to_go_on(
    mock_base_url: str, tmp_path: Path
) -> None:
    """The image's create was answered (the wait has polled): the note names the task,
    not "may exist", and keeps --download and --base-url in the commands that go on (L2)."""
    polled = threading.Event()

    def seen(method: str, body: bytes) -> bytes:
        if method == "GET":
            polled.set()
        return body

    out = tmp_path / "a creatify video.mp4"
    args = ["product-to-videos", "create", "--product-url", "https://e.com/p.jpg"]
    args += ["--download", str(out)]
    with header_proxy(mock_base_url, {"X-Mock-Job-Seconds": "60"}, seen) as url:
        process = subprocess.Popen(
            [CREATIFY, "--base-url", url, *args],
            env=env("http://127.0.0.1:9"),  # the option wins over the variable
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert polled.wait(timeout=30)
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    note = stderr.splitlines()[-1]
    assert note.startswith("stopped waiting; task ") and "may exist" not in note, stderr
    task = note.split()[3]
    save_to = f"--download '{out}'"
    again = f"creatify --base-url {url} product-to-videos"
    assert f"{again} gen-video {task} --wait {save_to};" in note, note
    assert note.endswith(f"{again} wait {task} {save_to}"), note


def test_ctrl_c_while_the_video_is_asked_for_says_it_may_have_been(mock_base_url: str) -> None:
    """Ctrl-C while `gen_video` (the second paid request) has reached the service and waits
    for its answer: the note says the video may have been asked for and how to check, not
    to ask again (X1-1)."""
    posts, held, release = [], threading.Event(), threading.Event()

    def hold_gen_video(method: str, body: bytes) -> bytes:
        if method == "POST":
            posts.append(body)
            if len(posts) == 2:  # gen_video, carried out by the mock: its answer held
                held.set()
                release.wait(30)
        return body

    args = ["product-to-videos", "create", "--product-url", "https://e.com/p.jpg", "--wait"]
    with header_proxy(mock_base_url, {"X-Mock-Job-Seconds": "1"}, hold_gen_video) as url:
        process = subprocess.Popen(
            [CREATIFY, *args, "--poll-interval", "0.5"],
            env=env(url),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert held.wait(timeout=30)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
        release.set()
    assert process.returncode == 130, stderr
    note = stderr.splitlines()[-1]
    assert note.startswith("interrupted. The video of task "), stderr
    assert "may have been asked for" in note and "gen-video" not in note, note
    task = note.split()[5]
    assert f"Check with: creatify product-to-videos get {task} " in note, note
    assert note.endswith(f"then: creatify product-to-videos wait {task}"), note


def test_a_videos_wait_out_of_time_says_its_video_was_asked_for(mock_base_url: str) -> None:
    """create --wait whose video's wait runs out of time: resume with `wait`, not the
    image step's `gen-video` (X1-1)."""
    headers = {"X-Mock-Job-Seconds": "1"}

    def slow_video(method: str, body: bytes) -> bytes:
        if method == "POST":  # the image's create answered: the video takes a minute
            headers["X-Mock-Job-Seconds"] = "60"
        return body

    args = ["product-to-videos", "create", "--product-url", "https://e.com/p.jpg"]
    with header_proxy(mock_base_url, headers, slow_video) as url:
        result = invoke([*args, "--timeout", "4", "--poll-interval", "0.5"], env(url))
    assert result.returncode == 4, result.stderr
    line = result.stderr.splitlines()[-1]
    assert "gen-video" not in line and "Its video was asked for. Resume with:" in line, line


def test_the_waits_seconds_are_the_sdks_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """What `are_seconds` refuses is refused before sending (an upper bound it gains too)."""
    monkeypatch.setattr(session._timeouts, "are_seconds", lambda seconds: seconds < 100)
    args = ["lipsyncs", "wait", "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394", "--timeout"]
    result = invoke([*args, "500"], env("http://127.0.0.1:9"))
    assert (
        result.returncode == 2 and "500: must be a number of seconds more than 0" in result.stderr
    )
    for value in ("nan", "inf"):
        assert invoke([*args, value], env("http://127.0.0.1:9")).returncode == 2


@pytest.mark.parametrize("stderr", ["/dev/full", "closed pipe"])
def test_a_paid_creates_answer_reaches_stdout_when_stderr_fails(
    mock_base_url: str, stderr: str
) -> None:
    """stderr full or its reader gone: the cost line is lost, not the job (it was created,
    and stdout works); exit 0, not 141 (that is stdout's reader gone) or 1 (a failed job)."""
    read, write = os.pipe()
    os.close(read)
    target = open(stderr, "wb") if stderr == "/dev/full" else os.fdopen(write, "wb")  # noqa: SIM115
    args = [CREATIFY, "--json", "lipsyncs", "create", "--avatar", STOCK_PERSONA, "--text", "Hi"]
    with target:
        result = subprocess.run(args, env=env(mock_base_url), stdout=subprocess.PIPE, stderr=target)
    if stderr == "/dev/full":
        os.close(write)
    assert result.returncode == 0
    assert json.loads(result.stdout)["status"]


def test_a_download_with_stdout_closed(mock_base_url: str, tmp_path: Path) -> None:
    """`>&-` (sys.stdout is None): a download to a file works, where checking whether the
    file was stdout raised AttributeError."""
    job = made_lipsyncs(mock_base_url, "cli-pipes")[0]
    out = tmp_path / "v.mp4"
    out.write_bytes(b"old")
    args = [CREATIFY, "-q", "lipsyncs", "download", job, str(out)]
    closed = subprocess.run(
        args,
        env=env(mock_base_url),
        stderr=subprocess.PIPE,
        pass_fds=(),
        close_fds=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        preexec_fn=lambda: os.close(1),
    )
    assert closed.returncode == 0, closed.stderr
    assert out.read_bytes()[4:8] == b"ftyp"


def test_mcp_over_stdio_with_its_reader_gone_exits_141(tmp_path: Path) -> None:
    """`creatify mcp` whose client stopped reading: 141 and a quiet stderr, where the broken
    pipe, inside the server's task groups, printed an ExceptionGroup traceback (exit 1)."""
    hello = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t"}}
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": hello}
    read, write = os.pipe()
    os.close(read)
    mcp = [CREATIFY, "mcp", "--output-dir", str(tmp_path)]
    with subprocess.Popen(
        mcp, env=env("http://127.0.0.1:9"), stdin=subprocess.PIPE, stdout=write,
        stderr=subprocess.PIPE,
    ) as process:  # fmt: skip
        os.close(write)
        assert process.stdin is not None and process.stderr is not None
        process.stdin.write(json.dumps(init).encode() + b"\n")
        process.stdin.flush()
        time.sleep(1)  # its answer is written (and fails) before its input ends
        process.stdin.close()
        assert process.wait(timeout=60) == 141
        assert process.stderr.read() == b""


@pytest.mark.parametrize("mode", [["--json"], []])
def test_stdout_that_cannot_be_written_after_a_paid_create_names_the_job(
    mock_base_url: str, mode: list[str]
) -> None:
    """`> /dev/full`: the job was made, so no traceback and not 1 (a failed job: a script
    would pay again); the job's id is on stderr (L6)."""
    args = [CREATIFY, *mode, "lipsyncs", "create", "--avatar", STOCK_PERSONA, "--text", "Hi"]
    with open("/dev/full", "wb") as full:
        result = subprocess.run(args, env=env(mock_base_url), stdout=full, stderr=subprocess.PIPE)
    stderr = result.stderr.decode()
    assert result.returncode == 3 and "Traceback" not in stderr, stderr
    error = stderr.splitlines()[-1]
    assert error.startswith("error: cannot write the output: No space left on device; video ")
    assert error.endswith(" was created"), error


def test_a_stdout_without_the_scripts_characters_gets_escapes(mock_base_url: str) -> None:
    """Windows writes a pipe in its code page: a character it lacks was a traceback and
    exit 1 after the paid create, the job's id printed nowhere (W2-1). Now --json escapes
    it as JSON does, and text as Python does."""
    cp1252 = {**env(mock_base_url), "PYTHONIOENCODING": "cp1252"}
    script = "Fire \U0001f525 sale"
    args = [CREATIFY, "--json", "lipsyncs", "create", "--avatar", STOCK_PERSONA, "--text", script]
    created = subprocess.run([*args, "--wait"], env=cp1252, capture_output=True, timeout=120)
    assert created.returncode == 0, created.stderr
    job = json.loads(created.stdout.decode("ascii"))
    assert job["status"] == "done"
    shown = subprocess.run(
        [CREATIFY, "lipsyncs", "get", job["id"]], env=cp1252, capture_output=True, timeout=60
    )
    assert shown.returncode == 0, shown.stderr
    assert b"Fire \\U0001f525 sale" in shown.stdout


def test_ctrl_c_during_gen_video_says_to_check_the_task(mock_base_url: str) -> None:
    """gen-video asks for a task's video and makes no job: a Ctrl-C while it waits for its
    answer said the product-to-videos "may exist" and to look in `list` (V10-7)."""
    posts, held, release = [], threading.Event(), threading.Event()

    def hold(method: str, body: bytes) -> bytes:
        if method == "POST":
            posts.append(body)
            if len(posts) == 2:  # gen_video, carried out by the mock: its answer held
                held.set()
                release.wait(30)
        return body

    area = "product-to-videos"
    with header_proxy(mock_base_url, {"X-Mock-Job-Seconds": "1"}, hold) as url:
        made = [CREATIFY, "--json", area, "create", "--product-url", "https://e.com/p.jpg"]
        task = json.loads(subprocess.run(made, env=env(url), capture_output=True).stdout)["id"]
        image = [CREATIFY, area, "wait", task, "--stage", "image", "--poll-interval", "0.2"]
        assert subprocess.run(image, env=env(url), capture_output=True).returncode == 0
        process = subprocess.Popen(
            [CREATIFY, area, "gen-video", task],
            env=env(url),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert held.wait(timeout=30)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
        release.set()
    assert process.returncode == 130, stderr
    note = stderr.splitlines()[-1]
    assert note.startswith("interrupted: the request may have reached the service."), note
    assert f"Check with: creatify {area} get {task} (before sending it again)" in note, note
