"""`client.link_to_videos`' own method: the whole flow from a URL (`from_url`; the rest
is generated from `LINK_TO_VIDEO_JOB` into `link_to_videos.py`)."""

from __future__ import annotations

import uuid
from functools import partial
from typing import TYPE_CHECKING

from creatify_api import models
from typing_extensions import Unpack

from .._exceptions import InvalidInputError
from .._options import LinkToVideoOptions, VideoFromUrlOptions
from .._requests import checked_body
from .._timeouts import TimeoutArg
from .._validation import FieldSpec, check_value
from .jobs import AsyncJobResource, UpdateCallback
from .links import AsyncLinks

WAIT = FieldSpec("wait", bool)


class AsyncLinkToVideosExtras(AsyncJobResource[models.LinkToVideo]):
    if TYPE_CHECKING:  # generated in `link_to_videos.py`

        async def create(
            self, *, timeout: TimeoutArg = None, **options: Unpack[LinkToVideoOptions]
        ) -> models.LinkToVideo: ...

    async def from_url(
        self,
        url: str,
        *,
        wait: bool = True,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[VideoFromUrlOptions],
    ) -> models.LinkToVideo:
        """A product page to a video: `links.create(url)`, then `create`, then (unless
        `wait=False`) `wait`. Returns the task, finished when waited for; `download` it
        next.

        Every option and wait argument is checked before the link is made. If the wait
        is interrupted or times out, the task goes on: `wait(task_id)` resumes (the id is
        the `job_id` of `WaitTimeout`; a `KeyboardInterrupt` leaves no id, so pass
        `wait=False` and call `wait` yourself when you must be able to resume).

        Costs what `create` costs (the link itself is free); the wait is free.
        """
        checked_body("LinkCreateRequest", {"url": url})
        if "link" in options:
            raise InvalidInputError("link", "is not an option of from_url (it makes the link)")
        checked_body("LinkToVideoCreateRequest", {**options, "link": uuid.UUID(int=0)})
        if check_value(WAIT, "wait", wait):
            self._wait_settings(timeout, poll_interval, max_interval, on_update)
        link = await AsyncLinks(self._host).create(url)
        if not wait:
            return await self.create(link=link.id, **options)
        create = partial(self.create, link=link.id, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
