"""`client.dyoa`: Design Your Own Avatar, an avatar described in words: create (get, list
and wait for its photos come from `DYOA_JOB`)."""

from __future__ import annotations

import uuid
from functools import partial

from creatify_api import models
from creatify_api.api.dyoa import dyoa_create, dyoa_submit_for_review_create
from typing_extensions import Unpack

from .._jobs import DYOA_JOB
from .._requests import DyoaOptions, dyoa_request, dyoa_review_request
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import AsyncListsInOrder, UpdateCallback


class AsyncDyoa(AsyncListsInOrder[models.Dyoa]):
    """Design Your Own Avatar: the service draws photos of the avatar you describe.

    Statuses: initializing, then draft (`photos` are ready: pick one with
    `submit_for_review`, or in the Creatify app), pending, in_progress, then done (the
    avatar is under `reviews[].creator`) or rejected (`DyoaRejected`). `wait` ends at
    `draft` as well as at `done`, since nothing happens at `draft` until you act; waiting
    again after you picked a photo ends at `done` or `rejected`. Nothing to download:
    the photos are URLs.
    """

    _kind = DYOA_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[DyoaOptions]
    ) -> models.Dyoa:
        """Describe an avatar: `name`, `age_group`, `gender`, and optionally
        `more_details`, `outfit_description`, `background_description`.

        Costs credits (the vendor publishes no rate for it; the finished job's
        `credits_used` says how many).
        """
        return await self._call(dyoa_create, "POST /api/dyoa/", timeout, body=dyoa_request(options))

    async def submit_for_review(
        self,
        id: str | uuid.UUID,
        chosen_photo_id: str | uuid.UUID,
        *,
        timeout: TimeoutArg = None,
    ) -> models.Dyoa:
        """Send the photo `chosen_photo_id` (one of the `draft` request's `photos`) for
        review; `wait` again then ends at done or rejected. The path is known from public
        client code only (no vendor page). Free (the request's credits were spent by
        `create`)."""
        body = dyoa_review_request(chosen_photo_id)
        return await self._call(
            dyoa_submit_for_review_create,
            "POST /api/dyoa/{id}/submit_for_review/",
            timeout,
            id=check_path_id("id", id),
            body=body,
        )

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[DyoaOptions],
    ) -> models.Dyoa:
        """`create`, then `wait` (until the photos are ready: `draft`); every argument is
        checked before the create is sent.

        Costs what `create` costs; waiting is free.
        """
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
