# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.lipsyncs_v2`, from the declaration `LIPSYNC_V2_JOB`."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable
from functools import partial

from creatify_api import models
from creatify_api.api.lipsyncs_v2 import (
    lipsyncs_v2_create,
    lipsyncs_v2_preview_create,
    lipsyncs_v2_render_create,
)
from typing_extensions import Unpack

from .._jobs import LIPSYNC_V2_JOB
from .._options import LipsyncV2Options
from .._requests import ids_param, request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import AsyncDownloads, UpdateCallback


class AsyncLipsyncsV2(AsyncDownloads[models.LipsyncV2]):
    """AI Avatar v2: a video of one or more scenes (`creatify.Scene`), each with its
    avatar, voice, background, captions and transitions.

    Statuses: pending, in_queue, running, then done, failed (`LipsyncV2Failed`) or
    rejected (`LipsyncV2Rejected`). The result is `output`; `download` checks it is
    video.
    """

    _kind = LIPSYNC_V2_JOB

    async def list(
        self, ids: Iterable[str | uuid.UUID] | None = None, *, timeout: TimeoutArg = None
    ) -> builtins.list[models.LipsyncV2]:
        """Your jobs of this kind, or only those of up to 100 `ids`. Free."""
        return await self._list(timeout, ids=ids_param(ids))

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LipsyncV2Options]
    ) -> models.LipsyncV2:
        """Start a video task from `video_inputs` (one scene or more, one entry per
        scene).

        Every scene is checked before sending; an error names its path, e.g.
        `video_inputs[1].voice.input_text`. Costs 5 credits per 30 s with the
        standard model.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.LipsyncV2CreateRequest, options)
        return await self._call(lipsyncs_v2_create, timeout, body=body)

    async def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LipsyncV2Options]
    ) -> models.LipsyncV2:
        """A cheap preview from the same options as `create`; then `render(id)`.

        Costs 1 credit per 30 s of video.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.LipsyncV2CreateRequest, options)
        return await self._call(lipsyncs_v2_preview_create, timeout, body=body)

    async def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.LipsyncV2:
        """Render a previewed task (no request body); then `wait`. Costs 4 credits per
        30 s of video.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        return await self._call(lipsyncs_v2_render_create, timeout, id=check_path_id("id", id))

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[LipsyncV2Options],
    ) -> models.LipsyncV2:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
