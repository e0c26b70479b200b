"""Job kinds as data: what each kind of job calls its status, when it has ended, and where
its output is.

A job resource (`_async/jobs.py`) reads everything it needs from its `JobKind`: the
generated operations to fetch one job or a list, the status sets, the progress and output
fields, the poll defaults and the exceptions for a failed or rejected job. Adding a product
area means declaring its kind here (see CONTRIBUTING.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from creatify_api import models
from creatify_api.api.ai_editing import ai_editing_retrieve
from creatify_api.api.ai_shorts import ai_shorts_retrieve
from creatify_api.api.aurora import aurora_retrieve
from creatify_api.api.custom_template_jobs import custom_template_jobs_retrieve
from creatify_api.api.dyoa import dyoa_retrieve
from creatify_api.api.link_to_videos import link_to_videos_retrieve
from creatify_api.api.lipsyncs import lipsyncs_list, lipsyncs_retrieve
from creatify_api.api.lipsyncs_v2 import lipsyncs_v2_list, lipsyncs_v2_retrieve
from creatify_api.api.personas import personas_retrieve
from creatify_api.api.product_to_videos import product_to_videos_list, product_to_videos_retrieve
from creatify_api.api.text_to_speech import text_to_speech_list, text_to_speech_retrieve
from creatify_api.types import Unset

from ._constants import (
    AURORA_MAX_INTERVAL,
    AURORA_POLL_INTERVAL,
    AURORA_WAIT_TIMEOUT,
    AVATAR_MAX_INTERVAL,
    AVATAR_POLL_INTERVAL,
    AVATAR_WAIT_TIMEOUT,
    DYOA_MAX_INTERVAL,
    DYOA_POLL_INTERVAL,
    DYOA_WAIT_TIMEOUT,
    LIPSYNC_MAX_INTERVAL,
    LIPSYNC_POLL_INTERVAL,
    LIPSYNC_V2_MAX_INTERVAL,
    LIPSYNC_V2_POLL_INTERVAL,
    LIPSYNC_V2_WAIT_TIMEOUT,
    LIPSYNC_WAIT_TIMEOUT,
    TTS_MAX_INTERVAL,
    TTS_POLL_INTERVAL,
    TTS_WAIT_TIMEOUT,
)
from ._exceptions import (
    AiEditingFailed,
    AiEditingRejected,
    AiShortsFailed,
    AiShortsRejected,
    AuroraFailed,
    AuroraRejected,
    AvatarFailed,
    AvatarRejected,
    CustomTemplateJobFailed,
    CustomTemplateJobRejected,
    DownloadError,
    DyoaRejected,
    InvalidInputError,
    JobFailedError,
    LinkToVideoFailed,
    LinkToVideoRejected,
    LipsyncFailed,
    LipsyncRejected,
    LipsyncV2Failed,
    LipsyncV2Rejected,
    ProductToVideoFailed,
    TextToSpeechFailed,
    TextToSpeechRejected,
)
from ._media import Media

J = TypeVar("J")


class GeneratedOperation(Protocol):
    """A module of `creatify_api.api`: the generated request functions of one operation."""

    sync_detailed: Callable[..., Any]
    asyncio_detailed: Callable[..., Any]


def value(field: Any) -> Any:
    """A generated model's field, with `UNSET` read as None."""
    return None if isinstance(field, Unset) else field


def field_of(job: Any, name: str) -> Any:
    """A field of a job, also when the spec does not declare it (it is then in the
    generated model's `additional_properties`): `output` vs `video_output` differ by page."""
    found = value(getattr(job, name, None))
    if found is None:
        extra = getattr(job, "additional_properties", None)
        found = extra.get(name) if isinstance(extra, dict) else None
    return found


def progress_fraction(raw: Any) -> float | None:
    """`progress` is a number on one documentation page and a string on another."""
    if raw is None or isinstance(raw, (Unset, bool)):
        return None
    try:
        number = float(raw)
    except (TypeError, ValueError):
        return None
    return number if number == number else None


@dataclass(frozen=True)
class PollDefaults:
    """A kind's wait defaults, in seconds: see `_polling.py` for the schedule."""

    timeout: float
    poll_interval: float
    max_interval: float


