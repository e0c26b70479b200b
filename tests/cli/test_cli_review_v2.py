"""Findings W1-W12 of the review of the CLI's changes (FINDINGS-V2): each test fails
without its fix."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import threading
from pathlib import Path

import pytest

from tests.cli.inprocess import invoke
from tests.cli.mock_jobs import STOCK_PERSONA
from tests.cli.prefer_proxy import header_proxy
from tests.cli.test_cli import CREATIFY, run


@pytest.mark.parametrize(
    ("command", "download"),
    [
        (["asset-generator", "create", "--model", "nano-banana", "--param", "prompt=x"], "out"),
        (["lipsyncs", "create", "--avatar", STOCK_PERSONA, "--text", "Hi"], "out/v.mp4"),
    ],
)
def test_a_download_through_a_dangling_link_is_refused_before_the_create(
    mock_base_url: str, tmp_path: Path, command: list[str], download: str
) -> None:
    """`out -> /mnt/usb/videos` with the drive unmounted: no folder the download can make,
    so refused before the paid create (it was sent, then the save failed: W11)."""
    (tmp_path / "out").symlink_to(tmp_path / "unmounted" / "videos")
    result = run(mock_base_url, *command, "--download", str(tmp_path / download))
    assert result.returncode == 2, result.stderr
    assert "links to" in result.stderr and "missing" in result.stderr
    assert "costs" not in result.stderr  # nothing was sent


def timed_out(mock_base_url: str, base_url: str, *more: str) -> str:
    """The error line of a create whose wait runs out of time, asking `base_url`."""
    args = ["lipsyncs", "create", "--avatar", STOCK_PERSONA, "--text", "Hi", "--wait", *more]
    with header_proxy(mock_base_url, {"X-Mock-Job-Seconds": "60"}) as url:
        given = base_url.format(url=url.removeprefix("http://"))
        result = run(url, *args, "--timeout", "0.5", "--base-url", given)
    assert result.returncode == 4, result.stderr
    return result.stderr.splitlines()[-1]


def test_a_follow_up_command_leaves_the_base_urls_password_out(mock_base_url: str) -> None:
    """The SDK's rule (`redact_url`): a URL's password is not shown; CI logs of stderr
    carried it (W6)."""
    line = timed_out(mock_base_url, "http://bob:s3cretpw@{url}")
    assert "s3cretpw" not in line, line
    assert "Resume with: creatify --base-url http://bob@127.0.0.1:" in line
    assert line.endswith("(--base-url's password left out)"), line


def test_a_follow_up_command_keeps_a_file_name_as_given(mock_base_url: str, tmp_path: Path) -> None:
    """`--download "Demo: creatify promo.mp4"`: the base URL went into the name (W7)."""
    out = tmp_path / "Demo: creatify promo.mp4"
    line = timed_out(mock_base_url, "http://{url}", "--download", str(out))
    assert line.endswith(f" --download '{out}'"), line
    assert line.count("--base-url") == 1 and "(--base-url" not in line


def test_only_stdouts_write_errors_are_called_the_outputs(
    mock_base_url: str, tmp_path: Path
) -> None:
    """A bad `SSL_CERT_FILE` (an OSError while making the client, stdout fine) was "error:
    cannot write the output: No such file or directory", exit 3 (W12)."""
    env = {**os.environ, "CREATIFY_API_ID": "i", "CREATIFY_API_KEY": "k"}
    env["SSL_CERT_FILE"] = str(tmp_path / "missing.pem")
    args = [CREATIFY, "--base-url", mock_base_url, "credits"]
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    assert "cannot write the output" not in result.stderr and result.returncode != 3
    assert "No such file or directory" in result.stderr


PTV = ["product-to-videos", "create", "--product-url", "https://e.com/p.jpg", "--wait"]


def test_a_product_to_video_waits_time_out_prints_the_task_and_how_to_go_on(
    mock_base_url: str,
) -> None:
    """`--json ... --wait` whose wait times out: the paid task's id on stdout and the
    commands to go on, as any create's wait (stdout was empty, no command: W1)."""
    with header_proxy(mock_base_url, {"X-Mock-Job-Seconds": "60"}) as url:
        result = run(url, "--json", *PTV, "--timeout", "1")
    assert result.returncode == 4, result.stderr
    task = json.loads(result.stdout)["id"]
    assert result.stderr.rstrip().endswith(f"creatify product-to-videos wait {task}")


