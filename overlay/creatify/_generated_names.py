# Generated from _exceptions.py, _job_errors.py, _async/, _jobs.py by gen_init_stub.py: do not edit.
"""The public names that follow from the error tree and the job kinds, for `_EXPORTS` in
`__init__.py`, which reads them here so that `import creatify` imports none of their
modules: every class of `_exceptions.py`, the kinds' exceptions (`_job_errors.py`), the
options `TypedDict`s the namespaces take, each kind's model."""

ERRORS = """
    APIConnectionError APIError APIResponseValidationError APIStatusError
    APITimeoutError AuthenticationError BadRequestError ConfigurationError
    CreatifyError DownloadError InternalServerError InvalidInputError
    InvalidVideoError InvalidWebhookError JobFailedError NotFoundError
    PermissionDeniedError RateLimitError WaitTimeout
"""
JOB_ERRORS = """
    AdsCloneFailed AdsCloneRejected AiEditingFailed AiEditingRejected AiScriptFailed
    AiShortsFailed AiShortsRejected AssetGeneratorFailed AuroraFailed AuroraRejected
    AvatarFailed AvatarRejected CustomTemplateJobFailed CustomTemplateJobRejected
    DyoaRejected IabImagesFailed IabImagesRejected InspirationJobFailed
    LinkToVideoFailed LinkToVideoRejected LipsyncFailed LipsyncRejected
    LipsyncV2Failed LipsyncV2Rejected ProductToVideoFailed TextGenerationFailed
    TextToSpeechFailed TextToSpeechRejected
"""
OPTIONS = """
    AdsCloneOptions AiEditingOptions AiScriptOptions AiShortsOptions
    AssetGeneratorOptions AuroraOptions AvatarDetails CustomTemplateJobOptions
    CustomTemplatePreviewOptions DyoaOptions IabImagesOptions InspirationJobOptions
    LinkParams LinkToVideoOptions LipsyncOptions LipsyncV2Options PreviewListOptions
    ProductImageOptions ProductVideoOptions TextGeneratorOptions TextToSpeechOptions
    VideoFromUrlOptions
"""
JOB_MODELS = """
    AdsClone AiEditing AiScript AiShorts AssetGeneration Aurora CustomTemplateJob
    Dyoa IabImages InspirationJob LinkToVideo Lipsync LipsyncV2 Persona
    ProductToVideo TextGeneration TextToSpeech
"""

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeAlias

    from creatify_api.models import (
        AdsClone,
        AiEditing,
        AiScript,
        AiShorts,
        AssetGeneration,
        Aurora,
        CustomTemplateJob,
        Dyoa,
        IabImages,
        InspirationJob,
        LinkToVideo,
        Lipsync,
        LipsyncV2,
        Persona,
        ProductToVideo,
        TextGeneration,
        TextToSpeech,
    )

    JobModel: TypeAlias = (
        AdsClone
        | AiEditing
        | AiScript
        | AiShorts
        | AssetGeneration
        | Aurora
        | CustomTemplateJob
        | Dyoa
        | IabImages
        | InspirationJob
        | LinkToVideo
        | Lipsync
        | LipsyncV2
        | Persona
        | ProductToVideo
        | TextGeneration
        | TextToSpeech
    )
