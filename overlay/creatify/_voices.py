"""Finding a voice accent by name: what `voices.find_accent` returns from `voices.list()`."""

from __future__ import annotations

import difflib

from creatify_api import models

from ._exceptions import InvalidInputError


def pick_accent(voices: list[models.Voice], voice: str, accent: str | None) -> models.Accent:
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
