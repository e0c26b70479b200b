from enum import Enum


class DyoaStatus(str, Enum):
    DONE = "done"
    DRAFT = "draft"
    INITIALIZING = "initializing"
    IN_PROGRESS = "in_progress"
    PENDING = "pending"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
