# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.dyoa`, from the declaration `DYOA_JOB`."""

from __future__ import annotations

import builtins
import uuid
from functools import partial

from creatify_api import models
from creatify_api.api.dyoa import dyoa_create, dyoa_destroy, dyoa_submit_for_review_create
from typing_extensions import Unpack

from .._jobs import DYOA_JOB
from .._options import DyoaOptions
from .._requests import checked_query, request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import AsyncJobResource, UpdateCallback


class AsyncDyoa(AsyncJobResource[models.Dyoa]):
    """Design Your Own Avatar: the service draws photos of the avatar you describe. At
    `draft` the `photos` are ready: pick one with `submit_for_review` (or in the
    Creatify app); the avatar is then under `reviews[].creator`. `wait` ends at `draft`
    as well as at `done`, since nothing happens at `draft` until you act. Nothing to
    download: the photos are URLs.

    Statuses: initializing, pending, in_progress, then draft or done or rejected
    (`DyoaRejected`).
    """

    _kind = DYOA_JOB

    async def list(
        self, ordering: str | None = None, *, timeout: TimeoutArg = None
    ) -> builtins.list[models.Dyoa]:
        """Your jobs of this kind; `ordering` names a field (`-created_at` for newest
        first). Free.
        """
        return await self._list(timeout, **checked_query(ordering=ordering))

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[DyoaOptions]
    ) -> models.Dyoa:
        """Describe an avatar: `name`, `age_group`, `gender`, and optionally
        `more_details`, `outfit_description`, `background_description`. Photos to
        choose from appear in `photos` (status `draft`).

        Costs credits (the vendor publishes no rate for it; the finished job's
        `credits_used` says how many).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.DyoaCreateRequest, options)
        return await self._call(dyoa_create, timeout, body=body)

    async def submit_for_review(
        self, id: str | uuid.UUID, chosen_photo_id: str | uuid.UUID, *, timeout: TimeoutArg = None
    ) -> models.Dyoa:
        """Send the photo `chosen_photo_id` (one of the `draft` request's `photos`) for
        review, while the request is `draft`. The review then runs (`pending`,
        `in_progress`) and ends `done` (the avatar under `reviews[].creator`) or
        `rejected`: `wait` again. The path is known from public client code only (no
        vendor page; openapi/README.md). Free (the request's credits were spent by
        `create`).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.DyoaSubmitForReviewRequest, {"chosen_photo_id": chosen_photo_id})
        return await self._call(
            dyoa_submit_for_review_create, timeout, id=check_path_id("id", id), body=body
        )

    async def delete(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> None:
        """Delete a request; a later `get` of it is a 404. Free."""
        return await self._request(dyoa_destroy, type(None), timeout, id=check_path_id("id", id))

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[DyoaOptions],
    ) -> models.Dyoa:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
