# Generated from overlay/creatify/_async/asset_generator.py by scripts/gen_sync.py: do not edit.
"""`client.asset_generator`: images, videos and audio from generative models: the model
list, create (its `input_params` checked against the model's schema first), and the
credit estimate (get, wait and download of every asset come from `ASSET_GENERATOR_JOB`)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from functools import partial

from creatify_api.api.asset_generator import (
    ai_generations_schemas,
    asset_generator_create,
    asset_generator_schemas,
)
from creatify_api.models import AssetGeneration, AssetGeneratorModel
from typing_extensions import Unpack

from .._exceptions import InvalidInputError, NotFoundError
from .._jobs import ASSET_GENERATOR_JOB, GeneratedOperation
from .._prices import Unknown, estimate_credits
from .._requests import AssetGeneratorOptions, asset_generator_request, names_param
from .._timeouts import TimeoutArg
from .._validation import check_json_schema
from .jobs import DownloadsAll, UpdateCallback

# The guide's path first, then the reference page's (see the spec's `asset_generator_schemas`).
SCHEMA_LISTS: tuple[tuple[GeneratedOperation, str], ...] = (
    (asset_generator_schemas, "GET /api/asset_generator/schemas/"),
    (ai_generations_schemas, "GET /api/ai_generations/schemas/"),
)


class AssetGenerator(DownloadsAll[AssetGeneration]):
    """The asset generator: a model (`models()`) makes images, videos or audio.

    Statuses: initializing, generating, then done (the files are in `assets`) or failed
    (`AssetGeneratorFailed`). `download(job, folder)` saves every asset.
    """

    _kind = ASSET_GENERATOR_JOB
    # The schema list that answered last (the vendor's pages give two paths).
    _schema_lists = SCHEMA_LISTS

    def models(
        self, names: Iterable[str] | None = None, *, timeout: TimeoutArg = None
    ) -> builtins.list[AssetGeneratorModel]:
        """The models (or only those `names`) and each one's `input_params_schema`. Free.

        Tries `/api/asset_generator/schemas/`, then `/api/ai_generations/schemas/` on a 404,
        and keeps asking the one that answered."""
        query = names_param("names", names)
        first, second = self._schema_lists
        try:
            return self._request(first[0], list, first[1], timeout, model_name=query)
        except NotFoundError:
            found = self._request(second[0], list, second[1], timeout, model_name=query)
        self._schema_lists = (second, first)
        return found

    def estimate_credits(
        self, model_name: str, outputs: int = 1, *, duration: int | None = None
    ) -> int | Unknown:
        """The credits `outputs` files of `model_name` cost by the vendor's published
        table (`duration` seconds for the video models priced by length), or "unknown".
        Free: it sends no request."""
        return estimate_credits(model_name, outputs, duration=duration)

    def create(
        self, *, timeout: TimeoutArg = None, **options: Unpack[AssetGeneratorOptions]
    ) -> AssetGeneration:
        """Generate with `model_name` from `input_params` (and a `webhook_url`).

        `input_params` is checked against the model's `input_params_schema` (one free
        request for the model list) before the create is sent. Costs the model's price
        per output (`estimate_credits`), so it is never sent twice by a retry."""
        body = asset_generator_request(options)
        found = self.models([body.model_name], timeout=timeout)
        schemas = {m.model_name: m.input_params_schema.to_dict() for m in found}
        if body.model_name not in schemas:
            raise InvalidInputError("model_name", "is no model of the asset generator's list")
        check_json_schema("input_params", body.input_params.to_dict(), schemas[body.model_name])
        return self._call(asset_generator_create, "POST /api/asset_generator/", timeout, body=body)

    def create_and_wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **options: Unpack[AssetGeneratorOptions],
    ) -> AssetGeneration:
        """`create`, then `wait`, every argument checked first. Costs what `create` costs."""
        create = partial(self.create, **options)
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)
