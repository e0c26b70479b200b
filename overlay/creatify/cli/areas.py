"""The product areas' commands. Each job kind (`JOB_KINDS`) has its group (`AREAS`, from
`jobs.Area`) and, when it declares a `create` call, a create that sends its options as
given; this module writes what an area does otherwise, and the groups with no job kind."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import click
from click import option
from creatify_api import models

from .._exceptions import InvalidInputError
from .._jobs import JOB_KINDS, PRODUCT_IMAGE_JOB
from .._options import OPERATION_FIELDS, LinkParams
from .._polling import JobUpdate
from .._requests import request_body
from .._validation import check_uuid
from ..scenes import Avatar, Background, Music, Scene, TextVoice
from .jobs import Area, Send, Then, body_options, create, creates, done, waited
from .main import NOTE, stack
from .session import TEXT_FILE, InputPath, Once, Session, command, given, pairs, read_data, reader

AREAS = {kind.command: Area(kind) for kind in JOB_KINDS.values()}
"""Each job kind's group, by command: `main.LazyGroup` finds them here."""
avatars, dyoa, lipsyncs_v2 = AREAS["avatars"], AREAS["dyoa"], AREAS["lipsyncs-v2"]
custom_template_jobs, product_to_videos = AREAS["custom-template-jobs"], AREAS["product-to-videos"]

# ---------------------------------------------------------------- avatars and speech

avatars.find = "creatify avatars list --mine"
DRAW = (
    "Describe an avatar; the service draws photos to pick from (costs credits). --wait ends"
    " when the photos are ready (draft) or the review is done."
)
create(dyoa, DRAW)
VIDEO_HELP = "The training video: the person speaking (MP4 or QuickTime)."


@avatars.command("create")
@option("--video", "lipsync_input", required=True, type=InputPath(), help=VIDEO_HELP)
@option("--consent", "consent_video", type=InputPath(), help="The consent video.")
@creates(avatars, "personas_v2_create", without=("gdown_url",))  # the video is a file here
def avatars_create(session: Session, then: Then, **details: Any) -> Send:
    """Upload videos to make a custom avatar (an avatar slot); review takes days: see --listen."""

    def send() -> Any:
        with session.transfer_bar("upload") as on_progress:
            return session.client.avatars.create_from_files(**details, on_progress=on_progress)

    return send


MINE = option("--mine", is_flag=True, help="Only your custom avatars.")
LIST = "List avatars (stock and custom, or only yours)."
reader(
    avatars, "list", LIST, lambda c, mine: c.avatars.list_mine() if mine else c.avatars.list(), MINE
)
reader(avatars, "count", "Custom-avatar slots used and free.", lambda c: c.avatars.count())


@dyoa.command("submit")
@click.argument("dyoa_id")
@option(
    "--photo", "chosen_photo_id", required=True, help="A `photos[].id` of `dyoa get ID --json`."
)
@command
def dyoa_submit(session: Session, dyoa_id: str, chosen_photo_id: str) -> None:
    """Send a draft's chosen photo for review (free); `dyoa wait` then ends at done or rejected."""
    request = session.client.dyoa.submit_for_review(dyoa_id, chosen_photo_id)
    session.one(request, title=f"dyoa {request.status}")


@dyoa.command("delete")
@click.argument("dyoa_id")
@command
def dyoa_delete(session: Session, dyoa_id: str) -> None:
    """Delete a request (free)."""
    session.client.dyoa.delete(dyoa_id)
    session.one({"id": dyoa_id, "deleted": True}, title="dyoa deleted")


BACKGROUND_TYPES = [kind.value for kind in models.V2BackgroundType]  # the spec's


