"""Namespaces whose calls answer plain records, not jobs, declared as data like a job
kind's calls (`_jobs.Call`): `scripts/gen_namespaces.py` writes each one's module,
`_async/{namespace}.py`, typed by the spec (path parameters as arguments, the JSON body
as `**options`, the answer as its model or a list of them)."""

from __future__ import annotations

from dataclasses import dataclass

from ._jobs import Call


@dataclass(frozen=True)
class PlainArea:
    namespace: str
    """The client attribute: `client.{namespace}`."""
    doc: str
    """The namespace class's docstring."""
    calls: tuple[Call, ...]


FREE_LINKS = "Free: the vendor publishes no cost for links"
# A link is a plain record, not a job: it is ready when `create` returns.
LINKS = PlainArea(
    namespace="links",
    doc="Links: a product's title, description, images and videos, scraped from its page "
    "(`create`) or given (`create_from_params`). `link_to_videos` makes videos from them.",
    calls=(
        Call(
            "create",
            "links_create",
            "Scrape a product page into a link. The service answers 400 when the page cannot "
            f"be scraped or has no image or video.\n\n{FREE_LINKS} (a video made from one "
            "costs credits).",
            positional=("url",),
        ),
        Call(
            "create_from_params",
            "links_link_with_params_create",
            "A link from your own data: `title`, `description`, and at least one of "
            f"`video_urls` or three `image_urls` (`logo_url` optional).\n\n{FREE_LINKS}.",
        ),
        Call("get", "links_retrieve", "One link. Free."),
        Call("list", "links_list", "Your links. Free."),
        Call(
            "update",
            "links_update",
            "Replace a link's title, description, images and videos (PUT: give them all). "
            f"{FREE_LINKS}.",
        ),
    ),
)
# The older fixed-template API (a real-estate listing video, `style1`): preview, then
# render. No GET is documented: the render's end comes to the preview's `webhook_url` as
# `{id, status, failed_reason, output}`.
CUSTOM_TEMPLATES = PlainArea(
    namespace="custom_templates",
    doc="Fixed-template videos (for your own templates, see `custom_template_jobs`).",
    calls=(
        Call(
            "preview",
            "custom_templates_preview_create",
            "A preview (its `preview` link) of `visual_style` filled with `data`. Costs "
            "credits (rate not published), so it is never sent twice by a retry.",
        ),
        Call(
            "render",
            "custom_templates_render_create",
            "Render a preview into the MP4. Costs credits (rate not published; "
            "`credits_used` says how many), so it is never sent twice by a retry.",
        ),
    ),
)

PLAIN_AREAS = (LINKS, CUSTOM_TEMPLATES)
