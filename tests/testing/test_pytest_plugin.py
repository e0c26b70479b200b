"""The pytest plugin's async fixture under each way of running async tests."""

from __future__ import annotations

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
