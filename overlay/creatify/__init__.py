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

from creatify_api.models import (
    Accent,
    AspectRatio,
    Aurora,
    AuroraModelVersion,
    Gender,
    JobStatus,
    Lipsync,
    LipsyncStatus,
    LipsyncV2,
    ModelVersion,
    PaginatedPersonaList,
    Persona,
    PersonaCount,
    PersonaCreateResponse,
    PersonaV2,
    ProcessStatus,
    RemainingCredits,
    TextToSpeech,
    Voice,
)

from ._client import AsyncCreatify, Creatify
from ._constants import SDK_VERSION as __version__
from ._exceptions import (
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
    DownloadError,
    InternalServerError,
    InvalidInputError,
    InvalidVideoError,
    JobFailedError,
    LipsyncFailed,
    LipsyncRejected,
    LipsyncV2Failed,
    LipsyncV2Rejected,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TextToSpeechFailed,
    TextToSpeechRejected,
    WaitTimeout,
)
from ._polling import JobUpdate
from ._requests import AvatarDetails, LipsyncOptions
from ._requests_v2 import AuroraOptions, LipsyncV2Options, TextToSpeechOptions
from .scenes import AudioVoice, Avatar, Background, Caption, Music, Scene, TextVoice, Transition

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Accent",
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
    "ConfigurationError",
    "Creatify",
    "CreatifyError",
    "DownloadError",
    "Gender",
    "InternalServerError",
    "InvalidInputError",
    "InvalidVideoError",
    "JobFailedError",
    "JobStatus",
    "JobUpdate",
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
    "NotFoundError",
    "PaginatedPersonaList",
    "PermissionDeniedError",
    "Persona",
    "PersonaCount",
    "PersonaCreateResponse",
    "PersonaV2",
    "ProcessStatus",
    "RateLimitError",
    "RemainingCredits",
    "Scene",
    "TextToSpeech",
    "TextToSpeechFailed",
    "TextToSpeechOptions",
    "TextToSpeechRejected",
    "TextVoice",
    "Transition",
    "Voice",
    "WaitTimeout",
    "__version__",
]
