"""`creatify url-to-video` and the product-area command groups (links, link-to-videos,
ai-shorts, ai-editing, custom-template-jobs, product-to-videos, dyoa, music).

Each job group has `create` (with `--wait` and `--download` where there is an output),
`get`, `wait`, `download` and `list` where the API has them; they share the session,
printer, progress bars and exit codes of `app.py`.
"""

from __future__ import annotations

import functools
import json
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import click

from .._download import check_target
from .._jobs import DYOA_JOB, VIDEO_POLL
from .._requests_products import LinkParams, ProductVideoOptions, product_video_request
from . import exit_codes
from .app import Session, command, wait_options

ASPECT_RATIOS = click.Choice(["16x9", "1x1", "9x16", "16:9", "1:1", "9:16"])
MODELS = click.Choice(["standard", "aurora_v1", "aurora_v1_fast"])
OUT = click.Path(dir_okay=False, path_type=Path)
MAX_POLL_INTERVAL = 30.0


def _given(options: dict[str, Any]) -> dict[str, Any]:
    """The options given on the command line (an absent flag is False, not "send False")."""
    return {k: v for k, v in options.items() if v is not None and v is not False}


def _resource(session: Session, namespace: str) -> Any:
    return getattr(session.client, namespace)


def _wait(
    session: Session,
    group: str,
    job_id: str,
    wait: Callable[..., Any],
    timeout: float,
    poll_interval: float,
    download: Path | None = None,
    resume: str | None = None,
) -> Any:
    """Wait with a status bar. Ctrl-C stops waiting (the job goes on) and prints the
    command that resumes it (`resume`, or `wait` with `--download` if one was asked)."""
    try:
        with session.bars.wait(f"{group} {job_id[:8]}") as on_update:
            return wait(
                job_id,
                timeout=timeout,
                poll_interval=poll_interval,
                max_interval=max(poll_interval, MAX_POLL_INTERVAL),
                on_update=on_update,
            )
    except KeyboardInterrupt:
        if resume is None:
            resume = f"creatify {group} wait {job_id}{_download_arg(download)}"
        session.err.print(
            f"stopped waiting; the job goes on. Resume with: {resume}", highlight=False
        )
        raise SystemExit(exit_codes.INTERRUPTED) from None


def _download_arg(download: Path | None) -> str:
    return "" if download is None else f" --download {shlex.quote(str(download))}"


def _save(
    session: Session, resource: Any, job: Any, out: Path, *, report_json: bool, **extra: Any
) -> None:
    """Save a finished job's file. `--json` prints `{path, bytes}` only for a bare
    `download`: after a wait, stdout already holds the job's JSON document."""
    with session.bars.transfer("download") as on_progress:
        saved = resource.download(job, out, on_progress=on_progress, **extra)
    size = saved.stat().st_size
    if report_json and session.printer.as_json:
        session.printer.one({"path": str(saved), "bytes": size})
    else:
        session.printer.note(f"saved {saved} ({size:,} bytes)")


def _created(
    session: Session,
    group: str,
    namespace: str,
    send: Callable[[], Any],
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
) -> None:
    """A paid request (`send`), then print it, or wait (and download) with a resumable
    wait. The download target is checked before the request; Ctrl-C during the request
    says the task may exist and how to check."""
    if download is not None:
        download = check_target(download)
    with session.creating(f"{group} task", f"creatify {group} list"):
        task = send()
    if not (wait or download):
        session.printer.one(task, title=f"{group} task created")
        return
    resource = _resource(session, namespace)
    session.printer.note(f"{group} {task.id} created; waiting")
    finished = _wait(session, group, str(task.id), resource.wait, timeout, poll_interval, download)
    session.printer.one(finished, title=f"{group} {finished.status}")
    if download is not None:
        _save(session, resource, finished, download, report_json=False)


