"""Batches of the kinds a lost job id cannot be recovered for: the asset generator, AI ad
template jobs and image ads have no `name` (and no list) to carry a row's tag. Against the
stateful mock, counting the account's records per area (`/__mock__/records`): a row whose
create was answered but not recorded (SIGKILL at that instant) or whose answer was lost
(a 503 to the POST) is never sent again by a resume or a re-run; a new key sends it.
"""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path
from typing import Any

import httpx
import pytest
from creatify import AsyncCreatify
from creatify.batch import BatchInputError, BatchRow, arun, read_rows
from creatify.batch._rows import KINDS, check_rows

from tests.batch.helpers import (
    API_KEY,
    FAST,
    GarbleFirstPost,
    batch,
    kill_when,
    new_account,
    start,
    states,
)
from tests.cli.prefer_proxy import header_proxy

IMAGE = "https://example.com/images/product.jpg"
TEMPLATE = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
JPEG = b"\xff\xd8\xff"
ROWS: dict[str, Any] = {
    "iab_images": lambda key: {"image": f"{IMAGE}?{key}"},
    "asset_generator": lambda key: {
        "model_name": "nano-banana",
        "input_params": {"prompt": f"A bottle of olive oil, take {key}"},
    },
    "inspiration_jobs": lambda key: {
        "inspiration_id": TEMPLATE,
        "input_params": {"Product Image": f"{IMAGE}?{key}"},
    },
}
WAITS: dict[str, Any] = {"poll_interval": 0.1, "max_interval": 0.2}


def records(base_url: str, account: str, area: str) -> int:
    """How many records of `area` the mock holds for the account: every create it took."""
    answer = httpx.get(f"{base_url}/__mock__/records", headers={"X-API-ID": account}, timeout=10)
    answer.raise_for_status()
    return int(answer.json().get(area, 0))


def write_jsonl(path: Path, kind: str, keys: list[str]) -> Path:
    path.write_text("".join(json.dumps({"key": k, **ROWS[kind](k)}) + "\n" for k in keys))
    return path


def test_only_the_name_and_list_kinds_are_findable() -> None:
    assert sorted(k.name for k in KINDS.values() if not k.findable) == sorted(ROWS)
    # Unfindable rows carry no tag, so a `name` column is refused like any unknown field.
    with pytest.raises(BatchInputError, match="name"):
        check_rows(KINDS["iab_images"], [BatchRow("a", {"image": IMAGE, "name": "x"})])


@pytest.mark.parametrize("kind", sorted(ROWS))
def test_a_create_answered_but_not_recorded_is_never_sent_again(
    kind: str, mock_base_url: str, tmp_path: Path
) -> None:
    """SIGKILL between the create's answer and the journal's write, then a resume and a
    re-run: the row stays `sending` (its job cannot be looked up) and is not sent; the
    other rows are made once and saved, each into its folder; a new key sends it."""
    account = new_account()
    keys = ["alpha", "bravo", "charlie"]
    jobs = write_jsonl(tmp_path / "jobs.jsonl", kind, keys)
    journal = tmp_path / "jobs.jsonl.journal.sqlite"
    out = tmp_path / "out"
    args = ["run", str(jobs), "--kind", kind, "--out", str(out), "--concurrency", "1", *FAST]

    def sent_not_recorded() -> bool:
        sending = "sending" in states(journal).values()
        return sending and records(mock_base_url, account, kind) == 1

    proc = start(mock_base_url, account, *args, CREATIFY_BATCH_TEST_PAUSE="create=20")
    assert kill_when(proc, sent_not_recorded) is not None
    assert states(journal)["alpha"] == "sending"

    for _ in range(2):  # the resume, then a plain re-run: alpha is never sent again
        again = batch(mock_base_url, account, *args)
        assert again.returncode == 1, again.stderr
        assert states(journal) == {
            "alpha": "sending",
            "bravo": "downloaded",
            "charlie": "downloaded",
        }
        assert records(mock_base_url, account, kind) == 3
        assert "cannot be looked up: not sent again" in again.stdout + again.stderr
    for key in ("bravo", "charlie"):
        saved = sorted((out / key).iterdir())
        assert saved and all(p.read_bytes()[:3] == JPEG for p in saved)
    if kind == "iab_images":
        assert len(list((out / "bravo").iterdir())) == 4  # every banner size

    write_jsonl(jobs, kind, ["alpha-2", "bravo", "charlie"])  # the user's way to send it
    last = batch(mock_base_url, account, *args)
    assert last.returncode == 0, last.stderr
    assert records(mock_base_url, account, kind) == 4
    assert states(journal)["alpha-2"] == "downloaded"


