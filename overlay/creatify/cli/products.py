"""`creatify url-to-video` and the product areas: links, link-to-videos, ai-shorts,
ai-editing, custom-template-jobs and product-to-videos."""

from __future__ import annotations

import json
from typing import Any, cast

import click
from click import option

from .._options import OPERATION_FIELDS, LinkParams
from .jobs import Area, Send, Then, body_options, create, creates, done
from .session import Session, command, given, pairs, reader

# Their messages call a job by its group's name.
link_to_videos = Area("link_to_videos", "link-to-videos")
ai_shorts, ai_editing = Area("ai_shorts", "ai-shorts"), Area("ai_editing", "ai-editing")
custom_template_jobs = Area("custom_template_jobs", "custom-template-jobs")
product_to_videos = Area("product_to_videos", "product-to-videos")
create(link_to_videos, "Make a video from a link (costs credits).")
create(ai_shorts, "Make a short video from a script (costs credits).")
create(ai_editing, "Edit a video (costs credits).")
links = click.Group("links")


@click.command("url-to-video")
@click.argument("url")
@creates(link_to_videos, without=("link",))  # the link is made from URL
def url_to_video(session: Session, then: Then, url: str, **options: Any) -> Send:
    """A video ad from a product page URL (costs credits).

    It makes a link, then a video task; with --wait or --download, the finished MP4.
    """
    return lambda: session.client.link_to_videos.from_url(url, wait=False, **options)


@links.command("create")
@click.argument("url", required=False)
@body_options(OPERATION_FIELDS["links_link_with_params_create"])
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


@custom_template_jobs.command("create")
@option("--var", multiple=True, help="A variable as NAME=VALUE (repeat).")
@option("--variables", help="All variables as a JSON object.")
@creates(custom_template_jobs)
def custom_template_jobs_create(
    session: Session, then: Then, var: tuple[str, ...] = (), variables: str = "", **options: Any
) -> Send:
    """Make a video from a template (costs credits)."""
    try:
        values = json.loads(variables) if variables else {}
    except ValueError as exc:
        raise click.BadParameter(f"not JSON: {exc}", param_hint="--variables") from None
    values.update(pairs(var, "--var"))
    create = session.client.custom_template_jobs.create
    return lambda: create(variables=values, **options)


# Both steps' options: the video's are used with --wait or --download.
@product_to_videos.command("create")
@creates(
    product_to_videos, "product_to_videos_gen_image_create", "product_to_videos_gen_video_create"
)
def product_to_videos_create(session: Session, then: Then, **options: Any) -> Send | None:
    """Make the preview image (costs credits). With --wait or --download, go on to the
    video: wait for the image, `gen-video` (costs credits), wait for the video."""
    products = session.client.product_to_videos
    video = {key: options.pop(key) for key in ("motion_style", "video_prompt") if key in options}
    if not then.wait:
        return lambda: products.gen_image(**options)
    # Both steps in one call, which checks every option before the first request. The
    # service announces the video only, so a webhook cannot end the image's wait: polls.
    waiting = {k: v for k, v in then.arguments(product_to_videos).items() if k != "webhook"}
    with (
        session.creating(product_to_videos.noun, "creatify product-to-videos list"),
        session.bars.wait(product_to_videos.noun) as on_update,
    ):
        job = products.create_and_wait(on_update=on_update, **video, **waiting, **options)
    done(session, product_to_videos, job, then)
    return None


@product_to_videos.command("gen-video")
@click.argument("job_id")
@creates(product_to_videos, "product_to_videos_gen_video_create")
def product_to_videos_gen_video(session: Session, then: Then, job_id: str, **options: Any) -> Send:
    """Make the video of a task whose image is ready (costs credits)."""
    return lambda: session.client.product_to_videos.gen_video(job_id, **options)
