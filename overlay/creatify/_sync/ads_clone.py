# Generated from overlay/creatify/_async/ads_clone.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.ads_clone`, from the declaration `ADS_CLONE_JOB`."""

from __future__ import annotations

from functools import partial

from creatify_api import models
from creatify_api.api.ads_clone import ads_clone_create
from typing_extensions import Unpack

from .._jobs import ADS_CLONE_JOB
from .._options import AdsCloneOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .jobs import Downloads, UpdateCallback


class AdsClone(Downloads[models.AdsClone]):
    """Ad Clone: a new ad for your product `link` modelled on a reference ad video. The
    create is inferred from the documented GET (the create page was not recovered).

    Statuses: pending, in_queue, running, then done, failed (`AdsCloneFailed`) or
    rejected (`AdsCloneRejected`). The result is `video_output` (or `output`);
    `download` checks it is video.
    """

    _kind = ADS_CLONE_JOB

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AdsCloneOptions]
    ) -> models.AdsClone:
        """Clone the ad at `video_url` for the product `link` (`aspect_ratio`,
        `language`). Inferred: the create page was not recovered; the fields are the
        GET schema's writable ones. Costs about 84 credits (observed live, by third-
        party code; the vendor publishes no rate).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.AdsCloneCreateRequest, options)
        return self._call(ads_clone_create, timeout, body=body)

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AdsCloneOptions],
    ) -> models.AdsClone:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
