# Generated from overlay/creatify/_plain.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.credits`, from the declaration `CREDITS`."""

from __future__ import annotations

from creatify_api import models
from creatify_api.api.credits_ import remaining_credits_retrieve

from .._timeouts import TimeoutArg
from .api_call import AsyncResource


class AsyncCredits(AsyncResource):
    """The account's credits."""

    async def remaining(self, *, timeout: TimeoutArg = None) -> models.RemainingCredits:
        """Get the account's remaining credits. Free."""
        return await self._request(remaining_credits_retrieve, models.RemainingCredits, timeout)
