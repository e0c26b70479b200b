"""`creatify url-to-video` and the product areas: links, link-to-videos, ai-shorts,
ai-editing, custom-template-jobs and product-to-videos."""

from __future__ import annotations

import json
from typing import Any, cast

import click
from click import option
from creatify_api import models

from .._jobs import JOB_KINDS
from .._options import LinkParams
from .jobs import Area, Send, Then, creates, done, job_group
from .main import stack
from .session import ACCENT_HELP, ASPECT_RATIO, MODEL, Session, choice, command, given, reader

# Their messages call a job by its group's name. These lists take no ids.
LINK_TO_VIDEOS = Area(JOB_KINDS["link_to_videos"], "link-to-videos", lists=True)
AI_SHORTS = Area(JOB_KINDS["ai_shorts"], "ai-shorts", lists=True)
AI_EDITING = Area(JOB_KINDS["ai_editing"], "ai-editing", lists=True)
TEMPLATE_JOBS = Area(JOB_KINDS["custom_template_jobs"], "custom-template-jobs")
PRODUCTS = Area(JOB_KINDS["product_to_videos"], "product-to-videos")
link_to_videos, ai_shorts, ai_editing, custom_template_jobs, product_to_videos = map(
    job_group, (LINK_TO_VIDEOS, AI_SHORTS, AI_EDITING, TEMPLATE_JOBS, PRODUCTS)
)
links = click.Group("links")


# The options of a URL-to-video task (`link_to_videos.create` and `from_url`).
video_options = stack(
    ASPECT_RATIO,
    option("--visual-style", help="E.g. FullScreenTemplate, AvatarBubbleTemplate."),
    option("--script-style", help="E.g. DIY, BenefitsV2."),
    option("--video-length", type=click.IntRange(min=1), help="Seconds."),
    option("--language", help="A language code (default en)."),
    option("--target-platform", help="E.g. Instagram, TikTok."),
    option("--target-audience", help="E.g. Young Adults."),
    option("--avatar", "override_avatar", help="A persona id to use."),
    option("--voice", "override_voice", help=ACCENT_HELP),
    option("--script", "override_script", help="Your own script."),
    MODEL,
    option("--no-caption", is_flag=True, help="No captions."),
    option("--no-music", "no_background_music", is_flag=True, help="No background music."),
)


@click.command("url-to-video")
@click.argument("url")
@video_options
@creates(LINK_TO_VIDEOS)
def url_to_video(session: Session, then: Then, url: str, **options: Any) -> Send:
    """A video ad from a product page URL (costs credits).

    It makes a link, then a video task; with --wait or --download, the finished MP4.
    """
    return lambda: session.client.link_to_videos.from_url(url, wait=False, **options)


@link_to_videos.command("create")
@option("--link", required=True, help="The link id (`creatify links create`).")
@video_options
@creates(LINK_TO_VIDEOS)
def link_to_videos_create(session: Session, then: Then, **options: Any) -> Send:
    """Make a video from a link (costs credits)."""
    return lambda: session.client.link_to_videos.create(**options)


@links.command("create")
@click.argument("url", required=False)
@option("--title", help="The product's name.")
@option("--description", help="What the product is.")
@option("--image", "image_urls", multiple=True, help="An image URL (repeat; 3 or more).")
@option("--video", "video_urls", multiple=True, help="A video URL (repeat).")
@option("--logo", "logo_url", help="A logo URL.")
@command
def links_create(session: Session, url: str | None, **params: Any) -> None:
    """Scrape a product page URL into a link, or make one from --title, --image, --video."""
    params = given(params)
    if (url is None) == (not params):
        raise click.UsageError("give a URL, or --title/--description/--image/--video (not both)")
    links = session.client.links
    link = links.create(url) if url else links.create_from_params(**cast("LinkParams", params))
    session.printer.one(link, title="link created")


links.add_command(reader("get", "Show one link.", lambda c, id: c.links.get(id), "link_id"))
links.add_command(reader("list", "List your links.", lambda c: c.links.list()))


@ai_shorts.command("create")
@option("--script", required=True, help="What the video says.")
@ASPECT_RATIO
@option("--style", help="E.g. '4K realistic'.")
@option("--accent", help=ACCENT_HELP)
@creates(AI_SHORTS, name=False)
def ai_shorts_create(session: Session, then: Then, **options: Any) -> Send:
    """Make a short video from a script (costs credits)."""
    return lambda: session.client.ai_shorts.create(**options)


@ai_editing.command("create")
@option("--video-url", required=True, help="URL of the video to edit.")
@option("--style", "editing_style", type=choice(models.EditingStyle), help="The style.")
@creates(AI_EDITING, name=False)
def ai_editing_create(session: Session, then: Then, **options: Any) -> Send:
    """Edit a video (costs credits)."""
    return lambda: session.client.ai_editing.create(**options)


@custom_template_jobs.command("create")
@option("--template", "template_id", required=True, help="The template id.")
@option("--var", "pairs", multiple=True, help="A variable as NAME=VALUE (repeat).")
@option("--variables", help="All variables as a JSON object.")
@MODEL
@creates(TEMPLATE_JOBS)
def custom_template_jobs_create(
    session: Session, then: Then, pairs: tuple[str, ...] = (), variables: str = "", **options: Any
) -> Send:
    """Make a video from a template (costs credits)."""
    try:
        values = json.loads(variables) if variables else {}
    except ValueError as exc:
        raise click.BadParameter(f"not JSON: {exc}", param_hint="--variables") from None
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--var")
        values[key] = value
    create = session.client.custom_template_jobs.create
    return lambda: create(variables=values, **options)


@product_to_videos.command("create")
@option("--product-url", required=True, help="URL of the product image.")
@ASPECT_RATIO
@option("--image-prompt", help="What the preview image should show.")
@option("--avatar", "override_avatar", help="A persona id.")
@option("--motion-style", help="E.g. talking (the video step: --wait/--download).")
@option("--video-prompt", help="The video step's prompt (--wait/--download).")
@creates(PRODUCTS, name=False)
def product_to_videos_create(session: Session, then: Then, **options: Any) -> Send | None:
    """Make the preview image (costs credits). With --wait or --download, go on to the
    video: wait for the image, `gen-video` (costs credits), wait for the video."""
    products = session.client.product_to_videos
    video = {key: options.pop(key) for key in ("motion_style", "video_prompt") if key in options}
    if not then.wait:
        return lambda: products.gen_image(**options)
    # Both steps in one call, which checks every option before the first request. The
    # service announces the video only, so a webhook cannot end the image's wait: polls.
    waiting = {k: v for k, v in then.arguments(PRODUCTS).items() if k != "webhook"}
    with (
        session.creating(PRODUCTS.noun, "creatify product-to-videos list"),
        session.bars.wait(PRODUCTS.noun) as on_update,
    ):
        job = products.create_and_wait(on_update=on_update, **video, **waiting, **options)
    done(session, PRODUCTS, job, then)
    return None


@product_to_videos.command("gen-video")
@click.argument("job_id")
@option("--motion-style", help="E.g. talking.")
@option("--video-prompt", help="What the video should show.")
@creates(PRODUCTS, name=False)
def product_to_videos_gen_video(session: Session, then: Then, job_id: str, **options: Any) -> Send:
    """Make the video of a task whose image is ready (costs credits)."""
    return lambda: session.client.product_to_videos.gen_video(job_id, **options)
