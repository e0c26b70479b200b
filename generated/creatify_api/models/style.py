from enum import Enum


class Style(str, Enum):
    OTHER = "other"
    PRESENTER = "presenter"
    SELFIE = "selfie"

    def __str__(self) -> str:
        return str(self.value)
