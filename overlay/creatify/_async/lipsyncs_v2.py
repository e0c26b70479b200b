"""`client.lipsyncs_v2`: AI Avatar v2 videos (several scenes and avatars): create, preview,
render, wait, download."""

from __future__ import annotations

import uuid

from creatify_api import models
from creatify_api.api.lipsyncs_v2 import (
    lipsyncs_v2_create,
    lipsyncs_v2_preview_create,
    lipsyncs_v2_render_create,
)
from typing_extensions import Unpack

from .._jobs import LIPSYNC_V2_JOB
from .._requests import LipsyncV2Options, lipsync_v2_request
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .api_call import call
from .jobs import AsyncDownloads, AsyncListsByIds, UpdateCallback


class AsyncLipsyncsV2(AsyncListsByIds[models.LipsyncV2], AsyncDownloads[models.LipsyncV2]):
    """AI Avatar v2: a video of one or more scenes (`creatify.Scene`), each with its avatar,
    voice, background, captions and transitions; costs credits.

    Statuses: pending, in_queue, running, then done, failed (`LipsyncV2Failed`) or
    rejected (`LipsyncV2Rejected`). Waits default to a first check at once, then about
    2 s growing 1.5x up to 30 s, for up to 60 min.
    """

    _kind = LIPSYNC_V2_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LipsyncV2Options]
    ) -> models.LipsyncV2:
        """Start a video task from `video_inputs` (one scene or more).

        Every scene is checked before sending; an error names its path, e.g.
        `video_inputs[1].voice.input_text`. Costs credits (5 per 30 s with the standard
        model), so it is never sent twice: retried only if the request provably did not
        reach the service (connection refused) or it answered 429.
        """
        return await call(
            lipsyncs_v2_create.asyncio_detailed,
            models.LipsyncV2,
            "POST /api/lipsyncs_v2/",
            client=self._host._api,
            timeout=timeout,
            body=lipsync_v2_request(options),
        )

    async def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LipsyncV2Options]
    ) -> models.LipsyncV2:
        """A cheap preview (1 credit per 30 s) from the same options as `create`; then
        `render(id)`.

        Costs 1 credit per 30 s of video.
        """
        return await call(
            lipsyncs_v2_preview_create.asyncio_detailed,
            models.LipsyncV2,
            "POST /api/lipsyncs_v2/preview/",
            client=self._host._api,
            timeout=timeout,
            body=lipsync_v2_request(options),
        )

    async def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.LipsyncV2:
        """Render a previewed task (costs 4 credits per 30 s). Costs 4 credits per 30 s of video."""
        return await call(
            lipsyncs_v2_render_create.asyncio_detailed,
            models.LipsyncV2,
            "POST /api/lipsyncs_v2/{id}/render/",
            client=self._host._api,
            timeout=timeout,
            id=check_path_id("id", id),
        )

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[LipsyncV2Options],
    ) -> models.LipsyncV2:
        """`create` (costs credits), then `wait`. Costs what `create` costs; the wait itself is
        free.
        """
        task = await self.create(**options)
        return await self.wait(
            task.id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_update=on_update,
        )
