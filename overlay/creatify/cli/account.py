"""`creatify credits`, `voices` and `music`: the account and the catalogues."""

from __future__ import annotations

import click

from .._jobs import value
from .session import Session, command, reader

credits = reader("credits", "Show the remaining credits.", lambda c: c.credits.remaining())
music = click.Group("music")
music.add_command(reader("list", "List background-music tracks.", lambda c: c.music.list()))
music.add_command(reader("categories", "List its categories.", lambda c: c.music.categories()))


@click.command()
@command
def voices(session: Session) -> None:
    """List voices and their accent ids (for --accent and --voice)."""
    found = session.client.voices.list()
    if session.printer.as_json:
        return session.printer.many(found)
    session.printer.many(
        [
            {
                "accent_id": accent.id,
                "accent": value(accent.accent_name),
                "voice": voice.name,
                "gender": value(voice.gender),
            }
            for voice in found
            for accent in voice.accents
        ]
    )
