from enum import Enum


class AuroraModelVersion(str, Enum):
    AURORA_V1 = "aurora_v1"
    AURORA_V1_FAST = "aurora_v1_fast"

    def __str__(self) -> str:
        return str(self.value)
