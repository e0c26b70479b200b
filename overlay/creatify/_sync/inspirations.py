# Generated from overlay/creatify/_async/inspirations.py by scripts/gen_sync.py: do not edit.
"""`client.inspirations` (AI ad templates: list, get) and `client.inspiration_jobs` (a
job from a template: create, its `input_params` checked against the template's schema
first; get, wait and download of every asset come from `INSPIRATION_JOB`)."""

from __future__ import annotations

import builtins
import uuid
from functools import partial

from creatify_api.api.inspirations import (
    inspiration_jobs_create,
    inspirations_list,
    inspirations_retrieve,
)
from creatify_api.models import Inspiration, InspirationJob
from typing_extensions import Unpack

from .._jobs import INSPIRATION_JOB
from .._requests import InspirationJobOptions, inspiration_job_request
from .._timeouts import TimeoutArg
from .._validation import check_json_schema, check_path_id
from .api_call import Resource
from .jobs import DownloadsAll, UpdateCallback


class Inspirations(Resource):
    """AI ad templates: each has an `input_params_schema` and a `credit_cost`."""

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[Inspiration]:
        """Every template. Free."""
        return self._request(inspirations_list, list, "GET /api/inspirations/", timeout)

    def get(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> Inspiration:
        """One template: its `input_params_schema` and `credit_cost`. Free."""
        return self._request(
            inspirations_retrieve,
            Inspiration,
            "GET /api/inspirations/{id}/",
            timeout,
            id=check_path_id("id", id),
        )


class InspirationJobs(DownloadsAll[InspirationJob]):
    """Jobs from AI ad templates (`client.inspirations`).

    Statuses: a free string (`pending`, ...), then done (the files are in `assets`) or
    failed (`InspirationJobFailed`). `download(job, folder)` saves every asset.
    """

    _kind = INSPIRATION_JOB

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[InspirationJobOptions]
    ) -> InspirationJob:
        """Make a job from the template `inspiration_id` with `input_params`.

        `input_params` is checked against the template's `input_params_schema` (one free
        request for the template) before the create is sent. Costs the template's
        `credit_cost`, so it is never sent twice by a retry."""
        body = inspiration_job_request(options)
        template = Inspirations(self._host).get(body.inspiration_id, timeout=timeout)
        schema = template.input_params_schema
        if schema:
            check_json_schema("input_params", body.input_params.to_dict(), schema.to_dict())
        return self._call(
            inspiration_jobs_create, "POST /api/inspiration_jobs/", timeout, body=body
        )

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[InspirationJobOptions],
    ) -> InspirationJob:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
