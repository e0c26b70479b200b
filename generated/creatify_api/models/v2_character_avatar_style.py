from enum import Enum


class V2CharacterAvatarStyle(str, Enum):
    CIRCLE = "circle"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)
