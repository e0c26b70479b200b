"""`creatify lipsyncs-v2`, `creatify tts` and `creatify aurora`.

Each group has `create` (with --wait and --download), `get`, `wait`, `download` and, where
the API lists them, `list`. The scenes of a v2 video come from a JSON or YAML file (a list
of scenes, or a whole request body), or from flags for a one-scene video.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click
import yaml  # type: ignore[import-untyped]

from .._download import check_target
from .._jobs import AURORA_JOB, LIPSYNC_V2_JOB, TTS_JOB
from .app import Session, command, interruptible_wait, wait_options

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Area:
    """One product area as the CLI shows it."""

    command: str
    """The group's name: `creatify {command} ...`."""
    namespace: str
    """The client attribute: `client.{namespace}`."""
    noun: str
    output: str
    """What `--download` saves, for help texts."""
    timeout: float
    poll_interval: float
    max_interval: float
    lists: bool = True

    def resource(self, session: Session) -> Any:
        return getattr(session.client, self.namespace)

    @property
    def find_command(self) -> str:
        """How a user finds out whether an interrupted create made a job."""
        if self.lists:
            return f"creatify {self.command} list"
        return "the Creatify web app (the API lists no Aurora videos)"


V2 = Area(
    "lipsyncs-v2",
    "lipsyncs_v2",
    "video",
    "MP4",
    LIPSYNC_V2_JOB.poll.timeout,
    LIPSYNC_V2_JOB.poll.poll_interval,
    LIPSYNC_V2_JOB.poll.max_interval,
)
TTS = Area(
    "tts",
    "text_to_speech",
    "speech",
    "audio file",
    TTS_JOB.poll.timeout,
    TTS_JOB.poll.poll_interval,
    TTS_JOB.poll.max_interval,
)
AURORA = Area(
    "aurora",
    "aurora",
    "Aurora video",
    "MP4",
    AURORA_JOB.poll.timeout,
    AURORA_JOB.poll.poll_interval,
    AURORA_JOB.poll.max_interval,
    lists=False,
)


# ---------------------------------------------------------------- shared steps


def wait_job(
    session: Session,
    area: Area,
    job_id: str,
    timeout: float,
    poll_interval: float,
    download: Path | None = None,
) -> Any:
    """Wait with a status bar; Ctrl-C stops waiting and says how to resume."""

    def run() -> Any:
        with session.bars.wait(f"{area.noun} {job_id[:8]}") as on_update:
            return area.resource(session).wait(
                job_id,
                timeout=timeout,
                poll_interval=poll_interval,
                max_interval=max(poll_interval, area.max_interval),
                on_update=on_update,
            )

    finished = interruptible_wait(session, area.command, job_id, run, download)
    session.printer.one(finished, title=f"{area.noun} done")
    return finished


def save(session: Session, area: Area, job: Any, out: Path, *, report_json: bool = False) -> None:
    """Save the output. Only `download --json` prints `{path, bytes}`: after a wait, stdout
    already holds the job's JSON and must stay one JSON document."""
    with session.bars.transfer("download") as on_progress:
        saved = area.resource(session).download(job, out, on_progress=on_progress)
    size = saved.stat().st_size
    if report_json and session.printer.as_json:
        session.printer.one({"path": str(saved), "bytes": size})
    else:
        session.printer.note(f"saved {saved} ({size:,} bytes)")


def create_then(
    session: Session,
    area: Area,
    send: Callable[[], Any],
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
) -> None:
    """A paid request (`send`), then the wait and download asked for. The download target
    is checked before it; Ctrl-C during it says the job may exist and how to check."""
    if download is not None:
        download = check_target(download)
    with session.creating(area.noun, area.find_command):
        task = send()
    if not (wait or download):
        session.printer.one(task, title=f"{area.noun} task created")
        return
    session.printer.note(f"{area.noun} {task.id} created; waiting")
    finished = wait_job(session, area, str(task.id), timeout, poll_interval, download)
    if download is not None:
        save(session, area, finished, download)


def create_options(area: Area) -> Callable[[F], F]:
    """--wait, --download, --timeout and --poll-interval of a create command."""

    def decorate(fn: F) -> F:
        fn = wait_options(area.timeout, area.poll_interval)(fn)
        fn = click.option(
            "--download",
            type=click.Path(dir_okay=False, path_type=Path),
            help=f"Save the finished {area.output} here (implies --wait).",
        )(fn)
        fn = click.option(
            "--wait", "wait", is_flag=True, help=f"Wait until the {area.noun} is done."
        )(fn)
        fn = click.option("--webhook-url", help=f"Called when the {area.noun} is done.")(fn)
        fn = click.option("--name", help=f"A name for the {area.noun}.")(fn)
        return fn

    return decorate


