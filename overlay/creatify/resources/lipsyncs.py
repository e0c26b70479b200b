"""`client.lipsyncs`: AI Avatar v1 videos: create, preview, render, wait, download."""

from __future__ import annotations

import builtins
import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from creatify_api import models
from creatify_api.api.lipsyncs import (
    lipsyncs_create,
    lipsyncs_list,
    lipsyncs_preview_create,
    lipsyncs_render_create,
    lipsyncs_retrieve,
)
from typing_extensions import Unpack

from .._api_call import acall, call
from .._constants import LIPSYNC_MAX_INTERVAL, LIPSYNC_POLL_INTERVAL, LIPSYNC_WAIT_TIMEOUT
from .._download import DownloadProgress, check_target, download_async, download_sync
from .._exceptions import DownloadError
from .._jobs import LIPSYNC_DONE, LIPSYNC_JOB, value
from .._polling import JobUpdate, Poller, WaitSettings, wait_async, wait_sync
from .._requests import LipsyncOptions, ids_param, lipsync_request
from .._validation import check_uuid
from ._base import AsyncHost, SyncHost

LipsyncRef = models.Lipsync | str | uuid.UUID
UpdateCallback = Callable[[JobUpdate], None]


def output_url(lipsync: models.Lipsync) -> str:
    """The MP4's URL of a finished task, or a clear error."""
    url = value(lipsync.output)
    if lipsync.status != LIPSYNC_DONE or not url:
        raise DownloadError(
            f"lipsync {lipsync.id} has no video yet (status {lipsync.status}): wait for it first"
        )
    return str(url)


class Lipsyncs:
    """AI Avatar v1: an avatar speaks a text (or an audio file); costs credits."""

    def __init__(self, host: SyncHost) -> None:
        self._host = host

    def create(self, **options: Unpack[LipsyncOptions]) -> models.Lipsync:
        """Start a video task. Needs `creator` and one of `text` or `audio`.

        Costs credits, so it is never sent twice: retried only if the request provably
        did not reach the service (connection refused) or it answered 429.
        """
        return call(
            lipsyncs_create.sync_detailed,
            models.Lipsync,
            "POST /api/lipsyncs/",
            client=self._host._api,
            body=lipsync_request(options),
        )

    def preview(self, **options: Unpack[LipsyncOptions]) -> models.Lipsync:
        """A cheap preview from the same options as `create`; then `render(id)`."""
        return call(
            lipsyncs_preview_create.sync_detailed,
            models.Lipsync,
            "POST /api/lipsyncs/preview/",
            client=self._host._api,
            body=lipsync_request(options),
        )

    def render(self, id: str | uuid.UUID) -> models.Lipsync:
        """Render a previewed task (costs credits)."""
        return call(
            lipsyncs_render_create.sync_detailed,
            models.Lipsync,
            "POST /api/lipsyncs/{id}/render/",
            client=self._host._api,
            id=check_uuid("id", id),
        )

    def get(self, id: str | uuid.UUID) -> models.Lipsync:
        """One task: `status`, `progress`, and `output` once done."""
        return call(
            lipsyncs_retrieve.sync_detailed,
            models.Lipsync,
            "GET /api/lipsyncs/{id}/",
            client=self._host._api,
            id=check_uuid("id", id),
        )

    def list(self, ids: Iterable[str | uuid.UUID] | None = None) -> builtins.list[models.Lipsync]:
        """Your tasks, or only those of up to 100 `ids`."""
        return call(
            lipsyncs_list.sync_detailed,
            list,
            "GET /api/lipsyncs/",
            client=self._host._api,
            ids=ids_param(ids),
        )

    def wait(
        self,
        id: str | uuid.UUID,
        *,
        timeout: float = LIPSYNC_WAIT_TIMEOUT,
        poll_interval: float = LIPSYNC_POLL_INTERVAL,
        max_interval: float = LIPSYNC_MAX_INTERVAL,
        on_update: UpdateCallback | None = None,
    ) -> models.Lipsync:
        """Poll until the task is `done` and return it.

        Raises `LipsyncFailed` (with `failed_reason`) or `WaitTimeout`. Defaults: first
        poll after about 2 s, then 1.5x longer each time up to 30 s, for up to 30 min.
        """
        task_id = check_uuid("id", id)
        settings = WaitSettings(timeout, poll_interval, max_interval, on_update)
        poller = Poller(str(task_id), LIPSYNC_JOB, settings, self._host._clock)
        return wait_sync(lambda: self.get(task_id), poller, self._host._sleep)

    def create_and_wait(
        self,
        *,
        timeout: float = LIPSYNC_WAIT_TIMEOUT,
        poll_interval: float = LIPSYNC_POLL_INTERVAL,
        max_interval: float = LIPSYNC_MAX_INTERVAL,
        on_update: UpdateCallback | None = None,
        **options: Unpack[LipsyncOptions],
    ) -> models.Lipsync:
        """`create`, then `wait`."""
        task = self.create(**options)
        return self.wait(
            task.id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_update=on_update,
        )

    def download(
        self,
        video: LipsyncRef,
        path: str | os.PathLike[str],
        *,
        on_progress: DownloadProgress | None = None,
    ) -> Path:
        """Save a finished video's MP4 to `path`; no partial file is left on failure.

        `video` is a task (as `wait` returns it) or its id. `on_progress(done, total)`.
        """
        target = check_target(path)
        task = video if isinstance(video, models.Lipsync) else self.get(video)
        return download_sync(self._host._media, output_url(task), target, on_progress)


