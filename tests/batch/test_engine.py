"""`creatify.batch.arun` in this process against the stateful mock: a burst of 429s held
by one shared back-off, a row whose job fails and `retry_failed`, a row changed after it
was sent, text-to-speech rows, invalid rows (nothing sent), and a re-run's `out_dir`."""

from __future__ import annotations

import asyncio
import sqlite3
import time
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
from creatify import AsyncCreatify, AuthenticationError, InvalidInputError
from creatify.batch import (
    BatchInputError,
    BatchKind,
    BatchRow,
    arun,
    read_journal,
    read_rows,
    run,
)
from creatify.batch._journal import Journal
from creatify.batch._rows import KINDS, check_rows
from creatify.testing import FakeCreatify

from tests.batch.helpers import (
    API_KEY,
    CREATOR,
    TAG,
    GarbleFirstPost,
    batch,
    creates_per_key,
    env_for,
    job_names,
    new_account,
    write_csv,
)
from tests.batch.helpers import (
    FAST as FAST_CLI,
)
from tests.cli.inprocess import invoke
from tests.cli.prefer_proxy import header_proxy
from tests.faults.server import closed_port

FAST: dict[str, Any] = {"poll_interval": 0.1, "max_interval": 0.2}
SPEECH = (
    Path(__file__).resolve().parents[2]
    / "overlay"
    / "creatify"
    / "testing"
    / "media"
    / "speech.mp3"
).read_bytes()


def rows(*keys: str, name: str | None = None) -> list[BatchRow]:
    extra = {"name": name} if name else {}
    return [BatchRow(k, {"creator": CREATOR, "text": f"Hello {k}", **extra}) for k in keys]


class Throttles(httpx.AsyncBaseTransport):
    """Asks the mock for a 429 (`X-Mock-Fault: 429=1`, Retry-After: 1) on the first
    `burst` creates, and records when each create was sent and each 429 answered. The
    mock answers; this only chooses which requests carry the header."""

    def __init__(self, burst: int) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.burst = burst
        self.sent: list[float] = []
        self.throttled_at: list[float] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            self.sent.append(time.monotonic())
            if len(self.sent) <= self.burst:
                request.headers["X-Mock-Fault"] = "429=1"
        response = await self.inner.handle_async_request(request)
        if response.status_code == 429:
            self.throttled_at.append(time.monotonic())
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_burst_of_429s_holds_every_worker(mock_base_url: str, tmp_path: Path) -> None:
    account = new_account()
    throttles = Throttles(burst=5)
    keys = [f"r{i}" for i in range(6)]
    async with AsyncCreatify(account, API_KEY, mock_base_url, transport=throttles) as client:
        report = await arun(
            client,
            rows(*keys),
            out_dir=tmp_path / "out",
            journal=tmp_path / "j.sqlite",
            concurrency=4,
            **FAST,
        )
    assert report.finished, report.rows
    assert report.rate_limited == 5
    assert creates_per_key(mock_base_url, account) == dict.fromkeys(keys, 1)
    # Shared: no worker sent a create within the second a 429 asked for, after any 429.
    for answered in throttles.throttled_at:
        too_soon = [s for s in throttles.sent if answered < s < answered + 0.95]
        assert not too_soon, (answered, throttles.sent)


async def test_a_failed_job_is_reported_then_retried_under_a_new_tag(
    mock_base_url: str, tmp_path: Path
) -> None:
    account = new_account()
    batch_rows = [*rows("good"), *rows("bad", name="Take [mock:failed]")]
    options: dict[str, Any] = {
        "out_dir": tmp_path / "out",
        "journal": tmp_path / "j.sqlite",
        **FAST,
    }
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        report = await arun(client, batch_rows, **options)
        assert not report.finished
        by_key = {row.key: row for row in report.rows}
        assert by_key["good"].state == "downloaded"
        assert by_key["bad"].state == "failed"
        assert by_key["bad"].failed_reason == "The mock was asked to fail this job."
        first_job = by_key["bad"].job_id
        # A plain re-run sends nothing; retry_failed sends only the failed row, anew.
        again = await arun(client, batch_rows, **options)
        assert creates_per_key(mock_base_url, account) == {"good": 1, "bad": 1}
        assert [r.state for r in again.rows] == ["downloaded", "failed"]
        retried = await arun(client, batch_rows, retry_failed=True, **options)
    assert creates_per_key(mock_base_url, account) == {"good": 1, "bad": 2}
    bad = {row.key: row for row in retried.rows}["bad"]
    assert bad.state == "failed"
    assert bad.job_id != first_job
    names = job_names(mock_base_url, account)
    tags = sorted(name.rsplit("#", 1)[1] for name in names if "/bad#" in name)
    assert tags == ["1]", "2]"]  # a new tag for the second attempt


