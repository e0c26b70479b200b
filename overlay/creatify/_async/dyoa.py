"""`client.dyoa`: Design Your Own Avatar, an avatar described in words: create, wait
for its photos, list."""

from __future__ import annotations

import builtins

from creatify_api import models
from creatify_api.api.dyoa import dyoa_create, dyoa_list
from typing_extensions import Unpack

from .._jobs import DYOA_JOB
from .._requests import DyoaOptions, dyoa_request, ordering_param
from .._timeouts import TimeoutArg
from .api_call import call
from .jobs import UpdateCallback
from .product_jobs import AsyncCreatesThenWaits


class AsyncDyoa(AsyncCreatesThenWaits[models.Dyoa]):
    """Design Your Own Avatar: the service draws photos of the avatar you describe.

    Statuses: initializing, then draft (`photos` are ready: pick one in the Creatify app
    to send it for review), pending, in_progress, then done (the avatar is under
    `reviews[].creator`) or rejected (`DyoaRejected`). `wait` ends at `draft` as well as
    at `done`, since nothing happens at `draft` until you act; waiting again after you
    picked a photo ends at `done` or `rejected`. Nothing to download: the photos are URLs.
    """

    _kind = DYOA_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[DyoaOptions]
    ) -> models.Dyoa:
        """Describe an avatar: `name`, `age_group`, `gender`, and optionally
        `more_details`, `outfit_description`, `background_description`.

        Costs credits (the vendor publishes no rate for it; the finished job's `credits_used` says
        how many).
        """
        return await call(
            dyoa_create.asyncio_detailed,
            models.Dyoa,
            "POST /api/dyoa/",
            client=self._host._api,
            timeout=timeout,
            body=dyoa_request(options),
        )

    async def list(
        self, ordering: str | None = None, *, timeout: TimeoutArg = None
    ) -> builtins.list[models.Dyoa]:
        """Your requests; `ordering` names a field (`-created_at` for newest first). Free."""
        return await call(
            dyoa_list.asyncio_detailed,
            list,
            "GET /api/dyoa/",
            client=self._host._api,
            timeout=timeout,
            ordering=ordering_param(ordering),
        )

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[DyoaOptions],
    ) -> models.Dyoa:
        """`create`, then `wait` (until the photos are ready: `draft`). Costs what `create` costs;
        the wait itself is free.
        """
        return await self._create_then_wait(
            lambda: self.create(**options), timeout, poll_interval, max_interval, on_update
        )
