from enum import Enum


class OriginalVoiceProvider(str, Enum):
    ELEVENLABS = "elevenlabs"
    FISHAUDIO = "fishaudio"
    MINIMAX = "minimax"

    def __str__(self) -> str:
        return str(self.value)
