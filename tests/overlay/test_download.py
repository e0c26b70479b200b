"""Downloads: streamed to a temporary file and renamed; nothing partial survives."""

from __future__ import annotations

import asyncio
import errno
import gzip
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from creatify import APIConnectionError, Creatify, DownloadError, InvalidInputError, _download
from creatify._download import check_target, missing_folder
from creatify.testing import FakeCreatify
from creatify.testing._service import media_bytes
from creatify_api.models import Lipsync
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.faults.server import Fault, serving
from tests.overlay.helpers import (
    API_KEY,
    CREATOR_ID,
    LIPSYNC_ID,
    Script,
    json_response,
    lipsync,
    sync_client,
)

VIDEO = media_bytes("lipsync-output.mp4")  # the kit's own sample (package data)


def done(url: str) -> Lipsync:
    return Lipsync.from_dict(lipsync("done", output=url))


def test_download_saves_the_file_and_reports_progress(tmp_path: Path) -> None:
    """The MP4 lands at the path; progress ends at the Content-Length."""
    seen: list[tuple[int, int | None]] = []
    with serving(Fault(body=VIDEO, headers={"Content-Type": "video/mp4"})) as server:
        client = Creatify("id", API_KEY, server.url)
        target = tmp_path / "out" / "hello.mp4"
        path = client.lipsyncs.download(
            done(f"{server.url}/v.mp4"), target, on_progress=lambda d, t: seen.append((d, t))
        )
        headers = server.received[0].headers
    assert path == target and target.read_bytes() == VIDEO
    assert seen[-1] == (len(VIDEO), len(VIDEO))
    assert list(target.parent.iterdir()) == [target]
    assert "x-api-key" not in headers and "x-api-id" not in headers


def test_a_cut_download_leaves_no_file(tmp_path: Path) -> None:
    """A body shorter than its Content-Length fails and leaves nothing behind."""
    cut = Fault(
        body=VIDEO[:1000], declared_length=len(VIDEO), headers={"Content-Type": "video/mp4"}
    )
    with serving(cut) as server:
        client = Creatify("id", API_KEY, server.url, max_retries=0)
        with pytest.raises((DownloadError, APIConnectionError)):
            client.lipsyncs.download(done(f"{server.url}/v.mp4"), tmp_path / "hello.mp4")
    assert list(tmp_path.iterdir()) == []


