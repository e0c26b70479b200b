"""What the product-area job resources share beyond `jobs.py`: `create_and_wait` with
its wait arguments checked before the paid create is sent."""

from __future__ import annotations

from typing import TypeVar

from .._jobs import JobKind
from .._polling import Poller, WaitSettings
from .._types import AsyncFetch
from .jobs import AsyncJobResource, UpdateCallback

J = TypeVar("J")


def check_wait_arguments(
    kind: JobKind[J],
    timeout: float | None,
    poll_interval: float | None,
    max_interval: float | None,
) -> None:
    """Raise `InvalidInputError` for a bad wait argument now, not after paying for a job
    (the `Poller` holds the rule)."""
    poll = kind.poll
    settings = WaitSettings(
        poll.timeout if timeout is None else timeout,
        poll.poll_interval if poll_interval is None else poll_interval,
        poll.max_interval if max_interval is None else max_interval,
    )
    Poller("", kind, settings, lambda: 0.0)


class AsyncCreatesThenWaits(AsyncJobResource[J]):
    """Strictly private: the body of every `create_and_wait`."""

    def _check_wait(
        self, timeout: float | None, poll_interval: float | None, max_interval: float | None
    ) -> None:
        check_wait_arguments(self._kind, timeout, poll_interval, max_interval)

    async def _create_then_wait(
        self,
        create: AsyncFetch[J],
        timeout: float | None,
        poll_interval: float | None,
        max_interval: float | None,
        on_update: UpdateCallback | None,
    ) -> J:
        """Check the wait arguments, `create()` (which checks its options first), `wait`."""
        self._check_wait(timeout, poll_interval, max_interval)
        task = await create()
        return await self.wait(
            self._kind.id_of(task),
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_update=on_update,
        )
