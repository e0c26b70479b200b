"""`client.custom_template_jobs`: videos from your custom templates: create, render,
wait, download."""

from __future__ import annotations

import uuid

from creatify_api import models
from creatify_api.api.custom_template_jobs import (
    custom_template_jobs_create,
    custom_template_jobs_render_create,
)
from typing_extensions import Unpack

from .._jobs import CUSTOM_TEMPLATE_JOB
from .._requests import CustomTemplateJobOptions, custom_template_job_request
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .api_call import call
from .jobs import AsyncDownloads, UpdateCallback
from .product_jobs import AsyncCreatesThenWaits


class AsyncCustomTemplateJobs(
    AsyncCreatesThenWaits[models.CustomTemplateJob], AsyncDownloads[models.CustomTemplateJob]
):
    """A video from one of your templates (`template_id`) and its `variables`.

    Costs 5 credits per 30 s (standard model) or per second with Aurora models. Statuses:
    pending, in_queue, running, then done (the MP4 in `video_output`, or `output`),
    failed (`CustomTemplateJobFailed`) or rejected (`CustomTemplateJobRejected`).
    """

    _kind = CUSTOM_TEMPLATE_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[CustomTemplateJobOptions]
    ) -> models.CustomTemplateJob:
        """Start a video from a template; never sent twice. Costs credits at the template's model
        rate (Aurora-class models: 1 credit per second, 0.5 for the fast one).
        """
        return await call(
            custom_template_jobs_create.asyncio_detailed,
            models.CustomTemplateJob,
            "POST /api/custom_template_jobs/",
            client=self._host._api,
            timeout=timeout,
            body=custom_template_job_request(options),
        )

    async def render(
        self, id: str | uuid.UUID, *, timeout: TimeoutArg = None
    ) -> models.CustomTemplateJob:
        """Render a task (costs credits); then `wait`. Costs credits (the vendor publishes no rate
        for it; the finished job's `credits_used` says how many).
        """
        return await call(
            custom_template_jobs_render_create.asyncio_detailed,
            models.CustomTemplateJob,
            "POST /api/custom_template_jobs/{id}/render/",
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
        **options: Unpack[CustomTemplateJobOptions],
    ) -> models.CustomTemplateJob:
        """`create` (costs credits), then `wait`. Costs what `create` costs; the wait itself is
        free.
        """
        return await self._create_then_wait(
            lambda: self.create(**options), timeout, poll_interval, max_interval, on_update
        )
