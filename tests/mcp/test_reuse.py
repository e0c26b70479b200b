"""A paid create repeated within 10 minutes returns the earlier job, across restarts."""

from __future__ import annotations

import re
import sqlite3

import anyio
import pytest
from creatify import AsyncCreatify, InvalidInputError
from creatify._jobs import JOB_KINDS
from creatify._options import OPERATION_SCHEMA
from creatify._requests import request_body
from creatify.mcp.journal import Journal
from creatify.mcp.tools import request_digest
from creatify_api import models

from tests.cli.prefer_proxy import header_proxy
from tests.mcp.helpers import PERSONA, Server, mock_records

ARGS = {"creator": PERSONA, "text": "Only once, please", "aspect_ratio": "9x16"}


async def test_the_same_create_after_a_restart_is_the_same_job(server: Server) -> None:
    before = mock_records(server.base_url)
    async with server.session() as session:
        first = await session.ok("lipsyncs_create", ARGS)
    # A new server process: only the journal in the output folder remembers.
    async with server.session() as session:
        second = await session.ok("lipsyncs_create", dict(reversed(ARGS.items())))
        other = await session.ok("lipsyncs_create", {**ARGS, "text": "Something else"})
    assert first["reused"] is False
    assert second["reused"] is True and second["id"] == first["id"]
    assert second["first_sent_at"]
    assert other["reused"] is False and other["id"] != first["id"]
    assert mock_records(server.base_url) - before == 2  # one job, then the different one
    journal = Journal(server.output_dir / ".creatify-mcp.sqlite3")
    try:
        rows = journal.entries()
    finally:
        journal.close()
    assert [(row["state"], row["job_id"]) for row in rows] == [
        ("created", first["id"]),
        ("created", other["id"]),
    ]


async def test_a_create_whose_outcome_is_unknown_is_not_sent_again(server: Server) -> None:
    """A `sending` row (the server died between sending and recording): refused."""
    async with server.session() as session:
        first = await session.ok("lipsyncs_create", ARGS)
    path = server.output_dir / ".creatify-mcp.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("UPDATE creates SET state = 'sending', job_id = NULL")
    before = mock_records(server.base_url)
    async with server.session() as session:
        message = await session.error("lipsyncs_create", ARGS)
    assert "outcome is not known" in message and "lipsyncs_list" in message
    assert mock_records(server.base_url) == before
    assert first["id"] not in message


async def test_a_refused_create_is_not_remembered(server: Server) -> None:
    """Bad input never leaves the machine, so fixing and re-sending it is a new create."""
    async with server.session() as session:
        await session.error("lipsyncs_create", {**ARGS, "creator": "not-a-uuid"})
        created = await session.ok("lipsyncs_create", ARGS)
    assert created["reused"] is False


async def test_a_state_path_elsewhere_holds_the_journal(server: Server) -> None:
    state = server.output_dir.parent / "state" / "journal.sqlite3"
    async with server.session("--state", str(state)) as session:
        first = await session.ok("lipsyncs_create", ARGS)
    async with server.session("--state", str(state)) as session:
        second = await session.ok("lipsyncs_create", ARGS)
    assert second["reused"] is True and second["id"] == first["id"]
    assert state.is_file()
    assert not (server.output_dir / ".creatify-mcp.sqlite3").exists()


async def test_an_earlier_job_deleted_since_is_created_again(server: Server) -> None:
    """The earlier job's look-up answers 404: nothing to reuse, so the create is sent and
    its result says why (S1-4), instead of a 404 of a look-up the agent never asked for."""
    args = {"name": "Ada", "age_group": "young_adult", "gender": "f"}
    async with server.session() as session:
        first = await session.ok("dyoa_create", args)
        async with AsyncCreatify(server.api_id, server.api_key, base_url=server.base_url) as sdk:
            await sdk.dyoa.delete(first["id"])
        again = await session.ok("dyoa_create", args)
        reused = await session.ok("dyoa_create", args)
    assert again["reused"] is False and again["id"] != first["id"]
    assert first["id"] in again["earlier_job"] and "not found" in again["earlier_job"]
    assert reused["reused"] is True and reused["id"] == again["id"]


