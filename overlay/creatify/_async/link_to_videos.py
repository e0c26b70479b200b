# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.link_to_videos`, from the declaration `LINK_TO_VIDEO_JOB`."""

from __future__ import annotations

import builtins
import uuid
from functools import partial

from creatify_api import models
from creatify_api.api.link_to_videos import (
    link_to_videos_create,
    link_to_videos_generate_preview_create,
    link_to_videos_preview_create,
    link_to_videos_preview_list_async_create,
    link_to_videos_render_create,
    link_to_videos_render_single_preview_create,
)
from typing_extensions import Unpack

from .._jobs import LINK_TO_VIDEO_JOB
from .._options import LinkToVideoOptions, PreviewListOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import AsyncDownloads, UpdateCallback
from .link_to_videos_extras import AsyncLinkToVideosExtras


class AsyncLinkToVideos(AsyncLinkToVideosExtras, AsyncDownloads[models.LinkToVideo]):
    """URL to video, the vendor's flagship: an ad made from a product page (a link,
    `client.links`). `from_url` runs the whole flow: link, task, wait.

    Statuses: pending, in_queue, running, then done, failed (`LinkToVideoFailed`) or
    rejected (`LinkToVideoRejected`). The result is `video_output` (or `output`);
    `download` checks it is video.
    """

    _kind = LINK_TO_VIDEO_JOB

    async def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.LinkToVideo]:
        """Your jobs of this kind. Free."""
        return await self._list(timeout)

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LinkToVideoOptions]
    ) -> models.LinkToVideo:
        """Start a video task from a link (`link`, the id from `links.create`, `POST
        /api/links/`).

        Costs credits (the vendor publishes no rate for it; the finished job's
        `credits_used` says how many).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.LinkToVideoCreateRequest, options)
        return await self._call(link_to_videos_create, timeout, body=body)

    async def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LinkToVideoOptions]
    ) -> models.LinkToVideo:
        """A preview from the same options as `create`; its `preview` URL shows it.
        Then `render(id)`. Costs 1 credit per 30 s.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.LinkToVideoCreateRequest, options)
        return await self._call(link_to_videos_preview_create, timeout, body=body)

    async def render(
        self, id: str | uuid.UUID, *, timeout: TimeoutArg = None
    ) -> models.LinkToVideo:
        """Render a previewed task (no request body); then `wait`. A task without a
        preview answers 400. Costs credits (the vendor publishes no rate for it; the
        finished job's `credits_used` says how many).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        return await self._call(link_to_videos_render_create, timeout, id=check_path_id("id", id))

    async def generate_preview(
        self, id: str | uuid.UUID, *, timeout: TimeoutArg = None
    ) -> models.LinkToVideo:
        """Make (or remake) a task's preview (no request body), which `render` needs: a
        task without a preview answers 400 to it. Costs credits (the vendor
        publishes no rate for it). Only a third-party client shows this path
        (openapi/README.md).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        return await self._call(
            link_to_videos_generate_preview_create, timeout, id=check_path_id("id", id)
        )

    async def preview_list_async(
        self, *, timeout: TimeoutArg = None, **options: Unpack[PreviewListOptions]
    ) -> models.LinkToVideo:
        """Start previews of one link in several `visual_styles`. Asynchronous: the
        answer is the task, usually with no previews yet.

        The previews arrive later, in a POST to `webhook_url` (a `previews` list of
        `{media_job, visual_style, aspect_ratio, url}`; it may come more than once),
        or in the task's `previews` field: poll `get(task.id)` until it is filled.
        Then `render_single_preview(task.id, media_job)` renders the one you pick.

        Costs 1 credit per 30 s, once for all the styles.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.LinkToVideoPreviewListRequest, options)
        return await self._call(link_to_videos_preview_list_async_create, timeout, body=body)

    async def render_single_preview(
        self, id: str | uuid.UUID, media_job: str | uuid.UUID, *, timeout: TimeoutArg = None
    ) -> models.LinkToVideo:
        """Render one of a task's `previews`, chosen by its `media_job`; then `wait`.

        Costs 4 credits per 30 s of video.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.LinkToVideoRenderSinglePreviewRequest, {"media_job": media_job})
        return await self._call(
            link_to_videos_render_single_preview_create,
            timeout,
            id=check_path_id("id", id),
            body=body,
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
