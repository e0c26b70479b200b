"""Fixtures of the product-area tests: each runs once with `Creatify`, once with
`AsyncCreatify` (see products_helpers.py)."""

from __future__ import annotations

import pytest

from tests.overlay.products_helpers import Both, Offline


@pytest.fixture(params=["sync", "async"])
def both(request: pytest.FixtureRequest, mock_base_url: str, auth_headers: dict[str, str]) -> Both:
    """SDK calls against the mock."""
    return Both(request.param, mock_base_url, auth_headers)


@pytest.fixture(params=["sync", "async"])
def offline(request: pytest.FixtureRequest) -> Offline:
    """SDK calls whose every request fails the test (checks before any request)."""
    return Offline(request.param)
