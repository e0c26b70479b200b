from enum import Enum


class ModelVersion(str, Enum):
    AURORA_V1 = "aurora_v1"
    AURORA_V1_FAST = "aurora_v1_fast"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
