"""Custom-template videos (`client.custom_template_jobs`): validation; flows on the mock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from creatify import CustomTemplateJobFailed, CustomTemplateJobRejected, InvalidInputError

from tests.overlay.products_helpers import FAST, Both, Offline, assert_mp4

TEMPLATE = "a0617283-94a5-4fb0-b1c2-4d5e6f708192"
BAD_INPUT: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("custom_template_jobs.create", (), {"variables": {}}, "template_id"),
    ("custom_template_jobs.create", (), {"template_id": TEMPLATE}, "variables"),
    ("custom_template_jobs.create", (), {"template_id": "x", "variables": {}}, "template_id"),
    ("custom_template_jobs.create", (), {"template_id": TEMPLATE, "variables": ["a"]}, "variables"),
    (
        "custom_template_jobs.create",
        (),
        {"template_id": TEMPLATE, "variables": {1: 2}},
        "variables",
    ),
    (
        "custom_template_jobs.create",
        (),
        {"template_id": TEMPLATE, "variables": {}, "is_hidden": "no"},
        "is_hidden",
    ),
    (
        "custom_template_jobs.create",
        (),
        {"template_id": TEMPLATE, "variables": {}, "model_version": "fast"},
        "model_version",
    ),
    ("custom_template_jobs.render", ("x",), {}, "id"),
]


@pytest.mark.parametrize(("dotted", "args", "kwargs", "field"), BAD_INPUT)
def test_bad_input_is_refused_before_any_request(
    offline: Offline, dotted: str, args: tuple[Any, ...], kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        offline(dotted, *args, **kwargs)
    assert caught.value.field == field
    assert offline.script.count == 0


def test_create_wait_download(both: Both, tmp_path: Path) -> None:
    video = both(
        "custom_template_jobs.create_and_wait",
        template_id=TEMPLATE,
        variables={"headline": "Open house on Sunday"},
        name="open house",
        **FAST,
    )
    assert video.status == "done"
    assert_mp4(both("custom_template_jobs.download", video, tmp_path / "t.mp4"))


def test_render_starts_the_task_again(both: Both) -> None:
    task = both("custom_template_jobs.create", template_id=TEMPLATE, variables={})
    assert both("custom_template_jobs.render", task.id).id == task.id
    assert both("custom_template_jobs.wait", task.id, **FAST).video_output


@pytest.mark.parametrize(
    ("outcome", "error"),
    [("failed", CustomTemplateJobFailed), ("rejected", CustomTemplateJobRejected)],
)
def test_failed_and_rejected_raise(both: Both, outcome: str, error: type) -> None:
    with pytest.raises(error):
        both(
            "custom_template_jobs.create_and_wait",
            template_id=TEMPLATE,
            variables={},
            headers={"X-Mock-Outcome": outcome},
            **FAST,
        )
