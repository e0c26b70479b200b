"""Contains all the data models used in inputs/outputs.

A model's module is imported when the model is first looked up here (PEP 562): importing
every model took most of `import creatify` (issue 28). Type checkers read the imports
under TYPE_CHECKING.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .accent import Accent
    from .ads_clone import AdsClone
    from .ads_clone_create_request import AdsCloneCreateRequest
    from .age_range import AgeRange
    from .ai_editing import AiEditing
    from .ai_editing_create_request import AiEditingCreateRequest
    from .ai_script import AiScript
    from .ai_script_create_request import AiScriptCreateRequest
    from .ai_script_generated_scripts_type_0_item import AiScriptGeneratedScriptsType0Item
    from .ai_script_product_type_0 import AiScriptProductType0
    from .ai_shorts import AiShorts
    from .ai_shorts_create_request import AiShortsCreateRequest
    from .aspect_ratio import AspectRatio
    from .asset_generation import AssetGeneration
    from .asset_generation_input_params_type_0 import AssetGenerationInputParamsType0
    from .asset_generator_create_request import AssetGeneratorCreateRequest
    from .asset_generator_create_request_input_params import AssetGeneratorCreateRequestInputParams
    from .asset_generator_model import AssetGeneratorModel
    from .asset_generator_model_input_params_schema import AssetGeneratorModelInputParamsSchema
    from .aurora import Aurora
    from .aurora_create_request import AuroraCreateRequest
    from .aurora_model_version import AuroraModelVersion
    from .background_music import BackgroundMusic
    from .caption_setting import CaptionSetting
    from .custom_template import CustomTemplate
    from .custom_template_data_type_0 import CustomTemplateDataType0
    from .custom_template_job import CustomTemplateJob
    from .custom_template_job_create_request import CustomTemplateJobCreateRequest
    from .custom_template_job_create_request_variables import (
        CustomTemplateJobCreateRequestVariables,
    )
    from .custom_template_job_variables_type_0 import CustomTemplateJobVariablesType0
    from .custom_template_list_item import CustomTemplateListItem
    from .custom_template_preview_request import CustomTemplatePreviewRequest
    from .custom_template_preview_request_data import CustomTemplatePreviewRequestData
    from .dyoa import Dyoa
    from .dyoa_create_request import DyoaCreateRequest
    from .dyoa_photo import DyoaPhoto
    from .dyoa_review import DyoaReview
    from .dyoa_review_creator_type_0 import DyoaReviewCreatorType0
    from .dyoa_status import DyoaStatus
    from .dyoa_submit_for_review_request import DyoaSubmitForReviewRequest
    from .editing_style import EditingStyle
    from .error_detail import ErrorDetail
    from .gender import Gender
    from .iab_images import IabImages
    from .iab_images_create_request import IabImagesCreateRequest
    from .iab_images_images_type_0 import IabImagesImagesType0
    from .inspiration import Inspiration
    from .inspiration_input_params_schema_type_0 import InspirationInputParamsSchemaType0
    from .inspiration_job import InspirationJob
    from .inspiration_job_create_request import InspirationJobCreateRequest
    from .inspiration_job_create_request_input_params import InspirationJobCreateRequestInputParams
    from .job_status import JobStatus
    from .job_video_output_webhook_payload import JobVideoOutputWebhookPayload
    from .job_webhook_payload import JobWebhookPayload
    from .link import Link
    from .link_create_request import LinkCreateRequest
    from .link_details import LinkDetails
    from .link_params_request import LinkParamsRequest
    from .link_to_video import LinkToVideo
    from .link_to_video_create_request import LinkToVideoCreateRequest
    from .link_to_video_output import LinkToVideoOutput
    from .link_to_video_preview import LinkToVideoPreview
    from .link_to_video_preview_list_request import LinkToVideoPreviewListRequest
    from .link_to_video_render_single_preview_request import LinkToVideoRenderSinglePreviewRequest
    from .lipsync import Lipsync
    from .lipsync_create_request import LipsyncCreateRequest
    from .lipsync_create_request_caption_position import LipsyncCreateRequestCaptionPosition
    from .lipsync_status import LipsyncStatus
    from .lipsync_v2 import LipsyncV2
    from .lipsync_v2_create_request import LipsyncV2CreateRequest
    from .lipsync_v2_create_request_cta_end import LipsyncV2CreateRequestCtaEnd
    from .location import Location
    from .model_version import ModelVersion
    from .music import Music
    from .music_category import MusicCategory
    from .offset import Offset
    from .original_voice_provider import OriginalVoiceProvider
    from .paginated_link_list import PaginatedLinkList
    from .paginated_persona_list import PaginatedPersonaList
    from .paginated_text_to_speech_list import PaginatedTextToSpeechList
    from .persona import Persona
    from .persona_count import PersonaCount
    from .persona_create_response import PersonaCreateResponse
    from .persona_upload_request import PersonaUploadRequest
    from .persona_url_create_request import PersonaUrlCreateRequest
    from .persona_v2 import PersonaV2
    from .persona_webhook_payload import PersonaWebhookPayload
    from .preview_list_webhook_payload import PreviewListWebhookPayload
    from .process_status import ProcessStatus
    from .product_to_video import ProductToVideo
    from .product_to_video_gen_image_request import ProductToVideoGenImageRequest
    from .product_to_video_gen_video_request import ProductToVideoGenVideoRequest
    from .product_to_video_status import ProductToVideoStatus
    from .product_to_video_webhook_payload import ProductToVideoWebhookPayload
    from .remaining_credits import RemainingCredits
    from .style import Style
    from .text_generation import TextGeneration
    from .text_generation_config_type_0 import TextGenerationConfigType0
    from .text_generator_config import TextGeneratorConfig
    from .text_generator_config_response_json_schema import TextGeneratorConfigResponseJsonSchema
    from .text_generator_create_request import TextGeneratorCreateRequest
    from .text_generator_error import TextGeneratorError
    from .text_generator_message import TextGeneratorMessage
    from .text_generator_message_role import TextGeneratorMessageRole
    from .text_to_speech import TextToSpeech
    from .text_to_speech_create_request import TextToSpeechCreateRequest
    from .transition_effect import TransitionEffect
    from .v2_background import V2Background
    from .v2_background_effect import V2BackgroundEffect
    from .v2_background_fit import V2BackgroundFit
    from .v2_background_type import V2BackgroundType
    from .v2_character import V2Character
    from .v2_character_avatar_style import V2CharacterAvatarStyle
    from .v2_character_type import V2CharacterType
    from .v2_voice import V2Voice
    from .v2_voice_type import V2VoiceType
    from .validation_error_body import ValidationErrorBody
    from .video_input import VideoInput
    from .video_input_cta import VideoInputCta
    from .voice import Voice
else:
    import importlib

    # Each model's name and its module.
    _MODULES = {
        "Accent": ".accent",
        "AdsClone": ".ads_clone",
        "AdsCloneCreateRequest": ".ads_clone_create_request",
        "AgeRange": ".age_range",
        "AiEditing": ".ai_editing",
        "AiEditingCreateRequest": ".ai_editing_create_request",
        "AiScript": ".ai_script",
        "AiScriptCreateRequest": ".ai_script_create_request",
        "AiScriptGeneratedScriptsType0Item": ".ai_script_generated_scripts_type_0_item",
        "AiScriptProductType0": ".ai_script_product_type_0",
        "AiShorts": ".ai_shorts",
        "AiShortsCreateRequest": ".ai_shorts_create_request",
        "AspectRatio": ".aspect_ratio",
        "AssetGeneration": ".asset_generation",
        "AssetGenerationInputParamsType0": ".asset_generation_input_params_type_0",
        "AssetGeneratorCreateRequest": ".asset_generator_create_request",
        "AssetGeneratorCreateRequestInputParams": ".asset_generator_create_request_input_params",
        "AssetGeneratorModel": ".asset_generator_model",
        "AssetGeneratorModelInputParamsSchema": ".asset_generator_model_input_params_schema",
        "Aurora": ".aurora",
        "AuroraCreateRequest": ".aurora_create_request",
        "AuroraModelVersion": ".aurora_model_version",
        "BackgroundMusic": ".background_music",
        "CaptionSetting": ".caption_setting",
        "CustomTemplate": ".custom_template",
        "CustomTemplateDataType0": ".custom_template_data_type_0",
        "CustomTemplateJob": ".custom_template_job",
        "CustomTemplateJobCreateRequest": ".custom_template_job_create_request",
        "CustomTemplateJobCreateRequestVariables": ".custom_template_job_create_request_variables",
        "CustomTemplateJobVariablesType0": ".custom_template_job_variables_type_0",
        "CustomTemplateListItem": ".custom_template_list_item",
        "CustomTemplatePreviewRequest": ".custom_template_preview_request",
        "CustomTemplatePreviewRequestData": ".custom_template_preview_request_data",
        "Dyoa": ".dyoa",
        "DyoaCreateRequest": ".dyoa_create_request",
        "DyoaPhoto": ".dyoa_photo",
        "DyoaReview": ".dyoa_review",
        "DyoaReviewCreatorType0": ".dyoa_review_creator_type_0",
        "DyoaStatus": ".dyoa_status",
        "DyoaSubmitForReviewRequest": ".dyoa_submit_for_review_request",
        "EditingStyle": ".editing_style",
        "ErrorDetail": ".error_detail",
        "Gender": ".gender",
        "IabImages": ".iab_images",
        "IabImagesCreateRequest": ".iab_images_create_request",
        "IabImagesImagesType0": ".iab_images_images_type_0",
        "Inspiration": ".inspiration",
        "InspirationInputParamsSchemaType0": ".inspiration_input_params_schema_type_0",
        "InspirationJob": ".inspiration_job",
        "InspirationJobCreateRequest": ".inspiration_job_create_request",
        "InspirationJobCreateRequestInputParams": ".inspiration_job_create_request_input_params",
        "JobStatus": ".job_status",
        "JobVideoOutputWebhookPayload": ".job_video_output_webhook_payload",
        "JobWebhookPayload": ".job_webhook_payload",
        "Link": ".link",
        "LinkCreateRequest": ".link_create_request",
        "LinkDetails": ".link_details",
        "LinkParamsRequest": ".link_params_request",
        "LinkToVideo": ".link_to_video",
        "LinkToVideoCreateRequest": ".link_to_video_create_request",
        "LinkToVideoOutput": ".link_to_video_output",
        "LinkToVideoPreview": ".link_to_video_preview",
        "LinkToVideoPreviewListRequest": ".link_to_video_preview_list_request",
        "LinkToVideoRenderSinglePreviewRequest": ".link_to_video_render_single_preview_request",
        "Lipsync": ".lipsync",
        "LipsyncCreateRequest": ".lipsync_create_request",
        "LipsyncCreateRequestCaptionPosition": ".lipsync_create_request_caption_position",
        "LipsyncStatus": ".lipsync_status",
        "LipsyncV2": ".lipsync_v2",
        "LipsyncV2CreateRequest": ".lipsync_v2_create_request",
        "LipsyncV2CreateRequestCtaEnd": ".lipsync_v2_create_request_cta_end",
        "Location": ".location",
        "ModelVersion": ".model_version",
        "Music": ".music",
        "MusicCategory": ".music_category",
        "Offset": ".offset",
        "OriginalVoiceProvider": ".original_voice_provider",
        "PaginatedLinkList": ".paginated_link_list",
        "PaginatedPersonaList": ".paginated_persona_list",
        "PaginatedTextToSpeechList": ".paginated_text_to_speech_list",
        "Persona": ".persona",
        "PersonaCount": ".persona_count",
        "PersonaCreateResponse": ".persona_create_response",
        "PersonaUploadRequest": ".persona_upload_request",
        "PersonaUrlCreateRequest": ".persona_url_create_request",
        "PersonaV2": ".persona_v2",
        "PersonaWebhookPayload": ".persona_webhook_payload",
        "PreviewListWebhookPayload": ".preview_list_webhook_payload",
        "ProcessStatus": ".process_status",
        "ProductToVideo": ".product_to_video",
        "ProductToVideoGenImageRequest": ".product_to_video_gen_image_request",
        "ProductToVideoGenVideoRequest": ".product_to_video_gen_video_request",
        "ProductToVideoStatus": ".product_to_video_status",
        "ProductToVideoWebhookPayload": ".product_to_video_webhook_payload",
        "RemainingCredits": ".remaining_credits",
        "Style": ".style",
        "TextGeneration": ".text_generation",
        "TextGenerationConfigType0": ".text_generation_config_type_0",
        "TextGeneratorConfig": ".text_generator_config",
        "TextGeneratorConfigResponseJsonSchema": ".text_generator_config_response_json_schema",
        "TextGeneratorCreateRequest": ".text_generator_create_request",
        "TextGeneratorError": ".text_generator_error",
        "TextGeneratorMessage": ".text_generator_message",
        "TextGeneratorMessageRole": ".text_generator_message_role",
        "TextToSpeech": ".text_to_speech",
        "TextToSpeechCreateRequest": ".text_to_speech_create_request",
        "TransitionEffect": ".transition_effect",
        "V2Background": ".v2_background",
        "V2BackgroundEffect": ".v2_background_effect",
        "V2BackgroundFit": ".v2_background_fit",
        "V2BackgroundType": ".v2_background_type",
        "V2Character": ".v2_character",
        "V2CharacterAvatarStyle": ".v2_character_avatar_style",
        "V2CharacterType": ".v2_character_type",
        "V2Voice": ".v2_voice",
        "V2VoiceType": ".v2_voice_type",
        "ValidationErrorBody": ".validation_error_body",
        "VideoInput": ".video_input",
        "VideoInputCta": ".video_input_cta",
        "Voice": ".voice",
    }

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # the next lookup does not come here
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))


__all__ = (
    "Accent",
    "AdsClone",
    "AdsCloneCreateRequest",
    "AgeRange",
    "AiEditing",
    "AiEditingCreateRequest",
    "AiScript",
    "AiScriptCreateRequest",
    "AiScriptGeneratedScriptsType0Item",
    "AiScriptProductType0",
    "AiShorts",
    "AiShortsCreateRequest",
    "AspectRatio",
    "AssetGeneration",
    "AssetGenerationInputParamsType0",
    "AssetGeneratorCreateRequest",
    "AssetGeneratorCreateRequestInputParams",
    "AssetGeneratorModel",
    "AssetGeneratorModelInputParamsSchema",
    "Aurora",
    "AuroraCreateRequest",
    "AuroraModelVersion",
    "BackgroundMusic",
    "CaptionSetting",
    "CustomTemplate",
    "CustomTemplateDataType0",
    "CustomTemplateJob",
    "CustomTemplateJobCreateRequest",
    "CustomTemplateJobCreateRequestVariables",
    "CustomTemplateJobVariablesType0",
    "CustomTemplateListItem",
    "CustomTemplatePreviewRequest",
    "CustomTemplatePreviewRequestData",
    "Dyoa",
    "DyoaCreateRequest",
    "DyoaPhoto",
    "DyoaReview",
    "DyoaReviewCreatorType0",
    "DyoaStatus",
    "DyoaSubmitForReviewRequest",
    "EditingStyle",
    "ErrorDetail",
    "Gender",
    "IabImages",
    "IabImagesCreateRequest",
    "IabImagesImagesType0",
    "Inspiration",
    "InspirationInputParamsSchemaType0",
    "InspirationJob",
    "InspirationJobCreateRequest",
    "InspirationJobCreateRequestInputParams",
    "JobStatus",
    "JobVideoOutputWebhookPayload",
    "JobWebhookPayload",
    "Link",
    "LinkCreateRequest",
    "LinkDetails",
    "LinkParamsRequest",
    "LinkToVideo",
    "LinkToVideoCreateRequest",
    "LinkToVideoOutput",
    "LinkToVideoPreview",
    "LinkToVideoPreviewListRequest",
    "LinkToVideoRenderSinglePreviewRequest",
    "Lipsync",
    "LipsyncCreateRequest",
    "LipsyncCreateRequestCaptionPosition",
    "LipsyncStatus",
    "LipsyncV2",
    "LipsyncV2CreateRequest",
    "LipsyncV2CreateRequestCtaEnd",
    "Location",
    "ModelVersion",
    "Music",
    "MusicCategory",
    "Offset",
    "OriginalVoiceProvider",
    "PaginatedLinkList",
    "PaginatedPersonaList",
    "PaginatedTextToSpeechList",
    "Persona",
    "PersonaCount",
    "PersonaCreateResponse",
    "PersonaUploadRequest",
    "PersonaUrlCreateRequest",
    "PersonaV2",
    "PersonaWebhookPayload",
    "PreviewListWebhookPayload",
    "ProcessStatus",
    "ProductToVideo",
    "ProductToVideoGenImageRequest",
    "ProductToVideoGenVideoRequest",
    "ProductToVideoStatus",
    "ProductToVideoWebhookPayload",
    "RemainingCredits",
    "Style",
    "TextGeneration",
    "TextGenerationConfigType0",
    "TextGeneratorConfig",
    "TextGeneratorConfigResponseJsonSchema",
    "TextGeneratorCreateRequest",
    "TextGeneratorError",
    "TextGeneratorMessage",
    "TextGeneratorMessageRole",
    "TextToSpeech",
    "TextToSpeechCreateRequest",
    "TransitionEffect",
    "V2Background",
    "V2BackgroundEffect",
    "V2BackgroundFit",
    "V2BackgroundType",
    "V2Character",
    "V2CharacterAvatarStyle",
    "V2CharacterType",
    "V2Voice",
    "V2VoiceType",
    "ValidationErrorBody",
    "VideoInput",
    "VideoInputCta",
    "Voice",
)
