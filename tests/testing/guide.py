"""The example of docs/guides/testing-your-code.md, as a user's test file."""

from __future__ import annotations

import re
from pathlib import Path

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guides" / "testing-your-code.md"


def example() -> str:
    """The guide's first Python block: the complete pytest example."""
    found = re.search(r"```python\n(.*?)```", GUIDE.read_text(), re.DOTALL)
    assert found is not None, "the guide has no python example"
    return found.group(1)
