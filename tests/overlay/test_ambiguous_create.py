"""A create that fails after it may have reached the service says the job may exist.

A real server on 127.0.0.1 that reads the request and never answers (or resets the
connection after reading it) stands for a service that received the POST.
"""

from __future__ import annotations

import pytest
from creatify import APIConnectionError, APIError, APITimeoutError, Creatify, InternalServerError

from tests.faults.server import Fault, closed_port, serving
from tests.overlay.helpers import PERSONA_ID


def create(url: str) -> None:
    Creatify("id", "key", url, max_retries=0, timeout=0.5).lipsyncs.create(
        creator=PERSONA_ID, text="Hello"
    )


@pytest.mark.parametrize(
    ("fault", "kind"),
    [(Fault(hang=True), APITimeoutError), (Fault(reset_before_response=True), APIConnectionError)],
    ids=["no answer", "reset after the body"],
)
def test_a_create_that_may_have_arrived_says_the_job_may_exist(
    fault: Fault, kind: type[APIConnectionError]
) -> None:
    """Time-out or reset after the body was sent: `maybe_created`, and the message says so."""
    with serving(fault) as server, pytest.raises(kind) as info:
        create(server.url)
    assert server.count("POST") == 1
    assert info.value.maybe_created
    assert "the job may exist" in str(info.value)


@pytest.mark.parametrize("status", [500, 502, 504])
def test_a_create_answered_5xx_says_the_job_may_exist(status: int) -> None:
    """A gateway's 5xx may come after the service took the create (errors.md): the same
    attribute and note as a dropped connection, read as `APIError.maybe_created`."""
    fault = Fault(status=status, body=b"<html>Bad Gateway</html>", headers={})
    with serving(fault) as server, pytest.raises(InternalServerError) as info:
        create(server.url)
    error: APIError = info.value
    assert error.maybe_created
    assert "the job may exist" in str(error)
    with serving(fault) as server, pytest.raises(InternalServerError) as info:
        Creatify("id", "key", server.url, max_retries=0).credits.remaining()
    assert not info.value.maybe_created
    assert "may exist" not in str(info.value)


def test_a_create_that_never_left_says_nothing_was_created() -> None:
    """Connection refused: nothing can exist; no such note."""
    with pytest.raises(APIConnectionError) as info:
        create(f"http://127.0.0.1:{closed_port()}")
    assert not info.value.maybe_created
    assert "may exist" not in str(info.value)


def test_a_read_that_times_out_makes_no_claim() -> None:
    """A GET creates nothing."""
    with serving(Fault(hang=True)) as server, pytest.raises(APITimeoutError) as info:
        Creatify("id", "key", server.url, max_retries=0, timeout=0.5).credits.remaining()
    assert not info.value.maybe_created
    assert "may exist" not in str(info.value)
