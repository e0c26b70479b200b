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
"""

from creatify_api.models import (
    AspectRatio,
    Gender,
    Lipsync,
    LipsyncStatus,
    ModelVersion,
    PaginatedPersonaList,
    Persona,
    PersonaCount,
    PersonaCreateResponse,
    PersonaV2,
    ProcessStatus,
    RemainingCredits,
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
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    WaitTimeout,
)
from ._polling import JobUpdate
from ._raw import RawResponse
from ._requests import AvatarDetails, LipsyncOptions

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AspectRatio",
    "AsyncCreatify",
    "AuthenticationError",
    "AvatarDetails",
    "AvatarFailed",
    "AvatarRejected",
    "BadRequestError",
    "ConfigurationError",
    "Creatify",
    "CreatifyError",
    "DownloadError",
    "Gender",
    "InternalServerError",
    "InvalidInputError",
    "InvalidVideoError",
    "JobFailedError",
    "JobUpdate",
    "Lipsync",
    "LipsyncFailed",
    "LipsyncOptions",
    "LipsyncRejected",
    "LipsyncStatus",
    "ModelVersion",
    "NotFoundError",
    "PaginatedPersonaList",
    "PermissionDeniedError",
    "Persona",
    "PersonaCount",
    "PersonaCreateResponse",
    "PersonaV2",
    "ProcessStatus",
    "RateLimitError",
    "RawResponse",
    "RemainingCredits",
    "Voice",
    "WaitTimeout",
    "__version__",
]
