# Generated from overlay/creatify/_async/avatars.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.avatars`, from the declaration `AVATAR_JOB`."""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Sequence
from functools import partial

from creatify_api import models
from creatify_api.api.personas import (
    personas_list,
    personas_paginated_list,
    personas_v2_count_retrieve,
    personas_v2_list,
)

from .._jobs import AVATAR_JOB
from .._requests import checked_query
from .._timeouts import TimeoutArg, as_timeout
from .avatars_extras import AvatarsExtras
from .pages import iter_pages


class Avatars(AvatarsExtras):
    """Custom avatars: `create_from_files`, then `wait` until approved (one to five days).
    `get` reads any persona, stock or custom; a custom one is usable when `is_active`,
    and `wait` ends then too.

    Statuses: pending, reviewing, then done, failed (`AvatarFailed`) or rejected
    (`AvatarRejected`).
    """

    _kind = AVATAR_JOB

    def list(
        self,
        *,
        age_range: str | models.AgeRange | Sequence[str | models.AgeRange] | None = None,
        gender: str | models.Gender | Sequence[str | models.Gender] | None = None,
        location: str | models.Location | Sequence[str | models.Location] | None = None,
        style: str | models.Style | Sequence[str | models.Style] | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[models.Persona]:
        """Every stock and custom persona (1,500+), optionally filtered. Free."""
        return self._request(
            personas_list,
            list,
            timeout,
            **checked_query(age_range=age_range, gender=gender, location=location, style=style),
        )

    def list_page(
        self,
        page: int = 1,
        page_size: int = 10,
        *,
        age_range: str | models.AgeRange | Sequence[str | models.AgeRange] | None = None,
        gender: str | models.Gender | Sequence[str | models.Gender] | None = None,
        location: str | models.Location | Sequence[str | models.Location] | None = None,
        style: str | models.Style | Sequence[str | models.Style] | None = None,
        timeout: TimeoutArg = None,
    ) -> models.PaginatedPersonaList:
        """List all stock and custom personas, one page at a time. Free."""
        return self._request(
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
        age_range: str | models.AgeRange | Sequence[str | models.AgeRange] | None = None,
        gender: str | models.Gender | Sequence[str | models.Gender] | None = None,
        location: str | models.Location | Sequence[str | models.Location] | None = None,
        style: str | models.Style | Sequence[str | models.Style] | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[models.Persona]:
        """The `results` of every page of `list_page`, read lazily from
        `/api/personas/paginated/`.

        `async for item in client.avatars.iter_all(): ...` (`for` with `Creatify`).
        The arguments are checked now; a page is asked for only when the last one is
        used up (stop early and no more are sent). No item is yielded twice; one
        created during the walk may be missed. Ends at a page without `next` or
        without results; raises `CreatifyError` if the service gives a `next` it
        gave before. `timeout` applies to each page's request. Free (one request per
        page).
        """
        checked_query(
            page=1,
            page_size=page_size,
            age_range=age_range,
            gender=gender,
            location=location,
            style=style,
        )
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

    def list_mine(
        self,
        *,
        age_range: str | models.AgeRange | Sequence[str | models.AgeRange] | None = None,
        gender: str | models.Gender | Sequence[str | models.Gender] | None = None,
        location: str | models.Location | Sequence[str | models.Location] | None = None,
        style: str | models.Style | Sequence[str | models.Style] | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[models.PersonaV2]:
        """List your own custom avatars. Free."""
        return self._request(
            personas_v2_list,
            list,
            timeout,
            **checked_query(age_range=age_range, gender=gender, location=location, style=style),
        )

    def count(self, *, timeout: TimeoutArg = None) -> models.PersonaCount:
        """Count your custom avatars and the slots you have. Free."""
        return self._request(personas_v2_count_retrieve, models.PersonaCount, timeout)
