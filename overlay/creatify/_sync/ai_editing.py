# Generated from overlay/creatify/_async/ai_editing.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.ai_editing`, from the declaration `AI_EDITING_JOB`."""

from __future__ import annotations

import builtins
import uuid
from functools import partial

from creatify_api import models
from creatify_api.api.ai_editing import (
    ai_editing_create,
    ai_editing_preview_create,
    ai_editing_render_create,
)
from typing_extensions import Unpack

from .._jobs import AI_EDITING_JOB
from .._options import AiEditingOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .jobs import Downloads, UpdateCallback


class AiEditing(Downloads[models.AiEditing]):
    """AI Editing: your video (`video_url`) edited in an `editing_style`.

    Statuses: pending, in_queue, running, then done, failed (`AiEditingFailed`) or
    rejected (`AiEditingRejected`). The result is `video_output` (or `output`);
    `download` checks it is video.
    """

    _kind = AI_EDITING_JOB

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.AiEditing]:
        """Your jobs of this kind. Free."""
        return self._list(timeout)

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AiEditingOptions]
    ) -> models.AiEditing:
        """Start an edit of `video_url`. Costs credits (the vendor publishes no rate
        for it; the finished job's `credits_used` says how many).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.AiEditingCreateRequest, options)
        return self._call(ai_editing_create, timeout, body=body)

    def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AiEditingOptions]
    ) -> models.AiEditing:
        """A preview from the same options; then `render(id)`. Costs 1 credit per 30 s.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.AiEditingCreateRequest, options)
        return self._call(ai_editing_preview_create, timeout, body=body)

    def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.AiEditing:
        """Render a previewed task (no request body); then `wait`. Costs 4 credits per
        30 s of video.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        return self._call(ai_editing_render_create, timeout, id=check_path_id("id", id))

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AiEditingOptions],
    ) -> models.AiEditing:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
