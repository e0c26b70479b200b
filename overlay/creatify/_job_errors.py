# Generated from overlay/creatify/_jobs.py by scripts/gen_job_errors.py: do not edit.

"""Every job kind's exceptions: a job that ends in one of its kind's `failed` statuses
raises the kind's `...Failed`, one in a `rejected` status its `...Rejected` (named by the
kind's `errors` in `_jobs.py`). `failed_reason` says why; a rejection is the service
refusing the job (by moderation, or in an avatar's review).

    JobFailedError
    ├── AvatarFailed                    client.avatars: process_status `failed`
    ├── AvatarRejected                  client.avatars: process_status `rejected`
    ├── LipsyncFailed                   client.lipsyncs: status `failed`
    │   └── LipsyncRejected             client.lipsyncs: status `rejected`
    ├── LipsyncV2Failed                 client.lipsyncs_v2: status `failed`
    │   └── LipsyncV2Rejected           client.lipsyncs_v2: status `rejected`
    ├── TextToSpeechFailed              client.text_to_speech: status `failed`
    │   └── TextToSpeechRejected        client.text_to_speech: status `rejected`
    ├── AuroraFailed                    client.aurora: status `failed`
    │   └── AuroraRejected              client.aurora: status `rejected`
    ├── LinkToVideoFailed               client.link_to_videos: status `failed`
    │   └── LinkToVideoRejected         client.link_to_videos: status `rejected`
    ├── AiShortsFailed                  client.ai_shorts: status `failed`
    │   └── AiShortsRejected            client.ai_shorts: status `rejected`
    ├── AiEditingFailed                 client.ai_editing: status `failed`
    │   └── AiEditingRejected           client.ai_editing: status `rejected`
    ├── CustomTemplateJobFailed         client.custom_template_jobs: status `failed`
    │   └── CustomTemplateJobRejected   client.custom_template_jobs: status `rejected`
    ├── ProductToVideoFailed            client.product_to_videos: status `failed`
    ├── DyoaRejected                    client.dyoa: status `rejected`
    ├── AssetGeneratorFailed            client.asset_generator: status `failed`
    ├── InspirationJobFailed            client.inspiration_jobs: status `failed`
    ├── IabImagesFailed                 client.iab_images: status `failed`
    │   └── IabImagesRejected           client.iab_images: status `rejected`
    ├── AdsCloneFailed                  client.ads_clone: status `failed`
    │   └── AdsCloneRejected            client.ads_clone: status `rejected`
    ├── TextGenerationFailed            client.text_generator: status `failed`
    └── AiScriptFailed                  client.ai_scripts: status `failed`
"""

from ._exceptions import JobFailedError


class AvatarFailed(JobFailedError):
    """A job of `client.avatars` ended with process_status `failed`."""


class AvatarRejected(JobFailedError):
    """A job of `client.avatars` ended with process_status `rejected`."""


class LipsyncFailed(JobFailedError):
    """A job of `client.lipsyncs` ended with status `failed`."""


class LipsyncRejected(LipsyncFailed):
    """A job of `client.lipsyncs` ended with status `rejected`."""


class LipsyncV2Failed(JobFailedError):
    """A job of `client.lipsyncs_v2` ended with status `failed`."""


class LipsyncV2Rejected(LipsyncV2Failed):
    """A job of `client.lipsyncs_v2` ended with status `rejected`."""


class TextToSpeechFailed(JobFailedError):
    """A job of `client.text_to_speech` ended with status `failed`."""


class TextToSpeechRejected(TextToSpeechFailed):
    """A job of `client.text_to_speech` ended with status `rejected`."""


class AuroraFailed(JobFailedError):
    """A job of `client.aurora` ended with status `failed`."""


class AuroraRejected(AuroraFailed):
    """A job of `client.aurora` ended with status `rejected`."""


class LinkToVideoFailed(JobFailedError):
    """A job of `client.link_to_videos` ended with status `failed`."""


class LinkToVideoRejected(LinkToVideoFailed):
    """A job of `client.link_to_videos` ended with status `rejected`."""


class AiShortsFailed(JobFailedError):
    """A job of `client.ai_shorts` ended with status `failed`."""


class AiShortsRejected(AiShortsFailed):
    """A job of `client.ai_shorts` ended with status `rejected`."""


class AiEditingFailed(JobFailedError):
    """A job of `client.ai_editing` ended with status `failed`."""


class AiEditingRejected(AiEditingFailed):
    """A job of `client.ai_editing` ended with status `rejected`."""


class CustomTemplateJobFailed(JobFailedError):
    """A job of `client.custom_template_jobs` ended with status `failed`."""


class CustomTemplateJobRejected(CustomTemplateJobFailed):
    """A job of `client.custom_template_jobs` ended with status `rejected`."""


class ProductToVideoFailed(JobFailedError):
    """A job of `client.product_to_videos` ended with status `failed`."""


class DyoaRejected(JobFailedError):
    """A job of `client.dyoa` ended with status `rejected`."""


class AssetGeneratorFailed(JobFailedError):
    """A job of `client.asset_generator` ended with status `failed`."""


class InspirationJobFailed(JobFailedError):
    """A job of `client.inspiration_jobs` ended with status `failed`."""


class IabImagesFailed(JobFailedError):
    """A job of `client.iab_images` ended with status `failed`."""


class IabImagesRejected(IabImagesFailed):
    """A job of `client.iab_images` ended with status `rejected`."""


class AdsCloneFailed(JobFailedError):
    """A job of `client.ads_clone` ended with status `failed`."""


class AdsCloneRejected(AdsCloneFailed):
    """A job of `client.ads_clone` ended with status `rejected`."""


class TextGenerationFailed(JobFailedError):
    """A job of `client.text_generator` ended with status `failed`."""


class AiScriptFailed(JobFailedError):
    """A job of `client.ai_scripts` ended with status `failed`."""
