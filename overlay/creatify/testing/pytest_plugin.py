"""The pytest plugin of `creatify.testing` (registered through the `pytest11` entry point).

Fixtures: `creatify_fake`, `creatify_client`, `async_creatify_client` and
`creatify_mock_server`, the fake served over HTTP on loopback (real time, jobs of 1 s) for
code that makes its own HTTP requests: `creatify mock`, no Node, not the Prism mock.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .._async.client import AsyncCreatify
    from .._sync.client import Creatify
    from ._fake import FakeCreatify

try:  # pytest-asyncio runs an async fixture in strict mode only if marked as its own
    from pytest_asyncio import fixture as async_fixture
except ImportError:  # anyio's plugin runs any async fixture of an anyio test
    async_fixture = pytest.fixture  # type: ignore[assignment]


@pytest.fixture
def creatify_fake() -> FakeCreatify:
    """A fresh in-process fake of the Creatify API (its own clock: no real waits)."""
    from ._fake import FakeCreatify  # here: every pytest run loads this plugin (W2-3)

    return FakeCreatify()


@pytest.fixture
def creatify_client(creatify_fake: FakeCreatify) -> Iterator[Creatify]:
    """A `Creatify` client bound to `creatify_fake`."""
    client = creatify_fake.client()
    yield client
    client.close()


@async_fixture
async def async_creatify_client(creatify_fake: FakeCreatify) -> AsyncIterator[AsyncCreatify]:
    """An `AsyncCreatify` client bound to `creatify_fake` (needs pytest-asyncio or anyio)."""
    client = creatify_fake.async_client()
    yield client
    await client.close()


@pytest.fixture
def creatify_mock_server() -> Iterator[FakeCreatify]:
    """A `FakeCreatify` served on http://127.0.0.1:<free port> (its `base_url`)."""
    from ._server import running_fake

    with running_fake(job_seconds=1.0) as fake:
        yield fake
