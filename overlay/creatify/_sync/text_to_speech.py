# Generated from overlay/creatify/_async/text_to_speech.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.text_to_speech`, from the declaration `TTS_JOB`."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable
from functools import partial

from creatify_api import models
from creatify_api.api.text_to_speech import text_to_speech_create
from typing_extensions import Unpack

from .._jobs import TTS_JOB
from .._options import TextToSpeechOptions
from .._requests import ids_param, ordering_param, request_body
from .._timeouts import TimeoutArg
from .jobs import Downloads, UpdateCallback


class TextToSpeech(Downloads[models.TextToSpeech]):
    """Text-to-speech: a script read in a voice accent. `download` checks that the file is
    audio (MP3, WAV, ...).

    Statuses: pending, in_queue, running, then done, failed (`TextToSpeechFailed`) or
    rejected (`TextToSpeechRejected`). The result is `output` (or `video_output`);
    `download` checks it is audio.
    """

    _kind = TTS_JOB

    def list(
        self,
        ids: Iterable[str | uuid.UUID] | None = None,
        ordering: str | None = None,
        *,
        timeout: TimeoutArg = None,
    ) -> builtins.list[models.TextToSpeech]:
        """Your jobs of this kind, or only those of up to 100 `ids`; `ordering` names a
        field (`-created_at` for newest first). Free.
        """
        return self._list(timeout, ids=ids_param(ids), ordering=ordering_param(ordering))

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[TextToSpeechOptions]
    ) -> models.TextToSpeech:
        """Start a text-to-speech task from `script` (up to 8,000 characters) and an
        `accent` id. Costs 1 credit per 30 s of audio, so it is never sent twice by
        a retry.
        """
        body = request_body(models.TextToSpeechCreateRequest, options)
        return self._call(text_to_speech_create, timeout, body=body)

    def create_and_wait(
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
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
