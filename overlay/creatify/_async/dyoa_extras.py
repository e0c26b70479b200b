"""`client.dyoa`'s own method: submit a chosen photo for review (the rest is generated
from `DYOA_JOB` into `dyoa.py`)."""

from __future__ import annotations

import uuid

from creatify_api import models
from creatify_api.api.dyoa import dyoa_submit_for_review_create

from .._requests import request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import AsyncJobResource


class AsyncDyoaExtras(AsyncJobResource[models.Dyoa]):
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
        body = request_body(models.DyoaSubmitForReviewRequest, {"chosen_photo_id": chosen_photo_id})
        return await self._call(
            dyoa_submit_for_review_create,
            "POST /api/dyoa/{id}/submit_for_review/",
            timeout,
            id=check_path_id("id", id),
            body=body,
        )
