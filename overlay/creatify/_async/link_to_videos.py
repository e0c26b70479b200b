"""`client.link_to_videos`: URL to video, the vendor's flagship: a product page in, an
ad out. `from_url` runs the whole flow (link, task, wait); get, list, wait and download
come from `LINK_TO_VIDEO_JOB`."""

from __future__ import annotations

import uuid
from functools import partial

from creatify_api import models
from creatify_api.api.link_to_videos import (
    link_to_videos_create,
    link_to_videos_preview_create,
    link_to_videos_preview_list_async_create,
    link_to_videos_render_create,
    link_to_videos_render_single_preview_create,
)
from typing_extensions import Unpack

from .._jobs import LINK_TO_VIDEO_JOB
from .._requests import (
    LinkToVideoOptions,
    PreviewListOptions,
    VideoFromUrlOptions,
    link_request,
    link_to_video_request,
    preview_list_request,
    render_single_preview_request,
    video_from_url_options,
)
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import AsyncDownloads, AsyncLists, UpdateCallback
from .links import AsyncLinks


class AsyncLinkToVideos(AsyncLists[models.LinkToVideo], AsyncDownloads[models.LinkToVideo]):
    """URL to video: an ad made from a link (`client.links`).

    Statuses: pending, in_queue, running, then done (the MP4 in `video_output`), failed
    (`LinkToVideoFailed`) or rejected (`LinkToVideoRejected`).
    """

    _kind = LINK_TO_VIDEO_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LinkToVideoOptions]
    ) -> models.LinkToVideo:
        """Start a video task from a link (`link`, the id from `links.create`).

        Costs credits (the vendor publishes no rate for it; the finished job's
        `credits_used` says how many), so it is never sent twice: retried only if the
        request provably did not reach the service (connection refused) or it answered 429.
        """
        body = link_to_video_request(options)
        return await self._call(
            link_to_videos_create, "POST /api/link_to_videos/", timeout, body=body
        )

    async def from_url(
        self,
        url: str,
        *,
        wait: bool = True,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[VideoFromUrlOptions],
    ) -> models.LinkToVideo:
        """A product page to a video: `links.create(url)`, then `create`, then (unless
        `wait=False`) `wait`. Returns the task, finished when waited for; `download` it
        next.

        Every option and wait argument is checked before the link is made. If the wait
        is interrupted or times out, the task goes on: `wait(task_id)` resumes (the id is
        the `job_id` of `WaitTimeout`; a `KeyboardInterrupt` leaves no id, so pass
        `wait=False` and call `wait` yourself when you must be able to resume).

        Costs what `create` costs (the link itself is free); the wait is free.
        """
        link_request(url)
        video_from_url_options(options)
        if wait:
            self._wait_settings(timeout, poll_interval, max_interval, on_update)
        link = await AsyncLinks(self._host).create(url)
        if not wait:
            return await self.create(link=link.id, **options)
        create = partial(self.create, link=link.id, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)

    async def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LinkToVideoOptions]
    ) -> models.LinkToVideo:
        """A preview from the same options as `create`; its `preview` URL shows it. Then
        `render(id)`. Costs 1 credit per 30 s.
        """
        body = link_to_video_request(options)
        return await self._call(
            link_to_videos_preview_create, "POST /api/link_to_videos/preview/", timeout, body=body
        )

    async def render(
        self, id: str | uuid.UUID, *, timeout: TimeoutArg = None
    ) -> models.LinkToVideo:
        """Render a previewed task; then `wait`. A task without a preview answers 400.

        Costs credits per 30 s (the vendor publishes no rate for it; the finished job's
        `credits_used` says how many).
        """
        return await self._call(
            link_to_videos_render_create,
            "POST /api/link_to_videos/{id}/render/",
            timeout,
            id=check_path_id("id", id),
        )

    async def preview_list_async(
        self, *, timeout: TimeoutArg = None, **options: Unpack[PreviewListOptions]
    ) -> models.LinkToVideo:
        """Start previews of one link in several `visual_styles`. Asynchronous: the answer
        is the task, usually with no previews yet.

        The previews arrive later, in a POST to `webhook_url` (a `previews` list of
        `{media_job, visual_style, aspect_ratio, url}`; it may come more than once), or
        in the task's `previews` field: poll `get(task.id)` until it is filled. Then
        `render_single_preview(task.id, media_job)` renders the one you pick.

        Costs 1 credit per 30 s, once for all the styles.
        """
        body = preview_list_request(options)
        return await self._call(
            link_to_videos_preview_list_async_create,
            "POST /api/link_to_videos/preview_list_async/",
            timeout,
            body=body,
        )

    async def render_single_preview(
        self, id: str | uuid.UUID, media_job: str | uuid.UUID, *, timeout: TimeoutArg = None
    ) -> models.LinkToVideo:
        """Render one of a task's `previews`, chosen by its `media_job`; then `wait`.

        Costs 4 credits per 30 s of video.
        """
        return await self._call(
            link_to_videos_render_single_preview_create,
            "POST /api/link_to_videos/{id}/render_single_preview/",
            timeout,
            id=check_path_id("id", id),
            body=render_single_preview_request(media_job),
        )

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[LinkToVideoOptions],
    ) -> models.LinkToVideo:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
