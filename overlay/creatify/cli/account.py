"""`creatify credits`, `voices` and `music`: the account and the catalogues."""

from __future__ import annotations

import click

from .session import Session, command, reader

credits = reader(None, "credits", "Show the remaining credits.", lambda c: c.credits.remaining())
music = click.Group("music")
VOICE_COLUMNS = ("accent_id", "accent", "voice", "gender")
reader(music, "list", "List background-music tracks.", lambda c: c.music.list())
reader(music, "categories", "List its categories.", lambda c: c.music.categories())


@click.command()
@command
def voices(session: Session) -> None:  # its help: `main.OTHERS`
    from .._jobs import value  # here: `creatify credits` need not load the job kinds

    found = session.client.voices.list()
    if session.as_json:
        return session.many(found)
    rows = [(a.id, value(a.accent_name), v.name, value(v.gender)) for v in found for a in v.accents]
    session.many([dict(zip(VOICE_COLUMNS, row, strict=True)) for row in rows])
