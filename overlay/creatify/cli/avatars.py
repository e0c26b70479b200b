"""`creatify avatars` (from videos of the person) and `creatify dyoa` (described in words)."""

from __future__ import annotations

from typing import Any

import click
from creatify_api import models

from .._jobs import AVATAR_JOB, DYOA_JOB
from .jobs import Area, Send, Then, creates, job_group
from .session import InputPath, Session, choice, command, reader

AVATARS = Area(AVATAR_JOB, "avatar", find="creatify avatars list --mine")
DYOA = Area(DYOA_JOB, "dyoa", lists=True)
GENDER_HELP = "m, f or nb (non-binary)."
VIDEO_HELP = "The training video: the person speaking (MP4 or QuickTime)."

avatars = job_group(AVATARS)
dyoa = job_group(DYOA)


@avatars.command("create")
@click.option("--video", "lipsync_input", required=True, type=InputPath(), help=VIDEO_HELP)
@click.option("--consent", "consent_video", type=InputPath(), help="The consent video.")
@click.option("--name", "creator_name", required=True, help="Who the person is (not shown).")
@click.option("--gender", required=True, type=choice(models.Gender), help=GENDER_HELP)
@click.option("--scene", "video_scene", help="A word for the background, e.g. office.")
@click.option("--keywords", help="Comma-separated keywords.")
@click.option("--label", "labels", multiple=True, help="A label (repeat for more).")
@creates(AVATARS, name=False)
def avatars_create(session: Session, then: Then, **details: Any) -> Send:
    """Upload videos to make a custom avatar (uses one avatar slot); review takes days:
    --listen waits on the service's webhook."""

    def send() -> Any:
        with session.bars.transfer("upload") as on_progress:
            upload = session.client.avatars.create_from_files
            return upload(**details, on_progress=on_progress)

    return send


@avatars.command("list")
@click.option("--mine", is_flag=True, help="Only your custom avatars.")
@command
def avatars_list(session: Session, mine: bool) -> None:
    """List avatars (stock and custom, or only yours)."""
    client = session.client
    session.printer.many(client.avatars.list_mine() if mine else client.avatars.list())


avatars.add_command(
    reader("count", "Custom-avatar slots used and free.", lambda c: c.avatars.count())
)


@dyoa.command("create")
@click.option("--name", required=True, help="A name for the avatar.")
@click.option("--age-group", required=True, help="E.g. child, young_adult, early_middle_age.")
@click.option("--gender", required=True, type=choice(models.Gender), help=GENDER_HELP)
@click.option("--details", "more_details", help="Face, hair, build.")
@click.option("--outfit", "outfit_description", help="What the avatar wears.")
@click.option("--background", "background_description", help="What is behind the avatar.")
# POST /api/dyoa/ takes no `webhook_url` (vendor page post-dyoa; the spec's DyoaCreate).
@creates(DYOA, webhook=False, name=False)
def dyoa_create(session: Session, then: Then, **options: Any) -> Send:
    """Describe an avatar; the service draws photos to pick from (costs credits). --wait
    ends when the photos are ready (draft) or the review is done."""
    return lambda: session.client.dyoa.create(**options)
