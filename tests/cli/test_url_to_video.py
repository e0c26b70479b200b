"""`creatify url-to-video` and the product-area groups, run as real processes against the
mock (layer + Prism)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.cli.prefer_proxy import header_proxy, prefer_proxy
from tests.cli.test_cli import API_KEY, CREATIFY
from tests.cli.test_cli import run as run_cli

PAGE = "https://www.example.com/products/moisturizer"
TASK = "20b5d452-89f4-4245-9480-10defaa8fb4d"
FAST = ("--poll-interval", "0.05")
# Whole flows (link, task, polls, download) in a fresh process: generous on a loaded box.
PROCESS_TIMEOUT = 300.0


def run(base_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(base_url, *args, timeout=PROCESS_TIMEOUT)


def test_url_to_video_saves_an_mp4(mock_base_url: str, tmp_path: Path) -> None:
    """The flagship in one command: link, task, wait, download."""
    out = tmp_path / "ad.mp4"
    result = run(
        mock_base_url,
        "url-to-video",
        PAGE,
        "--wait",
        "--download",
        str(out),
        "--aspect-ratio",
        "9x16",
        "--visual-style",
        "FullScreenTemplate",
        "--video-length",
        "30",
        *FAST,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[4:8] == b"ftyp"
    assert "link-to-videos done" in result.stdout
    assert "saved" in result.stdout


def test_url_to_video_json_is_one_document(mock_base_url: str, tmp_path: Path) -> None:
    """--download implies --wait; stdout holds the finished task's JSON only."""
    out = tmp_path / "ad.mp4"
    result = run(mock_base_url, "url-to-video", PAGE, "--download", str(out), "--json", *FAST)
    assert result.returncode == 0, result.stderr
    task = json.loads(result.stdout)
    assert task["status"] == "done"
    assert task["video_output"]
    assert out.stat().st_size > 0


def test_url_to_video_without_wait_prints_the_task(mock_base_url: str) -> None:
    result = run(mock_base_url, "url-to-video", PAGE, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] in ("pending", "in_queue", "running")


def test_failed_video_exits_1(mock_base_url: str, tmp_path: Path) -> None:
    result = run(
        mock_base_url,
        "url-to-video",
        PAGE,
        "--name",
        "ad [mock:failed]",
        "--download",
        str(tmp_path / "x.mp4"),
        *FAST,
    )
    assert result.returncode == 1
    assert "LinkToVideo failed" in result.stderr
    assert not (tmp_path / "x.mp4").exists()


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["ftp://example.com/p"], "URL"),  # as its help names it (V5-2)
        ([PAGE, "--visual-style", "Full Screen"], "--visual-style"),
        ([PAGE, "--voice", ""], "--voice"),
    ],
)
def test_bad_input_exits_2_naming_the_field(
    mock_base_url: str, args: list[str], field: str
) -> None:
    result = run(mock_base_url, "url-to-video", *args)
    assert result.returncode == 2
    assert f"{field}:" in result.stderr


