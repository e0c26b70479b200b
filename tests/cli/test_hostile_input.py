"""Careless and hostile input on the command line (issue 24): bytes that are not UTF-8, a
corrupt or unwritable journal, a base URL whose port is no port, a key a header cannot
carry. Each is exit 2 with one `error:` line, no traceback, and nothing sent. Also: `~` in
input files, accent ids in `creatify voices`, the common options before the command, and
the example scenes file."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.inprocess import invoke
from tests.cli.test_cli import API_KEY, FIXTURES, PERSONA, ROOT, run
from tests.faults.server import Fault, serving

CREATIFY = str(Path(sys.executable).parent / "creatify")
VOICE = "6f3c2a52-8d5e-4f0a-9c1b-2b8f7a9d4e11"  # the mock's voice accent (Aria, American)
BATCH_CSV = f"key,text,creator\nhello,Hello,{PERSONA}\n"


def one_error_line(result: subprocess.CompletedProcess[str], *named: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    for text in named:
        assert text in result.stderr


def test_text_that_is_not_utf8_exits_2_before_any_request() -> None:
    """A real process: argv bytes that are not UTF-8 reach Python as lone surrogates."""
    with serving(Fault(status=500)) as server:
        env = {**os.environ, "CREATIFY_API_ID": "i", "CREATIFY_API_KEY": API_KEY}
        args = [CREATIFY, "lipsyncs", "create", "--avatar", PERSONA, "--text", b"caf\xe9"]
        result = subprocess.run(
            [*args, "--base-url", server.url], env=env, capture_output=True, check=False
        )
        assert server.count() == 0
    text = subprocess.CompletedProcess(
        args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )
    one_error_line(text, "--text: is not UTF-8 text")


@pytest.mark.parametrize(
    "args",
    [
        ["lipsyncs", "create", "--avatar", PERSONA, "--text-file", "{file}"],
        ["tts", "create", "--script-file", "{file}"],
        ["lipsyncs-v2", "create", "--avatar", PERSONA, "--text-file", "{file}"],
        ["lipsyncs-v2", "create", "--scenes", "{file}"],
    ],
    ids=["lipsyncs", "tts", "v2-text", "v2-scenes"],
)
def test_a_file_that_is_not_utf8_exits_2_before_any_request(
    args: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "script.txt"
    path.write_bytes(b"Bonjour \xe0 tous")
    with serving(Fault(status=500)) as server:
        result = run(server.url, *[a.replace("{file}", str(path)) for a in args])
        assert server.count() == 0
    one_error_line(result, "is not UTF-8 text", str(path))


def test_a_corrupt_journal_exits_2_on_run_as_on_status(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.csv"
    jobs.write_text(BATCH_CSV)
    (tmp_path / "jobs.csv.journal.sqlite").write_bytes(b"not a database, just bytes " * 100)
    with serving(Fault(status=500)) as server:
        ran = run(server.url, "batch", "run", str(jobs), "--out", str(tmp_path / "out"))
        status = run(server.url, "batch", "status", str(jobs))
        assert server.count() == 0
    for result in (ran, status):
        one_error_line(result, "is not a batch journal")


def test_a_journal_under_proc_exits_2(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.csv"
    jobs.write_text(BATCH_CSV)
    with serving(Fault(status=500)) as server:
        result = run(
            server.url,
            "batch",
            "run",
            str(jobs),
            "--out",
            str(tmp_path / "out"),
            "--journal",
            "/proc/creatify.journal.sqlite",
        )
        assert server.count() == 0
    one_error_line(result, "--journal", "/proc/creatify.journal.sqlite")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:99999", "http://127.0.0.1:abc", "http://127.0.0.1:-1"]
)
def test_a_base_url_with_a_bad_port_exits_2(url: str) -> None:
    one_error_line(run(url, "credits"), "--base-url")


def test_variables_that_are_not_an_object_exit_2() -> None:
    args = ["custom-template-jobs", "create", "--template", "t", "--variables", "[1]"]
    result = run("http://127.0.0.1:1", *args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "--variables" in result.stderr


# The key check is the SDK's (`_auth.py`): the CLI only has to say it in one line.
@pytest.mark.parametrize("key", ["kéy-42", "key\x01-42"], ids=["non-ascii", "control"])
def test_a_key_a_header_cannot_carry_exits_2_and_is_not_shown(key: str) -> None:
    with serving(Fault(status=500)) as server:
        env = {**os.environ, "CREATIFY_API_ID": "i", "CREATIFY_API_KEY": key}
        result = invoke(["credits", "--base-url", server.url], env)
        assert server.count() == 0
    one_error_line(result, "CREATIFY_API_KEY")
    assert key not in result.stdout + result.stderr


def test_input_files_expand_tilde(mock_base_url: str, tmp_path: Path) -> None:
    """`--video ~/x.mp4`, `--text-file ~/...`, `--script-file ~/...`, `--scenes ~/...`."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "james.mp4").write_bytes((FIXTURES / "james.mp4").read_bytes())
    (home / "script.txt").write_text("Hello from home")
    (home / "scenes.yaml").write_text((ROOT / "examples" / "scenes.yaml").read_text())
    env = {
        **os.environ,
        "HOME": str(home),
        "CREATIFY_API_ID": "tilde",
        "CREATIFY_API_KEY": API_KEY,
        "CREATIFY_BASE_URL": mock_base_url,
    }
    commands = [
        ["avatars", "create", "--video", "~/james.mp4", "--name", "J", "--gender", "m"],
        ["lipsyncs", "create", "--avatar", PERSONA, "--text-file", "~/script.txt"],
        ["tts", "create", "--script-file", "~/script.txt"],
        ["lipsyncs-v2", "create", "--scenes", "~/scenes.yaml"],
    ]
    for args in commands:
        result = invoke([*args, "--json"], env, cwd=tmp_path)
        assert result.returncode == 0, (args, result.stderr)
        assert json.loads(result.stdout)["id"]


