# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.text_generator`, from the declaration `TEXT_GENERATOR_JOB`."""

from __future__ import annotations

from functools import partial

from creatify_api import models
from creatify_api.api.text_generator import text_generator_create
from typing_extensions import Unpack

from .._jobs import TEXT_GENERATOR_JOB
from .._options import TextGeneratorOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .jobs import UpdateCallback
from .text_generator_extras import AsyncTextGeneratorExtras


class AsyncTextGenerator(AsyncTextGeneratorExtras):
    """Text generation: `model_name` (e.g. `gemini-2.5-flash`), `messages` (`{role:
    user|model, content}`), `system_instruction`, `config`; the text is `response_text`.
    `stream` yields the text as it is written instead.

    Statuses: pending, running, then done or failed (`TextGenerationFailed`).
    """

    _kind = TEXT_GENERATOR_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[TextGeneratorOptions]
    ) -> models.TextGeneration:
        """Start a text job. Costs credits by the model's use (`credits_used`).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.TextGeneratorCreateRequest, options)
        return await self._call(text_generator_create, timeout, body=body)

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[TextGeneratorOptions],
    ) -> models.TextGeneration:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
