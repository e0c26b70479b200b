from enum import Enum


class EditingStyle(str, Enum):
    FILM = "film"
    GEOMETRIC_GRADIENT = "geometric_gradient"
    GLITCH = "glitch"
    GLITTER_GRADIENT = "glitter_gradient"
    PAPER = "paper"

    def __str__(self) -> str:
        return str(self.value)