def job_group(
    name: str,
    namespace: str,
    help: str,
    *,
    list_ids: bool = False,
    has_list: bool = True,
    has_download: bool = True,
    timeout: float = VIDEO_POLL.timeout,
    poll_interval: float = VIDEO_POLL.poll_interval,
) -> click.Group:
    """A command group with the `get`, `wait`, `download` and `list` every job area has."""
    group = click.Group(name, help=help)

    @group.command("get")
    @click.argument("job_id")
    @command
    def get(session: Session, job_id: str) -> None:
        """Show one task."""
        session.printer.one(_resource(session, namespace).get(job_id))

    @group.command("wait")
    @click.argument("job_id")
    @click.option("--download", type=OUT, hidden=not has_download, help="Save the result here.")
    @wait_options(timeout, poll_interval)
    @command
    def wait(
        session: Session, job_id: str, download: Path | None, timeout: float, poll_interval: float
    ) -> None:
        """Wait until a task is done; exit 1 if it fails or is rejected."""
        if download is not None and not has_download:
            raise click.UsageError(f"{name} has nothing to download")
        resource = _resource(session, namespace)
        finished = _wait(session, name, job_id, resource.wait, timeout, poll_interval, download)
        session.printer.one(finished, title=f"{name} {finished.status}")
        if download is not None:
            _save(session, resource, finished, download, report_json=False)

    if has_download:

        @group.command("download")
        @click.argument("job_id")
        @click.argument("out", type=OUT)
        @command
        def download(session: Session, job_id: str, out: Path) -> None:
            """Save a finished task's video to OUT."""
            _save(session, _resource(session, namespace), job_id, out, report_json=True)

    if has_list:

        @group.command("list")
        @click.option(
            "--id", "ids", multiple=True, hidden=not list_ids, help="Only this task (repeat)."
        )
        @command
        def list_(session: Session, ids: tuple[str, ...]) -> None:
            """List your tasks."""
            resource = _resource(session, namespace)
            tasks = resource.list(ids=list(ids) or None) if list_ids else resource.list()
            session.printer.many(tasks)

    return group


