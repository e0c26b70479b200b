# Generated from overlay/creatify/_async/links.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_plain.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.links`, from the declaration `LINKS`."""

from __future__ import annotations

import builtins
import uuid

from creatify_api import models
from creatify_api.api.links import (
    links_create,
    links_link_with_params_create,
    links_list,
    links_retrieve,
    links_update,
)
from typing_extensions import Unpack

from .._options import LinkParams
from .._requests import request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .api_call import Resource


class Links(Resource):
    """Links: a product's title, description, images and videos, scraped from its page
    (`create`) or given (`create_from_params`). `link_to_videos` makes videos from them.
    """

    def create(self, url: str, *, timeout: TimeoutArg = None) -> models.Link:
        """Scrape a product page into a link. The service answers 400 when the page
        cannot be scraped or has no image or video.

        Free: the vendor publishes no cost for links (a video made from one costs
        credits).
        """
        body = request_body(models.LinkCreateRequest, {"url": url})
        return self._request(links_create, models.Link, timeout, body=body)

    def create_from_params(
        self, *, timeout: TimeoutArg = None, **options: Unpack[LinkParams]
    ) -> models.Link:
        """A link from your own data: `title`, `description`, and at least one of
        `video_urls` or three `image_urls` (`logo_url` optional).

        Free: the vendor publishes no cost for links.
        """
        body = request_body(models.LinkParamsRequest, options)
        return self._request(links_link_with_params_create, models.Link, timeout, body=body)

    def get(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.Link:
        """One link. Free."""
        return self._request(links_retrieve, models.Link, timeout, id=check_path_id("id", id))

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.Link]:
        """Your links. Free."""
        return self._request(links_list, list, timeout)

    def update(
        self, id: str | uuid.UUID, *, timeout: TimeoutArg = None, **options: Unpack[LinkParams]
    ) -> models.Link:
        """Replace a link's title, description, images and videos (PUT: give them all).
        Free: the vendor publishes no cost for links.
        """
        body = request_body(models.LinkParamsRequest, options)
        return self._request(
            links_update, models.Link, timeout, id=check_path_id("id", id), body=body
        )
