# Generated from overlay/creatify/_async/links.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_plain.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.links`, from the declaration `LINKS`."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterator
from functools import partial

from creatify_api import models
from creatify_api.api.links import (
    links_create,
    links_link_with_params_create,
    links_list,
    links_paginated_list,
    links_retrieve,
    links_update,
)
from typing_extensions import Unpack

from .._options import LinkParams
from .._requests import checked_query, request_body
from .._timeouts import TimeoutArg, as_timeout
from .._validation import check_path_id
from .api_call import Resource
from .pages import iter_pages


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
        """Get one link. Free."""
        return self._request(links_retrieve, models.Link, timeout, id=check_path_id("id", id))

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.Link]:
        """List your links. Free."""
        return self._request(links_list, list, timeout)

    def list_page(
        self, page: int = 1, page_size: int = 10, *, timeout: TimeoutArg = None
    ) -> models.PaginatedLinkList:
        """List your links, one page at a time. Free."""
        return self._request(
            links_paginated_list,
            models.PaginatedLinkList,
            timeout,
            **checked_query(page=page, page_size=page_size),
        )

    def iter_all(
        self, page_size: int = 100, *, timeout: TimeoutArg = None
    ) -> Iterator[models.Link]:
        """The `results` of every page of `list_page`, read lazily from
        `/api/links/paginated/`.

        `async for item in client.links.iter_all(): ...` (`for` with `Creatify`).
        The arguments are checked now; a page is asked for only when the last one is
        used up (stop early and no more are sent). No item is yielded twice; one
        created during the walk may be missed. Ends at a page without `next` or
        without results; raises `CreatifyError` if the service gives a `next` it
        gave before. `timeout` applies to each page's request. Free (one request per
        page).
        """
        checked_query(page=1, page_size=page_size)
        as_timeout(timeout)
        read = partial(self.list_page, page_size=page_size, timeout=timeout)
        return iter_pages(read, links_paginated_list)

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