# A download's writing (`atomic_target`) in a process of its own: "kill" is killed with
# SIGKILL mid-way; "run" writes until its stdin closes.
WRITER = """
import os, sys
from pathlib import Path
from creatify._download import atomic_target
with atomic_target(Path(sys.argv[1])) as saving:
    saving.out.write(b"first half")
    saving.out.flush()
    if sys.argv[2] == "kill":
        os.kill(os.getpid(), 9)
    print("writing", flush=True)
    sys.stdin.read()
    saving.out.write(b", second half")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="no advisory lock: parts are kept")
def test_a_download_removes_the_part_a_killed_one_left_not_a_running_ones(
    tmp_path: Path,
) -> None:
    """A download killed mid-way left its hidden `.hello.mp4.*.part` for ever; the next
    download to the same path removes it, and leaves the part of one still writing."""
    target = tmp_path / "hello.mp4"
    writer = [sys.executable, "-c", WRITER, str(target)]
    assert subprocess.run([*writer, "kill"], check=False).returncode == -signal.SIGKILL
    (killed,) = tmp_path.glob(".hello.mp4.*.part")
    running = subprocess.Popen([*writer, "run"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert running.stdout is not None and running.stdout.readline() == b"writing\n"
    with serving(Fault(body=VIDEO, headers={"Content-Type": "video/mp4"})) as server:
        client = Creatify("id", API_KEY, server.url)
        client.lipsyncs.download(done(f"{server.url}/v.mp4"), target)
    assert target.read_bytes() == VIDEO
    assert not killed.exists()
    assert len(list(tmp_path.glob(".hello.mp4.*.part"))) == 1  # the running one's
    running.communicate(b"", timeout=30)
    assert running.returncode == 0
    assert target.read_bytes() == b"first half, second half"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFO")
def test_a_fifo_named_as_a_part_neither_blocks_nor_goes(tmp_path: Path) -> None:
    """`mkfifo /tmp/.out.mp4.x.part` by anyone: the sweep of stale parts opened it and
    waited for a writer for ever, after the file was saved."""
    target = tmp_path / "out.mp4"
    fifo = tmp_path / ".out.mp4.x.part"
    os.mkfifo(fifo)
    done_in: list[float] = []

    def download() -> None:
        with serving(Fault(body=VIDEO, headers={"Content-Type": "video/mp4"})) as server:
            started = time.monotonic()
            Creatify("id", API_KEY, server.url).lipsyncs.download(
                done(f"{server.url}/v.mp4"), target
            )
            done_in.append(time.monotonic() - started)

    worker = threading.Thread(target=download, daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert done_in, "the download never returned"
    assert target.read_bytes() == VIDEO and fifo.exists()


def test_a_filesystem_without_locks_still_saves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NFS without lockd answers ENOLCK to flock (no such mount here: flock made to say
    so): every download failed there, each leaking its part's descriptor."""

    def no_locks(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(_download.fcntl, "flock", no_locks)
    target = tmp_path / "hello.mp4"
    before = len(os.listdir("/proc/self/fd"))
    with serving(Fault(body=VIDEO, headers={"Content-Type": "video/mp4"})) as server:
        client = Creatify("id", API_KEY, server.url)
        for _ in range(3):
            client.lipsyncs.download(done(f"{server.url}/v.mp4"), target)
        client.close()
    assert target.read_bytes() == VIDEO
    assert len(os.listdir("/proc/self/fd")) <= before


def test_an_existing_file_survives_a_failed_download(tmp_path: Path) -> None:
    """The old file is replaced only by a complete new one."""
    target = tmp_path / "hello.mp4"
    target.write_bytes(b"old")
    with serving(Fault(status=404, body=b"<html>gone</html>")) as server:
        client = Creatify("id", API_KEY, server.url, max_retries=0)
        with pytest.raises(DownloadError, match="404"):
            client.lipsyncs.download(done(f"{server.url}/v.mp4"), target)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_video_that_is_not_done_cannot_be_downloaded(tmp_path: Path) -> None:
    """A running task has no output: a clear error, no request."""
    script = Script([json_response(200, lipsync("running"))])
    with pytest.raises(DownloadError, match="wait for it first"):
        sync_client(script).lipsyncs.download(LIPSYNC_ID, tmp_path / "x.mp4")
    assert [r.method for r in script.requests] == ["GET"]


def test_a_stale_job_says_to_pass_what_wait_returned(tmp_path: Path) -> None:
    """The job `create` returned still says pending after `wait(job.id)`: the error said
    only "wait for it first", which the caller had done."""
    client = FakeCreatify().client()
    job = client.lipsyncs.create(text="Hi", creator=CREATOR_ID)
    client.lipsyncs.wait(job.id)
    with pytest.raises(DownloadError, match="pass the job that `wait` returned, or its id"):
        client.lipsyncs.download(job, tmp_path / "x.mp4")


def test_a_folder_as_target_is_refused_before_any_request(tmp_path: Path) -> None:
    """Downloading onto a folder is bad input: named, and nothing is fetched."""
    from creatify import InvalidInputError

    script = Script([json_response(200, lipsync("done", output="https://cdn/x.mp4"))])
    with pytest.raises(InvalidInputError, match="folder") as info:
        sync_client(script).lipsyncs.download(LIPSYNC_ID, tmp_path)
    assert info.value.field == "path"
    assert script.count == 0


@pytest.mark.parametrize(
    "make_target",
    [
        lambda tmp: Path("/proc/nope.mp4"),  # a place nobody can write, not even root
        lambda tmp: tmp / "hello.mp4" / "out.mp4",  # under a file
        lambda tmp: tmp / "hello.mp4" / "deeper" / "out.mp4",
        lambda tmp: f"{tmp}{os.sep}videos{os.sep}",  # a folder's name: no file called videos
        lambda tmp: f"{tmp}{os.sep}videos{os.sep}.",  # the same: Path drops the "."
        lambda tmp: bytes(tmp / "x.mp4"),
        lambda tmp: tmp / ("x" * 300),
        lambda tmp: tmp / "a\x00b.mp4",
    ],
    ids=["proc", "under a file", "deeper", "slash", "slash dot", "bytes", "long", "NUL"],
)
def test_an_unwritable_target_is_refused_before_any_request(
    tmp_path: Path, make_target: Callable[[Path], Any]
) -> None:
    """Checked before the API is asked: an InvalidInputError on `path`, never an OSError,
    TypeError or ValueError; nothing is created."""
    (tmp_path / "hello.mp4").write_bytes(b"a file")
    script = Script([json_response(200, lipsync("done", output="https://cdn/x.mp4"))])
    with pytest.raises(InvalidInputError) as info:
        sync_client(script).lipsyncs.download(LIPSYNC_ID, make_target(tmp_path))
    assert info.value.field == "path"
    assert script.count == 0
    assert [p.name for p in tmp_path.iterdir()] == ["hello.mp4"]


def test_a_socket_is_refused_before_any_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.access says yes to a socket, but open() cannot write it: once it failed only after
    the paid create."""
    monkeypatch.chdir(tmp_path)  # a socket's path has a short limit
    script = Script([json_response(200, lipsync("done", output="https://cdn/x.mp4"))])
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind("s.sock")
        with pytest.raises(InvalidInputError, match="is a socket"):
            sync_client(script).lipsyncs.download(LIPSYNC_ID, "s.sock")
    assert script.count == 0


def test_a_symlink_is_written_through_to_its_file(tmp_path: Path) -> None:
    """As curl does: the link stays, the file it points to gets the video, atomically."""
    (tmp_path / "real.mp4").write_bytes(b"old")
    (tmp_path / "link.mp4").symlink_to("real.mp4")
    with serving(Fault(body=VIDEO, headers={"Content-Type": "video/mp4"})) as server:
        client = Creatify("id", API_KEY, server.url)
        path = client.lipsyncs.download(done(f"{server.url}/v.mp4"), tmp_path / "link.mp4")
    assert path == tmp_path / "real.mp4" and path.read_bytes() == VIDEO
    assert os.readlink(tmp_path / "link.mp4") == "real.mp4"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.mp4", "real.mp4"]


def test_a_fifo_is_written_into_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO (as /dev/null or a pipe would be) gets the bytes and stays a FIFO; one the
    user may not write is refused first (os.access patched: root may write any)."""
    fifo = tmp_path / "pipe.mp4"
    os.mkfifo(fifo)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with serving(Fault(body=VIDEO, headers={"Content-Type": "video/mp4"})) as server:
        client = Creatify("id", API_KEY, server.url)
        assert client.lipsyncs.download(done(f"{server.url}/v.mp4"), fifo) == fifo
    reader.join(10)
    assert stat.S_ISFIFO(fifo.stat().st_mode) and read == [VIDEO]
    assert list(tmp_path.iterdir()) == [fifo]
    monkeypatch.setattr(os, "access", lambda *args: False)
    script = Script([json_response(200, lipsync("done", output="https://cdn/x.mp4"))])
    with pytest.raises(InvalidInputError, match="cannot write"):
        sync_client(script).lipsyncs.download(LIPSYNC_ID, fifo)
    assert script.count == 0


async def test_the_async_download_checks_the_target_first(tmp_path: Path) -> None:
    """The async twin refuses the same targets before any request."""
    from creatify import InvalidInputError

    from tests.overlay.helpers import async_client

    script = Script([json_response(200, lipsync("done", output="https://cdn/x.mp4"))])
    with pytest.raises(InvalidInputError):
        await async_client(script).lipsyncs.download(LIPSYNC_ID, "/proc/nope.mp4")
    assert script.count == 0


def test_a_tilde_is_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`~/videos/x.mp4` lands in the home folder (created), not in a folder named `~`."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "home").mkdir()
    with serving(Fault(body=VIDEO, headers={"Content-Type": "video/mp4"})) as server:
        client = Creatify("id", API_KEY, server.url)
        path = client.lipsyncs.download(done(f"{server.url}/v.mp4"), "~/videos/x.mp4")
    assert path == tmp_path / "home" / "videos" / "x.mp4"
    assert path.read_bytes() == VIDEO
    assert not (tmp_path / "~").exists()


def test_a_write_failure_is_a_download_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that fills up mid-way (os.fsync failing, patched: no real disk can be made
    full here) gives a DownloadError and no partial file."""
    import errno
    import os

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with serving(Fault(body=VIDEO, headers={"Content-Type": "video/mp4"})) as server:
        client = Creatify("id", API_KEY, server.url)
        with pytest.raises(DownloadError, match="No space left"):
            client.lipsyncs.download(done(f"{server.url}/v.mp4"), tmp_path / "x.mp4")
    assert list(tmp_path.iterdir()) == []


def test_an_async_download_of_a_missing_file_is_a_download_error(tmp_path: Path) -> None:
    """The async twin reads the error body asynchronously: a 404 is a `DownloadError`
    (reading it with the sync `read()` raised RuntimeError on an async stream)."""
    import asyncio

    from creatify import AsyncCreatify

    async def download(base_url: str) -> None:
        async with AsyncCreatify("id", API_KEY, base_url, max_retries=0) as client:
            await client.lipsyncs.download(done(f"{base_url}/v.mp4"), tmp_path / "x.mp4")

    with serving(Fault(status=404, body=b"<html>gone</html>")) as server:
        with pytest.raises(DownloadError, match="404"):
            asyncio.run(download(server.url))
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_the_outermost_folder_a_download_creates(tmp_path: Path) -> None:
    """`missing_folder` walks up to the first folder that exists; None when the target's
    own folder does."""
    target = tmp_path / "a" / "b" / "video.mp4"
    assert missing_folder(target) == tmp_path / "a"
    (tmp_path / "a").mkdir()
    assert missing_folder(target) == tmp_path / "a" / "b"
    (tmp_path / "a" / "b").mkdir()
    assert missing_folder(target) is None


def test_a_target_under_a_file_is_refused_before_any_request(tmp_path: Path) -> None:
    """The nearest existing path above the target is a file: nothing can be written there."""
    (tmp_path / "file").write_bytes(b"x")
    with pytest.raises(InvalidInputError, match="is a file, so it cannot hold"):
        check_target(tmp_path / "file" / "sub" / "video.mp4")
    assert check_target(tmp_path / "new" / "video.mp4") == tmp_path / "new" / "video.mp4"


def test_a_host_that_compresses_when_asked_still_gives_the_whole_file(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    """A storage host (or CDN) that gzips when the client accepts it: the media client
    asks for the file as stored, so the byte count and the Content-Length agree (the
    whole file was refused as cut short: decoded bytes against an encoded length)."""

    def answer(request: Request) -> Response:
        if "gzip" in request.headers.get("Accept-Encoding", ""):
            headers = {"Content-Encoding": "gzip"}
            return Response(gzip.compress(VIDEO), content_type="video/mp4", headers=headers)
        return Response(VIDEO, content_type="video/mp4")

    httpserver.expect_request("/v.mp4").respond_with_handler(answer)
    client = Creatify("id", API_KEY, "https://api.creatify.ai")
    target = client.lipsyncs.download(done(httpserver.url_for("/v.mp4")), tmp_path / "v.mp4")
    assert target.read_bytes() == VIDEO


async def test_an_async_on_progress_is_awaited_on_the_async_client(tmp_path: Path) -> None:
    """Its coroutine was dropped (a RuntimeWarning only): it never ran. `Creatify`, which
    cannot await one, refuses it before any request."""
    from creatify import AsyncCreatify

    seen: list[tuple[int, int | None]] = []

    async def on_progress(done: int, total: int | None) -> None:
        await asyncio.sleep(0)
        seen.append((done, total))

    with serving(Fault(body=VIDEO, headers={"Content-Type": "video/mp4"})) as server:
        async with AsyncCreatify("id", API_KEY, server.url) as client:
            job = done(f"{server.url}/v.mp4")
            await client.lipsyncs.download(job, tmp_path / "v.mp4", on_progress=on_progress)
        with pytest.raises(InvalidInputError) as caught:
            Creatify("id", API_KEY, server.url).lipsyncs.download(
                job, tmp_path / "w.mp4", on_progress=on_progress
            )
        assert server.count() == 1
    assert seen[-1] == (len(VIDEO), len(VIDEO))
    assert caught.value.field == "on_progress"


def test_a_file_sent_gzipped_unasked_is_saved_decoded_and_counted_on_the_wire(
    tmp_path: Path,
) -> None:
    """S3 and CloudFront send an object's stored Content-Encoding whatever the SDK asks:
    httpx decodes it, and the decoded bytes were compared with the wire's Content-Length
    ("stopped at 5012 of 55 bytes" for a whole file). Progress and that check count the
    wire's bytes; the file saved is the decoded one, whose first bytes are still checked."""
    packed, page = gzip.compress(VIDEO), gzip.compress(b"<!doctype html><html>Sign in</html>")
    gzipped = {"Content-Type": "video/mp4", "Content-Encoding": "gzip"}
    seen: list[tuple[int, int | None]] = []
    with serving(Fault(body=packed, headers=gzipped), Fault(body=page, headers=gzipped)) as server:
        client = Creatify("id", API_KEY, server.url)
        path = client.lipsyncs.download(
            done(f"{server.url}/v.mp4"), tmp_path / "v.mp4", on_progress=lambda *p: seen.append(p)
        )
        with pytest.raises(DownloadError, match="is not a video"):
            client.lipsyncs.download(done(f"{server.url}/page"), tmp_path / "page.mp4")
    assert path.read_bytes() == VIDEO
    assert seen[-1] == (len(packed), len(packed))
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("api", ["sync", "async"])
def test_an_output_url_httpx_cannot_parse_is_a_download_error(api: str, tmp_path: Path) -> None:
    """The service's word, not the user's: it was a bare `httpx.InvalidURL` (a traceback
    and exit 1, "the job failed", after a paid `create --download`)."""
    from creatify import AsyncCreatify

    job, target = done("http://[::1/v.mp4"), tmp_path / "v"

    def call() -> object:
        if api == "sync":
            return Creatify("id", API_KEY, "https://api.creatify.ai").lipsyncs.download(job, target)
        client = AsyncCreatify("id", API_KEY, "https://api.creatify.ai")
        return asyncio.run(client.lipsyncs.download(job, target))

    with pytest.raises(DownloadError, match=r"output URL is not a valid URL \(Invalid port"):
        call()
    assert list(tmp_path.iterdir()) == []


JOB_ID = "6f5e4d3c-2b1a-4c0d-9e8f-7a6b5c4d3e2f"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\0" * 64
WEBP = b"RIFF\x44\x00\x00\x00WEBPVP8 " + b"\0" * 64


def download_all(api: str, namespace: str, job: object, folder: Path) -> list[Path]:
    """`client.<namespace>.download(job, folder)` through the sync client, or the async."""
    import asyncio

    from creatify import AsyncCreatify

    if api == "sync":
        with Creatify("id", API_KEY, "https://api.creatify.ai") as client:
            return getattr(client, namespace).download(job, folder)

    async def run() -> list[Path]:
        async with AsyncCreatify("id", API_KEY, "https://api.creatify.ai") as client:
            return await getattr(client, namespace).download(job, folder)

    return asyncio.run(run())


@pytest.mark.parametrize("api", ["sync", "async"])
def test_files_from_urls_without_an_extension_are_named_by_their_bytes(
    api: str, tmp_path: Path, httpserver: HTTPServer
) -> None:
    """Image ads at extensionless URLs: a JPEG is saved as .jpg, a WebP as .webp (both
    were .png, whatever the bytes); a URL's own image extension still names its file."""
    from creatify_api.models import IabImages

    httpserver.expect_request("/ads/abc").respond_with_data(JPEG)
    httpserver.expect_request("/ads/def").respond_with_data(WEBP)
    httpserver.expect_request("/ads/given.png").respond_with_data(JPEG)
    urls = {"300x250": "/ads/abc", "728x90": "/ads/def", "160x600": "/ads/given.png"}
    job = IabImages.from_dict(
        {
            "id": JOB_ID,
            "status": "done",
            "images": {size: httpserver.url_for(path) for size, path in urls.items()},
        }
    )
    saved = download_all(api, "iab_images", job, tmp_path / "ads")
    names = [f"{JOB_ID}-300x250.jpg", f"{JOB_ID}-728x90.webp", f"{JOB_ID}-160x600.png"]
    assert [p.name for p in saved] == names
    assert sorted(p.name for p in (tmp_path / "ads").iterdir()) == sorted(names)
    assert saved[0].read_bytes() == JPEG and saved[1].read_bytes() == WEBP


@pytest.mark.parametrize("api", ["sync", "async"])
def test_generated_assets_without_an_extension_get_their_formats(
    api: str, tmp_path: Path, httpserver: HTTPServer
) -> None:
    """An asset of any media at an extensionless URL: named by what it is (it had no
    extension at all)."""
    from creatify_api.models import AssetGeneration

    httpserver.expect_request("/assets/1").respond_with_data(WEBP)
    httpserver.expect_request("/assets/2").respond_with_data(VIDEO)
    assets = [httpserver.url_for("/assets/1"), {"url": httpserver.url_for("/assets/2")}]
    job = AssetGeneration.from_dict({"id": JOB_ID, "status": "done", "assets": assets})
    saved = download_all(api, "asset_generator", job, tmp_path)
    assert [p.name for p in saved] == [f"{JOB_ID}-1.webp", f"{JOB_ID}-2.mp4"]


def test_unknown_bytes_at_an_extensionless_url_are_still_refused(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    """What no format opens is a DownloadError, as before, and leaves no file."""
    from creatify_api.models import IabImages

    httpserver.expect_request("/ads/abc").respond_with_data(b"<html>sign in</html>")
    url = httpserver.url_for("/ads/abc")
    job = IabImages.from_dict({"id": JOB_ID, "status": "done", "images": {"300x250": url}})
    with pytest.raises(DownloadError, match="is not an image"):
        download_all("sync", "iab_images", job, tmp_path / "ads")
    assert list((tmp_path / "ads").iterdir()) == []


def test_an_end_set_around_a_download_bounds_its_answer_not_its_body(tmp_path: Path) -> None:
    """`ending_within` (the MCP tools' bound): a file that keeps coming past the end is
    saved whole; a storage host that never answers is cut at the end. (An API answer's
    body is cut at the end, as before: tests/mcp/test_bounds.py.)"""
    from creatify._timeouts import ending_within

    body = VIDEO[:200]
    trickle = Fault(body=body, headers={"Content-Type": "video/mp4"}, trickle_delay=0.01)
    with serving(trickle) as slow, serving(Fault(hang=True)) as hung:
        client = Creatify("id", API_KEY, slow.url)
        started = time.monotonic()
        with ending_within(1.0):
            path = client.lipsyncs.download(done(f"{slow.url}/v.mp4"), tmp_path / "slow.mp4")
        assert time.monotonic() - started > 1.0
        assert path.read_bytes() == body
        started = time.monotonic()
        with ending_within(1.0), pytest.raises(APIConnectionError):
            client.lipsyncs.download(done(f"{hung.url}/v.mp4"), tmp_path / "hung.mp4")
        assert 0.9 < time.monotonic() - started < 3.0


def test_a_download_inside_an_end_waits_for_each_byte_as_long_as_its_timeout(
    tmp_path: Path,
) -> None:
    """`ending_within` cuts the wait for the file's answer, not each read of its body:
    bytes 1.5 s apart (longer than the end, within `timeout`) are read until the file is
    whole; before, each read was cut to what was left of the end (1 s)."""
    from creatify._timeouts import ending_within

    body = VIDEO[:96]
    gaps = Fault(
        body=body, headers={"Content-Type": "video/mp4"}, trickle_delay=1.5, trickle_bytes=32
    )
    with serving(gaps) as slow:
        client = Creatify("id", API_KEY, slow.url)
        started = time.monotonic()
        with ending_within(1.0):
            path = client.lipsyncs.download(
                done(f"{slow.url}/v.mp4"), tmp_path / "slow.mp4", timeout=3
            )
        assert time.monotonic() - started > 2.5
        assert path.read_bytes() == body


def test_a_folder_that_cannot_be_made_is_named_as_given(tmp_path: Path) -> None:
    """`check_folder`'s errors name `folder` and the folder, not the file it tries."""
    (tmp_path / "afile").write_bytes(b"x")
    with pytest.raises(InvalidInputError) as caught:
        _download.check_folder(tmp_path / "afile" / "sub")
    assert caught.value.field == "folder"
    assert ".creatify-check" not in str(caught.value) and "afile" in str(caught.value)
    with pytest.raises(InvalidInputError) as caught:  # it said "afile cannot hold afile"
        _download.check_folder(tmp_path / "afile")
    assert str(caught.value) == f"folder: {tmp_path / 'afile'} is a file, not a folder"


@pytest.mark.parametrize("length", [240, 250, 255])
def test_a_name_the_filesystem_takes_is_saved_however_long(tmp_path: Path, length: int) -> None:
    """The temporary file's name is 15 bytes longer than the target's: a long name gets a
    short temporary one, and a part left by a killed download to it is still removed."""
    name = "v" * (length - 4) + ".mp4"
    fake = FakeCreatify()
    client = fake.client()
    job = client.lipsyncs.create_and_wait(text="hi", creator=client.avatars.list()[0].id)
    target = tmp_path / name
    left = tmp_path / (_download._part_prefix(target) + "killed.part")
    left.write_bytes(b"half")
    os.utime(left, (0, 0))
    assert client.lipsyncs.download(job, target) == target
    assert target.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