class Faulty(httpx.AsyncBaseTransport):
    """Asks the mock for a 503 (`X-Mock-Fault`) on the first request whose method and
    path start as given; the mock answers without making a record."""

    def __init__(self, *targets: str) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.targets = set(targets)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for target in list(self.targets):
            method, path = target.split(" ")
            if request.method == method and request.url.path.startswith(path):
                self.targets.discard(target)
                request.headers["X-Mock-Fault"] = "503"
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_lost_answer_to_the_post_is_not_sent_again_a_failed_lookup_is(
    mock_base_url: str, tmp_path: Path
) -> None:
    """A 503 to the model list read before the create is retried (no job can exist); a
    503 to the POST may hide a job: the row is left, with a note, and a re-run leaves it."""
    account = new_account()
    rows = [BatchRow(k, ROWS["asset_generator"](k)) for k in ("a", "b")]
    faults = Faulty("GET /api/asset_generator/schemas/", "POST /api/asset_generator/")
    options: dict[str, Any] = {
        "kind": "asset_generator",
        "out_dir": tmp_path / "out",
        "journal": tmp_path / "j.sqlite",
        "concurrency": 1,
        **WAITS,
    }
    async with AsyncCreatify(account, API_KEY, mock_base_url, transport=faults) as client:
        report = await arun(client, rows, **options)
        by_key = {row.key: row for row in report.rows}
        assert by_key["a"].state == "sending" and by_key["b"].state == "downloaded"
        assert "an asset_generator cannot be looked up: not sent again" in str(by_key["a"].error)
        assert report.unanswered == 2  # the look-up, then the POST
        assert report.maybe_sent == 1  # the POST
        again = await arun(client, rows, **options)
    assert [r.state for r in again.rows] == ["sending", "downloaded"]
    assert records(mock_base_url, account, "asset_generator") == 1


async def test_an_unreadable_answer_to_a_create_is_not_sent_again_and_the_rest_go_on(
    mock_base_url: str, tmp_path: Path
) -> None:
    """A 200 whose body does not parse, to one create the mock made: the job may exist and
    cannot be looked up, so the row is left `sending` with its note, as after a 5xx, and
    never sent again; the other row is made and saved. It stopped the whole batch."""
    account = new_account()
    rows = [BatchRow(k, ROWS["asset_generator"](k)) for k in ("a", "b")]
    options: dict[str, Any] = {
        "kind": "asset_generator",
        "out_dir": tmp_path / "out",
        "journal": tmp_path / "j.sqlite",
        "concurrency": 1,
        **WAITS,
    }
    with header_proxy(mock_base_url, {}, rewrite=GarbleFirstPost()) as url:
        async with AsyncCreatify(account, API_KEY, url) as client:
            report = await arun(client, rows, **options)
            again = await arun(client, rows, **options)
    by_key = {row.key: row for row in report.rows}
    assert by_key["a"].state == "sending" and by_key["b"].state == "downloaded"
    assert "answer did not parse" in str(by_key["a"].error)
    assert "an asset_generator cannot be looked up: not sent again" in str(by_key["a"].error)
    assert (report.unanswered, report.maybe_sent) == (1, 1)
    assert [r.state for r in again.rows] == ["sending", "downloaded"]
    assert records(mock_base_url, account, "asset_generator") == 2  # each row made once


