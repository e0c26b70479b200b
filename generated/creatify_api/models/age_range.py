from enum import StrEnum


class AgeRange(StrEnum):
    ADULT = "adult"
    CHILD = "child"
    SENIOR = "senior"
    TEEN = "teen"

    def __str__(self) -> str:
        return str(self.value)
