# Generated from overlay/creatify/_async/custom_templates.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_plain.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.custom_templates`, from the declaration `CUSTOM_TEMPLATES`."""

from __future__ import annotations

import builtins
import uuid

from creatify_api import models
from creatify_api.api.custom_templates import (
    custom_templates_list,
    custom_templates_preview_create,
    custom_templates_render_create,
)
from typing_extensions import Unpack

from .._options import CustomTemplatePreviewOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .api_call import Resource


class CustomTemplates(Resource):
    """Fixed-template videos (for your own templates, see `custom_template_jobs`)."""

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[models.CustomTemplateListItem]:
        """Your templates. Only `id` is sure to be there (no page shows an item). Free."""
        return self._request(custom_templates_list, list, timeout)

    def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[CustomTemplatePreviewOptions]
    ) -> models.CustomTemplate:
        """A preview (its `preview` link) of `visual_style` filled with `data`. Costs
        credits (rate not published), so it is never sent twice by a retry.
        """
        body = request_body(models.CustomTemplatePreviewRequest, options)
        return self._request(
            custom_templates_preview_create, models.CustomTemplate, timeout, body=body
        )

    def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> models.CustomTemplate:
        """Render a preview into the MP4. Costs credits (rate not published;
        `credits_used` says how many), so it is never sent twice by a retry.
        """
        return self._request(
            custom_templates_render_create,
            models.CustomTemplate,
            timeout,
            id=check_path_id("id", id),
        )
