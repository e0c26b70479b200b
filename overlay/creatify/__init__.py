"""The Creatify Python SDK: custom avatars and avatar videos, with waiting, uploads,
retries and typed errors on top of the generated client `creatify_api`.

    from creatify import Creatify

    client = Creatify()
    avatar = client.avatars.create_from_files(
        lipsync_input="james.mp4", consent_video="consent.mp4",
        creator_name="James", gender="m", video_scene="office")
    avatar = client.avatars.wait(avatar.id)
    video = client.lipsyncs.create_and_wait(text="Hello", creator=avatar.id, aspect_ratio="9:16")
    client.lipsyncs.download(video, "hello.mp4")

AI Avatar v2 (`client.lipsyncs_v2`, scenes from `creatify.scenes`), text-to-speech
(`client.text_to_speech`) and Aurora (`client.aurora`) work the same way.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING

from ._version import SDK_VERSION as __version__

if TYPE_CHECKING:
    from creatify_api.models import (
        Accent,
        AiEditing,
        AiShorts,
        AspectRatio,
        Aurora,
        AuroraModelVersion,
        CaptionSetting,
        CustomTemplateJob,
        Dyoa,
        DyoaStatus,
        EditingStyle,
        Gender,
        JobStatus,
        Link,
        LinkToVideo,
        LinkToVideoPreview,
        Lipsync,
        LipsyncStatus,
        LipsyncV2,
        ModelVersion,
        MusicCategory,
        PaginatedPersonaList,
        Persona,
        PersonaCount,
        PersonaCreateResponse,
        PersonaV2,
        ProcessStatus,
        ProductToVideo,
        ProductToVideoStatus,
        RemainingCredits,
        TextToSpeech,
        Voice,
    )

    from . import webhooks
    from ._client import AsyncCreatify, Creatify
    from ._exceptions import (
        AiEditingFailed,
        AiEditingRejected,
        AiShortsFailed,
        AiShortsRejected,
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuroraFailed,
        AuroraRejected,
        AuthenticationError,
        AvatarFailed,
        AvatarRejected,
        BadRequestError,
        ConfigurationError,
        CreatifyError,
        CustomTemplateJobFailed,
        CustomTemplateJobRejected,
        DownloadError,
        DyoaRejected,
        InternalServerError,
        InvalidInputError,
        InvalidVideoError,
        InvalidWebhookError,
        JobFailedError,
        LinkToVideoFailed,
        LinkToVideoRejected,
        LipsyncFailed,
        LipsyncRejected,
        LipsyncV2Failed,
        LipsyncV2Rejected,
        NotFoundError,
        PermissionDeniedError,
        ProductToVideoFailed,
        RateLimitError,
        TextToSpeechFailed,
        TextToSpeechRejected,
        WaitTimeout,
    )
    from ._polling import JobUpdate
    from ._raw import RawResponse
    from ._requests import AvatarDetails, LipsyncOptions
    from ._requests_products import (
        AiEditingOptions,
        AiShortsOptions,
        CustomTemplateJobOptions,
        DyoaOptions,
        LinkParams,
        LinkToVideoOptions,
        PreviewListOptions,
        ProductImageOptions,
        ProductVideoOptions,
        VideoFromUrlOptions,
    )
    from ._requests_v2 import AuroraOptions, LipsyncV2Options, TextToSpeechOptions
    from .scenes import AudioVoice, Avatar, Background, Caption, Music, Scene, TextVoice, Transition

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Accent",
    "AiEditing",
    "AiEditingFailed",
    "AiEditingOptions",
    "AiEditingRejected",
    "AiShorts",
    "AiShortsFailed",
    "AiShortsOptions",
    "AiShortsRejected",
    "AspectRatio",
    "AsyncCreatify",
    "AudioVoice",
    "Aurora",
    "AuroraFailed",
    "AuroraModelVersion",
    "AuroraOptions",
    "AuroraRejected",
    "AuthenticationError",
    "Avatar",
    "AvatarDetails",
    "AvatarFailed",
    "AvatarRejected",
    "Background",
    "BadRequestError",
    "Caption",
    "CaptionSetting",
    "ConfigurationError",
    "Creatify",
    "CreatifyError",
    "CustomTemplateJob",
    "CustomTemplateJobFailed",
    "CustomTemplateJobOptions",
    "CustomTemplateJobRejected",
    "DownloadError",
    "Dyoa",
    "DyoaOptions",
    "DyoaRejected",
    "DyoaStatus",
    "EditingStyle",
    "Gender",
    "InternalServerError",
    "InvalidInputError",
    "InvalidVideoError",
    "InvalidWebhookError",
    "JobFailedError",
    "JobStatus",
    "JobUpdate",
    "Link",
    "LinkParams",
    "LinkToVideo",
    "LinkToVideoFailed",
    "LinkToVideoOptions",
    "LinkToVideoPreview",
    "LinkToVideoRejected",
    "Lipsync",
    "LipsyncFailed",
    "LipsyncOptions",
    "LipsyncRejected",
    "LipsyncStatus",
    "LipsyncV2",
    "LipsyncV2Failed",
    "LipsyncV2Options",
    "LipsyncV2Rejected",
    "ModelVersion",
    "Music",
    "MusicCategory",
    "NotFoundError",
    "PaginatedPersonaList",
    "PermissionDeniedError",
    "Persona",
    "PersonaCount",
    "PersonaCreateResponse",
    "PersonaV2",
    "PreviewListOptions",
    "ProcessStatus",
    "ProductImageOptions",
    "ProductToVideo",
    "ProductToVideoFailed",
    "ProductToVideoStatus",
    "ProductVideoOptions",
    "RateLimitError",
    "RawResponse",
    "RemainingCredits",
    "Scene",
    "TextToSpeech",
    "TextToSpeechFailed",
    "TextToSpeechOptions",
    "TextToSpeechRejected",
    "TextVoice",
    "Transition",
    "VideoFromUrlOptions",
    "Voice",
    "WaitTimeout",
    "__version__",
    "webhooks",
]

# Every name above, by the module it comes from. `import creatify` imports none of them
# (not httpx, the client or the generated models: they took 465 ms, issue 28); a name is
# imported when first looked up (PEP 562 `__getattr__` below), then kept in this module.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "creatify_api.models": (
        "Accent",
        "AiEditing",
        "AiShorts",
        "AspectRatio",
        "Aurora",
        "AuroraModelVersion",
        "CaptionSetting",
        "CustomTemplateJob",
        "Dyoa",
        "DyoaStatus",
        "EditingStyle",
        "Gender",
        "JobStatus",
        "Link",
        "LinkToVideo",
        "LinkToVideoPreview",
        "Lipsync",
        "LipsyncStatus",
        "LipsyncV2",
        "ModelVersion",
        "MusicCategory",
        "PaginatedPersonaList",
        "Persona",
        "PersonaCount",
        "PersonaCreateResponse",
        "PersonaV2",
        "ProcessStatus",
        "ProductToVideo",
        "ProductToVideoStatus",
        "RemainingCredits",
        "TextToSpeech",
        "Voice",
    ),
    "._client": (
        "AsyncCreatify",
        "Creatify",
    ),
    "._exceptions": (
        "AiEditingFailed",
        "AiEditingRejected",
        "AiShortsFailed",
        "AiShortsRejected",
        "APIConnectionError",
        "APIError",
        "APIResponseValidationError",
        "APIStatusError",
        "APITimeoutError",
        "AuroraFailed",
        "AuroraRejected",
        "AuthenticationError",
        "AvatarFailed",
        "AvatarRejected",
        "BadRequestError",
        "ConfigurationError",
        "CreatifyError",
        "CustomTemplateJobFailed",
        "CustomTemplateJobRejected",
        "DownloadError",
        "DyoaRejected",
        "InternalServerError",
        "InvalidInputError",
        "InvalidVideoError",
        "InvalidWebhookError",
        "JobFailedError",
        "LinkToVideoFailed",
        "LinkToVideoRejected",
        "LipsyncFailed",
        "LipsyncRejected",
        "LipsyncV2Failed",
        "LipsyncV2Rejected",
        "NotFoundError",
        "PermissionDeniedError",
        "ProductToVideoFailed",
        "RateLimitError",
        "TextToSpeechFailed",
        "TextToSpeechRejected",
        "WaitTimeout",
    ),
    "._polling": ("JobUpdate",),
    "._raw": ("RawResponse",),
    "._requests": (
        "AvatarDetails",
        "LipsyncOptions",
    ),
    "._requests_products": (
        "AiEditingOptions",
        "AiShortsOptions",
        "CustomTemplateJobOptions",
        "DyoaOptions",
        "LinkParams",
        "LinkToVideoOptions",
        "PreviewListOptions",
        "ProductImageOptions",
        "ProductVideoOptions",
        "VideoFromUrlOptions",
    ),
    "._requests_v2": (
        "AuroraOptions",
        "LipsyncV2Options",
        "TextToSpeechOptions",
    ),
    ".scenes": (
        "AudioVoice",
        "Avatar",
        "Background",
        "Caption",
        "Music",
        "Scene",
        "TextVoice",
        "Transition",
    ),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}
# Public submodules, which `import creatify` used to import itself.
_SUBMODULES = frozenset({"scenes", "webhooks"})

if not TYPE_CHECKING:  # type checkers read the imports above instead

    def __getattr__(name: str) -> object:
        if name in _SUBMODULES:
            return _importlib.import_module(f".{name}", __name__)
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_importlib.import_module(module, __name__), name)
        globals()[name] = value  # the next lookup does not come here
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