def test_voices_shows_the_accent_ids(mock_base_url: str) -> None:
    """The id every `--accent` help points to is in the table, beside its voice."""
    result = run(mock_base_url, "voices")
    assert result.returncode == 0, result.stderr
    header, row = result.stdout.splitlines()[:2]
    assert header.split() == ["accent_id", "accent", "voice", "gender"]
    assert row.split()[:3] == [VOICE, "American", "Aria"]


@pytest.mark.parametrize(
    "args",
    [["--json", "credits"], ["-q", "--json", "voices"], ["--json", "avatars", "count"]],
)
def test_common_options_before_the_command(args: list[str], mock_base_url: str) -> None:
    result = run(mock_base_url, *args)
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)


def test_the_guide_gives_the_common_options_in_both_places(mock_base_url: str) -> None:
    """docs/guides/cli.md says they go before the command or after it; each example it
    gives runs (its address made the mock's)."""
    text = (ROOT / "docs" / "guides" / "cli.md").read_text()
    section = text.split("## Common options", 1)[1].split("\n## ", 1)[0]
    assert "before the command or after it" in " ".join(section.split())
    examples = re.findall(r"`creatify ([^`]+)`", " ".join(section.split()))
    assert {"credits --json", "--json credits"} <= set(examples)
    for example in examples:
        args = shlex.split(example.replace("http://127.0.0.1:4010", mock_base_url))
        result = run(mock_base_url, *args)
        assert result.returncode == 0, (example, result.stderr)


def test_the_help_says_creatify_mock_ignores_creatify_prefer() -> None:
    """The root help says where CREATIFY_PREFER applies: `creatify mock` answers as if it
    were not set (here a `code=401` that Prism would obey)."""
    from creatify.testing._server import running_fake

    with running_fake() as fake:
        env = {"CREATIFY_API_ID": "me", "CREATIFY_API_KEY": "k", "CREATIFY_PREFER": "code=401"}
        ignored = invoke(["credits"], {**os.environ, **env, "CREATIFY_BASE_URL": fake.base_url})
    assert ignored.returncode == 0, ignored.stderr
    help_text = " ".join(run("http://127.0.0.1:1", "--help").stdout.split())
    assert "`creatify mock` does not read it" in help_text


def test_base_url_before_the_command() -> None:
    result = run("http://127.0.0.1:1", "--base-url", "http://127.0.0.1:99999", "credits")
    one_error_line(result, "--base-url", "99999")


def test_the_example_scenes_file_makes_a_video(mock_base_url: str, tmp_path: Path) -> None:
    """examples/scenes.yaml (shown by `lipsyncs-v2 create --help`) runs as shipped."""
    out = tmp_path / "intro.mp4"
    scenes = ROOT / "examples" / "scenes.yaml"
    result = run(
        mock_base_url,
        "lipsyncs-v2",
        "create",
        "--scenes",
        str(scenes),
        "--download",
        str(out),
        "--json",
        "--poll-interval",
        "0.1",
    )
    assert result.returncode == 0, result.stderr
    video = json.loads(result.stdout)
    assert (video["status"], video["aspect_ratio"], len(video["video_inputs"])) == (
        "done",
        "16x9",
        3,
    )
    assert out.read_bytes()[4:8] == b"ftyp"
    help_text = run(mock_base_url, "lipsyncs-v2", "create", "--help").stdout
    assert "examples/scenes.yaml" in help_text


@pytest.mark.parametrize(
    ("args", "field", "value"),
    [
        (
            ["lipsyncs", "create", "--text", "hi", "--caption-offset-y", "-0.4"],
            "caption_offset_y",
            "-0.4",  # as given, not rounded (V5-5)
        ),
        (["lipsyncs", "create", "--text=-50% off today"], "text", "-50% off today"),
        (["tts", "create", "--script", "-50% off"], "script", "-50% off"),
    ],
)
def test_a_value_that_starts_with_a_dash_is_a_value(
    args: list[str], field: str, value: str, mock_base_url: str
) -> None:
    """The vendor's caption offsets default to -0.40, and a script may start with a dash."""
    avatar = ["--avatar", PERSONA] if args[0] == "lipsyncs" else []
    result = run(mock_base_url, *args, *avatar, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[field] == value
