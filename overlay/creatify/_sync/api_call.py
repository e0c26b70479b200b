# Generated from overlay/creatify/_async/api_call.py by scripts/gen_sync.py: do not edit.
"""`AsyncResource`, the base of every namespace: `_request` runs one generated operation
against its client and returns the parsed model, or raises a typed error."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .._api_call import PARSE_ERRORS, answer, route, transport_error
from .._raw import collecting, current
from .._timeouts import TimeoutArg, as_timeout, call_timeout

if TYPE_CHECKING:
    from .._jobs import GeneratedOperation
    from .client import Creatify

T = TypeVar("T")


class Resource:
    """Strictly private: a namespace of the client (`client.links`, ...)."""

    def __init__(self, host: Creatify) -> None:
        self._host = host

    def _request(
        self,
        operation: GeneratedOperation,
        expected: type[T],
        timeout: TimeoutArg,
        **kwargs: Any,
    ) -> T:
        """Run one generated operation with this client (its messages name it by its
        method and path, `route`).

        `timeout` (seconds or an `httpx.Timeout`) replaces the client's for this call only
        (see `_timeouts.py`); None keeps the client's.
        """
        # Plain try/except, not a context manager: this runs on every request (bench/).
        timeout_token = call_timeout.set(as_timeout(timeout)) if timeout is not None else None
        answers, answers_token = collecting()
        try:
            try:
                result = operation.sync_detailed(client=self._host._api, **kwargs)
            except httpx.RequestError as exc:
                raise transport_error(exc, route(operation)) from exc
            except PARSE_ERRORS as exc:
                return answer(answers.response, None, expected, operation, exc)
            return answer(answers.response, result, expected, operation)
        finally:
            current.reset(answers_token)
            if timeout_token is not None:
                call_timeout.reset(timeout_token)
