"""`client.text_to_speech`: speech from a script: create, wait, download the audio."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable

from creatify_api import models
from creatify_api.api.text_to_speech import text_to_speech_create, text_to_speech_list
from creatify_api.types import UNSET
from typing_extensions import Unpack

from .._constants import MAX_NAME_LENGTH
from .._jobs import TTS_JOB
from .._requests import TextToSpeechOptions, ids_param, text_to_speech_request
from .._timeouts import TimeoutArg
from .._validation import check_optional_text
from .api_call import call
from .jobs import AsyncDownloads, UpdateCallback


class AsyncTextToSpeech(AsyncDownloads[models.TextToSpeech]):
    """Text-to-speech: a script read in a voice accent; 1 credit per 30 s of audio.

    Statuses: pending, in_queue, running, then done, failed (`TextToSpeechFailed`) or
    rejected (`TextToSpeechRejected`). The audio URL is `output`. `download` checks that
    the file is audio (MP3, WAV, ...). Waits default to a first check at once, then
    about 1 s growing 1.5x up to 5 s, for up to 10 min.
    """

    _kind = TTS_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[TextToSpeechOptions]
    ) -> models.TextToSpeech:
        """Start a text-to-speech task from `script` (up to 8,000 characters) and an
        `accent` id. Costs credits, so it is never sent twice by a retry."""
        return await call(
            text_to_speech_create.asyncio_detailed,
            models.TextToSpeech,
            "POST /api/text_to_speech/",
            client=self._host._api,
            timeout=timeout,
            body=text_to_speech_request(options),
        )

    async def list(
        self,
        ids: Iterable[str | uuid.UUID] | None = None,
        *,
        ordering: str | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[models.TextToSpeech]:
        """Your text-to-speech tasks, or only those of up to 100 `ids`. `ordering` is a
        field name, `-` first for descending (`-created_at`: newest first). Free."""
        ordering = check_optional_text("ordering", ordering, max_length=MAX_NAME_LENGTH)
        return await call(
            text_to_speech_list.asyncio_detailed,
            list,
            "GET /api/text_to_speech/",
            client=self._host._api,
            timeout=timeout,
            ids=ids_param(ids),
            ordering=UNSET if ordering is None else ordering,
        )

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[TextToSpeechOptions],
    ) -> models.TextToSpeech:
        """`create` (costs credits), then `wait`. Costs what `create` costs; the wait itself is
        free.
        """
        task = await self.create(**options)
        return await self.wait(
            task.id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_update=on_update,
        )
