# Generated from overlay/creatify/_async/product_to_videos.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.product_to_videos`, from the declaration `PRODUCT_VIDEO_JOB`."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable

from creatify_api import models
from creatify_api.api.product_to_videos import (
    product_to_videos_gen_image_create,
    product_to_videos_gen_video_create,
)
from typing_extensions import Unpack

from .._jobs import PRODUCT_VIDEO_JOB
from .._options import ProductImageOptions, ProductVideoOptions
from .._requests import ids_param, request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import Downloads
from .product_to_videos_extras import ProductToVideosExtras


class ProductToVideos(ProductToVideosExtras, Downloads[models.ProductToVideo]):
    """Product to video, two steps on one task: `gen_image` makes a preview image of the
    product (`generated_photo_url`, at `image_generated`), then `gen_video` the video.
    `wait(id, stage="image")` ends at `image_generated`, `wait(id)` at
    `video_generated`; `download` takes the same `stage`. Waiting for the video of a
    task whose `gen_video` was never called runs into the timeout.

    Statuses: initializing, image_generating, image_generated, video_generating, then
    video_generated or failed (`ProductToVideoFailed`). The result is
    `generated_video_url`; `download` checks it is video.
    """

    _kind = PRODUCT_VIDEO_JOB

    def list(
        self, ids: Iterable[str | uuid.UUID] | None = None, *, timeout: TimeoutArg = None
    ) -> builtins.list[models.ProductToVideo]:
        """Your jobs of this kind, or only those of up to 100 `ids`. Free."""
        return self._list(timeout, ids=ids_param(ids))

    def gen_image(
        self, *, timeout: TimeoutArg = None, **options: Unpack[ProductImageOptions]
    ) -> models.ProductToVideo:
        """Start a task: a preview image of the product at `product_url`. Once its
        `status` is `image_generated` (the image is `generated_photo_url`), ask for
        its video (`gen_video` of the task's `id`).

        Costs credits (the vendor publishes no rate for it; the finished job's
        `credits_used` says how many).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.ProductToVideoGenImageRequest, options)
        return self._call(product_to_videos_gen_image_create, timeout, body=body)

    def gen_video(
        self,
        id: str | uuid.UUID,
        *,
        timeout: TimeoutArg = None,
        **options: Unpack[ProductVideoOptions],
    ) -> models.ProductToVideo:
        """Make the video of a task whose image is ready (`status` `image_generated`);
        it is ready when `status` is `video_generated`. Costs credits (the vendor
        publishes no rate for it; the finished job's `credits_used` says how many).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.ProductToVideoGenVideoRequest, options)
        return self._call(
            product_to_videos_gen_video_create, timeout, id=check_path_id("id", id), body=body
        )
