"""Findings W1-W12 of the review of the CLI's changes (FINDINGS-V2): each test fails
without its fix."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.cli.mock_jobs import STOCK_PERSONA
from tests.cli.prefer_proxy import header_proxy
from tests.cli.test_cli import run


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
