"""What the service says is printed as it is (findings B2, B14): no rich markup (`[/promo]`
in a script crashed the command after the paid create), no emoji codes, and a terminal's
control characters escaped; a saved path and a webhook's event too. A reader that closes
stdout early ends the command quietly with 141 (B11); a text file's BOM is not sent (B12)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import uuid
from pathlib import Path

import httpx

from tests.cli.mock_jobs import made_lipsyncs
from tests.cli.test_cli import API_KEY, CREATIFY, PERSONA, run

SCRIPT = "Hi [/promo] :smile: [bold]now\x1b[2J\x07"
JOB_ID = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"
SHOWN = "Hi [/promo] :smile: [bold]now\\x1b[2J\\x07"  # control characters as escapes


def test_server_text_is_printed_as_it_is(mock_base_url: str) -> None:
    """The mock sends back the script and name given: the create and a later `get` print
    them literally, with no raw ESC a terminal would obey; --json keeps the text."""
    account = f"literal-{uuid.uuid4().hex[:8]}"
    create = ["lipsyncs", "create", "--avatar", PERSONA, "--text", SCRIPT]
    made = run(mock_base_url, *create, "--name", "[red]Spring ad", api_id=account)
    assert made.returncode == 0, made.stderr
    job_id = re.search(r"^id +(\S+)$", made.stdout, re.MULTILINE)[1]  # type: ignore[index]
    shown = run(mock_base_url, "lipsyncs", "get", job_id, api_id=account)
    for result in (made, shown):
        assert re.search(f"^text +{re.escape(SHOWN)}$", result.stdout, re.M), result.stdout
        assert re.search(r"^name +\[red\]Spring ad$", result.stdout, re.M)
        assert "\x1b" not in result.stdout + result.stderr
    as_json = run(mock_base_url, "--json", "lipsyncs", "get", job_id, api_id=account)
    assert json.loads(as_json.stdout)["text"] == SCRIPT


def test_a_saved_path_is_printed_as_it_is(mock_base_url: str, tmp_path: Path) -> None:
    out, job = tmp_path / "clip [bold]v2.mp4", made_lipsyncs(mock_base_url, "cli-id")[0]
    result = run(mock_base_url, "lipsyncs", "download", job, str(out))
    assert result.returncode == 0, result.stderr
    assert f"saved {out} (" in result.stdout


def test_a_closed_stdout_exits_141_quietly_in_both_modes(mock_base_url: str) -> None:
    """A real process whose stdout's reader is gone before it writes (`creatify voices |
    true`): no traceback, no 'Exception ignored', and not 1 (a failed job's code)."""
    env = {**os.environ, "CREATIFY_API_ID": "i", "CREATIFY_API_KEY": API_KEY}
    for mode in ([], ["--json"]):
        read, write = os.pipe()
        os.close(read)
        try:
            args = [CREATIFY, *mode, "voices", "--base-url", mock_base_url]
            result = subprocess.run(args, env=env, stdout=write, stderr=subprocess.PIPE)
        finally:
            os.close(write)
        assert (result.returncode, result.stderr) == (141, b""), (mode, result.stderr)


def test_a_text_files_bom_is_not_sent(mock_base_url: str, tmp_path: Path) -> None:
    path = tmp_path / "script.txt"
    path.write_bytes("\ufeffHello".encode())  # as Windows Notepad saves UTF-8
    args = ["lipsyncs", "create", "--avatar", PERSONA, "--text-file", str(path)]
    result = run(mock_base_url, "--json", *args)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == "Hello"


def test_webhook_events_are_printed_with_control_characters_escaped() -> None:
    """`webhooks listen` prints what a webhook says (a failed job's reason) for people:
    a real process, its stdout a pipe."""
    listen = [CREATIFY, "webhooks", "listen", "--port", "0"]
    process = subprocess.Popen(listen, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None and process.stdout is not None
        url = process.stderr.readline().split("webhook URL: ")[1].strip()
        event = {"id": JOB_ID, "status": "failed", "output": None, "failed_reason": SCRIPT}
        assert httpx.post(url, json=event).status_code == 200
        line = process.stdout.readline()
    finally:
        process.kill()
        process.communicate(timeout=30)
    assert line == f"{JOB_ID}  failed  {SHOWN}\n"