class AsyncLipsyncs:
    """The async twin of `Lipsyncs`."""

    def __init__(self, host: AsyncHost) -> None:
        self._host = host

    async def create(self, **options: Unpack[LipsyncOptions]) -> models.Lipsync:
        """See `Lipsyncs.create`."""
        return await acall(
            lipsyncs_create.asyncio_detailed,
            models.Lipsync,
            "POST /api/lipsyncs/",
            client=self._host._api,
            body=lipsync_request(options),
        )

    async def preview(self, **options: Unpack[LipsyncOptions]) -> models.Lipsync:
        """See `Lipsyncs.preview`."""
        return await acall(
            lipsyncs_preview_create.asyncio_detailed,
            models.Lipsync,
            "POST /api/lipsyncs/preview/",
            client=self._host._api,
            body=lipsync_request(options),
        )

    async def render(self, id: str | uuid.UUID) -> models.Lipsync:
        """See `Lipsyncs.render`."""
        return await acall(
            lipsyncs_render_create.asyncio_detailed,
            models.Lipsync,
            "POST /api/lipsyncs/{id}/render/",
            client=self._host._api,
            id=check_uuid("id", id),
        )

    async def get(self, id: str | uuid.UUID) -> models.Lipsync:
        """See `Lipsyncs.get`."""
        return await acall(
            lipsyncs_retrieve.asyncio_detailed,
            models.Lipsync,
            "GET /api/lipsyncs/{id}/",
            client=self._host._api,
            id=check_uuid("id", id),
        )

    async def list(
        self, ids: Iterable[str | uuid.UUID] | None = None
    ) -> builtins.list[models.Lipsync]:
        """See `Lipsyncs.list`."""
        return await acall(
            lipsyncs_list.asyncio_detailed,
            list,
            "GET /api/lipsyncs/",
            client=self._host._api,
            ids=ids_param(ids),
        )

    async def wait(
        self,
        id: str | uuid.UUID,
        *,
        timeout: float = LIPSYNC_WAIT_TIMEOUT,
        poll_interval: float = LIPSYNC_POLL_INTERVAL,
        max_interval: float = LIPSYNC_MAX_INTERVAL,
        on_update: UpdateCallback | None = None,
    ) -> models.Lipsync:
        """See `Lipsyncs.wait`."""
        task_id = check_uuid("id", id)
        settings = WaitSettings(timeout, poll_interval, max_interval, on_update)
        poller = Poller(str(task_id), LIPSYNC_JOB, settings, self._host._clock)
        return await wait_async(lambda: self.get(task_id), poller, self._host._sleep)

    async def create_and_wait(
        self,
        *,
        timeout: float = LIPSYNC_WAIT_TIMEOUT,
        poll_interval: float = LIPSYNC_POLL_INTERVAL,
        max_interval: float = LIPSYNC_MAX_INTERVAL,
        on_update: UpdateCallback | None = None,
        **options: Unpack[LipsyncOptions],
    ) -> models.Lipsync:
        """See `Lipsyncs.create_and_wait`."""
        task = await self.create(**options)
        return await self.wait(
            task.id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_update=on_update,
        )

    async def download(
        self,
        video: LipsyncRef,
        path: str | os.PathLike[str],
        *,
        on_progress: DownloadProgress | None = None,
    ) -> Path:
        """See `Lipsyncs.download`."""
        target = check_target(path)
        task = video if isinstance(video, models.Lipsync) else await self.get(video)
        return await download_async(self._host._media, output_url(task), target, on_progress)
