# Generated from overlay/creatify/_async/link_to_videos.py by scripts/gen_sync.py: do not edit.
"""`client.link_to_videos`: URL to video, the vendor's flagship: a product page in, an
ad out. `from_url` runs the whole flow (link, task, wait)."""

from __future__ import annotations

import builtins
import uuid

from creatify_api import models
from creatify_api.api.link_to_videos import (
    link_to_videos_create,
    link_to_videos_list,
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
from .api_call import call
from .jobs import Downloads, UpdateCallback
from .links import Links
from .product_jobs import CreatesThenWaits


class LinkToVideos(CreatesThenWaits[models.LinkToVideo], Downloads[models.LinkToVideo]):
    """URL to video: an ad made from a link (`client.links`); costs credits.

    Statuses: pending, in_queue, running, then done (the MP4 in `video_output`), failed
    (`LinkToVideoFailed`) or rejected (`LinkToVideoRejected`). Waits default to a first
    check at once, then about 2 s growing 1.5x up to 30 s, for up to 30 min.
    """

    _kind = LINK_TO_VIDEO_JOB

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LinkToVideoOptions]
    ) -> models.LinkToVideo:
        """Start a video task from a link (`link`, the id from `links.create`).

        Costs credits, so it is never sent twice: retried only if the request provably
        did not reach the service (connection refused) or it answered 429.

        Costs credits (the vendor publishes no rate for it; the finished job's `credits_used` says
        how many).
        """
        return call(
            link_to_videos_create.sync_detailed,
            models.LinkToVideo,
            "POST /api/link_to_videos/",
            client=self._host._api,
            timeout=timeout,
            body=link_to_video_request(options),
        )

    def from_url(
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
        """A product page to a video: `links.create(url)`, then `create` (costs credits),
        then (unless `wait=False`) `wait`. Returns the task, finished when waited for;
        `download` it next.

        Every option and wait argument is checked before the link is made. If the wait
        is interrupted or times out, the task goes on: `wait(task_id)` resumes (the id is
        the `job_id` of `WaitTimeout`; a `KeyboardInterrupt` leaves no id, so pass
        `wait=False` and call `wait` yourself when you must be able to resume).

        Costs what `create` costs (the link itself is free); the wait is free.
        """
        link_request(url)
        video_from_url_options(options)
        if wait:
            self._check_wait(timeout, poll_interval, max_interval)
        link = Links(self._host).create(url)
        if not wait:
            return self.create(link=link.id, **options)
        return self._create_then_wait(
            lambda: self.create(link=link.id, **options),
            timeout,
            poll_interval,
            max_interval,
            on_update,
        )

    def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LinkToVideoOptions]
    ) -> models.LinkToVideo:
        """A preview (1 credit per 30 s) from the same options as `create`; its `preview`
        URL shows it. Then `render(id)`.

        Costs credits, fewer than a render (rate not published).
        """
        return call(
            link_to_videos_preview_create.sync_detailed,
            models.LinkToVideo,
            "POST /api/link_to_videos/preview/",
            client=self._host._api,
            timeout=timeout,
            body=link_to_video_request(options),
        )

    def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.LinkToVideo:
        """Render a previewed task (costs credits per 30 s); then `wait`. A task without
        a preview answers 400.

        Costs credits (the vendor publishes no rate for it; the finished job's `credits_used` says
        how many).
        """
        return call(
            link_to_videos_render_create.sync_detailed,
            models.LinkToVideo,
            "POST /api/link_to_videos/{id}/render/",
            client=self._host._api,
            timeout=timeout,
            id=check_path_id("id", id),
        )

    def preview_list_async(
        self, *, timeout: TimeoutArg = None, **options: Unpack[PreviewListOptions]
    ) -> models.LinkToVideo:
        """Start previews of one link in several `visual_styles` (1 credit per 30 s, once
        for all). Asynchronous: the answer is the task, usually with no previews yet.

        The previews arrive later, in a POST to `webhook_url` (a `previews` list of
        `{media_job, visual_style, aspect_ratio, url}`; it may come more than once), or
        in the task's `previews` field: poll `get(task.id)` until it is filled. Then
        `render_single_preview(task.id, media_job)` renders the one you pick.

        Costs credits for each preview made (rate not published).
        """
        return call(
            link_to_videos_preview_list_async_create.sync_detailed,
            models.LinkToVideo,
            "POST /api/link_to_videos/preview_list_async/",
            client=self._host._api,
            timeout=timeout,
            body=preview_list_request(options),
        )

    def render_single_preview(
        self, id: str | uuid.UUID, media_job: str | uuid.UUID, *, timeout: TimeoutArg = None
    ) -> models.LinkToVideo:
        """Render one of a task's `previews`, chosen by its `media_job` (costs credits per
        30 s); then `wait`.

        Costs credits (the vendor publishes no rate for it; the finished job's `credits_used` says
        how many).
        """
        return call(
            link_to_videos_render_single_preview_create.sync_detailed,
            models.LinkToVideo,
            "POST /api/link_to_videos/{id}/render_single_preview/",
            client=self._host._api,
            timeout=timeout,
            id=check_path_id("id", id),
            body=render_single_preview_request(media_job),
        )

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.LinkToVideo]:
        """Your URL-to-video tasks. Free."""
        return call(
            link_to_videos_list.sync_detailed,
            list,
            "GET /api/link_to_videos/",
            client=self._host._api,
            timeout=timeout,
        )

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[LinkToVideoOptions],
    ) -> models.LinkToVideo:
        """`create` (costs credits), then `wait`. Costs what `create` costs; the wait itself is
        free.
        """
        return self._create_then_wait(
            lambda: self.create(**options), timeout, poll_interval, max_interval, on_update
        )
