# Generated from overlay/creatify/_plain.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.inspirations`, from the declaration `INSPIRATIONS`."""

from __future__ import annotations

import builtins
import uuid

from creatify_api import models
from creatify_api.api.inspirations import inspirations_list, inspirations_retrieve

from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .api_call import AsyncResource


class AsyncInspirations(AsyncResource):
    """AI ad templates: each has an `input_params_schema` and a `credit_cost`."""

    async def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.Inspiration]:
        """List the AI ad templates. Free."""
        return await self._request(inspirations_list, list, timeout)

    async def get(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.Inspiration:
        """Get one AI ad template (its input_params_schema and credit_cost). Free."""
        return await self._request(
            inspirations_retrieve, models.Inspiration, timeout, id=check_path_id("id", id)
        )
