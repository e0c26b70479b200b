# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.text_to_speech`, from the declaration `TTS_JOB`."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import AsyncIterator, Iterable
from functools import partial

from creatify_api import models
from creatify_api.api.text_to_speech import text_to_speech_create, text_to_speech_paginated_list
from typing_extensions import Unpack

from .._jobs import TTS_JOB
from .._options import TextToSpeechOptions
from .._requests import checked_query, ids_param, request_body
from .._timeouts import TimeoutArg, as_timeout
from .jobs import AsyncDownloads, UpdateCallback
from .pages import iter_pages


class AsyncTextToSpeech(AsyncDownloads[models.TextToSpeech]):
    """Text-to-speech: a script read in a voice accent. `download` checks that the file is
    audio (MP3, WAV, ...).

    Statuses: pending, in_queue, running, then done, failed (`TextToSpeechFailed`) or
    rejected (`TextToSpeechRejected`). The result is `output` (or `video_output`);
    `download` checks it is audio.
    """

    _kind = TTS_JOB

    async def list(
        self,
        ids: Iterable[str | uuid.UUID] | None = None,
        ordering: str | None = None,
        *,
        timeout: TimeoutArg = None,
    ) -> builtins.list[models.TextToSpeech]:
        """Your jobs of this kind, or only those of up to 100 `ids`; `ordering` names a
        field (`-created_at` for newest first). Free.
        """
        return await self._list(timeout, ids=ids_param(ids), **checked_query(ordering=ordering))

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[TextToSpeechOptions]
    ) -> models.TextToSpeech:
        """Start a text-to-speech task from `script` (up to 8,000 characters) and an
        `accent` id; the audio URL comes in `output` once `status` is `done`. Costs
        1 credit per 30 s of audio.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.TextToSpeechCreateRequest, options)
        return await self._call(text_to_speech_create, timeout, body=body)

    async def list_page(
        self, page: int = 1, page_size: int = 10, *, timeout: TimeoutArg = None
    ) -> models.PaginatedTextToSpeechList:
        """List your text-to-speech tasks, one page at a time. Free."""
        return await self._request(
            text_to_speech_paginated_list,
            models.PaginatedTextToSpeechList,
            timeout,
            **checked_query(page=page, page_size=page_size),
        )

    def iter_all(
        self, page_size: int = 100, *, timeout: TimeoutArg = None
    ) -> AsyncIterator[models.TextToSpeech]:
        """The `results` of every page of `list_page`, read lazily from
        `/api/text_to_speech/paginated/`.

        `async for item in client.text_to_speech.iter_all(): ...` (`for` with
        `Creatify`). The arguments are checked now; a page is asked for only when
        the last one is used up (stop early and no more are sent). No item is
        yielded twice; one created during the walk may be missed. Ends at a page
        without `next` or without results; raises `CreatifyError` if the service
        gives a `next` it gave before. `timeout` applies to each page's request.
        Free (one request per page).
        """
        checked_query(page=1, page_size=page_size)
        as_timeout(timeout)
        read = partial(self.list_page, page_size=page_size, timeout=timeout)
        return iter_pages(read, text_to_speech_paginated_list)

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[TextToSpeechOptions],
    ) -> models.TextToSpeech:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
