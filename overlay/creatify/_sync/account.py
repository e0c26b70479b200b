# Generated from overlay/creatify/_async/account.py by scripts/gen_sync.py: do not edit.
"""`client.voices` and `client.credits`."""

from __future__ import annotations

import builtins
import difflib

from creatify_api import models
from creatify_api.api.credits_ import remaining_credits_retrieve
from creatify_api.api.voices import voices_list

from .._exceptions import InvalidInputError
from .._timeouts import TimeoutArg
from .api_call import call
from .jobs import Host


class Voices:
    """Voices and their accents. The id to pass is an accent's: `accent` of a lipsync and
    of text-to-speech, `voice_id` of an AI Avatar v2 scene (`find_accent` looks one up)."""

    def __init__(self, host: Host) -> None:
        self._host = host

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.Voice]:
        """Every voice, with its accents. Free."""
        return call(
            voices_list.sync_detailed,
            list,
            "GET /api/voices/",
            client=self._host._api,
            timeout=timeout,
        )

    def find_accent(
        self, voice: str, accent: str | None = None, *, timeout: TimeoutArg = None
    ) -> models.Accent:
        """The accent named `accent` of the voice named `voice` (case is ignored); pass its
        `.id` as `accent` or `voice_id`. Without `accent`, the voice must have only one.

        An accent name also matches by its start (`"British"` finds `"British English"`)
        when exactly one does. Raises `InvalidInputError` listing the close names. Free.
        """
        return pick_accent(self.list(timeout=timeout), voice, accent)


def pick_accent(
    voices: builtins.list[models.Voice], voice: str, accent: str | None
) -> models.Accent:
    """The accent `find_accent` returns, from the voices `list` returned."""
    found = [v for v in voices if v.name.casefold() == voice.casefold()]
    if not found:
        names = sorted({v.name for v in voices})
        close = difflib.get_close_matches(voice, names, n=5, cutoff=0.5)
        hint = f"close names: {', '.join(close)}" if close else f"{len(names)} voices exist"
        raise InvalidInputError("voice", f"no voice is named {voice!r}; {hint}")
    accents = [a for v in found for a in v.accents]
    names = [str(a.accent_name) for a in accents]
    if accent is None:
        if len(accents) == 1:
            return accents[0]
        raise InvalidInputError(
            "accent", f"voice {voice!r} has {len(accents)} accents; name one of: {', '.join(names)}"
        )
    wanted = accent.casefold()
    exact = [a for a in accents if str(a.accent_name).casefold() == wanted]
    starts = [a for a in accents if str(a.accent_name).casefold().startswith(wanted)]
    for matches in (exact, starts):
        if len(matches) == 1:
            return matches[0]
    raise InvalidInputError(
        "accent",
        f"voice {voice!r} has {'several' if starts else 'no'} accents named {accent!r}; "
        f"its accents: {', '.join(names)}",
    )


class Credits:
    """The account's credits."""

    def __init__(self, host: Host) -> None:
        self._host = host

    def remaining(self, *, timeout: TimeoutArg = None) -> models.RemainingCredits:
        """`remaining_credits`: what is left to spend. Free."""
        return call(
            remaining_credits_retrieve.sync_detailed,
            models.RemainingCredits,
            "GET /api/remaining_credits/",
            client=self._host._api,
            timeout=timeout,
        )
