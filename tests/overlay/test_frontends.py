"""`_frontends.may_have_made_job`: the one answer batches and the MCP server act on after
a failed create (keep the create as `sending`, or free it to be sent again). Exceptions
built here: a server cannot drop a connection after the request left on cue."""

from __future__ import annotations

import httpx
import pytest
from creatify import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    InvalidInputError,
    RateLimitError,
)
from creatify._frontends import may_have_made_job

POST = httpx.Request("POST", "https://api.example/api/lipsyncs/")
GET = httpx.Request("GET", "https://api.example/api/asset_generator/schemas/")


def status(
    request: httpx.Request, code: int, cls: type[APIStatusError] = APIStatusError
) -> Exception:
    return cls("refused", response=httpx.Response(code, request=request), body=None)


def unreadable(request: httpx.Request) -> Exception:
    """A 2xx whose body breaks the spec."""
    response = httpx.Response(200, request=request, content=b"[]")
    return APIResponseValidationError("not a job", response=response)


@pytest.mark.parametrize(
    ("error", "maybe"),
    [
        (InvalidInputError("text", "is required"), False),  # never sent
        (APIConnectionError("refused", request=POST), False),
        (APIConnectionError("reset after sending", request=POST, maybe_created=True), True),
        (status(POST, 400), False),
        (status(POST, 429, RateLimitError), False),
        (status(POST, 502), True),
        (status(GET, 503), False),  # the look-up before the POST: no create was sent
        (unreadable(POST), True),  # the create was answered 2xx: a job was made
        (unreadable(GET), False),  # the look-up's answer: no create was sent
        (RuntimeError("unforeseen"), True),  # unknown: never assume no job
    ],
)
def test_only_a_create_that_may_have_reached_the_service_is_kept(
    error: Exception, maybe: bool
) -> None:
    assert may_have_made_job(error) is maybe
