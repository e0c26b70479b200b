"""`client.voices`' own method: an accent found by name (`find_accent`; the rest is
generated from `VOICES` into `voices.py`)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from creatify_api import models

from .._timeouts import TimeoutArg
from .._voices import pick_accent
from .api_call import AsyncResource


class AsyncVoicesExtras(AsyncResource):
    if TYPE_CHECKING:  # generated in `voices.py`

        async def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.Voice]: ...

    async def find_accent(
        self, voice: str, accent: str | None = None, *, timeout: TimeoutArg = None
    ) -> models.Accent:
        """The accent named `accent` of the voice named `voice` (case is ignored); pass its
        `.id` as `accent` or `voice_id`. Without `accent`, the voice must have only one.

        An accent name also matches by its start (`"British"` finds `"British English"`)
        when exactly one does. Raises `InvalidInputError` listing the close names. Free.
        """
        return pick_accent(await self.list(timeout=timeout), voice, accent)
