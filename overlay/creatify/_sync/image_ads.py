# Generated from overlay/creatify/_async/image_ads.py by scripts/gen_sync.py: do not edit.
"""`client.iab_images` (image ads in the IAB banner sizes) and `client.ads_clone` (an ad
modelled on a reference video): create (get, wait and download come from their kinds)."""

from __future__ import annotations

from functools import partial

from creatify_api.api.ads_clone import ads_clone_create
from creatify_api.api.iab_images import iab_images_create
from creatify_api.models import AdsClone, IabImages
from typing_extensions import Unpack

from .._jobs import ADS_CLONE_JOB, IAB_IMAGES_JOB
from .._requests import AdsCloneOptions, IabImagesOptions, ads_clone_request, iab_images_request
from .._timeouts import TimeoutArg
from .jobs import Downloads, DownloadsAll, UpdateCallback


class ImageAds(DownloadsAll[IabImages]):
    """Image ads: one image made into the standard IAB banner sizes.

    Statuses: pending, in_queue, running, then done (`images`: size to URL) or failed
    (`IabImagesFailed`). `download(job, folder)` saves every size.
    """

    _kind = IAB_IMAGES_JOB

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[IabImagesOptions]
    ) -> IabImages:
        """Make the banners from an `image` URL. Costs 2 credits a request, so it is never
        sent twice by a retry."""
        body = iab_images_request(options)
        return self._call(iab_images_create, "POST /api/iab_images/", timeout, body=body)

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[IabImagesOptions],
    ) -> IabImages:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)


class AdClones(Downloads[AdsClone]):
    """Ad Clone: a new ad for your product `link` modelled on a reference ad video.

    The create is inferred from the documented GET (the create page was not recovered).
    Statuses: pending, in_queue, running, then done (`video_output`), failed
    (`AdsCloneFailed`) or rejected (`AdsCloneRejected`).
    """

    _kind = ADS_CLONE_JOB

    def create(self, *, timeout: TimeoutArg = None, **options: Unpack[AdsCloneOptions]) -> AdsClone:
        """Clone the ad at `video_url` for the product `link` (`aspect_ratio`, `language`).
        Costs about 84 credits (observed; the vendor publishes no rate), so it is never
        sent twice by a retry."""
        body = ads_clone_request(options)
        return self._call(ads_clone_create, "POST /api/ads_clone/", timeout, body=body)

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AdsCloneOptions],
    ) -> AdsClone:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
