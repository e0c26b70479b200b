"""`creatify mcp` against the mock: a server description per test (its own account and
output folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mcp.helpers import Server


@pytest.fixture
def server(mock_base_url: str, tmp_path: Path) -> Server:
    return Server(base_url=mock_base_url, output_dir=tmp_path / "out")
