# Generated from overlay/creatify/_async/inspiration_jobs_extras.py by scripts/gen_sync.py: do not edit.
"""`client.inspiration_jobs`' own check before the create: its `input_params`
by the template's schema (the rest is generated from `INSPIRATION_JOB` into
`inspiration_jobs.py`)."""

from __future__ import annotations

from creatify_api.models import InspirationJob, InspirationJobCreateRequest

from .._timeouts import TimeoutArg
from .._validation import check_json_schema
from .inspirations import Inspirations
from .jobs import JobResource


class InspirationJobsExtras(JobResource[InspirationJob]):
    def _check_create(self, body: InspirationJobCreateRequest, timeout: TimeoutArg) -> None:
        """`input_params` by the template's `input_params_schema` (one free request)."""
        template = Inspirations(self._host).get(body.inspiration_id, timeout=timeout)
        if schema := template.input_params_schema:
            check_json_schema("input_params", body.input_params.to_dict(), schema.to_dict())
