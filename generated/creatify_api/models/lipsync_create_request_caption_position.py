from enum import Enum


class LipsyncCreateRequestCaptionPosition(str, Enum):
    CENTER = "center"

    def __str__(self) -> str:
        return str(self.value)
