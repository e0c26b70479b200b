# Generated from overlay/creatify/_async/iab_images.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.iab_images`, from the declaration `IAB_IMAGES_JOB`."""

from __future__ import annotations

from functools import partial

from creatify_api import models
from creatify_api.api.iab_images import iab_images_create
from typing_extensions import Unpack

from .._jobs import IAB_IMAGES_JOB
from .._options import IabImagesOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .jobs import DownloadsAll, UpdateCallback


class IabImages(DownloadsAll[models.IabImages]):
    """Image ads: one image made into the standard IAB banner sizes (`images`: size to
    URL).

    Statuses: pending, in_queue, running, then done, failed (`IabImagesFailed`) or
    rejected (`IabImagesRejected`). `download(job, folder)` saves every file in
    `images`.
    """

    _kind = IAB_IMAGES_JOB

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[IabImagesOptions]
    ) -> models.IabImages:
        """Make the banners from an `image` URL. The page also lists form and multipart
        bodies; JSON carries the same fields. Costs 2 credits a request.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.IabImagesCreateRequest, options)
        return self._call(iab_images_create, timeout, body=body)

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[IabImagesOptions],
    ) -> models.IabImages:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
