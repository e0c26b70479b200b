"""The pytest plugin's async fixture under each way of running async tests."""

from __future__ import annotations

import subprocess
import sys

# Loaded before the in-process runs: each puts sys.modules back as it found it, and a fake
# loaded afresh in every run (the plugin loads it on first use) meets yaml's loaders of
# the run before.
import creatify.testing._fake  # noqa: F401
import pytest

pytest_plugins = ["pytester"]

USES_THE_FIXTURE = """
import pytest

{mark}
async def test_it(async_creatify_client):
    assert await async_creatify_client.voices.list()
"""


@pytest.mark.parametrize(
    ("mode", "mark", "options"),
    [
        ("strict", "@pytest.mark.asyncio", []),  # pytest-asyncio's default mode
        ("auto", "", []),
        ("strict", "@pytest.mark.anyio", []),  # both plugins loaded
        ("strict", "@pytest.mark.anyio", ["-p", "no:asyncio"]),  # anyio's alone
    ],
)
def test_the_async_fixture_works_under_pytest_asyncio_and_anyio(
    pytester: pytest.Pytester, mode: str, mark: str, options: list[str]
) -> None:
    pytester.makeini(
        f"[pytest]\nasyncio_mode = {mode}\nasyncio_default_fixture_loop_scope = function\n"
    )
    pytester.makepyfile(USES_THE_FIXTURE.format(mark=mark))
    result = pytester.runpytest_inprocess(*options)
    result.assert_outcomes(passed=1)


def test_the_plugin_loads_no_fake_until_a_fixture_asks() -> None:
    """pytest loads the plugin in every run of an environment with the package: it loaded
    the whole fake (0.3 s) for projects that use none of its fixtures (W2-3)."""
    code = (
        "import sys, creatify.testing.pytest_plugin\n"
        "assert 'creatify.testing._fake' not in sys.modules, 'loaded'\n"
        "from creatify.testing import FakeCreatify\n"
        "assert FakeCreatify.__module__ == 'creatify.testing._fake'\n"
        "import creatify.testing as kit\n"  # dir() and completion show the lazy names (V11-3)
        "assert {'FakeCreatify', 'RecordedRequest'} <= set(dir(kit)), dir(kit)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
