# Generated from overlay/creatify/_async/inspiration_jobs.py by scripts/gen_sync.py: do not edit.
# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.inspiration_jobs`, from the declaration `INSPIRATION_JOB`."""

from __future__ import annotations

from functools import partial

from creatify_api import models
from creatify_api.api.inspirations import inspiration_jobs_create
from typing_extensions import Unpack

from .._jobs import INSPIRATION_JOB
from .._options import InspirationJobOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .inspiration_jobs_extras import InspirationJobsExtras
from .jobs import DownloadsAll, UpdateCallback


class InspirationJobs(InspirationJobsExtras, DownloadsAll[models.InspirationJob]):
    """Jobs from AI ad templates (`client.inspirations`).

    Statuses: pending, in_queue, running, then done or failed (`InspirationJobFailed`).
    `download(job, folder)` saves every file in `assets`.
    """

    _kind = INSPIRATION_JOB

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[InspirationJobOptions]
    ) -> models.InspirationJob:
        """Make a job from the template `inspiration_id` with `input_params`.

        `input_params` is checked against the template's `input_params_schema` (one
        free request for the template) before the create is sent. The page also
        lists form and multipart bodies; JSON carries the same fields. Costs the
        template's `credit_cost`.

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.InspirationJobCreateRequest, options)
        self._check_create(body, timeout)
        return self._call(inspiration_jobs_create, timeout, body=body)

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[InspirationJobOptions],
    ) -> models.InspirationJob:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
