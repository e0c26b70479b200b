"""`client.avatars`: custom avatars (personas): upload, list, page, status, waiting."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from functools import partial
from typing import Literal

from creatify_api import models
from creatify_api.api.personas import (
    personas_create,
    personas_list,
    personas_paginated_list,
    personas_v2_count_retrieve,
    personas_v2_create,
    personas_v2_list,
)
from typing_extensions import Unpack

from .._jobs import AVATAR_JOB
from .._options import AvatarDetails
from .._requests import checked_query, upload_request, url_request
from .._timeouts import TimeoutArg, as_timeout
from .._video import ProgressCallback, VideoSource
from .jobs import AsyncJobResource, UpdateCallback
from .pages import iter_pages

UrlEndpoint = Literal["personas", "personas_v2"]
Filter = str | None


class AsyncAvatars(AsyncJobResource[models.Persona]):
    """Custom avatars: `create_from_files`, then `wait` until approved (one to five days).

    `get` reads any persona, stock or custom; a custom one is usable when `is_active`.
    `wait` ends when `process_status` is done or `is_active` is true, and raises
    `AvatarFailed` or `AvatarRejected`.
    """

    _kind = AVATAR_JOB

    async def create_from_files(
        self,
        lipsync_input: VideoSource,
        consent_video: VideoSource | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutArg = None,
        **details: Unpack[AvatarDetails],
    ) -> models.PersonaCreateResponse:
        """Upload a training video (and consent video) to make a custom avatar.

        Each video is a path, bytes or a binary file; it streams from disk and must be
        an MP4 or QuickTime file (read from its content). Costs one avatar slot (no
        credits); a failed upload is never sent twice. `on_progress(bytes_sent,
        bytes_total)`.
        """
        body, videos = upload_request(lipsync_input, consent_video, details, on_progress)
        try:
            return await self._request(
                personas_v2_create, models.PersonaCreateResponse, timeout, body=body
            )
        finally:
            for video in videos:
                video.close()

    async def create_and_wait(
        self,
        lipsync_input: VideoSource,
        consent_video: VideoSource | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **details: Unpack[AvatarDetails],
    ) -> models.Persona:
        """`create_from_files`, then `wait` until the avatar is approved (days); every
        argument is checked before the upload starts.

        Costs what `create_from_files` costs; waiting is free.
        """
        create = partial(
            self.create_from_files, lipsync_input, consent_video, on_progress=on_progress, **details
        )
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)

    async def create_from_urls(
        self,
        *,
        lipsync_input: str,
        consent_video: str | None = None,
        endpoint: UrlEndpoint = "personas",
        timeout: TimeoutArg = None,
        **details: Unpack[AvatarDetails],
    ) -> models.PersonaCreateResponse:
        """Make a custom avatar from public video URLs (`POST /api/personas/`, or
        `POST /api/personas_v2/` as JSON with `endpoint="personas_v2"`). Costs one avatar
        slot (no credits)."""
        body = url_request(lipsync_input, consent_video, details)
        fn = personas_create if endpoint == "personas" else personas_v2_create
        return await self._request(fn, models.PersonaCreateResponse, timeout, body=body)

    async def list(
        self,
        *,
        age_range: Filter | models.AgeRange = None,
        gender: Filter | models.Gender = None,
        location: Filter | models.Location = None,
        style: Filter | models.Style = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[models.Persona]:
        """Every stock and custom persona (1,500+), optionally filtered. Free."""
        filters = checked_query(age_range=age_range, gender=gender, location=location, style=style)
        return await self._request(personas_list, list, timeout, **filters)

    async def list_page(
        self,
        page: int = 1,
        page_size: int = 10,
        *,
        age_range: Filter | models.AgeRange = None,
        gender: Filter | models.Gender = None,
        location: Filter | models.Location = None,
        style: Filter | models.Style = None,
        timeout: TimeoutArg = None,
    ) -> models.PaginatedPersonaList:
        """One page of personas: `count`, `next_`, `previous`, `results`. Free."""
        return await self._request(
            personas_paginated_list,
            models.PaginatedPersonaList,
            timeout,
            **checked_query(page=page, page_size=page_size),
            **checked_query(age_range=age_range, gender=gender, location=location, style=style),
        )

    def iter_all(
        self,
        page_size: int = 100,
        *,
        age_range: Filter | models.AgeRange = None,
        gender: Filter | models.Gender = None,
        location: Filter | models.Location = None,
        style: Filter | models.Style = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[models.Persona]:
        """Every persona, optionally filtered, read lazily from `/api/personas/paginated/`.

        `async for persona in client.avatars.iter_all(): ...` (`for` with `Creatify`).
        The arguments are checked now; a page is asked for only when the last one is used
        up (stop early and no more are sent). Ends at a page without `next` or without
        results; raises `CreatifyError` if the service gives a `next` it gave before (a
        loop that would never end). `timeout` applies to each page's request. Free (one
        request per page).
        """
        checked_query(page=1, page_size=page_size)
        checked_query(age_range=age_range, gender=gender, location=location, style=style)
        as_timeout(timeout)
        read = partial(
            self.list_page,
            page_size=page_size,
            age_range=age_range,
            gender=gender,
            location=location,
            style=style,
            timeout=timeout,
        )
        return iter_pages(read, personas_paginated_list)

    async def list_mine(self, *, timeout: TimeoutArg = None) -> builtins.list[models.PersonaV2]:
        """Your own custom avatars. Free."""
        return await self._request(personas_v2_list, list, timeout)

    async def count(self, *, timeout: TimeoutArg = None) -> models.PersonaCount:
        """Custom-avatar slots: `current_count` used of `max_count`. Free."""
        return await self._request(personas_v2_count_retrieve, models.PersonaCount, timeout)
