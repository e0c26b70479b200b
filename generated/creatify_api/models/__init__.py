"""Contains all the data models used in inputs/outputs"""

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
from .custom_template_job import CustomTemplateJob
from .custom_template_job_create_request import CustomTemplateJobCreateRequest
from .custom_template_job_create_request_variables import CustomTemplateJobCreateRequestVariables
from .custom_template_job_variables_type_0 import CustomTemplateJobVariablesType0
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
from .lipsync_status import LipsyncStatus
from .lipsync_v2 import LipsyncV2
from .lipsync_v2_create_request import LipsyncV2CreateRequest
from .lipsync_v2_create_request_cta_end import LipsyncV2CreateRequestCtaEnd
from .location import Location
from .model_version import ModelVersion
from .music import Music
from .music_category import MusicCategory
from .offset import Offset
from .paginated_persona_list import PaginatedPersonaList
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
    "CustomTemplateJob",
    "CustomTemplateJobCreateRequest",
    "CustomTemplateJobCreateRequestVariables",
    "CustomTemplateJobVariablesType0",
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
    "LipsyncStatus",
    "LipsyncV2",
    "LipsyncV2CreateRequest",
    "LipsyncV2CreateRequestCtaEnd",
    "Location",
    "ModelVersion",
    "Music",
    "MusicCategory",
    "Offset",
    "PaginatedPersonaList",
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
