"""Every public method of every namespace says what it costs, sync and async."""

from __future__ import annotations

import inspect
import re

import pytest
from creatify import AsyncCreatify, Creatify
from creatify._async.client import NAMESPACES
from creatify._jobs import JOB_KINDS

from tests.overlay.helpers import API_ID, API_KEY, BASE_URL

# A sentence that starts with "Free" or "Costs" (credits, an avatar slot, nothing).
COST_SENTENCE = re.compile(r"(?:^|[.:]\s+)(?:Free\b|Costs\s+\S+)", re.MULTILINE)
# A rate ("4 credits per 30 s"): stated once, not again in another sentence.
RATE = re.compile(r"\d[\d.]*\s+credits?\s+per\s+\w+(?: s\b)?")


def states_its_cost_once(doc: str) -> bool:
    rates = RATE.findall(doc)
    return len(COST_SENTENCE.findall(doc)) == 1 and len(rates) == len(set(rates))


def namespaces(client: object) -> list[str]:
    """Every namespace of the client (`client.avatars`, ..., `client.webhooks`)."""
    names = list(NAMESPACES)
    return sorted(n for n in names if getattr(client, n)._host is client)


def public_methods(client: object) -> list[tuple[str, object]]:
    found = []
    for namespace in namespaces(client):
        resource = type(getattr(client, namespace))
        for name, method in inspect.getmembers(resource, inspect.isfunction):
            if not name.startswith("_"):
                found.append((f"{namespace}.{name}", method))
    return found


SYNC = public_methods(Creatify(API_ID, API_KEY, BASE_URL))
ASYNC = public_methods(AsyncCreatify(API_ID, API_KEY, BASE_URL))


@pytest.mark.parametrize(("name", "method"), SYNC + ASYNC, ids=[n for n, _ in SYNC + ASYNC])
def test_every_public_method_states_its_cost(name: str, method: object) -> None:
    """The reference site shows these docstrings: each says Free or Costs ..., once."""
    doc = inspect.getdoc(method) or ""
    assert COST_SENTENCE.search(doc), f"{name}: no 'Free.' or 'Costs ...' sentence"
    assert states_its_cost_once(doc), f"{name}: the cost is stated more than once"


def test_the_check_sees_every_namespace_method() -> None:
    """The list is not empty by accident, and sync and async have the same methods."""
    assert len(SYNC) >= 90
    assert {*JOB_KINDS, "webhooks"} <= {n.split(".")[0] for n, _ in SYNC}
    assert [n for n, _ in SYNC] == [n for n, _ in ASYNC]


def test_the_cost_pattern_can_fail() -> None:
    """A docstring without a cost sentence does not pass."""
    assert not COST_SENTENCE.search("Start a video task. Needs `creator`.")
    assert COST_SENTENCE.search("One job. Free.")
    assert COST_SENTENCE.search("Costs credits (5 per 30 s).")
    assert states_its_cost_once("Render it. Costs 4 credits per 30 s; 1 credit per second.")
    assert not states_its_cost_once(
        "Render a previewed task (costs 4 credits per 30 s). Costs 4 credits per 30 s of video."
    )
    assert not states_its_cost_once("Costs credits. Then `wait`. Costs what `create` costs.")
