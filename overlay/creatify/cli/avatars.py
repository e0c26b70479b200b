"""`creatify avatars` (from videos of the person), `dyoa` (described in words), and what
avatars (or a voice, or a photo) say: `lipsyncs`, `lipsyncs-v2`, `tts` and `aurora`. The
scenes of a v2 video come from a JSON or YAML file (see examples/scenes.yaml), or from
flags for a one-scene video."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from click import option
from creatify_api import models

from .._jobs import JOB_KINDS
from .jobs import Area, Send, Then, creates, job_group
from .session import (
    ACCENT_HELP,
    ASPECT_RATIO,
    MODEL,
    InputPath,
    Session,
    choice,
    command,
    read_text,
    reader,
)

AVATARS = Area(JOB_KINDS["avatars"], "avatar", find="creatify avatars list --mine")
DYOA = Area(JOB_KINDS["dyoa"], "dyoa", lists=True)  # its list takes no ids
LIPSYNCS, V2 = Area(JOB_KINDS["lipsyncs"], "video"), Area(JOB_KINDS["lipsyncs_v2"], "video")
TTS, AURORA = Area(JOB_KINDS["text_to_speech"], "speech"), Area(JOB_KINDS["aurora"], "Aurora video")
avatars, dyoa, lipsyncs, lipsyncs_v2, tts, aurora = map(
    job_group, (AVATARS, DYOA, LIPSYNCS, V2, TTS, AURORA)
)
GENDER_HELP = "m, f or nb (non-binary)."
VIDEO_HELP = "The training video: the person speaking (MP4 or QuickTime)."
TEXT_FILE = InputPath(exists=True)


@avatars.command("create")
@option("--video", "lipsync_input", required=True, type=InputPath(), help=VIDEO_HELP)
@option("--consent", "consent_video", type=InputPath(), help="The consent video.")
@option("--name", "creator_name", required=True, help="Who the person is (not shown).")
@option("--gender", required=True, type=choice(models.Gender), help=GENDER_HELP)
@option("--scene", "video_scene", help="A word for the background, e.g. office.")
@option("--keywords", help="Comma-separated keywords.")
@option("--label", "labels", multiple=True, help="A label (repeat for more).")
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
@option("--mine", is_flag=True, help="Only your custom avatars.")
@command
def avatars_list(session: Session, mine: bool) -> None:
    """List avatars (stock and custom, or only yours)."""
    client = session.client
    session.printer.many(client.avatars.list_mine() if mine else client.avatars.list())


avatars.add_command(
    reader("count", "Custom-avatar slots used and free.", lambda c: c.avatars.count())
)


@dyoa.command("create")
@option("--name", required=True, help="A name for the avatar.")
@option("--age-group", required=True, help="E.g. child, young_adult, early_middle_age.")
@option("--gender", required=True, type=choice(models.Gender), help=GENDER_HELP)
@option("--details", "more_details", help="Face, hair, build.")
@option("--outfit", "outfit_description", help="What the avatar wears.")
@option("--background", "background_description", help="What is behind the avatar.")
# POST /api/dyoa/ takes no `webhook_url` (vendor page post-dyoa; the spec's DyoaCreate).
@creates(DYOA, webhook=False, name=False)
def dyoa_create(session: Session, then: Then, **options: Any) -> Send:
    """Describe an avatar; the service draws photos to pick from (costs credits). --wait
    ends when the photos are ready (draft) or the review is done."""
    return lambda: session.client.dyoa.create(**options)


@dyoa.command("submit")
@click.argument("dyoa_id")
@option("--photo", "chosen_photo_id", required=True, help="The chosen photo (`dyoa get`).")
@command
def dyoa_submit(session: Session, dyoa_id: str, chosen_photo_id: str) -> None:
    """Send the chosen photo of a draft for review (free); `dyoa wait` then ends at done
    or rejected."""
    request = session.client.dyoa.submit_for_review(dyoa_id, chosen_photo_id)
    session.printer.one(request, title=f"dyoa {request.status}")


@lipsyncs.command("create")
@option("--avatar", "creator", required=True, help="The avatar (persona) id.")
@option("--text", help="The script to speak.")
@option("--text-file", type=TEXT_FILE, help="Read the script from a UTF-8 file.")
@option("--audio", help="URL of an audio file to lip-sync to.")
@ASPECT_RATIO
@option("--accent", help=ACCENT_HELP)
@MODEL
@creates(LIPSYNCS)
def lipsyncs_create(session: Session, then: Then, **options: Any) -> Send:
    """Create a video of an avatar speaking (costs credits)."""
    if ("text" in options) == ("audio" in options):
        raise click.UsageError("give exactly one of --text, --text-file or --audio")
    return lambda: session.client.lipsyncs.create(**options)


def load_scenes(path: Path) -> dict[str, Any]:
    """A scenes file: a list of scenes, or a request body with `video_inputs` (JSON or
    YAML; the other fields of a body are create's options)."""
    import yaml  # type: ignore[import-untyped]

    text = read_text(path, "--scenes")
    try:
        data = json.loads(text)
    except ValueError:  # not JSON (PyYAML is YAML 1.1: JSON with tabs fails there)
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise click.BadParameter(f"cannot read {path}: {exc}", param_hint="--scenes") from None
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
@option("--voice", help=f"One scene: {ACCENT_HELP}")
@option("--background", help="One scene: URL of a background image or video.")
@option("--background-type", type=choice(models.V2BackgroundType), default="image", help="Of it.")
@ASPECT_RATIO
@MODEL
@option("--music", help="URL of background music for the whole video.")
@option("--preview", is_flag=True, help="Make a cheap preview; then `render` it.")
@creates(V2)
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
@creates(V2, webhook=False, name=False)
def lipsyncs_v2_render(session: Session, then: Then, job_id: str) -> Send:
    """Render a preview (costs credits)."""
    return lambda: session.client.lipsyncs_v2.render(job_id)


@tts.command("create")
@option("--script", help="The text to speak (up to 8,000 characters).")
@option("--script-file", type=TEXT_FILE, help="Read the text from a UTF-8 file.")
@option("--accent", help=ACCENT_HELP)
@creates(TTS)
def tts_create(session: Session, then: Then, **options: Any) -> Send:
    """Turn a script into speech (costs credits)."""
    if "script" not in options:
        raise click.UsageError("give --script or --script-file")
    return lambda: session.client.text_to_speech.create(**options)


@aurora.command("create")
@option("--image", required=True, help="URL of a PNG, JPEG or WebP image.")
@option("--audio", required=True, help="URL of an MP3 or WAV file (60 s at most).")
@option("--prompt", "text_prompt", help="Style, scene, camera, mood and motion hints.")
@option("--guidance", "prompt_guidance_scale", type=float, help="0 to 10 (default 1).")
@option("--model", "model_version", type=choice(models.AuroraModelVersion), help="The model.")
@creates(AURORA)
def aurora_create(session: Session, then: Then, **options: Any) -> Send:
    """Create an Aurora video from a photo and an audio clip (costs credits)."""
    return lambda: session.client.aurora.create(**options)