async def test_a_row_changed_after_it_was_sent_is_reported_not_sent(
    mock_base_url: str, tmp_path: Path
) -> None:
    account = new_account()
    options: dict[str, Any] = {
        "out_dir": tmp_path / "out",
        "journal": tmp_path / "j.sqlite",
        **FAST,
    }
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        await arun(client, rows("a", "b"), **options)
        edited = [rows("a")[0], BatchRow("b", {"creator": CREATOR, "text": "Edited"})]
        report = await arun(client, edited, **options)
    assert report.changed == ["b"]
    assert not report.finished
    assert "changed since it was sent" in str({r.key: r for r in report.rows}["b"].error)
    assert creates_per_key(mock_base_url, account) == {"a": 1, "b": 1}


async def test_a_removed_output_is_downloaded_again_not_created_again(
    mock_base_url: str, tmp_path: Path
) -> None:
    account = new_account()
    options: dict[str, Any] = {"out_dir": tmp_path, "journal": tmp_path / "j.sqlite", **FAST}
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        first = await arun(client, rows("a", "b"), **options)
        assert first.finished
        (tmp_path / "a.mp4").unlink()
        again = await arun(client, rows("a", "b"), **options)
    assert again.finished and (tmp_path / "a.mp4").exists()
    assert creates_per_key(mock_base_url, account) == {"a": 1, "b": 1}


class Refuses(httpx.AsyncBaseTransport):
    """Asks the mock for a 400 (`X-Mock-Fault: 400`, or `fault`) on the create of the row
    whose text holds `text`; the mock answers it without making a job. `others`: the
    fault asked for on the other creates."""

    def __init__(self, text: str, fault: str = "400", others: str = "") -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.text, self.fault, self.others = text.encode(), fault, others

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            fault = self.fault if self.text in request.content else self.others
            request.headers["X-Mock-Fault"] = fault
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_create_refused_with_a_4xx_fails_its_row_and_is_not_sent_again(
    mock_base_url: str, tmp_path: Path
) -> None:
    """A 4xx to the create made no job: the row fails at once with the service's answer
    (not retried, not left to reconcile), the others go on, and a re-run sends nothing."""
    account = new_account()
    options: dict[str, Any] = {"out_dir": tmp_path, "journal": tmp_path / "j.sqlite", **FAST}
    transport = Refuses("Hello refused")
    async with AsyncCreatify(account, API_KEY, mock_base_url, transport=transport) as client:
        report = await arun(client, rows("refused", "good"), **options)
        by_key = {row.key: row for row in report.rows}
        assert by_key["good"].state == "downloaded"
        refused = by_key["refused"]
        assert (refused.state, refused.job_id, refused.failed_reason) == ("failed", None, None)
        assert "400" in str(refused.error) and report.unanswered == 0
        again = await arun(client, rows("refused", "good"), **options)
    assert [row.state for row in again.rows] == ["failed", "downloaded"]
    assert creates_per_key(mock_base_url, account) == {"good": 1}


async def test_speech_rows_are_saved_with_the_audio_extension(
    mock_base_url: str, tmp_path: Path
) -> None:
    account = new_account()
    speech = [BatchRow(k, {"script": f"Line {k}"}) for k in ("one", "two")]
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        report = await arun(
            client, speech, kind="tts", out_dir=tmp_path, journal=tmp_path / "j.sqlite", **FAST
        )
    assert report.finished
    assert (tmp_path / "one.mp3").read_bytes() == SPEECH
    assert creates_per_key(mock_base_url, account, "/api/text_to_speech/") == {"one": 1, "two": 1}


