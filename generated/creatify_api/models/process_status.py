from enum import Enum


class ProcessStatus(str, Enum):
    CROP_AND_MATTE = "crop_and_matte"
    DONE = "done"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    REJECTED = "rejected"
    REVIEWING = "reviewing"
    VIDEO_VALIDATING = "video_validating"
    VOICE_CREATING = "voice_creating"

    def __str__(self) -> str:
        return str(self.value)
