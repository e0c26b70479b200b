# Generated from overlay/creatify/_async/namespaces.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_async/*.py by scripts/gen_client_namespaces.py: do not edit.
"""The namespaces of `AsyncCreatify`: `client.{name}` for each module `_async/{name}.py`
holding `Async{Name}`, made (and its module loaded) on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._base_client import Namespace

if TYPE_CHECKING:
    from .ads_clone import AdsClone
    from .ai_editing import AiEditing
    from .ai_scripts import AiScripts
    from .ai_shorts import AiShorts
    from .asset_generator import AssetGenerator
    from .aurora import Aurora
    from .avatars import Avatars
    from .credits import Credits
    from .custom_template_jobs import CustomTemplateJobs
    from .custom_templates import CustomTemplates
    from .dyoa import Dyoa
    from .iab_images import IabImages
    from .inspiration_jobs import InspirationJobs
    from .inspirations import Inspirations
    from .link_to_videos import LinkToVideos
    from .links import Links
    from .lipsyncs import Lipsyncs
    from .lipsyncs_v2 import LipsyncsV2
    from .music import Music
    from .product_to_videos import ProductToVideos
    from .text_generator import TextGenerator
    from .text_to_speech import TextToSpeech
    from .voices import Voices
    from .webhooks import Webhooks


class Namespaces:
    """Strictly private: the namespace attributes `AsyncCreatify` inherits."""

    ads_clone: Namespace[AdsClone] = Namespace()
    ai_editing: Namespace[AiEditing] = Namespace()
    ai_scripts: Namespace[AiScripts] = Namespace()
    ai_shorts: Namespace[AiShorts] = Namespace()
    asset_generator: Namespace[AssetGenerator] = Namespace()
    aurora: Namespace[Aurora] = Namespace()
    avatars: Namespace[Avatars] = Namespace()
    credits: Namespace[Credits] = Namespace()
    custom_template_jobs: Namespace[CustomTemplateJobs] = Namespace()
    custom_templates: Namespace[CustomTemplates] = Namespace()
    dyoa: Namespace[Dyoa] = Namespace()
    iab_images: Namespace[IabImages] = Namespace()
    inspiration_jobs: Namespace[InspirationJobs] = Namespace()
    inspirations: Namespace[Inspirations] = Namespace()
    link_to_videos: Namespace[LinkToVideos] = Namespace()
    links: Namespace[Links] = Namespace()
    lipsyncs: Namespace[Lipsyncs] = Namespace()
    lipsyncs_v2: Namespace[LipsyncsV2] = Namespace()
    music: Namespace[Music] = Namespace()
    product_to_videos: Namespace[ProductToVideos] = Namespace()
    text_generator: Namespace[TextGenerator] = Namespace()
    text_to_speech: Namespace[TextToSpeech] = Namespace()
    voices: Namespace[Voices] = Namespace()
    webhooks: Namespace[Webhooks] = Namespace()


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
