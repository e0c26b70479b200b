"""Shared pytest fixtures: the mock (layer + Prism) and plain Prism, started when needed."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline (Hypothesis' 200 ms): a stalled CI machine is no failure here.
settings.register_profile("creatify", deadline=None)
settings.load_profile("creatify")

sys.path.insert(0, str(Path(__file__).parent / "mock"))
import serve as mock_server

# Any server that speaks the API: e.g. Prism in proxy mode in front of the real service.
BASE_URL_ENV = "CREATIFY_TEST_BASE_URL"
# `make test` runs the suite in several pytest-xdist workers; each starts its own mock,
# ten ports above the previous worker's (gw0: 4010 and 4011, gw1: 4020 and 4021, ...).
WORKER_OFFSET = 10 * int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
MOCK_PORT = int(os.environ.get("CREATIFY_MOCK_PORT", mock_server.DEFAULT_PORT)) + WORKER_OFFSET
# Plain stateless Prism, for the schemathesis suite; the second port of a worktree.
RAW_PRISM_PORT = WORKER_OFFSET + int(
    os.environ.get("CREATIFY_RAW_PRISM_PORT", os.environ.get("CREATIFY_MEDIA_PORT", "4011"))
)
# Jobs of the mock the tests start end quickly; a test that watches the steps asks for
# longer with the `X-Mock-Job-Seconds` header.
TEST_JOB_SECONDS = float(os.environ.get("CREATIFY_MOCK_JOB_SECONDS", "0.3"))
# The mock checks only that credentials are present; these never reach a real service.
TEST_API_ID = os.environ.get("CREATIFY_TEST_API_ID", "test-api-id")
TEST_API_KEY = os.environ.get("CREATIFY_TEST_API_KEY", "test-api-key-0123456789")


@pytest.fixture(scope="session")
def mock_base_url() -> Iterator[str]:
    """The server under test: `CREATIFY_TEST_BASE_URL`, or the mock (started if idle).

    The mock is the scenario layer in front of Prism (mock/layer.py); if something else
    listens on its port the session fails with a message that says so.
    """
    if os.environ.get(BASE_URL_ENV):
        yield os.environ[BASE_URL_ENV].rstrip("/")
        return
    try:
        with mock_server.running(MOCK_PORT, job_seconds=TEST_JOB_SECONDS) as url:
            yield url
    except mock_server.MockPortTaken as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def raw_prism_url() -> Iterator[str]:
    """Plain stateless Prism (no layer): `CREATIFY_TEST_BASE_URL`, or started if idle."""
    if os.environ.get(BASE_URL_ENV):
        yield os.environ[BASE_URL_ENV].rstrip("/")
        return
    try:
        with mock_server.running(RAW_PRISM_PORT, raw=True) as url:
            yield url
    except mock_server.MockPortTaken as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def auth_headers() -> dict[str, str]:
    return {"X-API-ID": TEST_API_ID, "X-API-KEY": TEST_API_KEY}


# The SDK reads these from the environment; a developer's shell must not change a result.
# The mock's ports and the CREATIFY_TEST_* settings above are the suite's own knobs.
SDK_ENVIRONMENT = (
    "CREATIFY_API_ID",
    "CREATIFY_API_KEY",
    "CREATIFY_BASE_URL",
    "CREATIFY_MAX_RETRIES",
    "CREATIFY_PREFER",
    # Proxies apply as in httpx (a developer's would stand between the tests and the mock).
    *(f"{scheme}_PROXY" for scheme in ("HTTP", "HTTPS", "ALL", "NO")),
    *(f"{scheme}_proxy" for scheme in ("http", "https", "all", "no")),
)


@pytest.fixture(autouse=True)
def _isolate_sdk_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts without the caller's SDK settings (tests set what they need)."""
    for name in SDK_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
