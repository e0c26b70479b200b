# Generated from overlay/creatify/_async/ai_scripts.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.ai_scripts`, from the declaration `AI_SCRIPTS_JOB`."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable
from functools import partial

from creatify_api import models
from creatify_api.api.ai_scripts import ai_scripts_create
from typing_extensions import Unpack

from .._jobs import AI_SCRIPTS_JOB
from .._options import AiScriptOptions
from .._requests import checked_query, ids_param, request_body
from .._timeouts import TimeoutArg
from .jobs import JobResource, UpdateCallback


class AiScripts(JobResource[models.AiScript]):
    """AI scripts: scripts written for the product of a `link` (`generated_scripts`: title,
    script_name, script_style, paragraphs).

    Statuses: pending, in_queue, running, then done or failed (`AiScriptFailed`).
    """

    _kind = AI_SCRIPTS_JOB

    def list(
        self,
        ids: Iterable[str | uuid.UUID] | None = None,
        ordering: str | None = None,
        *,
        timeout: TimeoutArg = None,
    ) -> builtins.list[models.AiScript]:
        """Your jobs of this kind, or only those of up to 100 `ids`; `ordering` names a
        field (`-created_at` for newest first). Free.
        """
        return self._list(timeout, ids=ids_param(ids), **checked_query(ordering=ordering))

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AiScriptOptions]
    ) -> models.AiScript:
        """Write scripts for `link` (`language`, `target_audience`, `video_length`,
        `script_styles`). Costs credits (the vendor publishes no rate;
        `credits_used` says how many).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.AiScriptCreateRequest, options)
        return self._call(ai_scripts_create, timeout, body=body)

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AiScriptOptions],
    ) -> models.AiScript:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
