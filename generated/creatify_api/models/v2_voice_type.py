from enum import Enum


class V2VoiceType(str, Enum):
    AUDIO = "audio"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
