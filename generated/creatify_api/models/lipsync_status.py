from enum import Enum


class LipsyncStatus(str, Enum):
    DONE = "done"
    FAILED = "failed"
    IN_QUEUE = "in_queue"
    PENDING = "pending"
    REJECTED = "rejected"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