@pytest.mark.parametrize("stop", ["on_change", "401"])
async def test_a_row_that_raises_stops_the_batch_once_every_create_made_is_recorded(
    stop: str, mock_base_url: str, tmp_path: Path
) -> None:
    """Row a stops the batch (its `on_change` raises once its job is made, or its create is
    answered 401) while b's and c's creates are held 1 s at the mock: `arun` raises that
    error once their answers are recorded (their jobs were made: paid), and d, waiting
    for a slot, is not sent. It returned at once and closed the journal under them."""
    account = new_account()

    def on_change(key: str, state: str, progress: float | None) -> None:
        if stop == "on_change" and (key, state) == ("a", "rendering"):
            raise RuntimeError("on_change failed")

    fault = "401" if stop == "401" else ""
    journal = tmp_path / "j"
    transport = Refuses("Hello a", fault, others="delay=1")
    async with AsyncCreatify(account, API_KEY, mock_base_url, transport=transport) as client:
        with pytest.raises(RuntimeError if stop == "on_change" else AuthenticationError):
            await arun(
                client,
                rows(*"abcd"),
                out_dir=tmp_path / "o",
                journal=journal,
                concurrency=3,
                on_change=on_change,
                **FAST,
            )
        running = asyncio.all_tasks() - {asyncio.current_task()}
        listed = await client.lipsyncs.list()
    made = {m[1]: str(job.id) for job in listed if (m := TAG.search(str(job.name)))}
    assert set(made) == ({"a", "b", "c"} if stop == "on_change" else {"b", "c"})
    assert {row.key: row.job_id for row in read_journal(journal)[1] if row.job_id} == made
    assert {row.key: row.state for row in read_journal(journal)[1]}["d"] == "queued"
    assert not running  # no row's task runs on after `arun`


def test_run_where_an_event_loop_runs_names_arun(tmp_path: Path) -> None:
    """As in a notebook's cell: refused before anything is made (no "never awaited")."""

    async def cell() -> None:
        run(rows("a"), out_dir=tmp_path / "o", journal=tmp_path / "j", api_id="x", api_key="k")

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a coroutine never awaited would be a warning
        with pytest.raises(RuntimeError, match=r"await creatify\.batch\.arun\("):
            asyncio.run(cell())
    assert not (tmp_path / "j").exists()


def test_every_invalid_row_is_listed_and_nothing_is_sent(
    mock_base_url: str, tmp_path: Path
) -> None:
    account = new_account()
    jobs = tmp_path / "jobs.csv"
    jobs.write_text(
        "key,creator,text,aspect_ratio,no_music\n"
        f"ok,{CREATOR},Fine,9:16,true\n"
        f"ok,{CREATOR},Same key,,\n"
        "2,not-a-uuid,Hello,,\n"
        f"3,{CREATOR},Hello,4:3,maybe\n"
        f"bad key,{CREATOR},,,\n"
    )
    result = batch(mock_base_url, account, "run", str(jobs), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    for expected in (
        "row 2: key: repeats row 1's key",
        "row 3: creator: must be a UUID",
        "row 4: aspect_ratio: must be one of",
        "row 4: no_music: must be true or false",
        "row 5: key: must be 1 to 64 letters",
        "row 5: text or audio: give exactly one",
    ):
        assert expected in result.stderr
    assert "nothing was sent" in result.stderr
    assert creates_per_key(mock_base_url, account) == {}
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "jobs.csv.journal.sqlite").exists()


@pytest.mark.parametrize(
    ("waits", "field"),
    [({"timeout": -1}, "timeout"), ({"poll_interval": 1, "max_interval": 0.5}, "max_interval")],
)
async def test_a_bad_wait_argument_is_refused_before_any_create(
    waits: dict[str, float], field: str, tmp_path: Path
) -> None:
    """As a bad row is: each create was sent (and paid) before its wait refused it."""
    fake = FakeCreatify()
    async with fake.async_client() as client:
        with pytest.raises(InvalidInputError) as info:
            await arun(client, rows("a"), out_dir=tmp_path / "out", journal=tmp_path / "j", **waits)
    assert info.value.field == field
    assert fake.requests == []
    assert not (tmp_path / "j").exists()


def test_csv_cells_take_the_option_types(tmp_path: Path) -> None:
    """Booleans from words, scenes from JSON, empty cells left out; a JSONL file too."""
    jobs = write_csv(tmp_path / "jobs.csv", ["a"])
    assert read_rows(jobs, KINDS["lipsync"])[0].options == {
        "creator": CREATOR,
        "text": "Hello from row a",
    }
    scenes = '"[{""character"": {""avatar_id"": ""x""}, ""voice"": {""input_text"": ""Hi""}}]"'
    v2 = tmp_path / "v2.csv"
    v2.write_text(f"video_inputs,aspect_ratio\n{scenes},9x16\n")
    row = read_rows(v2, KINDS["lipsync_v2"])[0]
    assert row.key == "1"
    assert row.options["video_inputs"][0]["voice"] == {"input_text": "Hi"}
    lines = tmp_path / "rows.jsonl"
    lines.write_text('{"key": "k", "script": "Hi"}\n\n{"script": 5}\n')
    with pytest.raises(BatchInputError) as caught:
        read_rows(lines, KINDS["tts"])
    assert [str(e) for e in caught.value.errors] == ["row 2: script: must be a string, got int"]


