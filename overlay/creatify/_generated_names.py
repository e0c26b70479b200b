# Generated from _job_errors.py and _options.py by scripts/gen_init_stub.py: do not edit.
"""The public classes of the generated modules, for `_EXPORTS` in `__init__.py`, which
reads them here so that `import creatify` imports neither module."""

JOB_ERRORS = """
    AdsCloneFailed AdsCloneRejected AiEditingFailed AiEditingRejected AiScriptFailed
    AiShortsFailed AiShortsRejected AssetGeneratorFailed AuroraFailed AuroraRejected
    AvatarFailed AvatarRejected CustomTemplateJobFailed CustomTemplateJobRejected
    DyoaRejected IabImagesFailed InspirationJobFailed LinkToVideoFailed
    LinkToVideoRejected LipsyncFailed LipsyncRejected LipsyncV2Failed
    LipsyncV2Rejected ProductToVideoFailed TextGenerationFailed TextToSpeechFailed
    TextToSpeechRejected
"""
OPTIONS = """
    AdsCloneOptions AiEditingOptions AiScriptOptions AiShortsOptions
    AssetGeneratorOptions AuroraOptions AvatarDetails CustomTemplateJobOptions
    CustomTemplatePreviewOptions DyoaOptions DyoaSubmitForReviewOptions
    IabImagesOptions InspirationJobOptions LinkOptions LinkParams LinkToVideoOptions
    LinkToVideoRenderSinglePreviewOptions LipsyncOptions LipsyncV2Options
    PersonaUrlOptions PreviewListOptions ProductImageOptions ProductVideoOptions
    TextGeneratorOptions TextToSpeechOptions VideoFromUrlOptions
"""
