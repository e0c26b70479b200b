"""`client.text_generator`: text from a Gemini model, as a job (create, then get, wait
from `TEXT_GENERATOR_JOB`) or streamed chunk by chunk (`stream`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import partial
from typing import Any

import httpx
from creatify_api.api.text_generator import text_generator_create
from creatify_api.models import TextGeneration
from typing_extensions import Unpack

from .._api_call import translate_transport_errors
from .._exceptions import make_status_error
from .._jobs import TEXT_GENERATOR_JOB
from .._requests import TextGeneratorOptions, text_generator_request
from .._sse import SseText
from .._timeouts import TimeoutArg, as_timeout
from .jobs import AsyncJobResource, UpdateCallback

STREAM = "POST /sse/text_generator/"


class AsyncTextGenerator(AsyncJobResource[TextGeneration]):
    """Text generation: `model_name` (e.g. `gemini-2.5-flash`), `messages`
    (`{role: user|model, content}`), `system_instruction`, `config`.

    Job statuses: pending, running, then done (`response_text`) or failed
    (`TextGenerationFailed`). `stream` yields the text as it is written instead.
    """

    _kind = TEXT_GENERATOR_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[TextGeneratorOptions]
    ) -> TextGeneration:
        """Start a text job. Costs credits by the model's use (`credits_used`), so it is
        never sent twice by a retry."""
        body = text_generator_request(options)
        return await self._call(
            text_generator_create, "POST /api/text_generator/", timeout, body=body
        )

    def stream(
        self, *, timeout: TimeoutArg = None, **options: Unpack[TextGeneratorOptions]
    ) -> AsyncIterator[str]:
        """The generated text, chunk by chunk, each yielded as it arrives (server-sent
        events of `POST /sse/text_generator/`). Stopping early (`break`) closes the
        connection. A 4xx/5xx raises the SDK's typed error (a 400 carries `{error}`).
        `timeout` bounds each read. The options are checked here, before any request.
        Costs what `create` costs."""
        body = text_generator_request(options).to_dict()
        return self._stream(body, as_timeout(timeout))

    async def _stream(
        self, body: dict[str, Any], per_read: httpx.Timeout | None
    ) -> AsyncIterator[str]:
        http = self._host._api.get_async_httpx_client()
        with translate_transport_errors(STREAM):
            async with http.stream(
                "POST",
                "/sse/text_generator/",
                json=body,
                headers={"Accept": "text/event-stream"},
                timeout=httpx.USE_CLIENT_DEFAULT if per_read is None else per_read,
            ) as response:
                if response.status_code >= 400:
                    await response.aread()
                    raise make_status_error(response)
                events = SseText(response.request)
                async for line in response.aiter_lines():
                    text = events.feed(line)
                    if text is not None:
                        yield text
                    if events.ended:
                        return

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[TextGeneratorOptions],
    ) -> TextGeneration:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
