"""Design Your Own Avatar (`client.dyoa`): `wait` ends at `draft` (photos to pick) or
`done`; `rejected` raises."""

from __future__ import annotations

from typing import Any

import pytest
from creatify import DyoaRejected, InvalidInputError

from tests.overlay.products_helpers import FAST, Both, Offline

DYOA = {"name": "My Avatar", "age_group": "young_adult", "gender": "m"}
DYOA_ID = "63c44cd9-0340-44fa-8f1c-28043cc3203c"
BAD_INPUT: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("dyoa.create", (), {"name": "A", "age_group": "child"}, "gender"),
    ("dyoa.create", (), {**DYOA, "gender": "x"}, "gender"),
    ("dyoa.create", (), {**DYOA, "age_group": "young adult"}, "age_group"),
    ("dyoa.create", (), {**DYOA, "name": ""}, "name"),
    ("dyoa.create", (), {**DYOA, "more_details": 5}, "more_details"),
    ("dyoa.list", (), {"ordering": ""}, "ordering"),
    ("dyoa.get", ("x",), {}, "id"),
]


@pytest.mark.parametrize(("dotted", "args", "kwargs", "field"), BAD_INPUT)
def test_bad_input_is_refused_before_any_request(
    offline: Offline, dotted: str, args: tuple[Any, ...], kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        offline(dotted, *args, **kwargs)
    assert caught.value.field == field
    assert offline.script.count == 0


def test_create_and_wait_ends_with_photos_to_pick_or_done(both: Both) -> None:
    request = both("dyoa.create_and_wait", **DYOA, more_details="Short dark hair.", **FAST)
    assert request.status in ("draft", "done")
    assert request.id in {r.id for r in both("dyoa.list", ordering="-created_at")}


def test_wait_stops_at_draft(both: Both) -> None:
    """The spec's `draft` example: the user must pick a photo, so the wait ends."""
    draft = both("dyoa.wait", DYOA_ID, headers={"Prefer": "example=draft"}, **FAST)
    assert draft.status == "draft"
    assert draft.photos


def test_rejected_raises(both: Both) -> None:
    """The spec's `rejected` example (a new request would stop at `draft` first)."""
    with pytest.raises(DyoaRejected):
        both("dyoa.wait", DYOA_ID, headers={"Prefer": "example=rejected"}, **FAST)


def test_a_chosen_photo_goes_to_review_and_the_wait_ends_done(both: Both) -> None:
    """The full flow on the mock: photos at `draft`, one submitted, then `done` with the
    avatar made from it."""
    draft = both("dyoa.create_and_wait", **DYOA, **FAST)
    assert draft.status == "draft"
    photo = draft.photos[0].id
    submitted = both("dyoa.submit_for_review", draft.id, photo)
    assert submitted.status in ("pending", "in_progress")
    done = both("dyoa.wait", draft.id, **FAST)
    assert done.status == "done"


def test_submit_for_review_checks_its_ids_first(offline: Offline) -> None:
    with pytest.raises(InvalidInputError) as caught:
        offline("dyoa.submit_for_review", DYOA_ID, "not-a-photo")
    assert caught.value.field == "chosen_photo_id"
    assert offline.script.count == 0


@pytest.mark.parametrize("photo", [{"id": DYOA_ID, "image": None}, None])
def test_a_rejection_carries_the_rejecting_reviews_comment(photo: Any) -> None:
    """The vendor's record says why in `reviews[].comment` (it has no `failed_reason`);
    a null `photo` leaves the reviews unparsed (dicts)."""
    from creatify._jobs import DYOA_JOB
    from creatify_api import models

    review = {"id": DYOA_ID, "status": "rejected", "photo": photo, "creator": None}
    record = {
        "id": DYOA_ID,
        "status": "rejected",
        "reviews": [{**review, "comment": "blurry"}, {**review, "comment": "not a real person"}],
    }
    with pytest.raises(DyoaRejected) as rejected:
        DYOA_JOB.raise_if_failed(models.Dyoa.from_dict(record))
    assert rejected.value.failed_reason == "not a real person"
    # A record without reviews: its `failed_reason`, kept with the fields the spec lacks.
    with pytest.raises(DyoaRejected) as rejected:
        DYOA_JOB.raise_if_failed(
            models.Dyoa.from_dict({**record, "reviews": [], "failed_reason": "why"})
        )
    assert rejected.value.failed_reason == "why"
