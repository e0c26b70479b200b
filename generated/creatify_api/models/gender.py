from enum import Enum


class Gender(str, Enum):
    F = "f"
    M = "m"
    NB = "nb"

    def __str__(self) -> str:
        return str(self.value)