def add_job_commands(group: click.Group, area: Area) -> None:
    """`get`, `wait`, `download` and (where the API has it) `list` of one area."""

    @group.command("get")
    @click.argument("job_id")
    @command
    def get(session: Session, job_id: str) -> None:
        """Show one task: status, progress and, once done, its output URL."""
        session.printer.one(area.resource(session).get(job_id))

    @group.command("wait")
    @click.argument("job_id")
    @click.option(
        "--download",
        type=click.Path(dir_okay=False, path_type=Path),
        help=f"Save the finished {area.output} here.",
    )
    @wait_options(area.timeout, area.poll_interval)
    @command
    def wait(
        session: Session, job_id: str, download: Path | None, timeout: float, poll_interval: float
    ) -> None:
        """Wait until the task is done; exit 1 if it fails or is rejected."""
        finished = wait_job(session, area, job_id, timeout, poll_interval)
        if download is not None:
            save(session, area, finished, download)

    @group.command("download")
    @click.argument("job_id")
    @click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
    @command
    def download(session: Session, job_id: str, out: Path) -> None:
        """Save a finished task's output to OUT."""
        save(session, area, job_id, out, report_json=True)

    if area.lists:

        @group.command("list")
        @click.option("--id", "ids", multiple=True, help="Only this task (repeat, up to 100).")
        @command
        def list_(session: Session, ids: tuple[str, ...]) -> None:
            """List your tasks."""
            session.printer.many(area.resource(session).list(ids=list(ids) or None))


def read_text(text: str | None, text_file: Any, flag: str) -> str | None:
    if text is not None and text_file is not None:
        raise click.UsageError(f"give --{flag} or --{flag}-file, not both")
    return str(text_file.read()) if text_file is not None else text


# ---------------------------------------------------------------- lipsyncs-v2


@click.group("lipsyncs-v2")
def lipsyncs_v2() -> None:
    """AI Avatar v2 videos: several scenes, avatars, backgrounds, captions, transitions."""


def load_scenes(path: Path) -> dict[str, Any]:
    """A scenes file: a list of scenes, or a request body with `video_inputs`.

    JSON or YAML; the other fields of a body are create's options.
    """
    try:
        text = path.read_text(encoding="utf-8")
        try:
            data = json.loads(text)
        except ValueError:  # not JSON (PyYAML is YAML 1.1: JSON with tabs fails there)
            data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise click.BadParameter(f"cannot read {path}: {exc}", param_hint="--scenes") from None
    if isinstance(data, list):
        return {"video_inputs": data}
    if isinstance(data, dict) and "video_inputs" in data:
        return dict(data)
    raise click.BadParameter(
        f"{path} must hold a list of scenes or an object with `video_inputs`",
        param_hint="--scenes",
    )


def one_scene(
    avatar: str, text: str, voice: str | None, background: str | None, background_type: str
) -> dict[str, Any]:
    scene: dict[str, Any] = {
        "character": {"type": "avatar", "avatar_id": avatar},
        "voice": {"type": "text", "input_text": text},
    }
    if voice is not None:
        scene["voice"]["voice_id"] = voice
    if background is not None:
        scene["background"] = {"type": background_type, "url": background}
    return scene