async def test_parallel_identical_creates_make_one_job(server: Server) -> None:
    """Agents call tools in parallel: the second identical call waits for the first."""
    before = mock_records(server.base_url)
    results: list[dict[str, object]] = []
    async with server.session() as session:

        async def create() -> None:
            results.append(await session.ok("lipsyncs_create", ARGS))

        async with anyio.create_task_group() as group:
            for _ in range(3):
                group.start_soon(create)
    assert len({r["id"] for r in results}) == 1
    assert sorted(r["reused"] for r in results) == [False, True, True]
    assert mock_records(server.base_url) - before == 1


async def test_the_same_request_written_differently_is_the_same_job(server: Server) -> None:
    """Keyed on the body the SDK sends, not on how the arguments were typed; a request
    that differs in a value is still a new job."""
    before = mock_records(server.base_url)
    async with server.session() as session:
        first = await session.ok("lipsyncs_create", ARGS)
        same = [
            await session.ok("lipsyncs_create", {**ARGS, **variant})
            for variant in (
                {"creator": PERSONA.upper()},
                {"creator": "{" + PERSONA + "}"},
                {"aspect_ratio": "9:16"},
                {"name": None},
            )
        ]
        other = await session.ok("lipsyncs_create", {**ARGS, "aspect_ratio": "16:9"})
    assert all(s["reused"] is True and s["id"] == first["id"] for s in same), same
    assert other["reused"] is False and other["id"] != first["id"]
    assert mock_records(server.base_url) - before == 2


AURORA = JOB_KINDS["aurora"]
AURORA_ARGS = {"image": "https://example.com/a.png", "audio": "https://example.com/a.mp3"}


@pytest.mark.parametrize(
    ("given", "same"),
    [
        ({"prompt_guidance_scale": 1}, True),  # the default the spec declares
        ({"prompt_guidance_scale": 1.0}, True),
        ({"prompt_guidance_scale": 2}, False),
        ({"text_prompt": "calm"}, False),
        ({"image": "https://example.com/b.png"}, False),
    ],
)
def test_a_field_at_its_declared_default_is_the_same_request(
    given: dict[str, object], same: bool
) -> None:
    digest = request_digest("acc@http://127.0.0.1:4010", AURORA, AURORA_ARGS)
    changed = {**AURORA_ARGS, **given}
    other = request_digest("acc@http://127.0.0.1:4010", AURORA, changed)
    assert (other == digest) is same


UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
SCENE = {"character": {"avatar_id": UUID}, "voice": {"input_text": "Hi"}}


@pytest.mark.parametrize(
    ("namespace", "args", "at_default"),
    [
        ("lipsyncs", {"creator": PERSONA, "text": "Hi"}, {"model_version": "standard"}),
        ("aurora", AURORA_ARGS, {"model_version": "aurora_v1"}),
        (
            "ads_clone",
            {"link": UUID, "video_url": "https://example.com/ad.mp4"},
            {"aspect_ratio": "9x16"},
        ),
        (
            "custom_template_jobs",
            {"template_id": UUID, "variables": {}},
            {"model_version": "standard"},
        ),
        ("lipsyncs_v2", {"video_inputs": [SCENE]}, {"model_version": "standard"}),
        (
            "lipsyncs_v2",
            {"video_inputs": [SCENE]},
            {"video_inputs": [{**SCENE, "character": {"avatar_id": UUID, "hidden": False}}]},
        ),
    ],
)
def test_a_default_the_vendor_states_in_words_is_the_same_request(
    namespace: str, args: dict[str, object], at_default: dict[str, object]
) -> None:
    """The spec declares these as `default:` (openapi/README.md, 25): the tools' schemas
    say them, and a create given one is the create without it (S1-1). The SDK still
    sends only what it is given."""
    kind = JOB_KINDS[namespace]
    digest = request_digest("acc@http://127.0.0.1:4010", kind, args)
    assert request_digest("acc@http://127.0.0.1:4010", kind, {**args, **at_default}) == digest
    operation = next(call.operation for call in kind.calls if call.name == "create")
    model = getattr(models, OPERATION_SCHEMA[operation])
    assert request_body(model, args).to_dict().keys() == args.keys()


