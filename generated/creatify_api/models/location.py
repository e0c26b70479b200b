from enum import StrEnum


class Location(StrEnum):
    FANTASY = "fantasy"
    INDOOR = "indoor"
    OTHER = "other"
    OUTDOOR = "outdoor"

    def __str__(self) -> str:
        return str(self.value)
