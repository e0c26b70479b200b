"""`creatify credits`, `voices` and `music`: the account and the catalogues."""

from __future__ import annotations

import click

from .._jobs import value
from .session import Session, command


@click.command()
@command
def credits(session: Session) -> None:
    """Show the remaining credits."""
    session.printer.one(session.client.credits.remaining())


@click.command()
@command
def voices(session: Session) -> None:
    """List voices and their accent ids (for --accent and --voice)."""
    found = session.client.voices.list()
    if session.printer.as_json:
        session.printer.many(found)
        return
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


music = click.Group("music")


@music.command("list")
@command
def music_list(session: Session) -> None:
    """List background-music tracks."""
    session.printer.many(session.client.music.list())


@music.command("categories")
@command
def music_categories(session: Session) -> None:
    """List background-music categories."""
    session.printer.many(session.client.music.categories())