@lipsyncs_v2.command("create")
@click.option(
    "--scenes",
    "scenes_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A JSON or YAML file: a list of scenes, or a whole request body.",
)
@click.option("--avatar", help="One scene: the avatar (persona) id.")
@click.option("--text", help="One scene: the script (up to 2,000 characters).")
@click.option(
    "--text-file", type=click.File("r", encoding="utf-8"), help="One scene: read the script here."
)
@click.option("--voice", help="One scene: a voice accent id (`creatify voices`).")
@click.option("--background", help="One scene: URL of a background image or video.")
@click.option(
    "--background-type", type=click.Choice(["image", "video"]), default="image", show_default=True
)
@click.option("--aspect-ratio", type=click.Choice(["9x16", "16x9", "1x1", "9:16", "16:9", "1:1"]))
@click.option("--model", type=click.Choice(["standard", "aurora_v1", "aurora_v1_fast"]))
@click.option("--music", help="URL of background music for the whole video.")
@click.option("--preview", is_flag=True, help="Make a cheap preview; then `render` it.")
@create_options(V2)
@command
def lipsyncs_v2_create(
    session: Session,
    scenes_file: Path | None,
    avatar: str | None,
    text: str | None,
    text_file: Any,
    voice: str | None,
    background: str | None,
    background_type: str,
    aspect_ratio: str | None,
    model: str | None,
    music: str | None,
    preview: bool,
    name: str | None,
    webhook_url: str | None,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
) -> None:
    """Create an AI Avatar v2 video (costs credits): --scenes FILE, or --avatar and --text."""
    script = read_text(text, text_file, "text")
    if scenes_file is not None:
        if avatar or script or voice or background:
            raise click.UsageError("give --scenes, or the one-scene flags, not both")
        options = load_scenes(scenes_file)
    elif avatar and script is not None:
        options = {"video_inputs": [one_scene(avatar, script, voice, background, background_type)]}
    else:
        raise click.UsageError("give --scenes FILE, or --avatar with --text or --text-file")
    flags = {
        "aspect_ratio": aspect_ratio,
        "model_version": model,
        "name": name,
        "webhook_url": webhook_url,
        "background_music": None if music is None else {"url": music},
    }
    options.update({key: value for key, value in flags.items() if value is not None})
    resource = V2.resource(session)
    if preview:
        session.printer.one(resource.preview(**options), title="preview created")
        return
    create_then(
        session, V2, lambda: resource.create(**options), wait, download, timeout, poll_interval
    )


@lipsyncs_v2.command("render")
@click.argument("job_id")
@click.option("--wait", "wait", is_flag=True, help="Wait until the video is done.")
@click.option(
    "--download",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Save the finished MP4 here (implies --wait).",
)
@wait_options(V2.timeout, V2.poll_interval)
@command
def lipsyncs_v2_render(
    session: Session,
    job_id: str,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
) -> None:
    """Render a preview (costs credits)."""
    render = V2.resource(session).render
    create_then(session, V2, lambda: render(job_id), wait, download, timeout, poll_interval)


add_job_commands(lipsyncs_v2, V2)


# ---------------------------------------------------------------- tts


@click.group("tts")
def tts() -> None:
    """Text-to-speech: a script read in a voice accent, as an audio file."""


@tts.command("create")
@click.option("--script", "script_text", help="The text to speak (up to 8,000 characters).")
@click.option(
    "--script-file", type=click.File("r", encoding="utf-8"), help="Read the text from a file."
)
@click.option("--accent", help="A voice accent id (`creatify voices`).")
@create_options(TTS)
@command
def tts_create(
    session: Session,
    script_text: str | None,
    script_file: Any,
    accent: str | None,
    name: str | None,
    webhook_url: str | None,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
) -> None:
    """Turn a script into speech (costs credits)."""
    script = read_text(script_text, script_file, "script")
    if script is None:
        raise click.UsageError("give --script or --script-file")
    create = TTS.resource(session).create
    create_then(
        session,
        TTS,
        lambda: create(script=script, accent=accent, name=name, webhook_url=webhook_url),
        wait,
        download,
        timeout,
        poll_interval,
    )


add_job_commands(tts, TTS)


# ---------------------------------------------------------------- aurora


@click.group("aurora")
def aurora() -> None:
    """Aurora videos: the person in a photo speaks or sings an audio clip."""


@aurora.command("create")
@click.option("--image", required=True, help="URL of a PNG, JPEG or WebP image.")
@click.option("--audio", required=True, help="URL of an MP3 or WAV file (60 s at most).")
@click.option("--prompt", help="Style, scene, camera, mood and motion hints.")
@click.option(
    "--guidance",
    type=float,
    help="How closely to follow --prompt, 0 to 10 (default 1).",
)
@click.option("--model", type=click.Choice(["aurora_v1", "aurora_v1_fast"]))
@create_options(AURORA)
@command
def aurora_create(
    session: Session,
    image: str,
    audio: str,
    prompt: str | None,
    guidance: float | None,
    model: str | None,
    name: str | None,
    webhook_url: str | None,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
) -> None:
    """Create an Aurora video from a photo and an audio clip (costs credits)."""
    create = AURORA.resource(session).create
    create_then(
        session,
        AURORA,
        lambda: create(
            image=image,
            audio=audio,
            text_prompt=prompt,
            prompt_guidance_scale=guidance,
            model_version=model,
            name=name,
            webhook_url=webhook_url,
        ),
        wait,
        download,
        timeout,
        poll_interval,
    )


add_job_commands(aurora, AURORA)

GROUPS = (lipsyncs_v2, tts, aurora)
