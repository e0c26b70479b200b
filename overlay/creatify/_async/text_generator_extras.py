"""`client.text_generator`'s own method: the text streamed chunk by chunk (`stream`; the
job's create, get and wait are generated from `TEXT_GENERATOR_JOB` into
`text_generator.py`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
from creatify_api.models import TextGeneration
from typing_extensions import Unpack

from .._api_call import translate_transport_errors, transport_error
from .._exceptions import APIResponseValidationError, make_status_error
from .._options import OPERATION_ROUTES, TextGeneratorOptions
from .._requests import checked_call
from .._sse import SseText
from .._timeouts import TimeoutArg, as_timeout
from .jobs import AsyncJobResource

STREAM = "sse_text_generator_create"
METHOD, PATH = OPERATION_ROUTES[STREAM]


class AsyncTextGeneratorExtras(AsyncJobResource[TextGeneration]):
    def stream(
        self, *, timeout: TimeoutArg = None, **options: Unpack[TextGeneratorOptions]
    ) -> AsyncIterator[str]:
        """The generated text, chunk by chunk, each yielded as it arrives (server-sent
        events of `POST /sse/text_generator/`). Stopping early (`break`) closes the
        connection. A 3xx/4xx/5xx raises the SDK's typed error (a 400 carries `{error}`).
        `timeout` bounds each read (not `response_deadline`: the stream lasts as long as
        it keeps answering). The options are checked here, before any request.
        Costs what `create` costs."""
        body = checked_call(STREAM, options)
        return self._stream(body, as_timeout(timeout))

    async def _stream(
        self, body: dict[str, Any], per_read: httpx.Timeout | None
    ) -> AsyncIterator[str]:
        http = self._host._api.get_async_httpx_client()
        with translate_transport_errors(f"{METHOD} {PATH}"):
            async with http.stream(
                METHOD,
                PATH,
                json=body,
                headers={"Accept": "text/event-stream"},
                timeout=httpx.USE_CLIENT_DEFAULT if per_read is None else per_read,
            ) as response:
                if response.status_code >= 300:  # a redirect too, as `_api_call.answer`
                    await response.aread()
                    raise make_status_error(response)
                # Any other body (JSON, a proxy's page) read as events ends quietly, empty.
                media = response.headers.get("Content-Type", "untyped").partition(";")[0]
                if media.strip().lower() != "text/event-stream":
                    answer = f"{response.status_code} answer is {media}, not text/event-stream"
                    raise APIResponseValidationError(
                        f"{METHOD} {PATH}: {answer}", response=response
                    )
                events, parts = SseText(response.request), 0
                try:
                    async for line in response.aiter_lines():
                        text = events.feed(line)
                        if text is not None:
                            parts += 1
                            yield text
                        if events.ended:
                            return
                except httpx.RequestError as exc:
                    # The service had answered: not "it may have received the request".
                    what = f"the event stream of {METHOD} {PATH} broke after {parts} parts"
                    raise transport_error(exc, what) from exc
