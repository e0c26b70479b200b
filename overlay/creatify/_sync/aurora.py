# Generated from overlay/creatify/_async/aurora.py by scripts/gen_sync.py: do not edit.
"""`client.aurora`: Aurora videos (a photo and an audio clip): create, wait, download."""

from __future__ import annotations

from creatify_api import models
from creatify_api.api.aurora import aurora_create
from typing_extensions import Unpack

from .._jobs import AURORA_JOB
from .._requests import AuroraOptions, aurora_request
from .._timeouts import TimeoutArg
from .api_call import call
from .jobs import Downloads, UpdateCallback


class Aurora(Downloads[models.Aurora]):
    """Aurora: the person in a photo sings or speaks an audio clip (up to 60 s); costs
    1 credit per second (`aurora_v1`) or 0.5 (`aurora_v1_fast`).

    Statuses: pending, in_queue, running, then done, failed (`AuroraFailed`) or rejected
    (`AuroraRejected`). The video URL is `video_output`. There is no list operation.
    Waits default to a first check at once, then about 5 s growing 1.5x up to 30 s, for
    up to 60 min.
    """

    _kind = AURORA_JOB

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AuroraOptions]
    ) -> models.Aurora:
        """Start an Aurora task from an `image` URL and an `audio` URL. Costs credits, so
        it is never sent twice by a retry."""
        return call(
            aurora_create.sync_detailed,
            models.Aurora,
            "POST /api/aurora/",
            client=self._host._api,
            timeout=timeout,
            body=aurora_request(options),
        )

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AuroraOptions],
    ) -> models.Aurora:
        """`create` (costs credits), then `wait`. Costs what `create` costs; the wait itself is
        free.
        """
        task = self.create(**options)
        return self.wait(
            task.id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_update=on_update,
        )
