# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.aurora`, from the declaration `AURORA_JOB`."""

from __future__ import annotations

from functools import partial

from creatify_api import models
from creatify_api.api.aurora import aurora_create
from typing_extensions import Unpack

from .._jobs import AURORA_JOB
from .._options import AuroraOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .jobs import AsyncDownloads, UpdateCallback


class AsyncAurora(AsyncDownloads[models.Aurora]):
    """Aurora: the person in a photo sings or speaks an audio clip (up to 60 s). There is
    no list operation.

    Statuses: pending, in_queue, running, then done, failed (`AuroraFailed`) or rejected
    (`AuroraRejected`). The result is `video_output` (or `output`); `download` checks it
    is video.
    """

    _kind = AURORA_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AuroraOptions]
    ) -> models.Aurora:
        """Start an Aurora task from an `image` URL and an `audio` URL. Costs 1 credit
        per second of video (`aurora_v1`) or 0.5 (`aurora_v1_fast`), rounded up.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.AuroraCreateRequest, options)
        return await self._call(aurora_create, timeout, body=body)

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AuroraOptions],
    ) -> models.Aurora:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
