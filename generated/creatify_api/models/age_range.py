from enum import Enum


class AgeRange(str, Enum):
    ADULT = "adult"
    CHILD = "child"
    SENIOR = "senior"
    TEEN = "teen"

    def __str__(self) -> str:
        return str(self.value)
