"""`creatify asset-generator`, `inspirations`, `inspiration-jobs`, `iab-images`,
`ads-clone`, `text-generator` and `ai-scripts`: groups derived from their kinds, creates
whose parameters come as `--param name=value` (repeatable) or `--params-file` (JSON or
YAML). A create with a known price says it on stderr before it is sent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from click import option

from .._jobs import JOB_KINDS
from .jobs import Area, Send, Then, creates, job_group
from .session import InputPath, Session, command, given, read_text, reader

ASSETS = Area(JOB_KINDS["asset_generator"], "asset job")
TEMPLATE_JOBS = Area(JOB_KINDS["inspiration_jobs"], "template job")
IAB, CLONE = Area(JOB_KINDS["iab_images"], "image ads"), Area(JOB_KINDS["ads_clone"], "ad clone")
TEXT, SCRIPTS = Area(JOB_KINDS["text_generator"], "text"), Area(JOB_KINDS["ai_scripts"], "scripts")
asset_generator, inspiration_jobs, iab_images, ads_clone, text_generator, ai_scripts = map(
    job_group, (ASSETS, TEMPLATE_JOBS, IAB, CLONE, TEXT, SCRIPTS)
)
inspirations = click.Group("inspirations")
inspirations.add_command(reader("list", "List AI ad templates.", lambda c: c.inspirations.list()))
inspirations.add_command(
    reader("get", "Show a template: schema, cost.", lambda c, i: c.inspirations.get(i), "id")
)
asset_generator.add_command(
    reader("models", "List the models and their parameters.", lambda c: c.asset_generator.models())
)
PARAM = "A parameter as name=value (repeat; a JSON value is read as JSON)."
PARAMS_FILE = "Read the parameters from a JSON or YAML file."
params = [
    option("--param", "param", multiple=True, help=PARAM),
    option("--params-file", "params_path", type=InputPath(exists=True), help=PARAMS_FILE),
]


def input_params(param: tuple[str, ...], params_file: Path | None) -> dict[str, Any]:
    """`--params-file` (a mapping), then each `--param name=value` over it."""
    found: dict[str, Any] = {}
    if params_file is not None:
        import yaml  # type: ignore[import-untyped]

        try:  # JSON is YAML too (but for tabs: try JSON first)
            loaded = json.loads(text := read_text(params_file, "--params-file"))
        except ValueError:
            try:
                loaded = yaml.safe_load(text)
            except yaml.YAMLError as exc:
                raise click.BadParameter(str(exc), param_hint="--params-file") from None
        if not isinstance(loaded, dict):
            raise click.UsageError("--params-file must hold a mapping of names to values")
        found.update(loaded)
    for item in param:
        name, sep, text = item.partition("=")
        if not sep or not name:
            raise click.UsageError(f"--param takes name=value; got {item!r}")
        try:
            found[name] = json.loads(text)
        except ValueError:
            found[name] = text
    return found


def _with_params(fn: Any) -> Any:
    for decorate in reversed(params):
        fn = decorate(fn)
    return fn


@asset_generator.command("create")
@option("--model", "model_name", required=True, help="A model (see `models`).")
@_with_params
@creates(ASSETS, name=False)
def asset_generator_create(
    session: Session,
    then: Then,
    param: tuple[str, ...] = (),
    params_path: Path | None = None,
    **options: Any,
) -> Send:
    """Generate images, videos or audio with a model (costs its price per output)."""
    options["input_params"] = input_params(param, params_path)
    client = session.client
    cost = client.asset_generator.estimate_credits(options["model_name"], 1)
    session.say(f"this costs {cost} credits per output" if cost != "unknown" else "cost: unknown")
    return lambda: client.asset_generator.create(**options)


@inspiration_jobs.command("create")
@option("--template", "inspiration_id", required=True, help="The template's id.")
@_with_params
@creates(TEMPLATE_JOBS, name=False)
def inspiration_jobs_create(
    session: Session,
    then: Then,
    param: tuple[str, ...] = (),
    params_path: Path | None = None,
    **options: Any,
) -> Send:
    """Make a job from an AI ad template (costs the template's credit_cost)."""
    options["input_params"] = input_params(param, params_path)
    client = session.client
    cost = client.inspirations.get(options["inspiration_id"]).credit_cost
    session.say(f"this costs {cost} credits" if isinstance(cost, int) else "cost: unknown")
    return lambda: client.inspiration_jobs.create(**options)


@iab_images.command("create")
@option("--image", required=True, help="URL of the source image.")
@creates(IAB, name=False)
def iab_images_create(session: Session, then: Then, **options: Any) -> Send:
    """Make image ads in the IAB banner sizes (costs 2 credits)."""
    session.say("this costs 2 credits")
    return lambda: session.client.iab_images.create(**options)


@ads_clone.command("create")
@option("--link", required=True, help="A link id (`creatify links`).")
@option("--video-url", required=True, help="The reference ad video.")
@option("--aspect-ratio", help="e.g. 9x16 (the default).")
@option("--language", help="The language; the reference video's if not given.")
@creates(CLONE, name=False)
def ads_clone_create(session: Session, then: Then, **options: Any) -> Send:
    """Clone a reference ad for your product link (about 84 credits)."""
    return lambda: session.client.ads_clone.create(**options)


@ai_scripts.command("create")
@option("--link", required=True, help="A link id (`creatify links`).")
@option("--language", help="e.g. en.")
@option("--target-audience", help="Who the ad is for.")
@option("--video-length", type=int, help="Seconds.")
@option("--style", "script_styles", multiple=True, help="A script style (repeat).")
@creates(SCRIPTS, name=False)
def ai_scripts_create(session: Session, then: Then, **options: Any) -> Send:
    """Write ad scripts for a product link (costs credits)."""
    options["script_styles"] = list(options.get("script_styles") or []) or None
    options = {k: v for k, v in options.items() if v is not None}
    return lambda: session.client.ai_scripts.create(**options)


TEXT_OPTIONS = [
    option("--model", "model_name", required=True, help="e.g. gemini-2.5-flash."),
    option("--message", "messages", required=True, multiple=True, help="A user message."),
    option("--system", "system_instruction", help="Instructions for the whole talk."),
]


def _text(options: dict[str, Any]) -> dict[str, Any]:
    options["messages"] = [{"role": "user", "content": m} for m in options["messages"]]
    return {k: v for k, v in options.items() if v is not None}


def _with_text(fn: Any) -> Any:
    for decorate in reversed(TEXT_OPTIONS):
        fn = decorate(fn)
    return fn


@text_generator.command("create")
@_with_text
@creates(TEXT, name=False)
def text_generator_create(session: Session, then: Then, **options: Any) -> Send:
    """Generate text as a job (costs credits)."""
    body = _text(options)
    return lambda: session.client.text_generator.create(**body)


@text_generator.command("stream")
@_with_text
@command
def stream(session: Session, **options: Any) -> None:
    """Generate text and print it as it is written (costs credits)."""
    for chunk in session.client.text_generator.stream(**_text(options)):
        click.echo(chunk, nl=False)
    click.echo()


# The older fixed-template API: no job kind (no GET), its `data` given as parameters.
custom_templates = click.Group("custom-templates")


@custom_templates.command("preview")
@option("--style", "visual_style", required=True, help="The fixed template, e.g. style1.")
@option("--name", help="A name for the video.")
@option("--webhook-url", help="Called when the render is done (there is no GET).")
@_with_params
@command
def custom_templates_preview(
    session: Session, param: tuple[str, ...], params_path: Path | None, **options: Any
) -> None:
    """Preview a fixed-template video from its data, given as parameters (costs credits)."""
    data = input_params(param, params_path)
    with session.creating("preview", "the Creatify web app"):
        task = session.client.custom_templates.preview(data=data, **given(options))
    session.printer.one(task, title="custom template preview")


@custom_templates.command("render")
@click.argument("preview_id")
@command
def custom_templates_render(session: Session, preview_id: str) -> None:
    """Render a preview into the MP4 (costs credits); its webhook_url hears the end."""
    with session.creating("render", "the Creatify web app"):
        task = session.client.custom_templates.render(preview_id)
    session.printer.one(task, title="custom template rendering")
