"""`creatify asset-generator`, `inspirations`, `inspiration-jobs`, `iab-images`,
`ads-clone`, `text-generator` and `ai-scripts`: groups derived from their kinds, creates
whose parameters come as `--param name=value` (repeatable) or `--params-file` (JSON or
YAML). A create with a known price says it on stderr before it is sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from click import option

from .._options import OPERATION_FIELDS
from .jobs import Area, Send, Then, body_options, create, creates
from .main import stack
from .session import InputPath, Session, command, given, pairs, read_data, reader

asset_generator = Area("asset_generator", "asset job")
inspiration_jobs = Area("inspiration_jobs", "template job")
iab_images, ads_clone = Area("iab_images", "image ads"), Area("ads_clone", "ad clone")
text_generator, ai_scripts = Area("text_generator", "text"), Area("ai_scripts", "scripts")
create(ads_clone, "Clone a reference ad for your product link (about 84 credits).")
create(ai_scripts, "Write ad scripts for a product link (costs credits).")
create(
    iab_images, "Make image ads in the IAB banner sizes (costs 2 credits).", "this costs 2 credits"
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
params = stack(
    option("--param", multiple=True, help=PARAM),
    option("--params-file", "params_path", type=InputPath(exists=True), help=PARAMS_FILE),
)


def input_params(options: dict[str, Any]) -> dict[str, Any]:
    """`--params-file` (a mapping), then each `--param name=value` over it."""
    path: Path | None = options.pop("params_path", None)
    found = {} if path is None else read_data(path, "--params-file")
    if not isinstance(found, dict):
        raise click.UsageError("--params-file must hold a mapping of names to values")
    return found | pairs(options.pop("param", ()), "--param", as_json=True)


@asset_generator.command("create")
@params
@creates(asset_generator)
def asset_generator_create(session: Session, then: Then, **options: Any) -> Send:
    """Generate images, videos or audio with a model (costs its price per output)."""
    options["input_params"] = input_params(options)
    client = session.client
    cost = client.asset_generator.estimate_credits(options["model_name"], 1)
    session.say(f"this costs {cost} credits per output" if cost != "unknown" else "cost: unknown")
    return lambda: client.asset_generator.create(**options)


@inspiration_jobs.command("create")
@params
@creates(inspiration_jobs)
def inspiration_jobs_create(session: Session, then: Then, **options: Any) -> Send:
    """Make a job from an AI ad template (costs the template's credit_cost)."""
    options["input_params"] = input_params(options)
    client = session.client
    cost = client.inspirations.get(options["inspiration_id"]).credit_cost
    session.say(f"this costs {cost} credits" if isinstance(cost, int) else "cost: unknown")
    return lambda: client.inspiration_jobs.create(**options)


# The messages: `--message`, each a user turn (the body takes a list of objects).
message = option("--message", "messages", required=True, multiple=True, help="A user message.")


def conversation(options: dict[str, Any]) -> dict[str, Any]:
    return options | {"messages": [{"role": "user", "content": m} for m in options["messages"]]}


@text_generator.command("create")
@message
@creates(text_generator)
def text_generator_create(session: Session, then: Then, **options: Any) -> Send:
    """Generate text as a job (costs credits)."""
    return lambda: session.client.text_generator.create(**conversation(options))


@text_generator.command("stream")
@message
@body_options(f for f in OPERATION_FIELDS["sse_text_generator_create"] if f.name != "webhook_url")
@command
def stream(session: Session, **options: Any) -> None:
    """Generate text and print it as it is written (costs credits)."""
    for chunk in session.client.text_generator.stream(**conversation(given(options))):
        click.echo(chunk, nl=False)
    click.echo()


# The older fixed-template API: no job kind (no GET); its `data` comes as parameters.
custom_templates = click.Group("custom-templates")


@custom_templates.command("preview")
@params
@body_options(OPERATION_FIELDS["custom_templates_preview_create"])
@command
def custom_templates_preview(session: Session, **options: Any) -> None:
    """Preview a fixed-template video from its data, given as parameters (costs credits)."""
    data = input_params(options)
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