def test_a_name_too_long_for_its_tag_is_refused_before_sending(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError) as caught:
        check_rows(KINDS["lipsync"], rows("a", name="n" * 250))
    assert "with the batch tag" in str(caught.value)


async def test_a_rerun_with_another_out_is_refused_naming_both_folders(
    mock_base_url: str, tmp_path: Path
) -> None:
    """The rows were downloaded to `o`: a re-run with `--out o2` would leave them there
    and put the rest in `o2`. Refused before anything is sent, naming both folders."""
    account = new_account()
    journal = tmp_path / "j.sqlite"
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        assert (
            await arun(client, rows("a"), out_dir=tmp_path / "o", journal=journal, **FAST)
        ).finished
        with pytest.raises(InvalidInputError) as refused:
            await arun(client, rows("a", "b"), out_dir=tmp_path / "o2", journal=journal, **FAST)
    assert refused.value.field == "out_dir"
    assert f"in {tmp_path / 'o'} " in refused.value.rule
    assert f"not {tmp_path / 'o2'}:" in refused.value.rule
    assert not (tmp_path / "o2").exists()
    assert creates_per_key(mock_base_url, account) == {"a": 1}  # `b` was not sent


async def test_a_refused_retry_leaves_the_journal_as_it_was(
    mock_base_url: str, tmp_path: Path
) -> None:
    """`retry_failed` with another `out_dir` is refused (exit 2 in the CLI) before the
    journal changes: the failed row stays failed, so the next plain run does not pay for
    it again. It was requeued first, and the plain run created it anew."""
    account = new_account()
    batch_rows = [*rows("good"), *rows("bad", name="Take [mock:failed]")]
    journal = tmp_path / "j.sqlite"
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        await arun(client, batch_rows, out_dir=tmp_path / "o", journal=journal, **FAST)
        before = read_journal(journal)
        assert [row.state for row in before[1]] == ["downloaded", "failed"]
        with pytest.raises(InvalidInputError, match="outputs of this batch are in"):
            await arun(
                client,
                batch_rows,
                out_dir=tmp_path / "o2",
                journal=journal,
                retry_failed=True,
                **FAST,
            )
        assert read_journal(journal) == before
        again = await arun(client, batch_rows, out_dir=tmp_path / "o", journal=journal, **FAST)
    assert [row.state for row in again.rows] == ["downloaded", "failed"]
    assert creates_per_key(mock_base_url, account) == {"good": 1, "bad": 1}


async def test_an_unreadable_answer_to_one_create_is_looked_up_and_the_batch_goes_on(
    mock_base_url: str, tmp_path: Path
) -> None:
    """One create is answered 200 with a body that does not parse: its job may exist (it
    does), so the row is looked up by its tag, as after a 5xx, and the other rows go on.
    The error stopped the whole batch, its rows in flight left `sending`."""
    account = new_account()
    garble = GarbleFirstPost()
    with header_proxy(mock_base_url, {}, rewrite=garble) as url:
        async with AsyncCreatify(account, API_KEY, url) as client:
            report = await arun(
                client,
                rows("a", "b", "c"),
                out_dir=tmp_path / "o",
                journal=tmp_path / "j",
                concurrency=2,
                **FAST,
            )
    assert report.finished, report.rows
    assert (report.unanswered, report.maybe_sent) == (1, 1)
    assert garble.posts == 3  # none sent again
    assert creates_per_key(mock_base_url, account) == {"a": 1, "b": 1, "c": 1}