@dataclass(frozen=True)
class JobKind(Generic[J]):
    """How to read one kind of job. Statuses outside every set mean "still running"."""

    noun: str
    """What the job is called in messages: "lipsync", "avatar"."""
    model: type[J]
    path: str
    """The collection path, e.g. `/api/lipsyncs/`; one job is `{path}{id}/`."""
    retrieve: GeneratedOperation
    status_field: str
    done: frozenset[str]
    failed: frozenset[str]
    failure: type[JobFailedError]
    poll: PollDefaults
    running: frozenset[str] = frozenset()
    """Documented for reference; any status not in done/failed/rejected is running."""
    rejected: frozenset[str] = frozenset()
    rejection: type[JobFailedError] | None = None
    progress_field: str | None = None
    output_fields: tuple[str, ...] = ()
    """Where the result's URL is, first match wins (products name it differently)."""
    list_by_ids: GeneratedOperation | None = None
    ready: Callable[[J], bool] | None = field(default=None)
    """An extra "finished well" test besides the done set (an active avatar)."""
    expected_media: Media | None = None
    """What a download of the output must be (checked on its first bytes); None: anything."""

    def status_of(self, job: J) -> str | None:
        status = value(getattr(job, self.status_field, None))
        return None if status is None else str(status)

    def progress_of(self, job: J) -> float | None:
        if self.progress_field is None:
            return None
        return progress_fraction(value(getattr(job, self.progress_field, None)))

    def failed_reason_of(self, job: J) -> str | None:
        reason = value(getattr(job, "failed_reason", None))
        return None if reason is None else str(reason)

    def finished(self, job: J) -> bool:
        """False while running; True when finished well; raises when it failed."""
        status = self.status_of(job)
        if status in self.failed:
            raise self.failure(self.id_of(job), self.failed_reason_of(job), job)
        if status in self.rejected:
            raise (self.rejection or self.failure)(self.id_of(job), self.failed_reason_of(job), job)
        return status in self.done or (self.ready is not None and self.ready(job))

    def id_of(self, job: J) -> str:
        return str(getattr(job, "id", ""))

    def output_url(self, job: J) -> str:
        """The URL of a finished job's result, or a `DownloadError` saying why not."""
        if not self.output_fields:
            raise InvalidInputError(self.noun, "has no output to download")
        status = self.status_of(job)
        urls = (field_of(job, name) for name in self.output_fields)
        url = next((u for u in urls if u), None)
        if status not in self.done or not url:
            raise DownloadError(
                f"{self.noun} {self.id_of(job)} has no output yet (status {status}): "
                "wait for it first"
            )
        return str(url)


def _avatar_active(persona: models.Persona) -> bool:
    return value(persona.is_active) is True


AVATAR_JOB: JobKind[models.Persona] = JobKind(
    noun="avatar",
    model=models.Persona,
    path="/api/personas/",
    retrieve=personas_retrieve,
    status_field="process_status",
    # `process_status` is a free string; review ends with done (or is_active), failed
    # or rejected.
    done=frozenset({"done"}),
    failed=frozenset({"failed"}),
    rejected=frozenset({"rejected"}),
    failure=AvatarFailed,
    rejection=AvatarRejected,
    ready=_avatar_active,
    poll=PollDefaults(AVATAR_WAIT_TIMEOUT, AVATAR_POLL_INTERVAL, AVATAR_MAX_INTERVAL),
)
LIPSYNC_JOB: JobKind[models.Lipsync] = JobKind(
    noun="lipsync",
    model=models.Lipsync,
    path="/api/lipsyncs/",
    retrieve=lipsyncs_retrieve,
    list_by_ids=lipsyncs_list,
    status_field="status",
    # The vendor documents pending, in_queue, running, failed, done, rejected.
    running=frozenset({"pending", "in_queue", "running"}),
    done=frozenset({"done"}),
    failed=frozenset({"failed"}),
    rejected=frozenset({"rejected"}),
    failure=LipsyncFailed,
    rejection=LipsyncRejected,
    progress_field="progress",
    output_fields=("output",),
    poll=PollDefaults(LIPSYNC_WAIT_TIMEOUT, LIPSYNC_POLL_INTERVAL, LIPSYNC_MAX_INTERVAL),
)


