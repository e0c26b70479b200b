from enum import Enum


class TextGeneratorMessageRole(str, Enum):
    MODEL = "model"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
