from enum import Enum


class Location(str, Enum):
    FANTASY = "fantasy"
    INDOOR = "indoor"
    OTHER = "other"
    OUTDOOR = "outdoor"

    def __str__(self) -> str:
        return str(self.value)
