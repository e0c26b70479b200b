# Generated from overlay/creatify/_async/lipsyncs.py by scripts/gen_sync.py: do not edit.
"""`client.lipsyncs`: AI Avatar v1 videos: create, preview, render, wait, download."""

from __future__ import annotations

import uuid

from creatify_api import models
from creatify_api.api.lipsyncs import (
    lipsyncs_create,
    lipsyncs_preview_create,
    lipsyncs_render_create,
)
from typing_extensions import Unpack

from .._jobs import LIPSYNC_JOB
from .._requests import LipsyncOptions, lipsync_request
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .api_call import call
from .jobs import Downloads, ListsByIds, UpdateCallback


class Lipsyncs(ListsByIds[models.Lipsync], Downloads[models.Lipsync]):
    """AI Avatar v1: an avatar speaks a text (or an audio file); costs credits.

    Statuses: pending, in_queue, running, then done, failed (`LipsyncFailed`) or
    rejected (`LipsyncRejected`). Waits default to a first check at once, then follow
    the reported progress to just past the expected end; without moving progress about
    2 s growing 1.5x up to 30 s. They give up after 30 min.
    """

    _kind = LIPSYNC_JOB

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LipsyncOptions]
    ) -> models.Lipsync:
        """Start a video task. Needs `creator` and one of `text` or `audio`.

        Costs credits (5 per 30 s of video), so it is never sent twice: retried only if
        the request provably did not reach the service (connection refused) or it
        answered 429.
        """
        return call(
            lipsyncs_create.sync_detailed,
            models.Lipsync,
            "POST /api/lipsyncs/",
            client=self._host._api,
            timeout=timeout,
            body=lipsync_request(options),
        )

    def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LipsyncOptions]
    ) -> models.Lipsync:
        """A cheap preview from the same options as `create`; then `render(id)`.

        Costs 1 credit per 30 s of video, so, like `create`, it is never sent twice.
        """
        return call(
            lipsyncs_preview_create.sync_detailed,
            models.Lipsync,
            "POST /api/lipsyncs/preview/",
            client=self._host._api,
            timeout=timeout,
            body=lipsync_request(options),
        )

    def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.Lipsync:
        """Render a previewed task. Costs 4 credits per 30 s of video."""
        return call(
            lipsyncs_render_create.sync_detailed,
            models.Lipsync,
            "POST /api/lipsyncs/{id}/render/",
            client=self._host._api,
            timeout=timeout,
            id=check_path_id("id", id),
        )

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[LipsyncOptions],
    ) -> models.Lipsync:
        """`create`, then `wait`. Costs what `create` costs (credits); waiting is free."""
        task = self.create(**options)
        return self.wait(
            task.id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_update=on_update,
        )
