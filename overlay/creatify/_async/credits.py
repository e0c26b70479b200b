"""`client.credits`: the account's credits."""

from __future__ import annotations

from creatify_api import models
from creatify_api.api.credits_ import remaining_credits_retrieve

from .._timeouts import TimeoutArg
from .api_call import call
from .jobs import AsyncHost


class AsyncCredits:
    """The account's credits."""

    def __init__(self, host: AsyncHost) -> None:
        self._host = host

    async def remaining(self, *, timeout: TimeoutArg = None) -> models.RemainingCredits:
        """`remaining_credits`: what is left to spend. Free."""
        return await call(
            remaining_credits_retrieve.asyncio_detailed,
            models.RemainingCredits,
            "GET /api/remaining_credits/",
            client=self._host._api,
            timeout=timeout,
        )
