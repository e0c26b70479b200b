from enum import Enum


class V2BackgroundFit(str, Enum):
    CONTAIN = "contain"
    COVER = "cover"
    CROP = "crop"

    def __str__(self) -> str:
        return str(self.value)