@lipsyncs_v2.command("create")
@option("--scenes", type=TEXT_FILE, help="A JSON or YAML file (see examples/scenes.yaml).")
@option("--avatar", help="One scene: the avatar (persona) id.")
@option("--text", help="One scene: the script (up to 2,000 characters).")
@option("--text-file", type=TEXT_FILE, help="One scene: read the script from a UTF-8 file.")
@option("--voice", help="One scene: a voice accent id (the first column of `creatify voices`).")
@option("--background", help="One scene: URL of a background image or video.")
@option("--background-type", type=click.Choice(BACKGROUND_TYPES), help="Of it (default: image).")
@option("--music", help="URL of background music for the whole video.")
@option("--preview", is_flag=True, help="Make a cheap preview; then `render` it.")
@creates(lipsyncs_v2)
def lipsyncs_v2_create(
    session: Session, then: Then, scenes: Path | None = None, **options: Any
) -> Send | None:
    """Create an AI Avatar v2 video (costs credits): --scenes FILE (a list of scenes, or a
    whole request body), or --avatar and --text for one scene."""
    names = ("avatar", "text", "voice", "background", "background_type", "preview", "music")
    avatar, text, voice, background, kind, preview, music = (options.pop(k, None) for k in names)
    if preview and then.wait:  # a preview's job ends only with its `render`
        raise click.UsageError("--preview takes no --wait, --download or --listen: `render` does")
    if scenes is not None and any(v is not None for v in (avatar, text, voice, background, kind)):
        raise click.UsageError("give --scenes, or the one-scene flags, not both")
    if scenes is None and (avatar is None or text is None):
        raise click.UsageError("give --scenes FILE, or --avatar with --text or --text-file")
    if kind is not None and background is None:
        raise click.UsageError("--background-type needs --background")
    if scenes is None:
        backdrop = None if background is None else Background(background, kind or "image")
        data: Any = [Scene(Avatar(avatar), TextVoice(text, voice), backdrop)]
    else:  # a list of scenes, or a request body (its other fields are create's options)
        data = read_data(scenes, "--scenes")
    body = {"video_inputs": data} if isinstance(data, list) else data
    if not isinstance(body, dict) or "video_inputs" not in body:
        rule = f"{scenes} must hold a list of scenes or an object with `video_inputs`"
        raise click.BadParameter(rule, param_hint="--scenes")
    body.update(options, **({"background_music": Music(music)} if music else {}))
    resource = session.client.lipsyncs_v2
    if preview:
        with session.creating("preview", lipsyncs_v2.find, lipsyncs_v2.calls["preview"].cost):
            task = resource.preview(**body)
        session.made = f"preview {lipsyncs_v2.kind.id_of(task)}"
        session.one(task, title="preview created")
        return None
    return lambda: resource.create(**body)


create(lipsyncs_v2, "Render a preview (costs credits).", "render")  # no name, no webhook


# ---------------------------------------------------------------- products and links

links = click.Group("links")
links.command_class = Once


@click.command("url-to-video", cls=Once)
@click.argument("url")
@creates(AREAS["link-to-videos"], without=("link",))  # the link is made from URL
def url_to_video(session: Session, then: Then, url: str, **options: Any) -> Send:
    """A video ad from a product page URL (costs credits).

    It makes a link, then a video task; with --wait or --download, the finished MP4.
    """
    return lambda: session.client.link_to_videos.from_url(url, wait=False, **options)


@links.command("create")
@click.argument("url", required=False)
@body_options(OPERATION_FIELDS["links_link_with_params_create"])
@command
def links_create(session: Session, url: str | None, **options: Any) -> None:
    """Scrape a product page URL into a link, or make one from --title, --image, --video."""
    params = cast("LinkParams", given(options))
    if (url is None) == (not params):
        raise click.UsageError("give a URL, or --title/--description/--image/--video (not both)")
    links = session.client.links
    link = links.create(url) if url is not None else links.create_from_params(**params)
    session.one(link, title="link created")


reader(links, "get", "Show one link.", lambda c, id: c.links.get(id), click.argument("link_id"))
reader(links, "list", "List your links.", lambda c: c.links.list())


def variables(options: dict[str, Any]) -> dict[str, Any]:
    """`--variables` (a JSON object), then each `--var NAME=VALUE` over it."""
    try:
        values = json.loads(options.pop("variables", None) or "{}")
    except ValueError as exc:
        raise click.BadParameter(f"not JSON: {exc}", param_hint="--variables") from None
    if not isinstance(values, dict):
        raise click.BadParameter("not a JSON object", param_hint="--variables")
    return options | {"variables": values | pairs(options.pop("var", ()), "--var")}


VAR = option("--var", multiple=True, help="A variable as NAME=VALUE (repeat).")
VARIABLES = option("--variables", help="All variables as a JSON object.")
TEMPLATE_JOB = "Make a video from a template (costs credits)."
create(custom_template_jobs, TEMPLATE_JOB, "create", VAR, VARIABLES, body=variables)


