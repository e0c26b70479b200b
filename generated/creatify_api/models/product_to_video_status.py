from enum import Enum


class ProductToVideoStatus(str, Enum):
    FAILED = "failed"
    IMAGE_GENERATED = "image_generated"
    IMAGE_GENERATING = "image_generating"
    INITIALIZING = "initializing"
    VIDEO_GENERATED = "video_generated"
    VIDEO_GENERATING = "video_generating"

    def __str__(self) -> str:
        return str(self.value)
