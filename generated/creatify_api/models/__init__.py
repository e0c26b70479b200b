"""Contains all the data models used in inputs/outputs"""

from .accent import Accent
from .age_range import AgeRange
from .aspect_ratio import AspectRatio
from .error_detail import ErrorDetail
from .gender import Gender
from .lipsync import Lipsync
from .lipsync_create_request import LipsyncCreateRequest
from .lipsync_status import LipsyncStatus
from .location import Location
from .model_version import ModelVersion
from .paginated_persona_list import PaginatedPersonaList
from .persona import Persona
from .persona_count import PersonaCount
from .persona_create_response import PersonaCreateResponse
from .persona_upload_request import PersonaUploadRequest
from .persona_url_create_request import PersonaUrlCreateRequest
from .persona_v2 import PersonaV2
from .process_status import ProcessStatus
from .remaining_credits import RemainingCredits
from .style import Style
from .validation_error_body import ValidationErrorBody
from .voice import Voice

__all__ = (
    "Accent",
    "AgeRange",
    "AspectRatio",
    "ErrorDetail",
    "Gender",
    "Lipsync",
    "LipsyncCreateRequest",
    "LipsyncStatus",
    "Location",
    "ModelVersion",
    "PaginatedPersonaList",
    "Persona",
    "PersonaCount",
    "PersonaCreateResponse",
    "PersonaUploadRequest",
    "PersonaUrlCreateRequest",
    "PersonaV2",
    "ProcessStatus",
    "RemainingCredits",
    "Style",
    "ValidationErrorBody",
    "Voice",
)
