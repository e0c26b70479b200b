# Generated from overlay/creatify/_async/voices.py by scripts/gen_sync.py: do not edit.
"""`client.voices`: the voices and their accents."""

from __future__ import annotations

import builtins

from creatify_api import models
from creatify_api.api.voices import voices_list

from .._timeouts import TimeoutArg
from .._voices import pick_accent
from .api_call import Resource


class Voices(Resource):
    """Voices and their accents. The id to pass is an accent's: `accent` of a lipsync and
    of text-to-speech, `voice_id` of an AI Avatar v2 scene (`find_accent` looks one up)."""

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.Voice]:
        """Every voice, with its accents. Free."""
        return self._request(voices_list, list, timeout)

    def find_accent(
        self, voice: str, accent: str | None = None, *, timeout: TimeoutArg = None
    ) -> models.Accent:
        """The accent named `accent` of the voice named `voice` (case is ignored); pass its
        `.id` as `accent` or `voice_id`. Without `accent`, the voice must have only one.

        An accent name also matches by its start (`"British"` finds `"British English"`)
        when exactly one does. Raises `InvalidInputError` listing the close names. Free.
        """
        return pick_accent(self.list(timeout=timeout), voice, accent)