# Both steps' options: the video's are used with --wait or --download. Ctrl-C (or a wait
# out of time) once the image's create was answered: how to go on, by the step it stopped
# in: the image's wait, `gen_video` (sent, maybe got), the video's wait.
GO_ON = {
    "image": "See it with: {2} product-to-videos get {0}; at image_generated:"
    " {2} product-to-videos gen-video {0} --wait{1}; once asked for:"
    " {2} product-to-videos wait {0}{1}",
    "asking": "The video of task {0} may have been asked for (the request may have reached"
    " the service). Check with: {2} product-to-videos get {0} (before asking again): past"
    " image_generated it was; then: {2} product-to-videos wait {0}{1}",
    "video": "Its video was asked for. Resume with: {2} product-to-videos wait {0}{1}",
}

# A create without --wait: the image is being made; the video is made only when asked for.
NEXT = (
    "Next: {1} product-to-videos wait {0} --stage image (the image), then"
    " {1} product-to-videos gen-video {0} --wait (the video; costs credits)"
)


@product_to_videos.command("create")
@creates(
    product_to_videos, "product_to_videos_gen_image_create", "product_to_videos_gen_video_create"
)
def product_to_videos_create(session: Session, then: Then, **options: Any) -> Send | None:
    """Make the preview image (costs credits). With --wait or --download, go on to the
    video: wait for the image, `gen-video` (costs credits), wait for the video."""
    products = session.client.product_to_videos
    video = {key: options.pop(key) for key in ("motion_style", "video_prompt") if key in options}
    if video and not then.wait:
        raise click.UsageError("--motion-style and --video-prompt need --wait (or `gen-video`)")
    if not then.wait:  # once made, say after it (on close) what to run next

        def image() -> Any:
            task = products.gen_image(**options)
            note = session.follow_up(NEXT.format(task.id, session.cli))
            click.get_current_context().call_on_close(lambda: session.say(note))
            return task

        return image
    # Both steps in one call, which checks every option before the first request. The
    # service announces the video only, so a webhook cannot end the image's wait: polls.
    waiting: dict[str, Any] = {"timeout": then.timeout, "poll_interval": then.poll_interval}
    cost = product_to_videos.calls["gen_image"].cost  # gen_video's says the same
    meta = click.get_current_context().meta

    step = ["image"]

    def go_on(task: str) -> str:
        return session.follow_up(GO_ON[step[0]].format(task, then.options, session.cli))

    def created(update: JobUpdate) -> None:  # the image's create was answered: name the task
        task = update.job_id
        session.made = f"{product_to_videos.noun} {task}"
        if step[0] != "image":  # the video's wait: `gen_video` was answered
            step[0] = "video"
        elif update.status in PRODUCT_IMAGE_JOB.done:  # the image wait's last: gen_video next
            step[0] = "asking"
            session.find_command = session.follow_up(f"{session.cli} product-to-videos get {task}")
        stopped = "interrupted" if step[0] == "asking" else f"stopped waiting; task {task} goes on"
        meta[NOTE] = f"{stopped}. {go_on(task)}"
        if on_update:
            on_update(update)

    with (
        waited(session, lambda timeout: go_on(timeout.job_id)),
        session.creating(product_to_videos.noun, product_to_videos.find, cost),
        session.wait_bar(product_to_videos.noun) as on_update,
    ):
        job = products.create_and_wait(on_update=created, **video, **waiting, **options)
    done(session, product_to_videos, job, then)
    return None


GEN_VIDEO = "Make the video of a task whose image is ready (costs credits)."
create(product_to_videos, GEN_VIDEO, "gen_video")


# ---------------------------------------------------------------- generative areas

inspirations = click.Group("inspirations")
reader(inspirations, "list", "List AI ad templates.", lambda c: c.inspirations.list())
TEMPLATE = "Show a template: schema, cost."
reader(inspirations, "get", TEMPLATE, lambda c, i: c.inspirations.get(i), click.argument("id"))
MODELS = "List the models and their parameters."
reader(AREAS["asset-generator"], "models", MODELS, lambda c: c.asset_generator.models())
PARAM = "A parameter as name=value (repeat; a JSON value is read as JSON)."
PARAMS_FILE = "Read the parameters from a JSON or YAML file."
params = stack(
    option("--param", multiple=True, help=PARAM),
    option("--params-file", "params_path", type=TEXT_FILE, help=PARAMS_FILE),
)


def input_params(options: dict[str, Any]) -> dict[str, Any]:
    """`--params-file` (a mapping), then each `--param name=value` over it."""
    path: Path | None = options.pop("params_path", None)
    found = {} if path is None else read_data(path, "--params-file")
    if not isinstance(found, dict):
        raise click.UsageError("--params-file must hold a mapping of names to values")
    return found | pairs(options.pop("param", ()), "--param", as_json=True)


