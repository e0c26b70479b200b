"""Options a create cannot honour are usage errors (exit 2) before anything is sent: a
wait's seconds that are nan or inf (finding A1, A7), --preview with --wait or --download
(A3), product-to-videos' video options without --wait (A5). Also: the product's --wait
says its cost (A5) and `creatify mock --job-seconds nan` is an error line (B13)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.inprocess import invoke
from tests.cli.test_cli import FIXTURES, PERSONA, ROOT, run
from tests.faults.server import Fault, serving

SCENES = str(ROOT / "examples" / "scenes.yaml")
LIPSYNC = ["lipsyncs", "create", "--avatar", PERSONA, "--text", "Hi", "--wait"]
AVATAR = ["avatars", "create", "--video", str(FIXTURES / "james.mp4"), "--name", "J", "--wait"]
PRODUCT = ["product-to-videos", "create", "--product-url", "https://e.com/p.jpg"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            [*LIPSYNC, "--timeout", "nan"],
            "'--timeout': nan: must be a number of seconds more than 0",
        ),
        (
            [*LIPSYNC, "--poll-interval", "nan"],
            "'--poll-interval': nan: must be a number of seconds more than 0",
        ),
        (
            [*LIPSYNC, "--poll-interval", "inf"],
            "'--poll-interval': inf: must be a number of seconds more than 0",
        ),
        (
            ["tts", "create", "--script", "Hi", "--timeout", "nan"],
            "nan: must be a number of seconds more than 0",
        ),
        (
            [*AVATAR, "--gender", "m", "--poll-interval", "nan"],
            "nan: must be a number of seconds more than 0",
        ),
        (["lipsyncs-v2", "create", "--scenes", SCENES, "--preview", "--wait"], "--preview takes"),
        (["lipsyncs-v2", "create", "--scenes", SCENES, "--preview", "--download", "{out}"], ""),
        (["lipsyncs-v2", "create", "--scenes", SCENES, "--preview", "--listen"], ""),
        ([*PRODUCT, "--motion-style", "talking"], "--motion-style and --video-prompt need"),
        ([*PRODUCT, "--video-prompt", "A spin"], "need --wait"),
    ],
)
def test_refused_before_anything_is_sent(args: list[str], said: str, tmp_path: Path) -> None:
    out = tmp_path / "out.mp4"
    with serving(Fault(status=500)) as server:
        result = run(server.url, *[a.replace("{out}", str(out)) for a in args])
        assert server.count() == 0
    assert result.returncode == 2, result.stderr
    assert said in result.stderr
    assert not out.exists()


def test_product_to_video_with_wait_says_its_cost(mock_base_url: str) -> None:
    args = [*PRODUCT, "--motion-style", "talking", "--wait", "--poll-interval", "0.05"]
    result = run(mock_base_url, *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Costs credits") == 1, result.stderr


def test_a_preview_says_its_cost(mock_base_url: str) -> None:
    result = run(mock_base_url, "lipsyncs-v2", "create", "--scenes", SCENES, "--preview")
    assert result.returncode == 0, result.stderr
    assert "preview created" in result.stdout
    assert "Costs 1 credit per 30 s of video." in result.stderr


@pytest.mark.parametrize("seconds", ["nan", "inf"])
def test_mock_job_seconds_not_finite_is_an_error_line(seconds: str) -> None:
    result = invoke(["mock", "--port", "0", "--job-seconds", seconds], dict(os.environ))
    assert result.returncode == 2
    assert result.stderr == (
        f"error: --job-seconds: must be a finite number from 0 to 1,000,000,000, got {seconds}\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["iab-images", "create", "--image", "https://e.com/p.jpg"],
        ["asset-generator", "create", "--model", "nano-banana", "--param", "prompt=cat"],
        ["inspiration-jobs", "create", "--template", PERSONA],
    ],
)
def test_a_download_folder_that_cannot_be_made_is_refused_before_the_create(
    args: list[str], tmp_path: Path
) -> None:
    """Several files go to a folder: one under a file is refused as a file's path is (L1)."""
    (tmp_path / "afile").write_text("")
    with serving(Fault(status=500)) as server:
        result = run(server.url, *args, "--download", str(tmp_path / "afile" / "sub"))
        assert server.count() == 0
    assert result.returncode == 2, result.stderr
    assert "is a file, so it cannot hold" in result.stderr
