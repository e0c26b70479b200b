"""`client.avatars`: custom avatars (personas): upload, list, status, waiting."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable
from typing import Literal

from creatify_api import models
from creatify_api.api.personas import (
    personas_create,
    personas_list,
    personas_paginated_list,
    personas_retrieve,
    personas_v2_count_retrieve,
    personas_v2_create,
    personas_v2_list,
)
from typing_extensions import Unpack

from .._api_call import acall, call
from .._constants import AVATAR_MAX_INTERVAL, AVATAR_POLL_INTERVAL, AVATAR_WAIT_TIMEOUT
from .._jobs import AVATAR_JOB
from .._polling import JobUpdate, Poller, WaitSettings, wait_async, wait_sync
from .._requests import AvatarDetails, page_params, persona_filters, upload_request, url_request
from .._validation import check_uuid
from .._video import ProgressCallback, VideoSource
from ._base import AsyncHost, SyncHost

UrlEndpoint = Literal["personas", "personas_v2"]
Filter = str | None


class Avatars:
    """Custom avatars: `create_from_files`, then `wait` until approved (one to five days)."""

    def __init__(self, host: SyncHost) -> None:
        self._host = host

    def create_from_files(
        self,
        lipsync_input: VideoSource,
        consent_video: VideoSource | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        **details: Unpack[AvatarDetails],
    ) -> models.PersonaCreateResponse:
        """Upload a training video (and consent video) to make a custom avatar.

        Each video is a path, bytes or a binary file; it streams from disk and must be
        an MP4 or QuickTime file (read from its content). Uses one avatar slot; a
        failed upload is never sent twice. `on_progress(bytes_sent, bytes_total)`.
        """
        body, videos = upload_request(lipsync_input, consent_video, details, on_progress)
        try:
            return call(
                personas_v2_create.sync_detailed,
                models.PersonaCreateResponse,
                "POST /api/personas_v2/",
                client=self._host._api,
                body=body,
            )
        finally:
            for video in videos:
                video.close()

    def create_from_urls(
        self,
        *,
        lipsync_input: str,
        consent_video: str | None = None,
        endpoint: UrlEndpoint = "personas",
        **details: Unpack[AvatarDetails],
    ) -> models.PersonaCreateResponse:
        """Make a custom avatar from public video URLs (`POST /api/personas/`, or
        `POST /api/personas_v2/` as JSON with `endpoint="personas_v2"`)."""
        body = url_request(lipsync_input, consent_video, details)
        fn = personas_create if endpoint == "personas" else personas_v2_create
        return call(
            fn.sync_detailed,
            models.PersonaCreateResponse,
            f"POST /api/{endpoint}/",
            client=self._host._api,
            body=body,
        )

    def get(self, id: str | uuid.UUID) -> models.Persona:
        """One persona (stock or custom); a custom one is usable when `is_active`."""
        return call(
            personas_retrieve.sync_detailed,
            models.Persona,
            "GET /api/personas/{id}/",
            client=self._host._api,
            id=check_uuid("id", id),
        )

    def list(
        self,
        *,
        age_range: Filter | models.AgeRange = None,
        gender: Filter | models.Gender = None,
        location: Filter | models.Location = None,
        style: Filter | models.Style = None,
    ) -> builtins.list[models.Persona]:
        """Every stock and custom persona (1,500+), optionally filtered."""
        return call(
            personas_list.sync_detailed,
            list,
            "GET /api/personas/",
            client=self._host._api,
            **persona_filters(age_range, gender, location, style),
        )

    def list_page(
        self,
        page: int = 1,
        page_size: int = 10,
        *,
        age_range: Filter | models.AgeRange = None,
        gender: Filter | models.Gender = None,
        location: Filter | models.Location = None,
        style: Filter | models.Style = None,
    ) -> models.PaginatedPersonaList:
        """One page of personas: `count`, `next`, `previous`, `results`."""
        return call(
            personas_paginated_list.sync_detailed,
            models.PaginatedPersonaList,
            "GET /api/personas/paginated/",
            client=self._host._api,
            **page_params(page, page_size),
            **persona_filters(age_range, gender, location, style),
        )

    def list_mine(self) -> builtins.list[models.PersonaV2]:
        """Your own custom avatars."""
        return call(
            personas_v2_list.sync_detailed, list, "GET /api/personas_v2/", client=self._host._api
        )

    def count(self) -> models.PersonaCount:
        """Custom-avatar slots: `current_count` used of `max_count`."""
        return call(
            personas_v2_count_retrieve.sync_detailed,
            models.PersonaCount,
            "GET /api/personas_v2/count/",
            client=self._host._api,
        )

    def wait(
        self,
        id: str | uuid.UUID,
        *,
        timeout: float = AVATAR_WAIT_TIMEOUT,
        poll_interval: float = AVATAR_POLL_INTERVAL,
        max_interval: float = AVATAR_MAX_INTERVAL,
        on_update: Callable[[JobUpdate], None] | None = None,
    ) -> models.Persona:
        """Poll until the avatar is approved (`done` or `is_active`) and return it.

        Raises `AvatarFailed` or `AvatarRejected` (with `failed_reason`), or
        `WaitTimeout` (with the last status). Defaults: first poll after about 30 s,
        then 1.5x longer each time up to 10 min, for up to 6 days.
        """
        persona_id = check_uuid("id", id)
        settings = WaitSettings(timeout, poll_interval, max_interval, on_update)
        poller = Poller(str(persona_id), AVATAR_JOB, settings, self._host._clock)
        return wait_sync(lambda: self.get(persona_id), poller, self._host._sleep)


class AsyncAvatars:
    """The async twin of `Avatars`."""

    def __init__(self, host: AsyncHost) -> None:
        self._host = host

    async def create_from_files(
        self,
        lipsync_input: VideoSource,
        consent_video: VideoSource | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        **details: Unpack[AvatarDetails],
    ) -> models.PersonaCreateResponse:
        """See `Avatars.create_from_files`."""
        body, videos = upload_request(lipsync_input, consent_video, details, on_progress)
        try:
            return await acall(
                personas_v2_create.asyncio_detailed,
                models.PersonaCreateResponse,
                "POST /api/personas_v2/",
                client=self._host._api,
                body=body,
            )
        finally:
            for video in videos:
                video.close()

    async def create_from_urls(
        self,
        *,
        lipsync_input: str,
        consent_video: str | None = None,
        endpoint: UrlEndpoint = "personas",
        **details: Unpack[AvatarDetails],
    ) -> models.PersonaCreateResponse:
        """See `Avatars.create_from_urls`."""
        body = url_request(lipsync_input, consent_video, details)
        fn = personas_create if endpoint == "personas" else personas_v2_create
        return await acall(
            fn.asyncio_detailed,
            models.PersonaCreateResponse,
            f"POST /api/{endpoint}/",
            client=self._host._api,
            body=body,
        )

    async def get(self, id: str | uuid.UUID) -> models.Persona:
        """See `Avatars.get`."""
        return await acall(
            personas_retrieve.asyncio_detailed,
            models.Persona,
            "GET /api/personas/{id}/",
            client=self._host._api,
            id=check_uuid("id", id),
        )

    async def list(
        self,
        *,
        age_range: Filter | models.AgeRange = None,
        gender: Filter | models.Gender = None,
        location: Filter | models.Location = None,
        style: Filter | models.Style = None,
    ) -> builtins.list[models.Persona]:
        """See `Avatars.list`."""
        return await acall(
            personas_list.asyncio_detailed,
            list,
            "GET /api/personas/",
            client=self._host._api,
            **persona_filters(age_range, gender, location, style),
        )

    async def list_page(
        self,
        page: int = 1,
        page_size: int = 10,
        *,
        age_range: Filter | models.AgeRange = None,
        gender: Filter | models.Gender = None,
        location: Filter | models.Location = None,
        style: Filter | models.Style = None,
    ) -> models.PaginatedPersonaList:
        """See `Avatars.list_page`."""
        return await acall(
            personas_paginated_list.asyncio_detailed,
            models.PaginatedPersonaList,
            "GET /api/personas/paginated/",
            client=self._host._api,
            **page_params(page, page_size),
            **persona_filters(age_range, gender, location, style),
        )

    async def list_mine(self) -> builtins.list[models.PersonaV2]:
        """See `Avatars.list_mine`."""
        return await acall(
            personas_v2_list.asyncio_detailed, list, "GET /api/personas_v2/", client=self._host._api
        )

    async def count(self) -> models.PersonaCount:
        """See `Avatars.count`."""
        return await acall(
            personas_v2_count_retrieve.asyncio_detailed,
            models.PersonaCount,
            "GET /api/personas_v2/count/",
            client=self._host._api,
        )

    async def wait(
        self,
        id: str | uuid.UUID,
        *,
        timeout: float = AVATAR_WAIT_TIMEOUT,
        poll_interval: float = AVATAR_POLL_INTERVAL,
        max_interval: float = AVATAR_MAX_INTERVAL,
        on_update: Callable[[JobUpdate], None] | None = None,
    ) -> models.Persona:
        """See `Avatars.wait`."""
        persona_id = check_uuid("id", id)
        settings = WaitSettings(timeout, poll_interval, max_interval, on_update)
        poller = Poller(str(persona_id), AVATAR_JOB, settings, self._host._clock)
        return await wait_async(lambda: self.get(persona_id), poller, self._host._sleep)
