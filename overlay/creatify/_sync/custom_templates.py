# Generated from overlay/creatify/_async/custom_templates.py by scripts/gen_sync.py: do not edit.
"""`client.custom_templates`: the older fixed-template API (a real-estate listing video,
`style1`): preview, then render. No GET is documented: the render's end comes to the
preview's `webhook_url` as `{id, status, failed_reason, output}`."""

from __future__ import annotations

import uuid

from creatify_api.api.custom_templates import (
    custom_templates_preview_create,
    custom_templates_render_create,
)
from creatify_api.models import CustomTemplate, CustomTemplatePreviewRequest
from typing_extensions import Unpack

from .._options import CustomTemplatePreviewOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .._validation import check_path_id
from .api_call import Resource


class CustomTemplates(Resource):
    """Fixed-template videos (for your own templates, see `custom_template_jobs`)."""

    def preview(
        self, *, timeout: TimeoutArg = None, **options: Unpack[CustomTemplatePreviewOptions]
    ) -> CustomTemplate:
        """A preview (its `preview` link) of `visual_style` filled with `data`. Costs
        credits (rate not published), so it is never sent twice by a retry."""
        body = request_body(CustomTemplatePreviewRequest, options)
        what = "POST /api/custom_templates/preview/"
        operation = custom_templates_preview_create
        return self._request(operation, CustomTemplate, what, timeout, body=body)

    def render(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> CustomTemplate:
        """Render a preview into the MP4. Costs credits (rate not published;
        `credits_used` says how many), so it is never sent twice by a retry."""
        what, path_id = "POST /api/custom_templates/{id}/render/", check_path_id("id", id)
        operation = custom_templates_render_create
        return self._request(operation, CustomTemplate, what, timeout, id=path_id)
