# Generated from overlay/creatify/_async/ai_scripts.py by scripts/gen_sync.py: do not edit.
"""`client.ai_scripts`: ad scripts for a product link: create (get, list and wait come
from `AI_SCRIPTS_JOB`)."""

from __future__ import annotations

from functools import partial

from creatify_api.api.ai_scripts import ai_scripts_create
from creatify_api.models import AiScript
from typing_extensions import Unpack

from .._jobs import AI_SCRIPTS_JOB
from .._requests import AiScriptOptions, ai_script_request
from .._timeouts import TimeoutArg
from .jobs import ListsByIdsInOrder, UpdateCallback


class AiScripts(ListsByIdsInOrder[AiScript]):
    """AI scripts: scripts written for the product of a `link`.

    Statuses: a free string (`pending`, ...), then done (`generated_scripts`: title,
    script_name, script_style, paragraphs) or failed (`AiScriptFailed`).
    """

    _kind = AI_SCRIPTS_JOB

    def create(self, *, timeout: TimeoutArg = None, **options: Unpack[AiScriptOptions]) -> AiScript:
        """Write scripts for `link` (`language`, `target_audience`, `video_length`,
        `script_styles`). Costs credits (no published rate; `credits_used` says), so it is
        never sent twice by a retry."""
        body = ai_script_request(options)
        return self._call(ai_scripts_create, "POST /api/ai_scripts/", timeout, body=body)

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AiScriptOptions],
    ) -> AiScript:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