def wait_and_download(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option(
        "--download", type=OUT, help="Save the finished video here (implies --wait)."
    )(fn)
    fn = click.option("--wait", "wait", is_flag=True, help="Wait until it is done.")(fn)
    return wait_options(VIDEO_POLL.timeout, VIDEO_POLL.poll_interval)(fn)


def video_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options of a URL-to-video task (`link_to_videos.create` and `from_url`)."""
    for decorate in reversed(
        [
            click.option("--aspect-ratio", type=ASPECT_RATIOS),
            click.option("--visual-style", help="E.g. FullScreenTemplate, AvatarBubbleTemplate."),
            click.option("--script-style", help="E.g. DIY, BenefitsV2."),
            click.option("--video-length", type=click.IntRange(min=1), help="Seconds."),
            click.option("--language", help="A language code (default en)."),
            click.option("--target-platform", help="E.g. Instagram, TikTok."),
            click.option("--target-audience", help="E.g. Young Adults."),
            click.option("--avatar", "override_avatar", help="A persona id to use."),
            click.option("--voice", "override_voice", help="An accent id to use."),
            click.option("--script", "override_script", help="Your own script."),
            click.option("--model", "model_version", type=MODELS),
            click.option("--name", help="A name for the video."),
            click.option("--webhook-url", help="Called when the video is done."),
            click.option("--no-caption", is_flag=True, default=None, help="No captions."),
            click.option("--no-music", "no_background_music", is_flag=True, default=None),
        ]
    ):
        fn = decorate(fn)
    return fn


# ---------------------------------------------------------------- URL to video (flagship)


@click.command("url-to-video")
@click.argument("url")
@video_options
@wait_and_download
@command
def url_to_video(
    session: Session,
    url: str,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
    **options: Any,
) -> None:
    """A video ad from a product page URL: link, video task (costs credits), and with
    --wait / --download the finished MP4."""
    given = _given(options)
    _created(
        session,
        "link-to-videos",
        "link_to_videos",
        lambda: session.client.link_to_videos.from_url(url, wait=False, **given),
        wait,
        download,
        timeout,
        poll_interval,
    )


# ---------------------------------------------------------------- links


links = click.Group("links", help="Links: product pages (or your own data) to make videos from.")


@links.command("create")
@click.argument("url", required=False)
@click.option("--title")
@click.option("--description")
@click.option("--image", "image_urls", multiple=True, help="An image URL (repeat; 3 or more).")
@click.option("--video", "video_urls", multiple=True, help="A video URL (repeat).")
@click.option("--logo", "logo_url", help="A logo URL.")
@command
def links_create(session: Session, url: str | None, **params: Any) -> None:
    """Scrape a product page URL into a link, or make one from --title, --image, --video."""
    given = {k: list(v) if isinstance(v, tuple) else v for k, v in params.items() if v}
    if (url is None) == (not given):
        raise click.UsageError("give a URL, or --title/--description/--image/--video (not both)")
    client = session.client
    if url:
        link = client.links.create(url)
    else:
        link = client.links.create_from_params(**cast("LinkParams", given))
    session.printer.one(link, title="link created")


@links.command("get")
@click.argument("link_id")
@command
def links_get(session: Session, link_id: str) -> None:
    """Show one link."""
    session.printer.one(session.client.links.get(link_id))


@links.command("list")
@command
def links_list(session: Session) -> None:
    """List your links."""
    session.printer.many(session.client.links.list())


# ---------------------------------------------------------------- link-to-videos


link_to_videos = job_group(
    "link-to-videos", "link_to_videos", "URL-to-video tasks (see also `url-to-video`)."
)


@link_to_videos.command("create")
@click.option("--link", "link", required=True, help="The link id (`creatify links create`).")
@video_options
@wait_and_download
@command
def link_to_videos_create(
    session: Session,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
    **options: Any,
) -> None:
    """Make a video from a link (costs credits)."""
    given = _given(options)
    _created(
        session,
        "link-to-videos",
        "link_to_videos",
        lambda: session.client.link_to_videos.create(**given),
        wait,
        download,
        timeout,
        poll_interval,
    )


# ---------------------------------------------------------------- ai-shorts, ai-editing


ai_shorts = job_group("ai-shorts", "ai_shorts", "AI Shorts: a script to a short video.")


@ai_shorts.command("create")
@click.option("--script", required=True, help="What the video says.")
@click.option("--aspect-ratio", type=ASPECT_RATIOS)
@click.option("--style", help="E.g. '4K realistic'.")
@click.option("--accent", help="An accent id (see `creatify voices`).")
@click.option("--webhook-url")
@wait_and_download
@command
def ai_shorts_create(
    session: Session,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
    **options: Any,
) -> None:
    """Make a short video from a script (costs credits)."""
    _created(
        session,
        "ai-shorts",
        "ai_shorts",
        lambda: session.client.ai_shorts.create(**_given(options)),
        wait,
        download,
        timeout,
        poll_interval,
    )


ai_editing = job_group("ai-editing", "ai_editing", "AI Editing: your video, edited in a style.")


@ai_editing.command("create")
@click.option("--video-url", required=True, help="URL of the video to edit.")
@click.option(
    "--style",
    "editing_style",
    type=click.Choice(["film", "geometric_gradient", "glitch", "glitter_gradient", "paper"]),
)
@click.option("--webhook-url")
@wait_and_download
@command
def ai_editing_create(
    session: Session,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
    **options: Any,
) -> None:
    """Edit a video (costs credits)."""
    _created(
        session,
        "ai-editing",
        "ai_editing",
        lambda: session.client.ai_editing.create(**_given(options)),
        wait,
        download,
        timeout,
        poll_interval,
    )


# ---------------------------------------------------------------- custom templates


custom_template_jobs = job_group(
    "custom-template-jobs",
    "custom_template_jobs",
    "Videos from your custom templates.",
    has_list=False,
)


@custom_template_jobs.command("create")
@click.option("--template", "template_id", required=True, help="The template id.")
@click.option("--var", "pairs", multiple=True, help="A variable as NAME=VALUE (repeat).")
@click.option("--variables", "variables_json", help="All variables as a JSON object.")
@click.option("--model", "model_version", type=MODELS)
@click.option("--name")
@click.option("--webhook-url")
@wait_and_download
@command
def custom_template_jobs_create(
    session: Session,
    pairs: tuple[str, ...],
    variables_json: str | None,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
    **options: Any,
) -> None:
    """Make a video from a template (costs credits)."""
    try:
        variables = json.loads(variables_json) if variables_json else {}
    except ValueError as exc:
        raise click.BadParameter(f"not JSON: {exc}", param_hint="--variables") from None
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--var")
        variables[key] = value
    _created(
        session,
        "custom-template-jobs",
        "custom_template_jobs",
        lambda: session.client.custom_template_jobs.create(variables=variables, **_given(options)),
        wait,
        download,
        timeout,
        poll_interval,
    )


# ---------------------------------------------------------------- product to video


product_to_videos = job_group(
    "product-to-videos",
    "product_to_videos",
    "Product to video: a product image to a preview image, then to a video.",
    list_ids=True,
)


@product_to_videos.command("create")
@click.option("--product-url", required=True, help="URL of the product image.")
@click.option("--aspect-ratio", type=ASPECT_RATIOS)
@click.option("--image-prompt")
@click.option("--avatar", "override_avatar", help="A persona id.")
@click.option("--motion-style", help="E.g. talking (used by --wait/--download).")
@click.option("--video-prompt", help="Used by --wait/--download.")
@click.option("--webhook-url")
@wait_and_download
@command
def product_to_videos_create(
    session: Session,
    motion_style: str | None,
    video_prompt: str | None,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
    **options: Any,
) -> None:
    """Make the preview image (costs credits). With --wait or --download, go on to the
    video: wait for the image, `gen-video`, wait for the video."""
    video_options = _given(
        {
            "motion_style": motion_style,
            "video_prompt": video_prompt,
            "webhook_url": options.get("webhook_url"),
        }
    )
    product_video_request(cast("ProductVideoOptions", video_options))  # before paying
    products = session.client.product_to_videos
    if download is not None:
        download = check_target(download)
    with session.creating("product-to-videos task", "creatify product-to-videos list"):
        task = products.gen_image(**_given(options))
    if not (wait or download):
        session.printer.one(task, title="product-to-videos task created (image step)")
        return
    group, task_id = "product-to-videos", str(task.id)
    session.printer.note(f"{group} {task_id} created; waiting for the image")
    resume = (
        f"creatify {group} get {task_id} until its status is image_generated, then "
        f"creatify {group} gen-video {task_id} --wait{_download_arg(download)}"
    )
    wait_image = functools.partial(products.wait, stage="image")
    _wait(session, group, task_id, wait_image, timeout, poll_interval, None, resume)
    products.gen_video(task_id, **video_options)
    session.printer.note("image ready; making the video")
    finished = _wait(session, group, task_id, products.wait, timeout, poll_interval, download)
    session.printer.one(finished, title=f"{group} {finished.status}")
    if download is not None:
        _save(session, products, finished, download, report_json=False)


@product_to_videos.command("gen-video")
@click.argument("job_id")
@click.option("--motion-style", help="E.g. talking.")
@click.option("--video-prompt")
@click.option("--webhook-url")
@wait_and_download
@command
def product_to_videos_gen_video(
    session: Session,
    job_id: str,
    wait: bool,
    download: Path | None,
    timeout: float,
    poll_interval: float,
    **options: Any,
) -> None:
    """Make the video of a task whose image is ready (costs credits)."""
    _created(
        session,
        "product-to-videos",
        "product_to_videos",
        lambda: session.client.product_to_videos.gen_video(job_id, **_given(options)),
        wait,
        download,
        timeout,
        poll_interval,
    )


# ---------------------------------------------------------------- DYOA, music


dyoa = job_group(
    "dyoa",
    "dyoa",
    "Design Your Own Avatar: an avatar described in words. `wait` ends when the photos "
    "are ready (draft) or the review is done.",
    has_download=False,
    timeout=DYOA_JOB.poll.timeout,
    poll_interval=DYOA_JOB.poll.poll_interval,
)


@dyoa.command("create")
@click.option("--name", required=True)
@click.option("--age-group", required=True, help="E.g. child, young_adult, early_middle_age.")
@click.option("--gender", required=True, type=click.Choice(["m", "f", "nb"]))
@click.option("--details", "more_details", help="Face, hair, build.")
@click.option("--outfit", "outfit_description")
@click.option("--background", "background_description")
@click.option("--wait", "wait", is_flag=True, help="Wait until the photos are ready.")
@wait_options(DYOA_JOB.poll.timeout, DYOA_JOB.poll.poll_interval)
@command
def dyoa_create(
    session: Session, wait: bool, timeout: float, poll_interval: float, **options: Any
) -> None:
    """Describe an avatar; the service draws photos to pick from."""
    _created(
        session,
        "dyoa",
        "dyoa",
        lambda: session.client.dyoa.create(**_given(options)),
        wait,
        None,
        timeout,
        poll_interval,
    )


music = click.Group("music", help="The background-music catalogue.")


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


COMMANDS = (
    url_to_video,
    links,
    link_to_videos,
    ai_shorts,
    ai_editing,
    custom_template_jobs,
    product_to_videos,
    dyoa,
    music,
)