# ---------------------------------------------------------------- the product areas
# URL-to-video, AI Shorts, AI Editing and custom templates render like a lipsync: the
# same statuses (`JobStatus` in the spec) and the same wait defaults.
JOB_RUNNING = frozenset({"pending", "in_queue", "running"})
VIDEO_POLL = PollDefaults(LIPSYNC_WAIT_TIMEOUT, LIPSYNC_POLL_INTERVAL, LIPSYNC_MAX_INTERVAL)

LINK_TO_VIDEO_JOB: JobKind[models.LinkToVideo] = JobKind(
    noun="link_to_video",
    model=models.LinkToVideo,
    path="/api/link_to_videos/",
    retrieve=link_to_videos_retrieve,
    status_field="status",
    running=JOB_RUNNING,
    done=frozenset({"done"}),
    failed=frozenset({"failed"}),
    rejected=frozenset({"rejected"}),
    failure=LinkToVideoFailed,
    rejection=LinkToVideoRejected,
    progress_field="progress",
    # The task documents `video_output`; its webhook text and older clients say `output`.
    output_fields=("video_output", "output"),
    expected_media=Media.VIDEO,
    poll=VIDEO_POLL,
)
AI_SHORTS_JOB: JobKind[models.AiShorts] = JobKind(
    noun="ai_shorts",
    model=models.AiShorts,
    path="/api/ai_shorts/",
    retrieve=ai_shorts_retrieve,
    status_field="status",
    running=JOB_RUNNING,
    done=frozenset({"done"}),
    failed=frozenset({"failed"}),
    rejected=frozenset({"rejected"}),
    failure=AiShortsFailed,
    rejection=AiShortsRejected,
    progress_field="progress",
    output_fields=("video_output", "output"),
    expected_media=Media.VIDEO,
    poll=VIDEO_POLL,
)
AI_EDITING_JOB: JobKind[models.AiEditing] = JobKind(
    noun="ai_editing",
    model=models.AiEditing,
    path="/api/ai_editing/",
    retrieve=ai_editing_retrieve,
    status_field="status",
    running=JOB_RUNNING,
    done=frozenset({"done"}),
    failed=frozenset({"failed"}),
    rejected=frozenset({"rejected"}),
    failure=AiEditingFailed,
    rejection=AiEditingRejected,
    progress_field="progress",
    output_fields=("video_output", "output"),
    expected_media=Media.VIDEO,
    poll=VIDEO_POLL,
)
CUSTOM_TEMPLATE_JOB: JobKind[models.CustomTemplateJob] = JobKind(
    noun="custom_template_job",
    model=models.CustomTemplateJob,
    path="/api/custom_template_jobs/",
    retrieve=custom_template_jobs_retrieve,
    status_field="status",
    running=JOB_RUNNING,
    done=frozenset({"done"}),
    failed=frozenset({"failed"}),
    rejected=frozenset({"rejected"}),
    failure=CustomTemplateJobFailed,
    rejection=CustomTemplateJobRejected,
    progress_field="progress",
    # The create page's webhook says `video_output`, the render page's `output`.
    output_fields=("video_output", "output"),
    expected_media=Media.VIDEO,
    poll=VIDEO_POLL,
)
# Product to video has two steps on one task, so two kinds: `gen_image` runs until
# `image_generated` (or later: someone may already have called `gen_video`), `gen_video`
# until `video_generated`. `failed` ends either; there is no `rejected`.
PRODUCT_IMAGE_JOB: JobKind[models.ProductToVideo] = JobKind(
    noun="product_to_video_image",
    model=models.ProductToVideo,
    path="/api/product_to_videos/",
    retrieve=product_to_videos_retrieve,
    list_by_ids=product_to_videos_list,
    status_field="status",
    running=frozenset({"initializing", "image_generating"}),
    done=frozenset({"image_generated", "video_generating", "video_generated"}),
    failed=frozenset({"failed"}),
    failure=ProductToVideoFailed,
    output_fields=("generated_photo_url",),
    poll=VIDEO_POLL,
)
PRODUCT_VIDEO_JOB: JobKind[models.ProductToVideo] = JobKind(
    noun="product_to_video",
    model=models.ProductToVideo,
    path="/api/product_to_videos/",
    retrieve=product_to_videos_retrieve,
    list_by_ids=product_to_videos_list,
    status_field="status",
    # `image_generated` counts as running: right after `gen_video` the service may still
    # show it. Waiting on a task whose `gen_video` was never called runs into the timeout.
    running=frozenset({"initializing", "image_generating", "image_generated", "video_generating"}),
    done=frozenset({"video_generated"}),
    failed=frozenset({"failed"}),
    failure=ProductToVideoFailed,
    output_fields=("generated_video_url",),
    expected_media=Media.VIDEO,
    poll=VIDEO_POLL,
)
# Design Your Own Avatar: photos are made (`initializing`), then the request waits for the
# user to pick one (`draft`); after review it ends `done` or `rejected`. A wait ends at
# `draft` too, because nothing happens until the user acts.
DYOA_JOB: JobKind[models.Dyoa] = JobKind(
    noun="dyoa",
    model=models.Dyoa,
    path="/api/dyoa/",
    retrieve=dyoa_retrieve,
    status_field="status",
    running=frozenset({"initializing", "pending", "in_progress"}),
    done=frozenset({"draft", "done"}),
    failed=frozenset(),
    rejected=frozenset({"rejected"}),
    failure=DyoaRejected,
    rejection=DyoaRejected,
    poll=PollDefaults(DYOA_WAIT_TIMEOUT, DYOA_POLL_INTERVAL, DYOA_MAX_INTERVAL),
)
# AI Avatar v2, text-to-speech and Aurora. Their pages document the status set
# `pending, in_queue, running, failed, done, rejected` (text-to-speech lists all but
# `rejected`: it is honoured too, in case the shared status field sends it).
LIPSYNC_V2_JOB: JobKind[models.LipsyncV2] = JobKind(
    noun="lipsync_v2",
    model=models.LipsyncV2,
    path="/api/lipsyncs_v2/",
    retrieve=lipsyncs_v2_retrieve,
    list_by_ids=lipsyncs_v2_list,
    status_field="status",
    running=JOB_RUNNING,
    done=frozenset({"done"}),
    failed=frozenset({"failed"}),
    rejected=frozenset({"rejected"}),
    failure=LipsyncV2Failed,
    rejection=LipsyncV2Rejected,
    progress_field="progress",
    output_fields=("output",),
    expected_media=Media.VIDEO,
    poll=PollDefaults(LIPSYNC_V2_WAIT_TIMEOUT, LIPSYNC_V2_POLL_INTERVAL, LIPSYNC_V2_MAX_INTERVAL),
)
TTS_JOB: JobKind[models.TextToSpeech] = JobKind(
    noun="text_to_speech",
    model=models.TextToSpeech,
    path="/api/text_to_speech/",
    retrieve=text_to_speech_retrieve,
    list_by_ids=text_to_speech_list,
    status_field="status",
    running=JOB_RUNNING,
    done=frozenset({"done"}),
    failed=frozenset({"failed"}),
    rejected=frozenset({"rejected"}),
    failure=TextToSpeechFailed,
    rejection=TextToSpeechRejected,
    progress_field="progress",
    # The task's field is `output`; the page's webhook body calls it `video_output`.
    output_fields=("output", "video_output"),
    expected_media=Media.AUDIO,
    poll=PollDefaults(TTS_WAIT_TIMEOUT, TTS_POLL_INTERVAL, TTS_MAX_INTERVAL),
)
AURORA_JOB: JobKind[models.Aurora] = JobKind(
    noun="aurora",
    model=models.Aurora,
    path="/api/aurora/",
    retrieve=aurora_retrieve,
    status_field="status",
    running=JOB_RUNNING,
    done=frozenset({"done"}),
    failed=frozenset({"failed"}),
    rejected=frozenset({"rejected"}),
    failure=AuroraFailed,
    rejection=AuroraRejected,
    progress_field="progress",
    # The Aurora guide names the result `video_output`; sibling jobs call it `output`.
    output_fields=("video_output", "output"),
    expected_media=Media.VIDEO,
    poll=PollDefaults(AURORA_WAIT_TIMEOUT, AURORA_POLL_INTERVAL, AURORA_MAX_INTERVAL),
)
