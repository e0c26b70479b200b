"""creatify.testing._state on its own: records, progress, outcomes, DYOA, webhooks and pages, on a
clock moved by hand. No Prism, no HTTP."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from creatify._jobs import JOB_KINDS
from creatify.testing._resources import AREAS, ENTRIES
from creatify.testing._state import (
    Answer,
    JobOptions,
    State,
    is_acceptable_webhook_url,
    keep_matching,
    ordered,
    outcome_of,
    page_size_of,
    paginate,
    unique_by_id,
)

KIT = Path(__file__).resolve().parents[2] / "overlay" / "creatify" / "testing"
AREA = {area.name: area for area in AREAS}
MEDIA = "http://mock.test"


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def state(clock: Clock) -> State:
    return State(clock=clock, job_seconds=10)


def create(state: State, area: str, path: str, **kwargs: object) -> object:
    spec_area = AREA[area]
    return state.create(
        area=spec_area,
        stage=spec_area.creates[path],
        account=str(kwargs.pop("account", "acc")),
        data=dict(kwargs.pop("data", {})),  # type: ignore[call-overload]
        media_base=MEDIA,
        webhook_url=kwargs.pop("webhook_url", None),  # type: ignore[arg-type]
        options=JobOptions(**kwargs),  # type: ignore[arg-type]
    )


def test_the_state_modules_import_the_standard_library_and_the_declarations() -> None:
    """They live in the package (`creatify.testing`), which any user may import: the
    standard library, and the SDK's own declarations of the areas (`_jobs`, `_media`,
    `_options`, the one source `_resources` derives each job area from)."""
    for name in ("_state.py", "_resources.py"):
        tree = ast.parse((KIT / name).read_text())
        imported = {
            (node.module or "").split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
        } | {
            alias.name.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        allowed = {"__future__", "collections", "dataclasses", "datetime", "ipaddress", "logging"}
        allowed |= {"re"}
        allowed |= {"typing", "urllib", "uuid", "_resources", "_jobs", "_media", "_options"}
        assert imported <= allowed, (name, imported - allowed)


def test_a_job_walks_its_statuses_on_the_clock(state: State, clock: Clock) -> None:
    record = create(state, "lipsyncs", "/api/lipsyncs/", data={"text": "hi"})
    seen = []
    for _ in range(11):
        snap = record.snapshot(clock())
        seen.append((snap["status"], snap["progress"]))
        clock.now += 1
    assert seen[0] == ("pending", 0.0)
    assert seen[-1] == ("done", 1.0)
    assert [s for s, _ in seen].index("running") > 0
    progress = [p for _, p in seen]
    assert progress == sorted(progress)
    done = record.snapshot(clock())
    assert done["output"] == f"{MEDIA}/media/lipsync-output.mp4"
    assert done["text"] == "hi" and done.get("failed_reason") is None


@pytest.mark.parametrize("outcome", ["failed", "rejected"])
def test_an_outcome_ends_the_job_without_output(state: State, clock: Clock, outcome: str) -> None:
    record = create(state, "lipsyncs", "/api/lipsyncs/", outcome=outcome)
    clock.now += 10
    snap = record.snapshot(clock())
    assert snap["status"] == outcome and snap["output"] is None
    assert snap["failed_reason"]


def test_outcome_of_header_then_marker() -> None:
    lipsyncs = AREA["lipsyncs"]
    assert outcome_of(lipsyncs, "failed", "[mock:rejected]") == "failed"
    assert outcome_of(lipsyncs, None, "launch [mock:rejected]") == "rejected"
    assert outcome_of(lipsyncs, None, None) == "done"


def test_a_rejection_is_refused_where_the_kind_has_no_rejected_status() -> None:
    """A wait for the kind could not end on it (`JobKind.rejected` is empty)."""
    scripts = AREA["ai_scripts"]
    assert outcome_of(scripts, "failed", "[mock:rejected]") == "failed"
    for chosen, marked, asker in (
        (None, "[mock:rejected]", "target_audience"),
        ("rejected", None, "X-Mock-Outcome"),
    ):
        with pytest.raises(Answer) as refused:
            outcome_of(scripts, chosen, marked)
        assert refused.value.status == 400 and list(refused.value.body) == [asker]
    rejectable = {a.name for a in AREAS if a.rejected and a.name in JOB_KINDS}
    assert rejectable == {n for n, kind in JOB_KINDS.items() if kind.rejected} - {"avatars"}


def test_records_are_per_account(state: State) -> None:
    mine = create(state, "lipsyncs", "/api/lipsyncs/")
    create(state, "lipsyncs", "/api/lipsyncs/", account="other")
    assert state.get("acc", AREA["lipsyncs"], mine.id) is mine
    assert state.get("other", AREA["lipsyncs"], mine.id) is None
    assert state.get("acc", AREA["aurora"], mine.id) is None, "an id of another area"
    assert [r.id for r in state.records_of("acc", AREA["lipsyncs"])] == [mine.id]


def test_dyoa_photos_draft_review_done(state: State, clock: Clock) -> None:
    record = create(state, "dyoa", "/api/dyoa/", data={"name": "Me"})
    first = record.snapshot(clock())
    assert (first["status"], first["photos"], first["reviews"]) == ("initializing", [], [])
    review = AREA["dyoa"].actions["submit_for_review/"]
    with pytest.raises(Answer):
        state.start_action(record, review, JobOptions(), {"chosen_photo_id": record.photo_ids[0]})
    clock.now += 10
    draft = record.snapshot(clock())
    assert draft["status"] == "draft" and len(draft["photos"]) == 2
    with pytest.raises(Answer) as refused:
        state.start_action(record, review, JobOptions(), {"chosen_photo_id": "not-one-of-them"})
    assert refused.value.status == 400 and "chosen_photo_id" in refused.value.body
    chosen = draft["photos"][1]["id"]
    pending = state.start_action(record, review, JobOptions(), {"chosen_photo_id": chosen})
    assert pending["status"] == "pending" and pending["reviews"][0]["status"] == "pending"
    clock.now += 10
    done = record.snapshot(clock())
    assert done["status"] == "done"
    (verdict,) = done["reviews"]
    assert verdict["photo"]["id"] == chosen and verdict["creator"]["id"]


def test_dyoa_review_can_be_rejected(state: State, clock: Clock) -> None:
    record = create(state, "dyoa", "/api/dyoa/")
    clock.now += 10
    review = AREA["dyoa"].actions["submit_for_review/"]
    chosen = {"chosen_photo_id": record.photo_ids[0]}
    state.start_action(record, review, JobOptions(outcome="rejected"), chosen)
    clock.now += 10
    snap = record.snapshot(clock())
    assert snap["status"] == "rejected"
    assert snap["reviews"][0]["status"] == "rejected" and snap["reviews"][0]["creator"] is None


def test_an_action_on_a_moving_clock_answers_as_of_its_start() -> None:
    """The mock's clock (`time.time`) moves between two reads: the answer to an action is
    the record at the moment its stage started (a one-step stage divided by zero)."""

    class Ticking(Clock):
        def __call__(self) -> float:
            self.now += 0.001
            return self.now

    clock = Ticking()
    state = State(clock=clock, job_seconds=10)
    record = create(state, "product_to_videos", "/api/product_to_videos/gen_image/")
    clock.now += 10
    video = AREA["product_to_videos"].actions["gen_video/"]
    assert state.start_action(record, video, JobOptions(), {})["status"] == "video_generating"


def test_update_nests_a_links_fields(state: State) -> None:
    record = create(state, "links", "/api/links/link_with_params/", data={"link": {"title": "Old"}})
    changed = state.update(record, {"title": "New"})
    assert changed["link"]["title"] == "New"


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("http://127.0.0.1:9/hook", True),
        ("http://localhost:9/hook", True),
        ("http://[::1]:9/hook", True),
        ("http://2130706433:9/", False),
        ("http://0x7f000001:9/", False),
        ("http://0177.0.0.1:9/", False),
        ("http://127.1:9/", False),
        ("http://[::ffff:127.0.0.1]:9/", False),
        ("http://example.com/hook", False),
        ("http://10.0.0.1/hook", False),
        ("ftp://127.0.0.1/hook", False),
        ("http://127.0.0.1:99999/hook", False),
    ],
)
def test_webhook_urls_the_mock_accepts(url: str, accepted: bool) -> None:
    assert is_acceptable_webhook_url(url) is accepted


def test_webhook_delivery_rule(state: State, clock: Clock) -> None:
    hook = "http://127.0.0.1:9/hook"
    records = [create(state, "lipsyncs", "/api/lipsyncs/", webhook_url=hook) for _ in range(2)]
    clock.now += 9.9
    assert state.due() == [], "not before the jobs end"
    clock.now += 0.1
    first, second = state.due()
    # By default every second job that ends is reported twice, as the vendor warns.
    assert (first.times, second.times) == (1, 2)
    assert first.payload["status"] == "done" and first.payload["id"] == records[0].id
    assert state.delivery(records[0], records[0].generation + 1) is None, "a stale end"
    refused = create(state, "lipsyncs", "/api/lipsyncs/", webhook_url="http://127.1/")
    clock.now += 10
    assert state.delivery(refused, refused.generation) is None
    assert state.webhooks[-1] == {"id": refused.id, "url": "http://127.1/", "refused": True}
    fixed = create(state, "lipsyncs", "/api/lipsyncs/", webhook_url=hook, webhook_repeat=3)
    clock.now += 10
    assert state.delivery(fixed, fixed.generation).times == 3


def test_a_record_whose_webhook_cannot_be_made_costs_no_other_its_own(
    state: State, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    """A body no create makes now (`output_nums` is no input; provoked by hand here):
    reading it fails, and `due` used to raise, losing the webhooks of every job ending
    with it, and the layer's ticker with them."""
    hook = "http://127.0.0.1:9/creatify-webhook/secret-token"
    broken = create(
        state,
        "asset_generator",
        "/api/asset_generator/",
        webhook_url=hook,
        data={"output_nums": "abc"},
    )
    fine = create(state, "lipsyncs", "/api/lipsyncs/", webhook_url=hook)
    clock.now += 10
    with caplog.at_level("WARNING", logger="creatify.testing"):
        (delivery,) = state.due()
    assert delivery.record_id == fine.id
    assert state.webhooks[-1]["id"] == broken.id
    assert state.webhooks[-1]["error"].startswith("ValueError")
    assert broken.id in caplog.text and "secret-token" not in caplog.text


