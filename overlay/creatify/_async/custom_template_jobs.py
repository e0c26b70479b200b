# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.custom_template_jobs`, from the declaration `CUSTOM_TEMPLATE_JOB`."""

from __future__ import annotations

import uuid
from functools import partial

from creatify_api import models
from creatify_api.api.custom_template_jobs import (
    custom_template_jobs_create,
    custom_template_jobs_render_create,
)
from typing_extensions import Unpack

from .._jobs import CUSTOM_TEMPLATE_JOB
from .._options import CustomTemplateJobOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import AsyncDownloads, UpdateCallback


class AsyncCustomTemplateJobs(AsyncDownloads[models.CustomTemplateJob]):
    """A video from one of your templates (`template_id`) and its `variables`.

    Statuses: pending, in_queue, running, then done, failed (`CustomTemplateJobFailed`)
    or rejected (`CustomTemplateJobRejected`). The result is `video_output` (or
    `output`); `download` checks it is video.
    """

    _kind = CUSTOM_TEMPLATE_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[CustomTemplateJobOptions]
    ) -> models.CustomTemplateJob:
        """Start a video from a template. Costs 5 credits per 30 s with the standard
        model; 1 credit per second with Aurora-class models, 0.5 with the fast one.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.CustomTemplateJobCreateRequest, options)
        return await self._call(custom_template_jobs_create, timeout, body=body)

    async def render(
        self, id: str | uuid.UUID, *, timeout: TimeoutArg = None
    ) -> models.CustomTemplateJob:
        """Render a previewed task (no request body); then `wait`. Costs credits (the
        vendor publishes no rate for it; the finished job's `credits_used` says how
        many).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        return await self._call(
            custom_template_jobs_render_create, timeout, id=check_path_id("id", id)
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
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
