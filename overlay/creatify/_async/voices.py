# Generated from overlay/creatify/_plain.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.voices`, from the declaration `VOICES`."""

from __future__ import annotations

import builtins

from creatify_api import models
from creatify_api.api.voices import voices_list

from .._timeouts import TimeoutArg
from .voices_extras import AsyncVoicesExtras


class AsyncVoices(AsyncVoicesExtras):
    """Voices and their accents. The id to pass is an accent's: `accent` of a lipsync and
    of text-to-speech, `voice_id` of an AI Avatar v2 scene (`find_accent` looks one up).
    """

    async def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.Voice]:
        """Every voice, with its accents. Free."""
        return await self._request(voices_list, list, "GET /api/voices/", timeout)
