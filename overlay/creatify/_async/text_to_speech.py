"""`client.text_to_speech`: speech from a script: create (get, list, wait and download
come from `TTS_JOB`)."""

from __future__ import annotations

from functools import partial

from creatify_api import models
from creatify_api.api.text_to_speech import text_to_speech_create
from typing_extensions import Unpack

from .._jobs import TTS_JOB
from .._requests import TextToSpeechOptions, text_to_speech_request
from .._timeouts import TimeoutArg
from .jobs import AsyncDownloads, AsyncListsByIdsInOrder, UpdateCallback


class AsyncTextToSpeech(
    AsyncListsByIdsInOrder[models.TextToSpeech], AsyncDownloads[models.TextToSpeech]
):
    """Text-to-speech: a script read in a voice accent.

    Statuses: pending, in_queue, running, then done, failed (`TextToSpeechFailed`) or
    rejected (`TextToSpeechRejected`). The audio URL is `output`; `download` checks that
    the file is audio (MP3, WAV, ...).
    """

    _kind = TTS_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[TextToSpeechOptions]
    ) -> models.TextToSpeech:
        """Start a text-to-speech task from `script` (up to 8,000 characters) and an
        `accent` id. Costs 1 credit per 30 s of audio, so it is never sent twice by a
        retry."""
        body = text_to_speech_request(options)
        return await self._call(
            text_to_speech_create, "POST /api/text_to_speech/", timeout, body=body
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
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
