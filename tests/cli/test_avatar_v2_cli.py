"""`creatify lipsyncs-v2`, `tts` and `aurora`, run as real processes against the mock."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from tests.cli.mock_jobs import made_job
from tests.cli.test_cli import CREATIFY, run
from tests.faults.server import closed_port

AVATAR = "18fccce8-86e7-5f31-abc8-18915cb872be"
VOICE = "6f3c2a52-8d5e-4f0a-9c1b-2b8f7a9d4e11"
# In a command line: the id of a finished job of that command made for the account.
JOB = "{job}"
IMAGE = "https://example.com/images/face.jpg"
AUDIO = "https://example.com/audio/song.mp3"
FAST = ["--poll-interval", "0.1"]
SCENES_YAML = f"""\
aspect_ratio: 16x9
video_inputs:
  - character: {{avatar_id: {AVATAR}}}
    voice: {{input_text: "Hi, I'm Anna.", voice_id: {VOICE}}}
    background: {{type: image, url: "https://example.com/office.jpg", fit: crop}}
  - character: {{avatar_id: {AVATAR}, avatar_style: circle, scale: 0.8}}
    voice: {{input_text: "{{text}}", voice_id: {VOICE}}}
    transition_effect: {{transition_in: fade}}
"""


def scenes_file(tmp_path: Path, text: str = "And I'm Ben.") -> Path:
    path = tmp_path / "scenes.yaml"
    path.write_text(SCENES_YAML.replace("{text}", text))
    return path


def test_help_lists_the_new_commands() -> None:
    import subprocess

    out = subprocess.run([CREATIFY, "--help"], capture_output=True, text=True, check=True).stdout
    for name in ("lipsyncs-v2", "tts", "aurora"):
        assert f"  {name} " in out


def test_v2_scenes_yaml_download_json(mock_base_url: str, tmp_path: Path) -> None:
    """A two-scene YAML body; --download --json: stdout is the finished video's JSON."""
    out = tmp_path / "intro.mp4"
    result = run(
        mock_base_url,
        "lipsyncs-v2",
        "create",
        "--scenes",
        str(scenes_file(tmp_path)),
        "--name",
        "intro",
        "--download",
        str(out),
        "--json",
        *FAST,
    )
    assert result.returncode == 0, result.stderr
    video = json.loads(result.stdout)
    assert (video["status"], video["aspect_ratio"], video["name"]) == ("done", "16x9", "intro")
    assert out.read_bytes()[4:8] == b"ftyp"


def test_v2_scenes_json_list_and_wait(mock_base_url: str, tmp_path: Path) -> None:
    """A JSON list of scenes (tab-indented, which YAML 1.1 would refuse) and --wait."""
    path = tmp_path / "scenes.json"
    scene = {"character": {"avatar_id": AVATAR}, "voice": {"input_text": "Hello"}}
    path.write_text(json.dumps([scene, scene], indent="\t"))
    result = run(mock_base_url, "lipsyncs-v2", "create", "--scenes", str(path), "--wait", *FAST)
    assert result.returncode == 0, result.stderr
    assert "video done" in result.stdout


def test_v2_one_scene_preview_then_render(mock_base_url: str, tmp_path: Path) -> None:
    """Flags make a one-scene video; --preview, then `render --download`."""
    made = run(
        mock_base_url,
        "lipsyncs-v2",
        "create",
        "--avatar",
        AVATAR,
        "--text",
        "Hello",
        "--voice",
        VOICE,
        "--background",
        "https://example.com/office.jpg",
        "--aspect-ratio",
        "9:16",
        "--preview",
        "--json",
    )
    assert made.returncode == 0, made.stderr
    preview = json.loads(made.stdout)
    out = tmp_path / "rendered.mp4"
    rendered = run(
        mock_base_url, "lipsyncs-v2", "render", preview["id"], "--download", str(out), *FAST
    )
    assert rendered.returncode == 0, rendered.stderr
    assert out.read_bytes()[4:8] == b"ftyp"


def test_tts_create_and_download_an_mp3(mock_base_url: str, tmp_path: Path) -> None:
    out = tmp_path / "welcome.mp3"
    result = run(
        mock_base_url,
        "tts",
        "create",
        "--script",
        "Welcome to Creatify.",
        "--accent",
        VOICE,
        "--download",
        str(out),
        *FAST,
    )
    assert result.returncode == 0, result.stderr
    assert f"saved {out}" in result.stdout
    assert out.read_bytes()[:2] in (b"ID", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2")


def test_aurora_create_download_json(mock_base_url: str, tmp_path: Path) -> None:
    out = tmp_path / "aurora.mp4"
    result = run(
        mock_base_url,
        "aurora",
        "create",
        "--image",
        IMAGE,
        "--audio",
        AUDIO,
        "--prompt",
        "soft light",
        "--guidance",
        "2",
        "--model",
        "aurora_v1_fast",
        "--download",
        str(out),
        "--json",
        *FAST,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["video_output"]
    assert out.read_bytes()[4:8] == b"ftyp"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["lipsyncs-v2", "get", JOB], "video_inputs"),
        (["lipsyncs-v2", "list"], "1 in all"),
        (["lipsyncs-v2", "wait", JOB], "video done"),
        (["tts", "get", JOB], "script"),
        (["tts", "list", "--id", JOB], "1 in all"),
        (["tts", "wait", JOB], "speech done"),
        (["aurora", "get", JOB], "video_output"),
        (["aurora", "wait", JOB], "Aurora video done"),
    ],
)
def test_get_list_wait(args: list[str], expected: str, mock_base_url: str) -> None:
    """Each reads back a job the account made (a fresh account per case)."""
    account = f"cli-{uuid.uuid4()}"
    job = made_job(mock_base_url, account, args[0])
    result = run(mock_base_url, *(job if a == JOB else a for a in args), api_id=account)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout


