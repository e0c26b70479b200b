"""`creatify avatars` (from videos of the person), `dyoa` (described in words), and what
avatars (or a voice, or a photo) say: `lipsyncs`, `lipsyncs-v2`, `tts` and `aurora`. The
scenes of a v2 video come from a JSON or YAML file (see examples/scenes.yaml), or from
flags for a one-scene video."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from click import option
from creatify_api import models

from .jobs import Area, Send, Then, create, creates
from .session import TEXT_FILE, InputPath, Session, choice, command, read_data, reader

avatars = Area("avatars", "avatar", find="creatify avatars list --mine")
dyoa, lipsyncs = Area("dyoa", "dyoa"), Area("lipsyncs", "video")
lipsyncs_v2, tts = Area("lipsyncs_v2", "video"), Area("text_to_speech", "speech")
aurora = Area("aurora", "Aurora video")
DRAW = (
    "Describe an avatar; the service draws photos to pick from (costs credits). --wait ends"
    " when the photos are ready (draft) or the review is done."
)
create(dyoa, DRAW)
# One of --text (or --text-file) and --audio: the SDK's rule (`_requests.py`).
create(lipsyncs, "Create a video of an avatar speaking (costs credits).", files=("text",))
create(tts, "Turn a script into speech (costs credits).", files=("script",))
AURORA_HELP = "Create an Aurora video from a photo and an audio clip (costs credits)."
create(aurora, AURORA_HELP)
VIDEO_HELP = "The training video: the person speaking (MP4 or QuickTime)."


@avatars.command("create")
@option("--video", "lipsync_input", required=True, type=InputPath(), help=VIDEO_HELP)
@option("--consent", "consent_video", type=InputPath(), help="The consent video.")
@creates(avatars, "personas_v2_create", without=("gdown_url",))  # the video is a file here
def avatars_create(session: Session, then: Then, **details: Any) -> Send:
    """Upload videos to make a custom avatar (uses one avatar slot); review takes days:
    --listen waits on the service's webhook."""

    def send() -> Any:
        with session.bars.transfer("upload") as on_progress:
            upload = session.client.avatars.create_from_files
            return upload(**details, on_progress=on_progress)

    return send


@avatars.command("list")
@option("--mine", is_flag=True, help="Only your custom avatars.")
@command
def avatars_list(session: Session, mine: bool) -> None:
    """List avatars (stock and custom, or only yours)."""
    client = session.client
    session.printer.many(client.avatars.list_mine() if mine else client.avatars.list())


avatars.add_command(
    reader("count", "Custom-avatar slots used and free.", lambda c: c.avatars.count())
)


def load_scenes(path: Path) -> dict[str, Any]:
    """A scenes file: a list of scenes, or a request body with `video_inputs` (JSON or
    YAML; the other fields of a body are create's options)."""
    data = read_data(path, "--scenes")
    if isinstance(data, list):
        return {"video_inputs": data}
    if isinstance(data, dict) and "video_inputs" in data:
        return dict(data)
    rule = f"{path} must hold a list of scenes or an object with `video_inputs`"
    raise click.BadParameter(rule, param_hint="--scenes")


def one_scene(avatar: str, text: str, voice: str = "", background: str = "", **kind: str) -> Any:
    scene: dict[str, Any] = {
        "character": {"type": "avatar", "avatar_id": avatar},
        "voice": {"type": "text", "input_text": text} | ({"voice_id": voice} if voice else {}),
    }
    if background:
        scene["background"] = {"type": kind["background_type"], "url": background}
    return scene


@lipsyncs_v2.command("create")
@option("--scenes", type=TEXT_FILE, help="A JSON or YAML file (see examples/scenes.yaml).")
@option("--avatar", help="One scene: the avatar (persona) id.")
@option("--text", help="One scene: the script (up to 2,000 characters).")
@option("--text-file", type=TEXT_FILE, help="One scene: read the script from a UTF-8 file.")
@option("--voice", help="One scene: a voice accent id (the first column of `creatify voices`).")
@option("--background", help="One scene: URL of a background image or video.")
@option("--background-type", type=choice(models.V2BackgroundType), default="image", help="Of it.")
@option("--music", help="URL of background music for the whole video.")
@option("--preview", is_flag=True, help="Make a cheap preview; then `render` it.")
@creates(lipsyncs_v2)
def lipsyncs_v2_create(
    session: Session, then: Then, scenes: Path | None = None, **options: Any
) -> Send | None:
    """Create an AI Avatar v2 video (costs credits): --scenes FILE (a list of scenes, or a
    whole request body), or --avatar and --text for one scene."""
    flags = ("avatar", "text", "voice", "background", "background_type")
    scene = {k: options.pop(k) for k in flags if k in options}
    preview, music = options.pop("preview", False), options.pop("music", None)
    if scenes is not None and len(scene) > 1:
        raise click.UsageError("give --scenes, or the one-scene flags, not both")
    if scenes is None and not {"avatar", "text"} <= scene.keys():
        raise click.UsageError("give --scenes FILE, or --avatar with --text or --text-file")
    body = load_scenes(scenes) if scenes else {"video_inputs": [one_scene(**scene)]}
    body.update(options, **({"background_music": {"url": music}} if music else {}))
    resource = session.client.lipsyncs_v2
    if preview:
        session.printer.one(resource.preview(**body), title="preview created")
        return None
    return lambda: resource.create(**body)


@lipsyncs_v2.command("render")
@click.argument("job_id")
@creates(lipsyncs_v2, "lipsyncs_v2_render_create")  # no body: no name, no webhook
def lipsyncs_v2_render(session: Session, then: Then, job_id: str) -> Send:
    """Render a preview (costs credits)."""
    return lambda: session.client.lipsyncs_v2.render(job_id)


@dyoa.command("submit")
@click.argument("dyoa_id")
@option("--photo", "chosen_photo_id", required=True, help="The chosen photo (`dyoa get`).")
@command
def dyoa_submit(session: Session, dyoa_id: str, chosen_photo_id: str) -> None:
    """Send the chosen photo of a draft for review (free); `dyoa wait` then ends at done
    or rejected."""
    request = session.client.dyoa.submit_for_review(dyoa_id, chosen_photo_id)
    session.printer.one(request, title=f"dyoa {request.status}")
