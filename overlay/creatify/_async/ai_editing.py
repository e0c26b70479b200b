"""`client.ai_editing`: AI Editing, a video edited in a style: create or preview, render,
wait, download."""

from __future__ import annotations

import builtins
import uuid

from creatify_api import models
from creatify_api.api.ai_editing import (
    ai_editing_create,
    ai_editing_list,
    ai_editing_preview_create,
    ai_editing_render_create,
)
from typing_extensions import Unpack

from .._jobs import AI_EDITING_JOB
from .._requests import AiEditingOptions, ai_editing_request
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .api_call import call
from .jobs import AsyncDownloads, UpdateCallback
from .product_jobs import AsyncCreatesThenWaits


class AsyncAiEditing(AsyncCreatesThenWaits[models.AiEditing], AsyncDownloads[models.AiEditing]):
    """AI Editing: your video (`video_url`) edited in an `editing_style`; costs credits.

    Statuses: pending, in_queue, running, then done (the MP4 in `video_output`), failed
    (`AiEditingFailed`) or rejected (`AiEditingRejected`). Waits as for lipsyncs.
    """

    _kind = AI_EDITING_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AiEditingOptions]
    ) -> models.AiEditing:
        """Start an edit of `video_url` (costs credits per 30 s); never sent twice. Costs credits
        (the vendor publishes no rate for it; the finished job's `credits_used` says how many).
        """
        return await call(
            ai_editing_create.asyncio_detailed,
            models.AiEditing,
            "POST /api/ai_editing/",
            client=self._host._api,
            timeout=timeout,
            body=ai_editing_request(options),
        )

    async def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AiEditingOptions]
    ) -> models.AiEditing:
        """A preview (1 credit per 30 s) from the same options; then `render(id)`. Costs credits,
        fewer than a render (rate not published).
        """
        return await call(
            ai_editing_preview_create.asyncio_detailed,
            models.AiEditing,
            "POST /api/ai_editing/preview/",
            client=self._host._api,
            timeout=timeout,
            body=ai_editing_request(options),
        )

    async def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.AiEditing:
        """Render a previewed task (4 credits per 30 s); then `wait`. Costs credits (the vendor
        publishes no rate for it; the finished job's `credits_used` says how many).
        """
        return await call(
            ai_editing_render_create.asyncio_detailed,
            models.AiEditing,
            "POST /api/ai_editing/{id}/render/",
            client=self._host._api,
            timeout=timeout,
            id=check_path_id("id", id),
        )

    async def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.AiEditing]:
        """Your AI Editing tasks. Free."""
        return await call(
            ai_editing_list.asyncio_detailed,
            list,
            "GET /api/ai_editing/",
            client=self._host._api,
            timeout=timeout,
        )

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AiEditingOptions],
    ) -> models.AiEditing:
        """`create` (costs credits), then `wait`. Costs what `create` costs; the wait itself is
        free.
        """
        return await self._create_then_wait(
            lambda: self.create(**options), timeout, poll_interval, max_interval, on_update
        )
