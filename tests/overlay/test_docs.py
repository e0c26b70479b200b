"""What `help()` shows and what the repository ships say what the code does (issue 16)."""

from __future__ import annotations

import pydoc
from pathlib import Path

import pytest
from creatify import AvatarDetails, LipsyncOptions

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("options", [AvatarDetails, LipsyncOptions])
def test_help_on_the_option_types_lists_every_field(options: type) -> None:
    """`help(LipsyncOptions)` names each field (attribute docstrings are not shown)."""
    text = pydoc.render_doc(options, renderer=pydoc.plaintext)
    docstring = text[: text.index("Method resolution order")]
    missing = [name for name in options.__annotations__ if name not in docstring]
    assert missing == []


def test_the_project_ships_the_license_it_declares() -> None:
    """pyproject says MIT: the LICENSE file is there and is the MIT text."""
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text()
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")


def test_the_spec_readme_cites_only_what_the_repository_holds() -> None:
    """openapi/README.md does not send readers to ../shared/, which they do not have."""
    assert "../shared" not in (ROOT / "openapi" / "README.md").read_text()
