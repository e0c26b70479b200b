"""`creatify ... wait` when the checks get no answer: nothing answered at all (a wrong
`--base-url`, no network) exits 3 at once with `get`'s one line, where the command sat
silent until the kind's time-out (30 min; avatars 6 days); the API answered, then the
checks failed: a `warning:` line on stderr says since when and why, and the time-out's
error names the last failure."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.inprocess import invoke
from tests.faults.server import Fault, closed_port, serving

CREATIFY = str(Path(sys.executable).parent / "creatify")
API_KEY = "cli-wait-key-SHOULD-NOT-LEAK"
JOB_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
PERSONA = "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60"


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CREATIFY_")}
    return {**env, "CREATIFY_API_ID": "cli-id", "CREATIFY_API_KEY": API_KEY, **extra}


@pytest.mark.parametrize(("group", "path"), [("lipsyncs", "lipsyncs"), ("avatars", "personas")])
def test_wait_against_a_closed_port_exits_3_at_once(group: str, path: str) -> None:
    """A real process, the client's default retries: one `error:` line, exit 3, within a
    few seconds (`get` takes about 1.5 s here)."""
    args = [CREATIFY, group, "wait", JOB_ID, "--base-url", f"http://127.0.0.1:{closed_port()}"]
    started = time.monotonic()
    try:
        result = subprocess.run(
            args, capture_output=True, text=True, env=environment(), timeout=30, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the wait did not end within 30 s (it waits out its time-out)")
    took = time.monotonic() - started
    assert result.returncode == 3, result.stderr
    assert result.stderr.splitlines() == [
        f"error: GET /api/{path}/{{id}}/: ConnectError: [Errno 111] Connection refused"
    ], result.stderr
    assert result.stdout == ""
    assert took < 10, took


def test_checks_that_fail_after_an_answer_are_said_on_stderr() -> None:
    """The first check answers `running`, every later one is reset: a `warning:` line
    when the checks start failing, and exit 4 with the last failure named."""
    running = {"id": JOB_ID, "status": "running", "progress": 0.5}
    answered = Fault(body=json.dumps(running).encode())
    with serving(answered, Fault(reset_before_response=True)) as server:
        args = ["lipsyncs", "wait", JOB_ID, "--timeout", "2", "--poll-interval", "0.2"]
        env = environment(CREATIFY_BASE_URL=server.url, CREATIFY_MAX_RETRIES="0")
        result = invoke(args, env)
    assert result.returncode == 4, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    warning = (
        rf"warning: checks of lipsync {JOB_ID} failing since \d\d:\d\d:\d\d "
        r"\((GET /api/lipsyncs/\{id\}/: \w+: .+)\); waiting on, up to \d s more"
    )
    said = re.fullmatch(warning, lines[0])
    assert said is not None, lines[0]
    assert re.fullmatch(
        rf"error: gave up waiting for {JOB_ID} after [\d.]+ s; last status: running; the checks "
        rf"of the last [\d.]+ s failed: GET /api/lipsyncs/\{{id\}}/: \w+: .+",
        lines[1],
    ), lines[1]
    assert API_KEY not in result.stdout + result.stderr


def test_create_wait_waits_out_a_check_without_an_answer_right_after_the_create() -> None:
    """As `create_and_wait`: the create was answered (a paid job exists), so the first
    check's reset is a blip, waited out, where it ended the command with exit 3 and,
    under --json, no job id on stdout."""
    created = {"id": JOB_ID, "status": "pending"}
    finished = {"id": JOB_ID, "status": "done", "output": None}
    script = [Fault(status=201, body=json.dumps(created).encode())]
    script += [Fault(reset_before_response=True), Fault(body=json.dumps(finished).encode())]
    with serving(*script) as server:
        args = ["--json", "lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi", "--wait"]
        args += ["--poll-interval", "0.2", "--timeout", "10"]
        env = environment(CREATIFY_BASE_URL=server.url, CREATIFY_MAX_RETRIES="0")
        result = invoke(args, env)
        methods = [received.method for received in server.received]
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == JOB_ID
    assert methods == ["POST", "GET", "GET"]
