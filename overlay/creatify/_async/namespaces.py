# Generated from overlay/creatify/_async/*.py by scripts/gen_client_namespaces.py: do not edit.
"""The namespaces of `AsyncCreatify`: `client.{name}` for each module `_async/{name}.py`
holding `Async{Name}`, made (and its module loaded) on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._base_client import Namespace

if TYPE_CHECKING:
    from .ads_clone import AsyncAdsClone
    from .ai_editing import AsyncAiEditing
    from .ai_scripts import AsyncAiScripts
    from .ai_shorts import AsyncAiShorts
    from .asset_generator import AsyncAssetGenerator
    from .aurora import AsyncAurora
    from .avatars import AsyncAvatars
    from .credits import AsyncCredits
    from .custom_template_jobs import AsyncCustomTemplateJobs
    from .custom_templates import AsyncCustomTemplates
    from .dyoa import AsyncDyoa
    from .iab_images import AsyncIabImages
    from .inspiration_jobs import AsyncInspirationJobs
    from .inspirations import AsyncInspirations
    from .link_to_videos import AsyncLinkToVideos
    from .links import AsyncLinks
    from .lipsyncs import AsyncLipsyncs
    from .lipsyncs_v2 import AsyncLipsyncsV2
    from .music import AsyncMusic
    from .product_to_videos import AsyncProductToVideos
    from .text_generator import AsyncTextGenerator
    from .text_to_speech import AsyncTextToSpeech
    from .voices import AsyncVoices
    from .webhooks import AsyncWebhooks


class AsyncNamespaces:
    """Strictly private: the namespace attributes `AsyncCreatify` inherits."""

    ads_clone: Namespace[AsyncAdsClone] = Namespace()
    ai_editing: Namespace[AsyncAiEditing] = Namespace()
    ai_scripts: Namespace[AsyncAiScripts] = Namespace()
    ai_shorts: Namespace[AsyncAiShorts] = Namespace()
    asset_generator: Namespace[AsyncAssetGenerator] = Namespace()
    aurora: Namespace[AsyncAurora] = Namespace()
    avatars: Namespace[AsyncAvatars] = Namespace()
    credits: Namespace[AsyncCredits] = Namespace()
    custom_template_jobs: Namespace[AsyncCustomTemplateJobs] = Namespace()
    custom_templates: Namespace[AsyncCustomTemplates] = Namespace()
    dyoa: Namespace[AsyncDyoa] = Namespace()
    iab_images: Namespace[AsyncIabImages] = Namespace()
    inspiration_jobs: Namespace[AsyncInspirationJobs] = Namespace()
    inspirations: Namespace[AsyncInspirations] = Namespace()
    link_to_videos: Namespace[AsyncLinkToVideos] = Namespace()
    links: Namespace[AsyncLinks] = Namespace()
    lipsyncs: Namespace[AsyncLipsyncs] = Namespace()
    lipsyncs_v2: Namespace[AsyncLipsyncsV2] = Namespace()
    music: Namespace[AsyncMusic] = Namespace()
    product_to_videos: Namespace[AsyncProductToVideos] = Namespace()
    text_generator: Namespace[AsyncTextGenerator] = Namespace()
    text_to_speech: Namespace[AsyncTextToSpeech] = Namespace()
    voices: Namespace[AsyncVoices] = Namespace()
    webhooks: Namespace[AsyncWebhooks] = Namespace()


NAMESPACES = (
    "ads_clone",
    "ai_editing",
    "ai_scripts",
    "ai_shorts",
    "asset_generator",
    "aurora",
    "avatars",
    "credits",
    "custom_template_jobs",
    "custom_templates",
    "dyoa",
    "iab_images",
    "inspiration_jobs",
    "inspirations",
    "link_to_videos",
    "links",
    "lipsyncs",
    "lipsyncs_v2",
    "music",
    "product_to_videos",
    "text_generator",
    "text_to_speech",
    "voices",
    "webhooks",
)
"""The client's namespaces."""