async def test_the_journal_records_outputs_wherever_the_run_started(
    mock_base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--out o` from one folder, then the same folder given from another: the outputs
    are found where they are (not downloaded again, not refused)."""
    account = new_account()
    first_folder = tmp_path / "first"
    first_folder.mkdir()
    journal = tmp_path / "j.sqlite"
    monkeypatch.chdir(first_folder)
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        first = await arun(client, rows("a"), out_dir="o", journal=journal, **FAST)
        saved = first_folder / "o" / "a.mp4"
        assert first.rows[0].path == str(saved)
        inode = saved.stat().st_ino
        monkeypatch.chdir(tmp_path)
        again = await arun(client, rows("a"), out_dir=first_folder / "o", journal=journal, **FAST)
    assert again.finished and again.rows[0].path == str(saved)
    assert saved.stat().st_ino == inode  # not downloaded again


async def test_an_older_journal_with_relative_paths_is_still_read(
    mock_base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Journals written before paths were absolute hold `o/a.mp4`, from the folder the
    run started in: run from there, the row is found downloaded in the same `--out`."""
    account = new_account()
    journal = tmp_path / "j.sqlite"
    monkeypatch.chdir(tmp_path)
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        await arun(client, rows("a"), out_dir="o", journal=journal, **FAST)
        with sqlite3.connect(journal) as db:
            db.execute("UPDATE rows SET output_path = 'o/a.mp4'")
        db.close()
        inode = (tmp_path / "o" / "a.mp4").stat().st_ino
        again = await arun(client, rows("a"), out_dir="o", journal=journal, **FAST)
        with pytest.raises(InvalidInputError, match="outputs of this batch are in"):
            await arun(client, rows("a"), out_dir="o2", journal=journal, **FAST)
    assert again.finished and again.rows[0].path == "o/a.mp4"
    assert (tmp_path / "o" / "a.mp4").stat().st_ino == inode
    assert [row.output_path for row in read_journal(journal)[1]] == ["o/a.mp4"]


def test_the_cli_refuses_another_out_and_shows_outputs_from_here(
    mock_base_url: str, tmp_path: Path
) -> None:
    """`creatify batch run`: the table shows `o/a.mp4` (from the working folder); a
    re-run with `--out o2` exits 2 naming --out and both folders."""
    account = new_account()
    jobs = write_csv(tmp_path / "jobs.csv", ["a"])
    env = env_for(mock_base_url, account)
    first = invoke(["batch", "run", str(jobs), "--out", "o", *FAST_CLI], env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "  o/a.mp4  " in first.stdout
    again = invoke(["batch", "run", str(jobs), "--out", "o2", *FAST_CLI], env, cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.startswith(
        f"error: --out: the outputs of this batch are in {tmp_path / 'o'} "
    )
    assert f"not {tmp_path / 'o2'}:" in again.stderr


async def test_a_refused_connection_leaves_its_row_queued_and_says_none_was_sent(
    mock_base_url: str, tmp_path: Path
) -> None:
    """Nothing listens: every try of the create is refused, so none reached the service.
    The row goes back to `queued` (not `sending`, "left to reconcile"), the report counts
    no create that may have been made, and the next run sends it once."""
    account = new_account()
    options: dict[str, Any] = {"out_dir": tmp_path, "journal": tmp_path / "j.sqlite", **FAST}
    async with AsyncCreatify(account, API_KEY, f"http://127.0.0.1:{closed_port()}") as client:
        report = await arun(client, rows("a"), **options)
    row = report.rows[0]
    assert (row.state, report.unanswered, report.maybe_sent) == ("queued", 3, 0)
    assert str(row.error).endswith("(never sent: queued for the next run)")
    async with AsyncCreatify(account, API_KEY, mock_base_url) as client:
        assert (await arun(client, rows("a"), **options)).finished
    assert creates_per_key(mock_base_url, account) == {"a": 1}


def test_the_cli_says_a_refused_create_was_not_sent(tmp_path: Path) -> None:
    jobs = write_csv(tmp_path / "jobs.csv", ["a"])
    env = env_for(f"http://127.0.0.1:{closed_port()}", new_account())
    result = invoke(["batch", "run", str(jobs), "--out", "o", *FAST_CLI], env, cwd=tmp_path)
    assert result.returncode == 1
    assert "3 creates without an answer (none was sent)" in result.stderr
    assert "tag" not in result.stderr.splitlines()[-1]


def test_a_journal_of_another_kind_is_named_with_its_article(tmp_path: Path) -> None:
    Journal(tmp_path / "j.sqlite", "asset_generator").close()
    with pytest.raises(InvalidInputError, match="holds an asset_generator batch, not lipsync"):
        Journal(tmp_path / "j.sqlite", "lipsync")


def test_a_batch_kind_is_made_as_before_and_an_unknown_one_is_named() -> None:
    """`BatchKind(name, job)` as before (`job` optional: looked up by name; equal kinds
    have the same job); an unknown name was a bare StopIteration."""
    job = KINDS["tts"].job
    assert BatchKind("tts", job).job is job and BatchKind("tts") == KINDS["tts"]
    assert BatchKind("lipsync", job) != KINDS["lipsync"]
    with pytest.raises(InvalidInputError, match="got 'nope'") as info:
        BatchKind("nope")
    assert info.value.field == "kind"
    # "" is the `batch` of the kinds that have none: it was a StopIteration (V8-1).
    with pytest.raises(InvalidInputError, match="got ''"):
        BatchKind("")
