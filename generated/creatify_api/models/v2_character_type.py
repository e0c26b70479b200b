from enum import Enum


class V2CharacterType(str, Enum):
    AVATAR = "avatar"

    def __str__(self) -> str:
        return str(self.value)
