# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.ai_shorts`, from the declaration `AI_SHORTS_JOB`."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable
from functools import partial

from creatify_api import models
from creatify_api.api.ai_shorts import (
    ai_shorts_create,
    ai_shorts_preview_create,
    ai_shorts_render_create,
)
from typing_extensions import Unpack

from .._jobs import AI_SHORTS_JOB
from .._options import AiShortsOptions
from .._requests import checked_query, ids_param, request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import AsyncDownloads, UpdateCallback


class AsyncAiShorts(AsyncDownloads[models.AiShorts]):
    """AI Shorts: a script to a short video.

    Statuses: pending, in_queue, running, then done, failed (`AiShortsFailed`) or
    rejected (`AiShortsRejected`). The result is `video_output` (or `output`);
    `download` checks it is video.
    """

    _kind = AI_SHORTS_JOB

    async def list(
        self,
        ids: Iterable[str | uuid.UUID] | None = None,
        ordering: str | None = None,
        *,
        timeout: TimeoutArg = None,
    ) -> builtins.list[models.AiShorts]:
        """Your jobs of this kind, or only those of up to 100 `ids`; `ordering` names a
        field (`-created_at` for newest first). Free.
        """
        return await self._list(timeout, ids=ids_param(ids), **checked_query(ordering=ordering))

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AiShortsOptions]
    ) -> models.AiShorts:
        """Start a video from `script`. Costs 5 credits per 30 s of video.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.AiShortsCreateRequest, options)
        return await self._call(ai_shorts_create, timeout, body=body)

    async def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AiShortsOptions]
    ) -> models.AiShorts:
        """A preview from the same options; then `render(id)`. Costs 1 credit per 30 s.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.AiShortsCreateRequest, options)
        return await self._call(ai_shorts_preview_create, timeout, body=body)

    async def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.AiShorts:
        """Render a previewed task (no request body); then `wait`. Costs credits (the
        vendor publishes no rate for it; the finished job's `credits_used` says how
        many).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        return await self._call(ai_shorts_render_create, timeout, id=check_path_id("id", id))

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AiShortsOptions],
    ) -> models.AiShorts:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