async def test_a_row_held_after_a_failed_lookup_is_queued_not_sending(
    mock_base_url: str, tmp_path: Path
) -> None:
    """A 503 to the model list read before the create made no job: while the batch waits
    to try again (1 s), the journal has the row `queued`, so a kill then leaves it to be
    sent by a resume, not `sending` and never sent again."""
    account = new_account()
    journal = tmp_path / "j.sqlite"
    events: list[tuple[str, str]] = []  # ("sent", state) from on_change, ("journal", state)

    async def watch() -> None:
        while True:
            events.append(("journal", states(journal).get("a", "")))
            await asyncio.sleep(0.02)

    faults = Faulty("GET /api/asset_generator/schemas/")
    async with AsyncCreatify(account, API_KEY, mock_base_url, transport=faults) as client:
        watcher = asyncio.create_task(watch())
        try:
            report = await arun(
                client,
                [BatchRow("a", ROWS["asset_generator"]("a"))],
                kind="asset_generator",
                out_dir=tmp_path / "out",
                journal=journal,
                on_change=lambda key, state, progress: events.append(("sent", state)),
                **WAITS,
            )
        finally:
            watcher.cancel()
    assert report.rows[0].state == "downloaded" and report.unanswered == 1
    attempts = [i for i, event in enumerate(events) if event == ("sent", "sending")]
    assert len(attempts) == 2, events
    held = {state for kind, state in events[attempts[0] : attempts[1]] if kind == "journal"}
    assert "queued" in held, events  # "sending" only while the look-up was in flight
    assert records(mock_base_url, account, "asset_generator") == 1


async def test_params_that_break_the_schema_fail_their_row_and_send_nothing(
    mock_base_url: str, tmp_path: Path
) -> None:
    """The model's and template's schemas are checked before each paid create: a bad row
    fails with the parameter named, and no job is made for it."""
    account = new_account()
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(
        json.dumps({"key": "good", **ROWS["inspiration_jobs"]("good")})
        + "\n"
        + json.dumps({"key": "bad", "inspiration_id": TEMPLATE, "input_params": {"Style": "x"}})
        + "\n"
    )
    rows = read_rows(jobs, KINDS["inspiration_jobs"])  # the offline checks pass
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        report = await arun(
            client,
            rows,
            kind="inspiration_jobs",
            out_dir=tmp_path / "out",
            journal=tmp_path / "j.sqlite",
            **WAITS,
        )
    by_key = {row.key: row for row in report.rows}
    assert by_key["good"].state == "downloaded"
    assert by_key["bad"].state == "failed"
    assert "input_params.Product Image" in str(by_key["bad"].error)
    assert records(mock_base_url, account, "inspiration_jobs") == 1


def test_ctrl_c_tells_that_an_unanswered_row_of_such_a_kind_is_not_sent_again(
    mock_base_url: str, tmp_path: Path
) -> None:
    """The note promised "not sent again until 10 minutes after it was sent (its job is
    adopted if it appears)": for these kinds the row is never sent again, nor adopted."""
    account = new_account()
    jobs = write_jsonl(tmp_path / "jobs.jsonl", "iab_images", ["alpha"])
    journal = tmp_path / "jobs.jsonl.journal.sqlite"
    args = ["run", str(jobs), "--kind", "iab_images", "--out", str(tmp_path / "out"), *FAST]
    proc = start(mock_base_url, account, *args, CREATIFY_BATCH_TEST_PAUSE="create=20")
    stderr = kill_when(proc, lambda: "sending" in states(journal).values(), sig=signal.SIGINT)
    assert stderr is not None and proc.returncode == 130, stderr
    assert "check the account for its job" in stderr and "adopted" not in stderr, stderr
