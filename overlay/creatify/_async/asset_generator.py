# Generated from overlay/creatify/_jobs.py and the spec by scripts/gen_namespaces.py: do not edit.
"""`client.asset_generator`, from the declaration `ASSET_GENERATOR_JOB`."""

from __future__ import annotations

from functools import partial

from creatify_api import models
from creatify_api.api.asset_generator import asset_generator_create
from typing_extensions import Unpack

from .._jobs import ASSET_GENERATOR_JOB
from .._options import AssetGeneratorOptions
from .._requests import request_body
from .._timeouts import TimeoutArg
from .asset_generator_extras import AsyncAssetGeneratorExtras
from .jobs import AsyncDownloadsAll, UpdateCallback


class AsyncAssetGenerator(AsyncAssetGeneratorExtras, AsyncDownloadsAll[models.AssetGeneration]):
    """The asset generator: a model (`models()`) makes images, videos or audio.

    Statuses: initializing, generating, then done or failed (`AssetGeneratorFailed`).
    `download(job, folder)` saves every file in `assets`.
    """

    _kind = ASSET_GENERATOR_JOB

    async def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AssetGeneratorOptions]
    ) -> models.AssetGeneration:
        """Generate with `model_name` from `input_params` (and a `webhook_url`).

        `input_params` is checked against the model's `input_params_schema` (`GET
        /api/asset_generator/schemas/`: one free request for the model list) before
        the create is sent. Costs the model's per-output price times the number of
        outputs (the reference page's table, e.g. 4 credits an image for nano-
        banana; `estimate_credits` looks it up).

        It is never sent twice: retried only if the request provably did not reach
        the service (connection refused) or it answered 429.
        """
        body = request_body(models.AssetGeneratorCreateRequest, options)
        await self._check_create(body, timeout)
        return await self._call(asset_generator_create, timeout, body=body)

    async def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AssetGeneratorOptions],
    ) -> models.AssetGeneration:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return await self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
