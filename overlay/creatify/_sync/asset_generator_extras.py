# Generated from overlay/creatify/_async/asset_generator_extras.py by scripts/gen_sync.py: do not edit.
"""`client.asset_generator`'s own methods: the model list, the check of `input_params`
by the model's schema before the create and the credit estimate (the rest is generated
from `ASSET_GENERATOR_JOB` into `asset_generator.py`)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from creatify_api.api.asset_generator import (
    ai_generations_schemas,
    asset_generator_schemas,
)
from creatify_api.models import AssetGeneration, AssetGeneratorCreateRequest, AssetGeneratorModel

from .._exceptions import InvalidInputError, NotFoundError
from .._prices import estimate_credits
from .._requests import names_param
from .._timeouts import TimeoutArg
from .._validation import check_json_schema
from .jobs import JobResource


class AssetGeneratorExtras(JobResource[AssetGeneration]):
    # The schema list that answered last (the vendor's pages give two paths): the guide's
    # path first, then the reference page's (see the spec's `asset_generator_schemas`).
    _schema_lists = (asset_generator_schemas, ai_generations_schemas)

    def models(
        self, names: Iterable[str] | None = None, *, timeout: TimeoutArg = None
    ) -> builtins.list[AssetGeneratorModel]:
        """The models (or only those `names`) and each one's `input_params_schema`. Free.

        Tries `/api/asset_generator/schemas/`, then `/api/ai_generations/schemas/` on a 404,
        and keeps asking the one that answered."""
        query = names_param("names", names)
        first, second = self._schema_lists
        try:
            return self._request(first, list, timeout, model_name=query)
        except NotFoundError:
            found = self._request(second, list, timeout, model_name=query)
        self._schema_lists = (second, first)
        return found

    # No request: the vendor's published table (`_prices.py`).
    estimate_credits = staticmethod(estimate_credits)

    def _check_create(self, body: AssetGeneratorCreateRequest, timeout: TimeoutArg) -> None:
        """`input_params` by the model's `input_params_schema` (one free request)."""
        found = self.models([body.model_name], timeout=timeout)
        schemas = {m.model_name: m.input_params_schema.to_dict() for m in found}
        if body.model_name not in schemas:
            raise InvalidInputError("model_name", "is no model of the asset generator's list")
        check_json_schema("input_params", body.input_params.to_dict(), schemas[body.model_name])