def checked_now(resource: Any, request: type, options: dict[str, Any]) -> None:
    """The create's free check (it reads the model's schema or the template) now, not in
    `Session.creating`: a Ctrl-C in it sent nothing (as a batch's journal has it)."""
    resource._check_create(request_body(request, options), None)
    resource._check_create = lambda *_: None  # done


@AREAS["asset-generator"].command("create")
@params
@creates(AREAS["asset-generator"])
def asset_generator_create(session: Session, then: Then, **options: Any) -> tuple[str, Send]:
    """Generate images, videos or audio with a model (costs its price per output)."""
    options["input_params"] = input_params(options)
    client = session.client
    duration = options["input_params"].get("duration")  # the price of some models
    try:
        cost = client.asset_generator.estimate_credits(options["model_name"], duration=duration)
    except InvalidInputError:  # a length the table does not read ("8s"): the model's check
        cost = "unknown"
    said = f"this costs {cost} credits per output" if cost != "unknown" else "cost: unknown"
    checked_now(client.asset_generator, models.AssetGeneratorCreateRequest, options)
    return said, lambda: client.asset_generator.create(**options)


@AREAS["inspiration-jobs"].command("create")
@params
@creates(AREAS["inspiration-jobs"])
def inspiration_jobs_create(session: Session, then: Then, **options: Any) -> tuple[str, Send]:
    """Make a job from an AI ad template (costs the template's credit_cost)."""
    options["input_params"] = input_params(options)
    client = session.client
    check_uuid("inspiration_id", options["inspiration_id"])  # the look-up would name `id`
    cost = client.inspirations.get(options["inspiration_id"]).credit_cost
    said = f"this costs {cost} credits" if isinstance(cost, int) else "cost: unknown"
    checked_now(client.inspiration_jobs, models.InspirationJobCreateRequest, options)
    return said, lambda: client.inspiration_jobs.create(**options)


# The messages: `--message`, each a user turn (the body takes a list of objects).
message = option("--message", "messages", required=True, multiple=True, help="A user message.")


def conversation(options: dict[str, Any]) -> dict[str, Any]:
    return options | {"messages": [{"role": "user", "content": m} for m in options["messages"]]}


TEXT = "Generate text as a job (costs credits)."
create(AREAS["text-generator"], TEXT, "create", message, body=conversation)


@AREAS["text-generator"].command("stream")
@message
@body_options(f for f in OPERATION_FIELDS["sse_text_generator_create"] if f.name != "webhook_url")
@command
def stream(session: Session, **options: Any) -> None:
    """Generate text and print it as it is written (costs credits; --json: at the end)."""
    chunks = session.client.text_generator.stream(**conversation(given(options)))
    area = AREAS["text-generator"]  # its request is sent as the first chunk is asked for
    with session.creating(area.noun, area.find, area.calls["create"].cost):
        if session.as_json:
            got: list[str] = []
            try:
                got.extend(chunks)  # one by one: what came before an error or Ctrl-C stays
            except BaseException:
                if got:  # paid for, as the text printed without --json
                    session.one({"text": "".join(got), "complete": False})
                raise
            return session.one({"text": "".join(got)})
        for chunk in chunks:
            session.out.write(chunk)
        session.out.write("\n")


# The older fixed-template API: no job kind (no GET); its `data` comes as parameters.
custom_templates = click.Group("custom-templates")
custom_templates.command_class = Once  # `preview` is paid: a value given twice is refused
reader(custom_templates, "list", "List your templates.", lambda c: c.custom_templates.list())


@custom_templates.command("preview")
@params
@body_options(OPERATION_FIELDS["custom_templates_preview_create"])
@command
def custom_templates_preview(session: Session, **options: Any) -> None:
    """Preview a fixed-template video from its data, given as parameters (costs credits)."""
    data = input_params(options)
    with session.creating("preview", "the Creatify web app"):
        task = session.client.custom_templates.preview(data=data, **given(options))
    session.one(task, title="custom template preview")


@custom_templates.command("render")
@click.argument("preview_id")
@command
def custom_templates_render(session: Session, preview_id: str) -> None:
    """Render a preview into the MP4 (costs credits); its webhook_url hears the end."""
    with session.creating("render", "the Creatify web app"):
        task = session.client.custom_templates.render(preview_id)
    session.one(task, title="custom template rendering")


# Every other kind that declares a `create` gets the plain one, its help from the call.
for area in AREAS.values():
    if "create" in area.calls and "create" not in area.commands:
        create(area)