def test_a_journal_written_before_keeps_matching() -> None:
    """Arguments written as the SDK sends them have the digest the journal's rows have
    had from the start (of the arguments as given), so a journal on disk still finds
    its creates."""
    digest = request_digest("acc@http://127.0.0.1:4010", JOB_KINDS["lipsyncs"], ARGS)
    assert digest == "3da4f150c9f1ed9e96baa7560745bd4714106cbeabd5a9d1c590091ddfab4b94"


def test_bad_input_is_refused_while_keying_before_any_request() -> None:
    with pytest.raises(InvalidInputError) as info:
        request_digest("acc@x", JOB_KINDS["lipsyncs"], {**ARGS, "creator": "x"})
    assert info.value.field == "creator"


async def test_the_same_gen_video_is_sent_once_and_bad_input_not_at_all(server: Server) -> None:
    """A product task's second paid step has the creates' rules (W1-1): the same request
    (its task id however written) within the window returns the task with `reused: true`
    and sends nothing; a bad id or option is refused before any request."""
    posts: list[str] = []

    def count(method: str, body: bytes) -> bytes:
        posts.extend([method] * (method == "POST"))
        return body

    with header_proxy(server.base_url, {"X-Mock-Job-Seconds": "1"}, count) as url:
        server.base_url = url
        async with server.session() as session:
            task = await session.ok(
                "product_to_videos_gen_image", {"product_url": "https://shop.example.com/p"}
            )
            await session.ok("product_to_videos_wait", {"id": task["id"], "stage": "image"})
            args = {"id": task["id"], "motion_style": "talking"}
            first = await session.ok("product_to_videos_gen_video", args)
            again = await session.ok(
                "product_to_videos_gen_video", {**args, "id": task["id"].upper()}
            )
            assert len(posts) == 2  # gen_image, gen_video
            bad_id = await session.error("product_to_videos_gen_video", {**args, "id": "x"})
            bad_style = await session.error(
                "product_to_videos_gen_video", {**args, "motion_style": "a b"}
            )
            no_id = await session.error("product_to_videos_gen_video", {"motion_style": "talking"})
    assert first["reused"] is False and again["reused"] is True
    assert again["id"] == first["id"] == task["id"]
    assert len(posts) == 2
    assert bad_id.startswith("id:") and no_id.startswith("id:")
    assert "motion_style" in bad_style


def test_a_gen_video_is_keyed_on_its_task() -> None:
    kind = JOB_KINDS["product_to_videos"]
    digest = request_digest("acc@x", kind, {"id": UUID}, "gen_video")
    assert digest != request_digest(
        "acc@x", kind, {"id": "4fa85f64-5717-4562-b3fc-2c963f66afa6"}, "gen_video"
    )
    assert digest == request_digest("acc@x", kind, {"id": "{" + UUID.upper() + "}"}, "gen_video")


