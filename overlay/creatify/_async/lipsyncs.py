# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.lipsyncs`, from the declaration `LIPSYNC_JOB`."""

from __future__ import annotations

import builtins
import uuid
import warnings
from collections.abc import Iterable
from functools import partial

from creatify_api import models
from creatify_api.api.lipsyncs import (
    lipsyncs_create,
    lipsyncs_multi_avatar_create,
    lipsyncs_preview_create,
    lipsyncs_render_create,
)
from typing_extensions import Unpack

from .._jobs import LIPSYNC_JOB
from .._options import LipsyncOptions, LipsyncV2Options
from .._requests import ids_param, request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import AsyncDownloads, UpdateCallback


class AsyncLipsyncs(AsyncDownloads[models.Lipsync]):
    """AI Avatar v1: an avatar speaks a text (or an audio file).

    Statuses: pending, in_queue, running, then done, failed (`LipsyncFailed`) or
    rejected (`LipsyncRejected`). The result is `output`; `download` checks it is video.
    """

    _kind = LIPSYNC_JOB

    async def list(
        self, ids: Iterable[str | uuid.UUID] | None = None, *, timeout: TimeoutArg = None
    ) -> builtins.list[models.Lipsync]:
        """Your jobs of this kind, or only those of up to 100 `ids`. Free."""
        return await self._list(timeout, ids=ids_param(ids))

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LipsyncOptions]
    ) -> models.Lipsync:
        """Start a video task. Needs `creator` and one of `text` or `audio`.

        Costs 5 credits per 30 s of video.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.LipsyncCreateRequest, options)
        return await self._call(lipsyncs_create, timeout, body=body)

    async def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LipsyncOptions]
    ) -> models.Lipsync:
        """A cheap preview from the same options as `create`; then `render(id)`.

        Costs 1 credit per 30 s of video.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.LipsyncCreateRequest, options)
        return await self._call(lipsyncs_preview_create, timeout, body=body)

    async def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.Lipsync:
        """Render a previewed task (no request body); then `wait`. Costs 4 credits per
        30 s of video.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        return await self._call(lipsyncs_render_create, timeout, id=check_path_id("id", id))

    async def create_multi_avatar(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LipsyncV2Options]
    ) -> models.Lipsync:
        """Starts a multi-scene video from `video_inputs` (the scenes of
        `lipsyncs_v2`), one entry per scene: the v2 body (the page shows the same
        scene fields). "Deprecated, please use Create a lipsync v2 task" (the
        vendor's page).

        Costs 5 credits per 30 s of video.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        warnings.warn(
            "lipsyncs.create_multi_avatar is deprecated by Creatify: use lipsyncs_v2.create",
            DeprecationWarning,
            stacklevel=2,
        )
        body = request_body(models.LipsyncV2CreateRequest, options)
        return await self._call(lipsyncs_multi_avatar_create, timeout, body=body)

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[LipsyncOptions],
    ) -> models.Lipsync:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
