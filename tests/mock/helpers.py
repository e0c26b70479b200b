"""Shared bits of the mock's tests: a client, polling, and the spec's schemas."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
from openapi_schema_validator import OAS30Validator

from tests.spec import load_spec

CREATOR = "18fccce8-86e7-5f31-abc8-18915cb872be"


def client(base_url: str, auth_headers: dict[str, str], **headers: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, headers={**auth_headers, **headers}, timeout=10)


def until(check: Callable[[], Any], timeout: float = 20.0, interval: float = 0.05) -> Any:
    """Call `check` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError(f"not true within {timeout} s: {check}")


def assert_valid(instance: Any, schema_name: str) -> None:
    """`instance` is valid against `#/components/schemas/<schema_name>` (OpenAPI 3.0 rules)."""
    spec = load_spec()
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
    OAS30Validator(schema).validate(instance)


def still_answers(c: httpx.Client) -> None:
    """The mock (layer and Prism behind it) still serves an ordinary request."""
    answer = c.get("/api/remaining_credits/")
    assert answer.status_code == 200, answer.text
    assert "remaining_credits" in answer.json()
