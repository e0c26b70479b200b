"""The `creatify` command, run as a real process against the Prism mock."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.cli.inprocess import invoke
from tests.cli.mock_jobs import made_lipsyncs
from tests.cli.prefer_proxy import header_proxy, prefer_proxy
from tests.faults.server import closed_port

ROOT = Path(__file__).resolve().parents[2]
CREATIFY = str(Path(sys.executable).parent / "creatify")
FIXTURES = ROOT / "mock" / "fixtures"
PERSONA = "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60"
# Any id for the cases answered by Prism's named example (`Prefer`, tests/cli/prefer_proxy.py).
LIPSYNC = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"
API_KEY = "cli-test-key-SHOULD-NOT-LEAK-42"
# In a command line: the id of a finished video the account made (`made_lipsyncs`).
JOB = "{job}"


@pytest.fixture
def job(mock_base_url: str) -> str:
    """A finished video of the default CLI account (`run`'s `cli-id`)."""
    return made_lipsyncs(mock_base_url, "cli-id")[0]


def run(
    base_url: str, *args: str, timeout: float = 60, api_id: str = "cli-id"
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "CREATIFY_API_ID": api_id,
        "CREATIFY_API_KEY": API_KEY,
        "CREATIFY_BASE_URL": base_url,
        "CREATIFY_MAX_RETRIES": "0",
    }
    # In the test process: see tests/cli/inprocess.py (`timeout` is pytest-timeout's).
    result = invoke(args, env)
    assert API_KEY not in result.stdout + result.stderr
    return result


SUCCESS_CASES = [
    (
        [
            "avatars",
            "create",
            "--video",
            str(FIXTURES / "james.mp4"),
            "--consent",
            str(FIXTURES / "consent.mov"),
            "--name",
            "James",
            "--gender",
            "m",
            "--scene",
            "office",
            "--label",
            "a",
            "--label",
            "b",
        ],
        "avatar created",
    ),
    (
        [
            "avatars",
            "create",
            "--video",
            str(FIXTURES / "james.mp4"),
            "--name",
            "J",
            "--gender",
            "nb",
            "--wait",
        ],
        "avatar done",
    ),
    (["avatars", "get", PERSONA], "is_active"),
    (["avatars", "list"], "2 in all"),
    (["avatars", "list", "--mine"], "(none)"),  # a fresh account's: no stock avatar
    (["avatars", "wait", PERSONA], "avatar done"),
    (["avatars", "count"], "max_count"),
    (
        [
            "lipsyncs",
            "create",
            "--avatar",
            PERSONA,
            "--text",
            "Hello",
            "--aspect-ratio",
            "9:16",
            "--model",
            "aurora_v1_fast",
        ],
        "video created (pending)",
    ),
    (
        [
            "lipsyncs",
            "create",
            "--avatar",
            PERSONA,
            "--audio",
            "https://example.com/a.mp3",
            "--wait",
        ],
        "video done",
    ),
    (["lipsyncs", "get", JOB], "status"),
    (["lipsyncs", "list"], "2 in all"),
    (["lipsyncs", "list", "--id", JOB], "1 in all"),
    (["lipsyncs", "wait", JOB], "video done"),
    (["voices"], "Aria"),
    (["credits"], "remaining_credits"),
]


@pytest.mark.parametrize(
    ("args", "expected"),
    SUCCESS_CASES,
    ids=[" ".join(a[:2]) + str(i) for i, (a, _) in enumerate(SUCCESS_CASES)],
)
def test_subcommand_succeeds(args: list[str], expected: str, mock_base_url: str) -> None:
    """Every sub-command exits 0 against the mock and prints what it did."""
    # The mock keeps each account's avatars and videos: one account per case, which made
    # two videos first, so that the list counts do not depend on earlier cases.
    account = f"cli-{uuid.uuid4()}"
    if args[0] == "lipsyncs" and args[1] != "create":
        made = made_lipsyncs(mock_base_url, account, 2)
        args = [made[0] if arg == JOB else arg for arg in args]
    result = run(mock_base_url, *args, api_id=account)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout


def test_text_file_wait_and_download(mock_base_url: str, tmp_path: Path) -> None:
    """--text-file with --download waits and saves the MP4."""
    script = tmp_path / "script.txt"
    script.write_text("Hello from a file")
    out = tmp_path / "video.mp4"
    result = run(
        mock_base_url,
        "lipsyncs",
        "create",
        "--avatar",
        PERSONA,
        "--text-file",
        str(script),
        "--download",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[4:8] == b"ftyp"
    assert f"saved {out}" in result.stdout


def test_a_required_field_a_file_may_give_is_asked_for_by_both_options(tmp_path: Path) -> None:
    """`tts create` needs --script or --script-file (exit 2, nothing sent), not both."""
    script = tmp_path / "script.txt"
    script.write_text("Hello")
    url = f"http://127.0.0.1:{closed_port()}"
    missing = run(url, "tts", "create")
    both = run(url, "tts", "create", "--script", "Hi", "--script-file", str(script))
    assert missing.returncode == 2 and "give --script or --script-file" in missing.stderr
    assert both.returncode == 2 and "--script or --script-file, not both" in both.stderr


def test_download_subcommand(mock_base_url: str, tmp_path: Path, job: str) -> None:
    """`lipsyncs download ID OUT` saves the finished video."""
    out = tmp_path / "x.mp4"
    result = run(mock_base_url, "lipsyncs", "download", job, str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0


def test_a_download_to_a_name_ending_in_a_slash_is_refused(
    mock_base_url: str, tmp_path: Path, job: str
) -> None:
    """`download ID videos/` names a folder that is not there: refused (exit 2), where
    click's Path had dropped the slash and a file `videos` was saved."""
    result = run(mock_base_url, "lipsyncs", "download", job, f"{tmp_path / 'videos'}/")
    assert result.returncode == 2, result.stderr
    assert "folder" in result.stderr and list(tmp_path.iterdir()) == []


def test_json_output_is_the_model(mock_base_url: str, job: str) -> None:
    """--json prints the model as JSON, nothing else, on stdout."""
    result = run(mock_base_url, "lipsyncs", "get", job, "--json")
    assert json.loads(result.stdout)["id"] == job
    listed = json.loads(run(mock_base_url, "avatars", "list", "--json").stdout)
    assert isinstance(listed, list) and listed[0]["id"]


def test_json_with_download_prints_one_json_document(
    mock_base_url: str, tmp_path: Path, job: str
) -> None:
    """`create --download --json` leaves stdout one JSON document (the video)."""
    out = tmp_path / "v.mp4"
    result = run(
        mock_base_url,
        "lipsyncs",
        "create",
        "--avatar",
        PERSONA,
        "--text",
        "Hi",
        "--download",
        str(out),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "done"
    assert out.stat().st_size > 0
    alone = run(mock_base_url, "lipsyncs", "download", job, str(tmp_path / "w.mp4"), "--json")
    assert json.loads(alone.stdout)["bytes"] > 0


def test_no_progress_bars_when_not_a_terminal(mock_base_url: str, tmp_path: Path, job: str) -> None:
    """Piped output carries no progress bars."""
    result = run(mock_base_url, "lipsyncs", "download", job, str(tmp_path / "y.mp4"))
    assert "━" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("example", "args", "message"),
    [
        ("example=failed", ["lipsyncs", "wait", LIPSYNC], "not active"),
        ("example=rejected", ["avatars", "wait", PERSONA], "rejected"),
        ("example=failed", ["avatars", "wait", PERSONA], "failed"),
    ],
)
def test_failed_job_exits_1_with_the_reason(
    example: str, args: list[str], message: str, mock_base_url: str
) -> None:
    """A failed or rejected job exits 1 and prints its reason on one line."""
    with prefer_proxy(mock_base_url, example) as url:
        result = run(url, *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("example", "code", "said"),
    [("example=failed", 1, "Lipsync failed: "), ("example=running", 3, "wait for it first")],
)
def test_download_of_a_job_without_output(
    example: str, code: int, said: str, mock_base_url: str, tmp_path: Path
) -> None:
    """A failed job exits 1 with its reason and no advice to wait (it never will have an
    output); a running one says to wait for it."""
    with prefer_proxy(mock_base_url, example) as url:
        result = run(url, "lipsyncs", "download", LIPSYNC, str(tmp_path / "o.mp4"))
    assert result.returncode == code
    assert said in result.stderr
    assert ("not active" in result.stderr) is (code == 1)  # the mock's failed_reason
    assert ("wait" in result.stderr) is (code == 3)


USAGE_CASES = [
    ["avatars", "create", "--video", "/no/such.mp4", "--name", "J", "--gender", "m"],
    ["avatars", "create", "--video", str(FIXTURES / "james.mp4"), "--name", "J", "--gender", "x"],
    ["avatars", "create", "--video", str(ROOT / "README.md"), "--name", "J", "--gender", "m"],
    [
        "avatars",
        "create",
        "--video",
        str(FIXTURES / "james.mp4"),
        "--name",
        "J",
        "--gender",
        "m",
        "--webhook-url",
        "not-a-url",
    ],
    ["lipsyncs", "create", "--avatar", PERSONA],
    ["lipsyncs", "create", "--avatar", PERSONA, "--text", "a", "--audio", "https://e.com/a.mp3"],
    ["lipsyncs", "create", "--avatar", "not-a-uuid", "--text", "a"],
    ["lipsyncs", "create", "--avatar", PERSONA, "--text", "a", "--aspect-ratio", "4:3"],
    ["avatars", "get", "nope"],
    ["avatars", "frobnicate"],
]


@pytest.mark.parametrize("args", USAGE_CASES, ids=[str(i) for i in range(len(USAGE_CASES))])
def test_usage_and_invalid_input_exit_2_before_any_request(args: list[str]) -> None:
    """Bad arguments exit 2 with one clear line, and no request is made."""
    result = run(f"http://127.0.0.1:{closed_port()}", *args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "Connect" not in result.stderr


def test_missing_credentials_exit_2() -> None:
    """No credentials: exit 2 naming the variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CREATIFY_")}
    result = subprocess.run(
        [CREATIFY, "credits"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 2
    assert "CREATIFY_API_ID" in result.stderr


@pytest.mark.parametrize("code", ["401", "404", "500"])
def test_api_errors_exit_3(code: str, mock_base_url: str) -> None:
    """An API error exits 3 with method, path and status on one line."""
    with prefer_proxy(mock_base_url, f"code={code}") as url:
        result = run(url, "credits")
    assert result.returncode == 3
    assert f"GET /api/remaining_credits/ -> {code}" in result.stderr
    assert result.stderr.count("\n") == 1


def test_network_error_exits_3() -> None:
    """Nothing listening: exit 3."""
    result = run(f"http://127.0.0.1:{closed_port()}", "voices")
    assert result.returncode == 3
    assert "ConnectError" in result.stderr


def test_wait_timeout_exits_4(mock_base_url: str) -> None:
    """A wait that runs out of time exits 4 and names the last status."""
    with prefer_proxy(mock_base_url, "example=running") as url:
        result = run(url, "lipsyncs", "wait", LIPSYNC, "--timeout", "0.5", "--poll-interval", "0.1")
    assert result.returncode == 4
    assert "last status: running" in result.stderr
    assert result.stderr.endswith(f"Resume with: creatify lipsyncs wait {LIPSYNC}\n")  # no URL
    assert re.search(r"after 0\.\d+ s", result.stderr)  # as given: not rounded to 1 s


# Ctrl-C (during waits, requests and creates): tests/cli/test_new_user.py.


@pytest.mark.parametrize(("name", "code"), [("[mock:failed]", 1), ("slow", 4)])
def test_a_json_create_whose_wait_fails_or_times_out_prints_the_job(
    name: str, code: int, mock_base_url: str
) -> None:
    """`id=$(creatify --json ... --wait | jq -r .id)` gets the paid job's id on stdout; a
    time-out says how to resume, on the server given by --base-url (findings L4, L2)."""
    args = ["--json", "lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi", "--name", name]
    with header_proxy(mock_base_url, {"X-Mock-Job-Seconds": str(60 * (code == 4))}) as url:
        result = run(url, *args, "--wait", "--timeout", "1", "--base-url", url)
    assert result.returncode == code, result.stderr
    job = json.loads(result.stdout)
    assert job["status"] == ("failed" if code == 1 else "pending"), job
    resume = f". Resume with: creatify --base-url {url} lipsyncs wait {job['id']}\n"
    assert result.stderr.endswith(resume) == (code == 4), result.stderr
