"""`client.voices` and `client.credits`."""

from __future__ import annotations

import builtins

from creatify_api import models
from creatify_api.api.credits_ import remaining_credits_retrieve
from creatify_api.api.voices import voices_list

from .._api_call import acall, call
from ._base import AsyncHost, SyncHost


class Voices:
    """Voices and their accents (for a lipsync's `accent`)."""

    def __init__(self, host: SyncHost) -> None:
        self._host = host

    def list(self) -> builtins.list[models.Voice]:
        """Every voice, with its accents."""
        return call(voices_list.sync_detailed, list, "GET /api/voices/", client=self._host._api)


class AsyncVoices:
    """The async twin of `Voices`."""

    def __init__(self, host: AsyncHost) -> None:
        self._host = host

    async def list(self) -> builtins.list[models.Voice]:
        """See `Voices.list`."""
        return await acall(
            voices_list.asyncio_detailed, list, "GET /api/voices/", client=self._host._api
        )


class Credits:
    """The account's credits."""

    def __init__(self, host: SyncHost) -> None:
        self._host = host

    def remaining(self) -> models.RemainingCredits:
        """`remaining_credits`: what is left to spend."""
        return call(
            remaining_credits_retrieve.sync_detailed,
            models.RemainingCredits,
            "GET /api/remaining_credits/",
            client=self._host._api,
        )


class AsyncCredits:
    """The async twin of `Credits`."""

    def __init__(self, host: AsyncHost) -> None:
        self._host = host

    async def remaining(self) -> models.RemainingCredits:
        """See `Credits.remaining`."""
        return await acall(
            remaining_credits_retrieve.asyncio_detailed,
            models.RemainingCredits,
            "GET /api/remaining_credits/",
            client=self._host._api,
        )
