"""Run the README's Python quickstart, as written, against a running mock, in a scratch
folder: CI runs it with the installed wheel on each Python the package supports (against
`creatify mock`), and tests/overlay/test_docs.py runs it against the repository's mock.

Usage: python scripts/readme_quickstart.py [BASE_URL]   (default: the README's own URL)
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
README_URL = "http://127.0.0.1:4010"


def quickstart_block() -> str:
    """The README's quickstart block as written."""
    match = re.search(r"<!-- quickstart -->\n```python\n(.*?)```", README.read_text(), re.S)
    assert match, "the README lost its quickstart"
    code = match.group(1)
    assert README_URL in code, "the quickstart no longer names the mock's URL"
    assert "mock/fixtures/" in code, "the quickstart no longer uploads the mock's fixtures"
    return code


def run_quickstart(base_url: str, folder: Path) -> Path:
    """Run it in `folder` against `base_url` (its fixtures named from the repository root,
    as the README runs it); returns the video it saved."""
    code = quickstart_block().replace(README_URL, base_url)
    code = code.replace("mock/fixtures/", f"{ROOT / 'mock' / 'fixtures'}/")
    before = Path.cwd()
    os.chdir(folder)
    try:
        exec(compile(code, str(README), "exec"), {})  # noqa: S102 - the README's own code
    finally:
        os.chdir(before)
    video = folder / "hello.mp4"
    assert video.read_bytes()[4:8] == b"ftyp", "the quickstart saved no MP4"
    return video


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        run_quickstart(sys.argv[1] if len(sys.argv) > 1 else README_URL, Path(folder))
    print(f"README quickstart: an MP4 saved (Python {sys.version.split()[0]})")
