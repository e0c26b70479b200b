from enum import StrEnum


class Gender(StrEnum):
    F = "f"
    M = "m"
    NB = "nb"

    def __str__(self) -> str:
        return str(self.value)