@pytest.mark.parametrize(
    ("command", "noun"),
    [
        (PTV, "product-to-videos"),
        (
            ["lipsyncs-v2", "create", "--avatar", STOCK_PERSONA, "--text", "Hi", "--preview"],
            "preview",
        ),
    ],
)
def test_stdout_that_cannot_be_written_names_what_the_command_created(
    mock_base_url: str, command: list[str], noun: str
) -> None:
    """`> /dev/full` after the creates a command makes itself: the error named no job (W2)."""
    env = {**os.environ, "CREATIFY_API_ID": "i", "CREATIFY_API_KEY": "k"}
    with open("/dev/full", "wb") as full:
        args = [CREATIFY, "--base-url", mock_base_url, *command]
        result = subprocess.run(args, env=env, stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == 3, result.stderr
    line = result.stderr.splitlines()[-1]
    assert line.startswith(f"error: cannot write the output: No space left on device; {noun} ")
    assert line.endswith(" was created"), line


ASSETS = ["asset-generator", "create", "--model", "nano-banana", "--param", "prompt=x"]


def test_several_files_to_stdout_are_refused_before_the_create(
    mock_base_url: str, tmp_path: Path
) -> None:
    """`--download -` for a kind of several files made a folder named `-` (W5)."""
    env = {**os.environ, "CREATIFY_API_ID": "i", "CREATIFY_API_KEY": "k"}
    args = ["--base-url", mock_base_url, *ASSETS, "--download", "-"]
    result = invoke(args, env, cwd=tmp_path)
    assert result.returncode == 2 and "saves several files" in result.stderr
    assert "costs" not in result.stderr and not (tmp_path / "-").exists()


def test_a_download_folder_under_a_file_names_the_option_not_the_probe(
    mock_base_url: str, tmp_path: Path
) -> None:
    """It named "the output file" and `check_folder`'s `.creatify-check` (W5)."""
    (tmp_path / "afile").touch()
    result = run(mock_base_url, *ASSETS, "--download", str(tmp_path / "afile" / "sub"))
    assert result.returncode == 2, result.stderr
    rule = f"{tmp_path}/afile is a file, so it cannot hold {tmp_path}/afile/sub\n"
    assert result.stderr == f"error: --download: {rule}"


LIPSYNC = ["lipsyncs", "create", "--avatar", STOCK_PERSONA]


def test_a_text_file_named_dash_is_read_as_a_file(mock_base_url: str, tmp_path: Path) -> None:
    """`--text-file ./-` names the file `-`; it read stdin (W3)."""
    (tmp_path / "-").write_text("FROM THE FILE")
    env = {**os.environ, "CREATIFY_API_ID": "i", "CREATIFY_API_KEY": "k"}
    args = [CREATIFY, "--json", "--base-url", mock_base_url, *LIPSYNC, "--text-file", "./-"]
    result = subprocess.run(
        args, env=env, cwd=tmp_path, input="FROM STDIN", capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == "FROM THE FILE"


def test_a_text_file_from_a_closed_stdin_is_a_usage_error(mock_base_url: str) -> None:
    """`--text-file - <&-` (cron): a traceback and exit 1 (W4)."""
    env = {**os.environ, "CREATIFY_API_ID": "i", "CREATIFY_API_KEY": "k"}
    closed = ["sh", "-c", 'exec "$@" <&-', "sh", CREATIFY, "--base-url", mock_base_url]
    result = subprocess.run(
        [*closed, *LIPSYNC, "--text-file", "-"], env=env, capture_output=True, text=True
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr == "error: --text-file: cannot read stdin: it is closed\n"


@pytest.mark.parametrize(
    ("args", "named"),
    [
        ([*LIPSYNC, "--text-file", "{empty}"], "--text-file: must not be empty"),
        ([*ASSETS[:4], "--params-file", "{params}"], "--params-file (prompt): "),
        ([*ASSETS[:4], "--params-file", "{params}", "--param", "prompt="], "--param prompt: "),
    ],
)
def test_errors_name_the_option_that_gave_the_value(
    mock_base_url: str, tmp_path: Path, args: list[str], named: str
) -> None:
    """A value read from `--text-file` or `--params-file` was named `--text`, `--param` (W8)."""
    (tmp_path / "empty").write_text("")
    (tmp_path / "params.json").write_text('{"prompt": ""}')
    files = {"empty": tmp_path / "empty", "params": tmp_path / "params.json"}
    result = run(mock_base_url, *(a.format(**files) for a in args))
    assert result.returncode == 2 and result.stderr.startswith(f"error: {named}"), result.stderr


def test_a_broken_streams_text_still_reaches_a_json_script() -> None:
    """A stream cut after some text: `--json` printed nothing of what was paid for, while
    the plain output shows it (W10). A server that promises more bytes than it sends."""

    class Cut(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            events = b"".join(f"data: {json.dumps({'text': t})}\n\n".encode() for t in "ab")
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", str(len(events) + 100))
            self.end_headers()
            self.wfile.write(events)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Cut)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        args = ["--json", "text-generator", "stream", "--model", "gemini-2.5-flash"]
        result = run(url, *args, "--message", "Hi")
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 3, result.stderr
    assert json.loads(result.stdout) == {"text": "ab", "complete": False}