def test_a_job_kind_without_an_entry_takes_its_webhook_and_marker_from_the_spec(
    state: State, clock: Clock
) -> None:
    """These kinds have no entry in `_resources.ENTRIES`: the webhook body is the spec's
    callback's (the record itself, or a small body whose URL key is the spec's), and the
    `[mock:...]` marker is read from `name`, else the create's first required field."""
    assert {kind.path for kind in JOB_KINDS.values()} <= {area.retrieve for area in AREAS}
    plain = {"iab_images", "text_to_speech", "custom_template_jobs", "lipsyncs_v2"}
    assert plain.isdisjoint(area.name for area in ENTRIES)
    shapes = {
        name: (
            AREA[name].webhook_output_key,
            AREA[name].webhook_output_field,
            AREA[name].name_field,
        )
        for name in plain
    }
    assert shapes == {
        "iab_images": (None, "output", "name"),  # `image` is a URL: no marker
        "text_to_speech": ("video_output", "output", "name"),
        "custom_template_jobs": ("video_output", "video_output", "name"),
        "lipsyncs_v2": ("output", "output", "name"),
    }
    hook = "http://127.0.0.1:9/hook"
    speech = create(state, "text_to_speech", "/api/text_to_speech/", webhook_url=hook)
    banners = create(state, "iab_images", "/api/iab_images/", webhook_url=hook, outcome="failed")
    clock.now += 10
    payload = state.delivery(speech, speech.generation).payload
    assert payload == {
        "id": speech.id,
        "status": "done",
        "failed_reason": None,
        "video_output": f"{MEDIA}/media/speech.mp3",
    }
    assert state.delivery(banners, banners.generation).payload == banners.snapshot(clock())


