from enum import StrEnum


class AspectRatio(StrEnum):
    VALUE_0 = "16:9"
    VALUE_1 = "1:1"
    VALUE_2 = "9:16"
    VALUE_3 = "16x9"
    VALUE_4 = "1x1"
    VALUE_5 = "9x16"

    def __str__(self) -> str:
        return str(self.value)
