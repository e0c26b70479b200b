from enum import Enum


class AspectRatio(str, Enum):
    RATIO_16X9 = "16x9"
    RATIO_16_9 = "16:9"
    RATIO_1X1 = "1x1"
    RATIO_1_1 = "1:1"
    RATIO_9X16 = "9x16"
    RATIO_9_16 = "9:16"

    def __str__(self) -> str:
        return str(self.value)