@pytest.mark.parametrize(("command", "suffix"), [("lipsyncs-v2", ".mp4"), ("tts", ".mp3")])
def test_download_subcommands(
    command: str, suffix: str, mock_base_url: str, tmp_path: Path
) -> None:
    out = tmp_path / f"out{suffix}"
    job = made_job(mock_base_url, "cli-id", command)
    result = run(mock_base_url, command, "download", job, str(out), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["bytes"] == out.stat().st_size > 0


@pytest.mark.parametrize("outcome", ["failed", "rejected"])
@pytest.mark.parametrize(
    "args",
    [
        ["tts", "create", "--script", "Hi"],
        ["aurora", "create", "--image", IMAGE, "--audio", AUDIO],
    ],
    ids=["tts", "aurora"],
)
def test_failed_and_rejected_exit_1(outcome: str, args: list[str], mock_base_url: str) -> None:
    result = run(mock_base_url, *args, "--name", f"[mock:{outcome}]", "--wait", *FAST)
    assert result.returncode == 1, result.stderr
    assert f"{outcome}:" in result.stderr and "mock was asked" in result.stderr
    assert "Traceback" not in result.stderr


USAGE = [
    (["lipsyncs-v2", "create"], "--scenes FILE"),
    (["lipsyncs-v2", "create", "--avatar", AVATAR], "--text"),
    (
        ["lipsyncs-v2", "create", "--avatar", AVATAR, "--text", "x" * 2001],
        "--text: must be at most 2000",  # the flag typed, not the request's path (V5-2)
    ),
    (
        ["lipsyncs-v2", "create", "--avatar", "a" * 51, "--text", "Hi"],
        "--avatar: must be at most 50",
    ),
    (
        ["lipsyncs-v2", "create", "--avatar", AVATAR, "--text", "Hi", "--webhook-url", "hook"],
        "--webhook-url",
    ),
    (
        ["lipsyncs-v2", "create", "--avatar", AVATAR, "--text", "Hi", "--music", "m.mp3"],
        "--music: must be an http(s) URL",
    ),
    (["tts", "create"], "--script"),
    (["tts", "create", "--script", ""], "--script: must not be empty"),
    (
        ["aurora", "create", "--image", "face.jpg", "--audio", AUDIO],
        "--image: must be an http(s) URL",
    ),
    (["aurora", "create", "--image", IMAGE, "--audio", AUDIO, "--guidance", "11"], "at most 10"),
    (["aurora", "list"], "No such command"),
    (["tts", "get", "nope"], "ID: must be a UUID"),
]


@pytest.mark.parametrize(("args", "message"), USAGE, ids=[str(i) for i in range(len(USAGE))])
def test_bad_input_exits_2_before_any_request(args: list[str], message: str) -> None:
    result = run(f"http://127.0.0.1:{closed_port()}", *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and "Connect" not in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not: [scenes]", "list of scenes"),
        ("[: nope", "cannot read"),
        ("when: 2001-13-14", "cannot read"),  # YAML's date that does not exist: ValueError
        ("[" * 5000 + "]" * 5000, "cannot read"),  # too deep for json: RecursionError
        (None, "video_inputs[1].voice.input_text: must be at most 2000"),
    ],
)
def test_bad_scenes_files_exit_2(content: str | None, message: str, tmp_path: Path) -> None:
    """An unreadable file, a file without scenes, a scene that breaks a rule: exit 2."""
    path = scenes_file(tmp_path, "x" * 2001)
    if content is not None:
        path.write_text(content)
    result = run(
        f"http://127.0.0.1:{closed_port()}", "lipsyncs-v2", "create", "--scenes", str(path)
    )
    assert result.returncode == 2, result.stderr
    assert message in result.stderr


def test_the_example_scenes_file_makes_a_video(mock_base_url: str, tmp_path: Path) -> None:
    """`examples/scenes.yaml`, which the videos guide shows, runs as shipped (issue 24)."""
    example = Path(__file__).resolve().parents[2] / "examples" / "scenes.yaml"
    out = tmp_path / "spring.mp4"
    result = run(
        mock_base_url,
        "lipsyncs-v2",
        "create",
        "--scenes",
        str(example),
        "--download",
        str(out),
        "--json",
        *FAST,
    )
    assert result.returncode == 0, result.stderr
    video = json.loads(result.stdout)
    assert (video["status"], video["aspect_ratio"]) == ("done", "16x9")
    assert out.read_bytes()[4:8] == b"ftyp"
    guide = (example.parents[1] / "docs" / "guides" / "videos.md").read_text()
    assert '--8<-- "examples/scenes.yaml"' in guide
