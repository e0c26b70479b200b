"""Namespaces whose calls answer plain records, not jobs, declared as data like a job
kind's calls (`_jobs.Call`): `scripts/gen_namespaces.py` writes each one's module,
`_async/{namespace}.py`, typed by the spec (path parameters as arguments, the JSON body
as `**options`, the answer as its model or a list of them; a read's docstring is its
summary)."""

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
        Call("get", "links_retrieve"),
        Call("list", "links_list"),
        Call("list_page", "links_paginated_list"),
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
            "list",
            "custom_templates_list",
            "Your templates. Only `id` is sure to be there (no page shows an item). Free.",
        ),
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
CREDITS = PlainArea(
    namespace="credits",
    doc="The account's credits.",
    calls=(Call("remaining", "remaining_credits_retrieve"),),
)
MUSIC = PlainArea(
    namespace="music",
    doc="Background music for the video products (`background_music_url`).\n\n"
    "Only third-party clients show these two paths and their answers; the vendor's pages "
    "do not document them, so the fields may differ (only `id` is sure to be there).",
    calls=(
        Call("list", "musics_list"),
        Call("categories", "music_categories_list"),
    ),
)
# Jobs made from these templates are `client.inspiration_jobs` (`INSPIRATION_JOB`).
INSPIRATIONS = PlainArea(
    namespace="inspirations",
    doc="AI ad templates: each has an `input_params_schema` and a `credit_cost`.",
    calls=(
        Call("list", "inspirations_list"),
        Call("get", "inspirations_retrieve"),
    ),
)

PLAIN_AREAS = (LINKS, CUSTOM_TEMPLATES, CREDITS, MUSIC, INSPIRATIONS)
