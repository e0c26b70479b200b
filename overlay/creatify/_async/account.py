"""`client.voices` and `client.credits`."""

from __future__ import annotations

import builtins

from creatify_api import models
from creatify_api.api.credits_ import remaining_credits_retrieve
from creatify_api.api.voices import voices_list

from .._timeouts import TimeoutArg
from .api_call import call
from .jobs import AsyncHost


class AsyncVoices:
    """Voices and their accents (an accent id is a lipsync's `accent`)."""

    def __init__(self, host: AsyncHost) -> None:
        self._host = host

    async def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.Voice]:
        """Every voice, with its accents. Free."""
        return await call(
            voices_list.asyncio_detailed,
            list,
            "GET /api/voices/",
            client=self._host._api,
            timeout=timeout,
        )


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
