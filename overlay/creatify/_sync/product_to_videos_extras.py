# Generated from overlay/creatify/_async/product_to_videos_extras.py by scripts/gen_sync.py: do not edit.
"""`client.product_to_videos`' own methods: `wait` and `download` of either step (the
image or the video) and `create_and_wait` of both (`gen_image` and `gen_video` are
generated from `PRODUCT_VIDEO_JOB` into `product_to_videos.py`)."""

from __future__ import annotations

import os
import uuid
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from creatify_api import models
from typing_extensions import Unpack

from .._download import DownloadProgress
from .._exceptions import InvalidInputError
from .._jobs import PRODUCT_IMAGE_JOB
from .._options import ProductImageOptions, ProductVideoOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from ..webhooks import WebhookListener
from .jobs import Downloads, UpdateCallback

if TYPE_CHECKING:
    from .client import Creatify

Stage = Literal["image", "video"]


def _check_stage(stage: object) -> Stage:
    if stage not in ("image", "video"):
        raise InvalidInputError("stage", f"must be image or video, got {stage!r}")
    return stage


class ProductImageStage(Downloads[models.ProductToVideo]):
    """Strictly private: `wait`, `download` and the first half of `create_and_wait`, for
    the image step."""

    _kind = PRODUCT_IMAGE_JOB
    _go_on = "wait({id!r}, stage='image') to go on, then gen_video({id!r})"


class ProductToVideosExtras(Downloads[models.ProductToVideo]):
    if TYPE_CHECKING:  # generated in `product_to_videos.py`

        def gen_image(
            self, *, timeout: TimeoutArg = None, **options: Unpack[ProductImageOptions]
        ) -> models.ProductToVideo: ...

        def gen_video(
            self,
            id: str | uuid.UUID,
            *,
            timeout: TimeoutArg = None,
            **options: Unpack[ProductVideoOptions],
        ) -> models.ProductToVideo: ...

    def __init__(self, host: Creatify) -> None:
        super().__init__(host)
        self._images = ProductImageStage(host)

    def wait(
        self,
        id: str | uuid.UUID,
        *,
        stage: Stage = "video",
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        webhook: WebhookListener | None = None,
    ) -> models.ProductToVideo:
        """Poll until the `stage` (`image` or `video`, the default) is generated; see
        the other kinds' `wait` for the rest (`webhook` too: the service announces the
        video, so an image wait mostly falls back to its polls).

        Free: polling costs no credits.
        """
        waits = self._images.wait if _check_stage(stage) == "image" else super().wait
        return waits(
            id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_update=on_update,
            webhook=webhook,
        )

    def download(
        self,
        video: models.ProductToVideo | str | uuid.UUID,
        path: str | os.PathLike[str],
        *,
        stage: Stage = "video",
        on_progress: DownloadProgress | None = None,
        timeout: TimeoutArg = None,
    ) -> Path:
        """Save the task's video (or, with `stage="image"`, its preview image) to `path`. Free."""
        downloads = self._images.download if _check_stage(stage) == "image" else super().download
        return downloads(video, path, on_progress=on_progress, timeout=timeout)

    def create_and_wait(
        self,
        *,
        motion_style: str | None = None,
        video_prompt: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[ProductImageOptions],
    ) -> models.ProductToVideo:
        """Both steps: `gen_image`, wait for the image, `gen_video` (with `motion_style`,
        `video_prompt` and the same `webhook_url`), wait for the video. Each wait has its
        own `timeout`. Every option is checked before the first request.

        Costs what `gen_image` and `gen_video` cost; the waits are free.
        """
        # None is "not given" to the checks and to the body.
        video_options: ProductVideoOptions = {
            "motion_style": motion_style,
            "video_prompt": video_prompt,
            "webhook_url": options.get("webhook_url"),
        }
        request_body(models.ProductToVideoGenVideoRequest, video_options)
        wait = (timeout, poll_interval, max_interval, on_update)

        def both_steps() -> models.ProductToVideo:
            image = self._images._create_and_wait(partial(self.gen_image, **options), *wait)
            return self.gen_video(image.id, **video_options)

        return self._create_and_wait(both_steps, *wait)