def test_ctrl_c_prints_the_resume_command_with_download(mock_base_url: str) -> None:
    """Ctrl-C during a wait: exit 130, and the command that resumes it, --download kept."""
    with prefer_proxy(mock_base_url, "example=running") as url:
        env = {**os.environ, "CREATIFY_API_ID": "i", "CREATIFY_API_KEY": API_KEY}
        env["CREATIFY_BASE_URL"] = url
        proc = subprocess.Popen(
            [CREATIFY, "link-to-videos", "wait", TASK, "--download", "my ad.mp4", *FAST],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        # SIGINT once the command is polling (it starts in well under 10 s when idle).
        time.sleep(10.0)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert f"creatify link-to-videos wait {TASK} --download 'my ad.mp4'" in err


PRODUCT_COMMANDS = [
    (["links", "create", PAGE], "link created"),
    (["links", "create", "--title", "Cream", "--video", "https://e.com/v.mp4"], "link created"),
    (["ai-shorts", "create", "--script", "Meet the Model X.", "--download", "{out}"], "saved"),
    (
        [
            "ai-editing",
            "create",
            "--video-url",
            "https://e.com/v.mp4",
            "--style",
            "film",
            "--download",
            "{out}",
        ],
        "saved",
    ),
    (
        [
            "custom-template-jobs",
            "create",
            "--template",
            "a0617283-94a5-4fb0-b1c2-4d5e6f708192",
            "--var",
            "headline=Open house",
            "--download",
            "{out}",
        ],
        "saved",
    ),
    (
        [
            "product-to-videos",
            "create",
            "--product-url",
            "https://e.com/p.jpg",
            "--motion-style",
            "talking",
            "--download",
            "{out}",
        ],
        "product-to-videos video_generated",
    ),
    (
        ["dyoa", "create", "--name", "A", "--age-group", "young_adult", "--gender", "f", "--wait"],
        "dyoa ",
    ),
    (["music", "list"], "in all"),
    (["music", "categories"], "in all"),
]


def test_links_list_shows_a_link_just_made(mock_base_url: str) -> None:
    """The list of an account's links: made here first (a fresh account has none, and the
    cases above may run on another worker)."""
    assert run(mock_base_url, "links", "create", PAGE).returncode == 0
    result = run(mock_base_url, "links", "list")
    assert result.returncode == 0, result.stderr
    assert "in all" in result.stdout


@pytest.mark.parametrize(("args", "expected"), PRODUCT_COMMANDS)
def test_product_commands(
    mock_base_url: str, tmp_path: Path, args: list[str], expected: str
) -> None:
    out = tmp_path / "out.mp4"
    result = run(
        mock_base_url,
        *[a.replace("{out}", str(out)) for a in args],
        *(FAST if "{out}" in args or "--wait" in args else ()),
    )
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    if "{out}" in args:
        assert out.read_bytes()[4:8] == b"ftyp"


def test_product_to_videos_step_by_step_says_what_to_run_next(
    mock_base_url: str, tmp_path: Path
) -> None:
    """A create without --wait names the next commands; `wait --stage image` ends at the
    image and `download --stage image` saves it; a video's wait on a task whose video was
    never asked for says to ask for it (not only to run the same `wait` again, W1-1)."""
    area = "product-to-videos"
    created = run(mock_base_url, area, "create", "--product-url", PAGE, "--json")
    assert created.returncode == 0, created.stderr
    task = json.loads(created.stdout)["id"]
    assert f"{area} wait {task} --stage image (the image), then" in created.stderr
    assert f"{area} gen-video {task} --wait (the video" in created.stderr
    image = run(mock_base_url, area, "wait", task, "--stage", "image", *FAST)
    assert image.returncode == 0 and f"{area} image_generated" in image.stdout, image.stderr
    out = tmp_path / "image.jpg"
    saved = run(mock_base_url, area, "download", task, "--stage", "image", str(out))
    assert saved.returncode == 0 and out.read_bytes()[:3] == b"\xff\xd8\xff", saved.stderr
    video = run(mock_base_url, area, "wait", task, "--timeout", "0.5", *FAST)
    assert video.returncode == 4
    ask = f"The image is ready; ask for the video with: creatify {area} gen-video {task} --wait"
    assert ask in video.stderr


def test_gen_video_is_sent_only_to_a_task_at_image_generated(mock_base_url: str) -> None:
    """A re-run of `gen-video` (or one while the image is being made) would pay again or
    for nothing: the task is read first (free) and the command refused, exit 2 (V9-1)."""
    area, posts = "product-to-videos", []

    def count(method: str, body: bytes) -> bytes:
        posts.extend([method] * (method == "POST"))
        return body

    with header_proxy(mock_base_url, {"X-Mock-Job-Seconds": "1"}, count) as url:
        created = run(url, area, "create", "--product-url", PAGE, "--json")
        task = json.loads(created.stdout)["id"]
        early = run(url, area, "gen-video", task)
        assert early.returncode == 2, early.stderr
        # `initializing` lasts 30 % of the 1 s job: a slow machine may read `image_generating`.
        refused = r"error: ID: the task is (initializing|image_generating); it is sent only at"
        assert re.search(refused + " image_generated", early.stderr), early.stderr
        assert f"before it, `creatify {area} wait {task} --stage image`" in early.stderr
        assert run(url, area, "wait", task, "--stage", "image", *FAST).returncode == 0
        assert run(url, area, "gen-video", task).returncode == 0
        again = run(url, area, "gen-video", task, "--motion-style", "dancing")
    assert again.returncode == 2, again.stderr
    assert re.search("the task is video_generat(ing|ed); it is sent only at", again.stderr)
    assert posts == ["POST", "POST"]  # the create, one gen_video


def test_a_gen_video_wait_out_of_time_at_image_generated_says_wait(
    mock_base_url: str,
) -> None:
    """Right after gen_video the service may still show image_generated: a `gen-video
    --wait` out of time then named `gen-video ID --wait`, which pays again (V10-1)."""
    area, lag = "product-to-videos", {"until": 0.0}

    def late(method: str, body: bytes) -> bytes:  # the task shows its image for 60 s more
        if method == "POST" and b'"video_generating"' in body:
            lag["until"] = time.monotonic() + 60
        if time.monotonic() < lag["until"]:
            return re.sub(rb'"video_generat(ing|ed)"', b'"image_generated"', body)
        return body

    with header_proxy(mock_base_url, {"X-Mock-Job-Seconds": "1"}, late) as url:
        created = run(url, area, "create", "--product-url", PAGE, "--json")
        task = json.loads(created.stdout)["id"]
        assert run(url, area, "wait", task, "--stage", "image", *FAST).returncode == 0
        waited = run(url, area, "gen-video", task, "--wait", "--timeout", "1", *FAST)
    assert waited.returncode == 4, waited.stderr
    assert f"Resume with: creatify {area} wait {task}" in waited.stderr
    assert "gen-video" not in waited.stderr.splitlines()[-1]


def test_a_gen_video_without_an_answer_says_to_read_the_task(mock_base_url: str) -> None:
    """gen-video makes no job: an answer that does not parse said "the job may exist: list
    recent jobs" before "Check with: get ID" (V11-4); and a refusal's commands say that
    --base-url's password was left out of them, as every command's do (V11-5)."""
    area = "product-to-videos"

    def garbled(method: str, body: bytes) -> bytes:  # the gen_video's answer only
        return b"<html>" if method == "POST" and b'"video_generating"' in body else body

    with header_proxy(mock_base_url, {"X-Mock-Job-Seconds": "1"}, garbled) as url:
        task = json.loads(run(url, area, "create", "--product-url", PAGE, "--json").stdout)["id"]
        secret = url.replace("http://", "http://user:pw@")
        early = run(url, "--base-url", secret, area, "gen-video", task)
        assert early.returncode == 2 and "(--base-url's password left out)" in early.stderr
        assert run(url, area, "wait", task, "--stage", "image", *FAST).returncode == 0
        unknown = run(url, area, "gen-video", task)
    assert unknown.returncode == 3, unknown.stderr
    check = f"check the job before sending again. Check with: creatify {area} get {task}"
    assert check in unknown.stderr
    assert "list recent jobs" not in unknown.stderr
