"""The guide's pytest example passes with the plugin's fixtures (entry point `pytest11`)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
from creatify import InvalidInputError
from creatify.testing import FakeCreatify

from tests.testing.guide import GUIDE, example


def test_the_guides_example_passes(tmp_path: Path) -> None:
    (tmp_path / "test_my_videos.py").write_text(example())
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-W",
            "ignore::DeprecationWarning",
            "test_my_videos.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "6 passed" in run.stdout


def test_the_guides_400_example_is_what_the_fake_answers() -> None:
    """The guide said "Only the first broken rule is named" where the fake names every
    broken field (S2-7): its example request gets its example answer."""
    said = re.search(
        r"`POST (/api/\S+)` with `(\{.*?\})`\s+answers (\d{3}) `(\{.*?\})`",
        GUIDE.read_text(),
        re.DOTALL,
    )
    assert said is not None, "the guide shows a 400 naming every broken field"
    path, body, status, answer = said.groups()
    fake = FakeCreatify()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as http:
        got = http.post(path, json=json.loads(body), headers={"X-API-ID": "a", "X-API-KEY": "b"})
    assert (got.status_code, got.json()) == (int(status), json.loads(answer))
    assert len(got.json()) > 1


def test_the_guides_kind_that_reject_next_refuses_is_refused() -> None:
    """The guide's example of a kind `reject_next` refuses was `"iab_images"`, whose jobs
    may be rejected now (V4-1): the kind it names is refused."""
    said = re.search(
        r"`reject_next` refuses a kind .*?such as `\"(\w+)\"`", GUIDE.read_text(), re.DOTALL
    )
    assert said is not None, "the guide names a kind reject_next refuses"
    with pytest.raises(InvalidInputError) as refused:
        FakeCreatify().reject_next(said.group(1))
    assert refused.value.field == "kind"


def test_the_guides_way_to_send_mock_headers_to_the_fake_works_as_written() -> None:
    """The guide's `httpx.Client(transport=fake.transport(), base_url=fake.base_url)` sent
    no credentials (401), and with some the job was not the fake client's (404; V4-4):
    its example, run as written, sees the job fail."""
    blocks = re.findall(r"^( *)```python\n(.*?)^\1```", GUIDE.read_text(), re.DOTALL | re.MULTILINE)
    code = next(textwrap.dedent(b) for _, b in blocks if "fake.transport()" in b)
    names: dict[str, Any] = {}
    exec(code, names)  # noqa: S102 (the guide's test, then called with a fake as its fixture)
    test = next(v for k, v in names.items() if k.startswith("test_"))
    fake = FakeCreatify()
    test(fake)
    assert [r.headers.get("x-mock-outcome") for r in fake.requests[:1]] == ["failed"]