def test_paginate_like_drf() -> None:
    items = list(range(5))

    def url(n: int) -> str:
        return f"/p?page={n}"

    first = paginate(items, "1", 2, url)
    assert first == {"count": 5, "next": "/p?page=2", "previous": None, "results": [0, 1]}
    assert paginate(items, None, 2, url) == paginate(items, "", 2, url) == first
    last = paginate(items, "3", 2, url)
    assert last["next"] is None and last["previous"] == "/p?page=2" and last["results"] == [4]
    assert paginate(items, "last", 2, url) == last
    assert paginate([], "1", 10, url) == {"count": 0, "next": None, "previous": None, "results": []}
    for page in ("4", "0", "-1", "abc", "1.0", "1e0"):
        with pytest.raises(Answer) as invalid:
            paginate(items, page, 2, url)
        assert (invalid.value.status, invalid.value.body) == (404, {"detail": "Invalid page."})
    assert [page_size_of(text, 10) for text in (None, "3", "0", "-1", "abc", "")] == [
        10,
        3,
        10,
        10,
        10,
        10,
    ]


def test_list_helpers() -> None:
    items = [{"id": "a", "gender": "f"}, {"id": "b", "gender": "m"}, {"id": "a", "gender": "f"}]
    assert unique_by_id(items) == items[:2]
    assert keep_matching(items[:2], {"gender": "m,nb", "ordering": "-id"}) == [items[1]]
    assert keep_matching(items[:2], {"ids": "A"}) == [items[0]]


def test_ordering_puts_nulls_last_and_never_compares_across_types() -> None:
    items = [{"id": 1, "n": None}, {"id": 2, "n": "b"}, {"id": 3, "n": 2}, {"id": 4, "n": [1]}]
    assert [i["id"] for i in ordered(items, "n")] == [3, 2, 4, 1]
    assert [i["id"] for i in ordered(items, "-n")] == [1, 4, 2, 3]
    assert ordered(items, "--n") == ordered(items, "") == items, "not a field DRF knows"