async def test_a_gen_video_is_sent_only_to_a_task_at_image_generated(server: Server) -> None:
    """A task's video is asked for once (V9-1): not while its image is being made, not
    again with other options, not after the SDK (or the CLI) asked for it, each refused
    without a POST; and a video download before it says which tool asks (V9-3)."""
    posts: list[str] = []

    def count(method: str, body: bytes) -> bytes:
        posts.extend([method] * (method == "POST"))
        return body

    with header_proxy(server.base_url, {"X-Mock-Job-Seconds": "2"}, count) as url:
        server.base_url = url
        async with server.session() as session:
            first, second = [
                await session.ok("product_to_videos_gen_image", {"product_url": product})
                for product in ("https://shop.example.com/p", "https://shop.example.com/q")
            ]
            early = await session.error("product_to_videos_gen_video", {"id": first["id"]})
            assert re.search("this one is (initializing|image_generating):", early)
            assert len(posts) == 2
            for task in (first, second):
                await session.ok("product_to_videos_wait", {"id": task["id"], "stage": "image"})
            not_asked = await session.error("product_to_videos_download", {"id": first["id"]})
            assert "call product_to_videos_gen_video" in not_asked
            await session.ok("product_to_videos_gen_video", {"id": first["id"]})
            other = {"id": first["id"], "motion_style": "dancing"}
            assert (await session.ok("product_to_videos_gen_video", other))["reused"] is True
            async with AsyncCreatify(server.api_id, server.api_key, url) as sdk:
                await sdk.product_to_videos.gen_video(second["id"])
            sent = len(posts)
            late = await session.error("product_to_videos_gen_video", {"id": second["id"]})
    assert sent == len(posts) == 4  # two gen_image, a gen_video, the SDK's gen_video
    assert "is sent only to a task at image_generated, and this one is video_generating" in late
    assert server.api_key not in late


def test_an_unknown_gen_video_is_looked_for_on_its_task() -> None:
    """A step makes no job: its task's status tells whether it was sent (V9-2)."""
    from creatify.mcp.tools import _unknown_outcome

    text = str(_unknown_outcome(JOB_KINDS["product_to_videos"], "gen_video", 0.0, UUID))
    assert f"product_to_videos_get of the task {UUID} tells whether it was" in text
    assert "_list" not in text


async def test_a_gen_video_answered_at_image_generated_says_no_next(server: Server) -> None:
    """The service may answer a gen_video with the task still at image_generated: its
    result said `next`: call product_to_videos_gen_video (paid) again (V10-4)."""

    def lagging(method: str, body: bytes) -> bytes:
        return re.sub(rb'"video_generat(ing|ed)"', b'"image_generated"', body)

    with header_proxy(server.base_url, {"X-Mock-Job-Seconds": "1"}, lagging) as url:
        server.base_url = url
        async with server.session() as session:
            product = {"product_url": "https://shop.example.com/p"}
            task = await session.ok("product_to_videos_gen_image", product)
            await session.ok("product_to_videos_wait", {"id": task["id"], "stage": "image"})
            asked = await session.ok("product_to_videos_gen_video", {"id": task["id"]})
            again = await session.ok("product_to_videos_gen_video", {"id": task["id"]})
            got = await session.ok("product_to_videos_get", {"id": task["id"]})
    assert asked["status"] == "image_generated" and "next" not in asked
    assert again["reused"] is True and "next" not in again  # (V11-2)
    assert "next" in got  # a plain read still says how the video is asked for


async def test_a_gen_video_without_an_answer_says_to_read_the_task(server: Server) -> None:
    """An answer that does not parse: the request may have been carried out. A step makes
    no job, so the error does not say to list recent jobs (the SDK's note), but to read
    the task (V10-3)."""

    def garbled(method: str, body: bytes) -> bytes:  # the gen_video's answer only
        return b"<html>" if method == "POST" and b'"video_generating"' in body else body

    with header_proxy(server.base_url, {"X-Mock-Job-Seconds": "1"}, garbled) as url:
        server.base_url = url
        async with server.session() as session:
            product = {"product_url": "https://shop.example.com/p"}
            task = await session.ok("product_to_videos_gen_image", product)
            await session.ok("product_to_videos_wait", {"id": task["id"], "stage": "image"})
            message = await session.error("product_to_videos_gen_video", {"id": task["id"]})
    assert "product_to_video gen_video may have been sent (and cost credits)" in message
    assert f"product_to_videos_get of the task {task['id']} tells" in message
    assert "list recent jobs" not in message and "may have made a job" not in message
