from enum import StrEnum


class Style(StrEnum):
    OTHER = "other"
    PRESENTER = "presenter"
    SELFIE = "selfie"

    def __str__(self) -> str:
        return str(self.value)
