"""`client.ai_shorts`: AI Shorts, a script to a short video: create or preview, render,
wait, download."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable

from creatify_api import models
from creatify_api.api.ai_shorts import (
    ai_shorts_create,
    ai_shorts_list,
    ai_shorts_preview_create,
    ai_shorts_render_create,
)
from typing_extensions import Unpack

from .._jobs import AI_SHORTS_JOB
from .._requests import AiShortsOptions, ai_shorts_request, ids_param, ordering_param
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .api_call import call
from .jobs import AsyncDownloads, UpdateCallback
from .product_jobs import AsyncCreatesThenWaits


class AsyncAiShorts(AsyncCreatesThenWaits[models.AiShorts], AsyncDownloads[models.AiShorts]):
    """AI Shorts (the vendor marks it deprecated); costs credits.

    Statuses: pending, in_queue, running, then done (the MP4 in `video_output`), failed
    (`AiShortsFailed`) or rejected (`AiShortsRejected`). Waits as for lipsyncs.
    """

    _kind = AI_SHORTS_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AiShortsOptions]
    ) -> models.AiShorts:
        """Start a video from `script` (5 credits per 30 s); never sent twice. Costs credits (the
        vendor publishes no rate for it; the finished job's `credits_used` says how many).
        """
        return await call(
            ai_shorts_create.asyncio_detailed,
            models.AiShorts,
            "POST /api/ai_shorts/",
            client=self._host._api,
            timeout=timeout,
            body=ai_shorts_request(options),
        )

    async def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AiShortsOptions]
    ) -> models.AiShorts:
        """A preview (1 credit per 30 s) from the same options; then `render(id)`. Costs credits,
        fewer than a render (rate not published).
        """
        return await call(
            ai_shorts_preview_create.asyncio_detailed,
            models.AiShorts,
            "POST /api/ai_shorts/preview/",
            client=self._host._api,
            timeout=timeout,
            body=ai_shorts_request(options),
        )

    async def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.AiShorts:
        """Render a previewed task (costs credits); then `wait`. Costs credits (the vendor publishes
        no rate for it; the finished job's `credits_used` says how many).
        """
        return await call(
            ai_shorts_render_create.asyncio_detailed,
            models.AiShorts,
            "POST /api/ai_shorts/{id}/render/",
            client=self._host._api,
            timeout=timeout,
            id=check_path_id("id", id),
        )

    async def list(
        self,
        ids: Iterable[str | uuid.UUID] | None = None,
        ordering: str | None = None,
        *,
        timeout: TimeoutArg = None,
    ) -> builtins.list[models.AiShorts]:
        """Your AI Shorts tasks, or only those of up to 100 `ids`; `ordering` names a
        field (`-created_at` for newest first). Free."""
        return await call(
            ai_shorts_list.asyncio_detailed,
            list,
            "GET /api/ai_shorts/",
            client=self._host._api,
            timeout=timeout,
            ids=ids_param(ids),
            ordering=ordering_param(ordering),
        )

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AiShortsOptions],
    ) -> models.AiShorts:
        """`create` (costs credits), then `wait`. Costs what `create` costs; the wait itself is
        free.
        """
        return await self._create_then_wait(
            lambda: self.create(**options), timeout, poll_interval, max_interval, on_update
        )
