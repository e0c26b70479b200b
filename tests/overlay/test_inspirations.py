"""AI ad templates: the catalogue, and jobs whose `input_params` are checked against the
template's JSON Schema before the paid create."""

from __future__ import annotations

from pathlib import Path

import pytest
from creatify import InspirationJobFailed, InvalidInputError, NotFoundError

from tests.overlay.products_helpers import FAST, Both

TEMPLATE = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
PARAMS = {"Product Image": "https://example.com/images/product.jpg"}


def test_the_templates_list_and_read_back_with_schema_and_cost(both: Both) -> None:
    (listed,) = both("inspirations.list")
    one = both("inspirations.get", listed.id)
    assert str(one.id) == TEMPLATE and one.credit_cost == 10
    assert one.input_params_schema.to_dict()["required"] == ["Product Image"]
    with pytest.raises(NotFoundError):
        both("inspirations.get", "00000000-0000-4000-8000-000000000000")


def test_a_job_ends_with_assets_that_download(both: Both, tmp_path: Path) -> None:
    job = both(
        "inspiration_jobs.create_and_wait",
        inspiration_id=TEMPLATE,
        input_params={**PARAMS, "Style": "studio"},
        **FAST,
    )
    assert job.status == "done"
    (saved,) = both("inspiration_jobs.download", job.id, tmp_path)
    assert saved.read_bytes()[:3] == b"\xff\xd8\xff"


def test_a_job_asked_to_fail_raises_its_kind(both: Both) -> None:
    with pytest.raises(InspirationJobFailed):
        both(
            "inspiration_jobs.create_and_wait",
            inspiration_id=TEMPLATE,
            input_params={**PARAMS, "note": "[mock:failed]"},
            **FAST,
        )


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "input_params.Product Image"),
        ({**PARAMS, "Style": "neon"}, "input_params.Style"),
        ({"Product Image": 3}, "input_params.Product Image"),
    ],
)
def test_params_that_break_the_templates_schema_are_refused(
    both: Both, params: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        both("inspiration_jobs.create", inspiration_id=TEMPLATE, input_params=params)
    assert caught.value.field == field
