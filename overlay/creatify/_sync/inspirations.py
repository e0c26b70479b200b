# Generated from overlay/creatify/_async/inspirations.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_plain.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.inspirations`, from the declaration `INSPIRATIONS`."""

from __future__ import annotations

import builtins
import uuid

from creatify_api import models
from creatify_api.api.inspirations import inspirations_list, inspirations_retrieve

from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .api_call import Resource


class Inspirations(Resource):
    """AI ad templates: each has an `input_params_schema` and a `credit_cost`."""

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.Inspiration]:
        """List the AI ad templates. Free."""
        return self._request(inspirations_list, list, timeout)

    def get(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.Inspiration:
        """Get one AI ad template (its input_params_schema and credit_cost). Free."""
        return self._request(
            inspirations_retrieve, models.Inspiration, timeout, id=check_path_id("id", id)
        )
