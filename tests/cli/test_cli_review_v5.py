"""Options the CLI cannot honour as typed are usage errors (exit 2, one line naming the
option) before any request, never dropped or changed (findings V5-1 to V5-7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from creatify import InvalidInputError
from creatify._download import check_folder

from tests.cli.test_cli import PERSONA, ROOT, run
from tests.faults.server import Fault, serving

LIPSYNC = ["lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi"]
V2 = ["lipsyncs-v2", "create", "--avatar", PERSONA, "--text", "Hi"]
GEN = ["text-generator", "create", "--model", "gemini-2.5-flash"]
SCENES = str(ROOT / "examples" / "scenes.yaml")
UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        # V5-7: no `ids` filter in the API: `--id` was ignored and every job listed.
        (["ai-editing", "list", "--id", UUID], "ai-editing list cannot filter by id"),
        (["dyoa", "list", "--id", "x"], "use `dyoa get ID`"),
        # V5-6: the first value was dropped; a paid create sent with the second.
        ([*LIPSYNC, "--avatar", UUID], "--avatar given twice"),
        ([*LIPSYNC, "--text", "second script"], "--text given twice"),
        ([*LIPSYNC, "--model", "aurora_v1", "--model", "standard"], "--model given twice"),
        (["lipsyncs", "wait", UUID, "--timeout", "1", "--timeout", "2"], "--timeout given twice"),
        (
            ["asset-generator", "create", "--model", "m", "--param", "p=a", "--param", "p=b"],
            "--param: p given twice",
        ),
        (["batch", "run", "{tmp}/jobs.csv", "--out", "a", "--out", "b"], "--out given twice"),
        (
            [
                "custom-templates",
                "preview",
                "--visual-style",
                "style1",
                "--name",
                "a",
                "--name",
                "b",
            ],
            "--name given twice",
        ),
        # V5-3: a setting of what was not asked for was dropped without a word.
        ([*LIPSYNC, "--listen-port", "5606"], "--listen-port needs --listen or --webhook"),
        (["lipsyncs-v2", "create", "--scenes", SCENES, "--background-type", "video"], "not both"),
        ([*V2, "--background-type", "video"], "--background-type needs --background"),
        # V5-4: "" (an unset `$OUT`) was the working folder.
        (["iab-images", "create", "--image", "https://e.com/a.jpg", "--download", ""], "empty"),
        (["iab-images", "download", UUID, ""], "OUT: must not be empty"),
        (["batch", "run", "{tmp}/jobs.csv", "--out", ""], "'--out': must not be empty"),
        (["mcp", "--output-dir", ""], "'--output-dir': must not be empty"),
        # V5-1: the token went into the query (or the fragment): deliveries missed it.
        ([*LIPSYNC, "--webhook", "https://x.ngrok.app/?src=cli"], "--webhook: must have no query"),
        ([*LIPSYNC, "--webhook", "https://x.ngrok.app/#f"], "--webhook: must have no query"),
        ([*LIPSYNC, "--webhook", ""], "--webhook: must be an http(s) URL, got ''"),
        # ... and `webhooks listen --public-url` was not checked at all (it listened on).
        (["webhooks", "listen", "--public-url", "-x"], "--public-url: must be an http(s) URL"),
        (
            ["webhooks", "listen", "--public-url", ""],
            "--public-url: must be an http(s) URL, got ''",
        ),
        (["webhooks", "listen", "--public-url", "https://x.app/?a"], "--public-url: must have no"),
        # V5-2: the error named a request path, not the option typed.
        (["lipsyncs-v2", "create", "--avatar", "", "--text", "Hi"], "error: --avatar: must not"),
        ([*V2[:-1], ""], "error: --text: must not be empty"),
        ([*V2[:-2], "--text-file", "{tmp}/long.txt"], "error: --text-file: must be at most"),
        ([*V2, "--voice", ""], "error: --voice: must not be empty"),
        ([*V2, "--background", "notaurl"], "error: --background: must be an http(s) URL"),
        ([*V2, "--music", "notaurl"], "error: --music: must be an http(s) URL"),
        ([*GEN, "--message", ""], "error: --message: must not be empty"),
        (["text-generator", "stream", "--model", "m", "--message", ""], "error: --message: must"),
        (["links", "create", "--title", "t", "--image", "https://e.com/a.jpg"], "--image, --video"),
        (["links", "create", ""], "error: URL: must not be empty"),
        (["url-to-video", ""], "error: URL: must not be empty"),
        # A --scenes file's path is what to fix there.
        (["lipsyncs-v2", "create", "--scenes", "{tmp}/s.yaml"], "video_inputs[0].voice.input_text"),
    ],
)
def test_refused_before_anything_is_sent(args: list[str], said: str, tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("x" * 2001)
    scene = f"video_inputs:\n- character: {{type: avatar, avatar_id: {UUID}}}\n"
    (tmp_path / "s.yaml").write_text(scene + "  voice: {type: text, input_text: ''}\n")
    (tmp_path / "jobs.csv").write_text(f"creator,text\n{UUID},hi\n")
    with serving(Fault(status=500)) as server:
        result = run(server.url, *[a.replace("{tmp}", str(tmp_path)) for a in args])
        assert server.count() == 0
    assert result.returncode == 2, result.stderr
    assert said in result.stderr, result.stderr


def test_list_help_says_only_what_the_kind_can_do() -> None:
    with serving(Fault(status=500)) as server:
        lists = run(server.url, "ai-editing", "list", "--help").stdout
        filters = run(server.url, "lipsyncs", "list", "--help").stdout
    assert "only those" not in lists and "--id" not in lists
    assert "only those" in filters and "--id" in filters


@pytest.mark.parametrize("setting", [["--timeout", "60"], ["--poll-interval", "0.05"]])
def test_a_wait_setting_implies_the_wait(setting: list[str], mock_base_url: str) -> None:
    """V5-3: `create --timeout 600` printed "created (pending)" and exited at once."""
    result = run(mock_base_url, "--json", *LIPSYNC, *setting)
    assert result.returncode == 0, result.stderr
    assert '"status": "done"' in result.stdout


def test_an_empty_folder_is_refused_by_the_sdk() -> None:
    """V5-4: `client.iab_images.download(job, "")` saved into the working folder."""
    with pytest.raises(InvalidInputError, match="folder: must not be empty"):
        check_folder("")


@pytest.mark.parametrize(
    ("given", "sent"), [("0.123456", "0.123456"), ("0.4999", "0.4999"), ("-0.4049", "-0.4049")]
)
def test_a_caption_offset_is_sent_as_given(given: str, sent: str, mock_base_url: str) -> None:
    """V5-5: it was rounded to two decimals: 0.4999 became "0.50", an edge not given."""
    result = run(mock_base_url, "--json", *LIPSYNC, f"--caption-offset-y={given}")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["caption_offset_y"] == sent


def test_completion_after_an_option_typed_twice_prints_no_traceback() -> None:
    """Tab after `--avatar x --avatar y`: click completes with errors swallowed; the
    given-twice check raised through it, a traceback on the terminal (V7-2)."""
    words = "creatify lipsyncs create --avatar x --avatar y --aspect-ratio "
    env = {**os.environ, "COMP_WORDS": words, "COMP_CWORD": "7"}
    env["_CREATIFY_COMPLETE"] = "bash_complete"
    script = Path(sys.executable).parent / "creatify"
    done = subprocess.run([script], env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (0, "")
