"""Custom-avatar uploads: checks before sending, container sniffing, multipart, streaming."""

from __future__ import annotations

import io
import re
import tracemalloc
from asyncio import sleep
from pathlib import Path
from typing import Any

import httpx
import pytest
from creatify import Creatify, InvalidInputError, InvalidVideoError

from tests.faults.server import Fault, serving
from tests.overlay.helpers import API_KEY, Script, json_response, sync_client

FIXTURES = Path(__file__).resolve().parents[2] / "mock" / "fixtures"
MP4 = FIXTURES / "james.mp4"
MOV = FIXTURES / "consent.mov"
CREATED = {
    "id": "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60",
    "gender": "m",
    "creator_name": "James",
    "process_status": "pending",
    "created_at": "2025-05-21T11:03:56Z",
    "updated_at": "2025-05-21T11:03:56Z",
}
GOOD: dict[str, Any] = {"creator_name": "James", "gender": "m", "video_scene": "office"}


def ok_script() -> Script:
    return Script([json_response(201, CREATED)])


def parts(request: httpx.Request) -> dict[str, list[tuple[str, bytes]]]:
    """Multipart parts by name: (the part's headers, its body)."""
    boundary = re.search(r"boundary=(\S+)", request.headers["Content-Type"]).group(1)  # type: ignore[union-attr]
    found: dict[str, list[tuple[str, bytes]]] = {}
    for chunk in request.content.split(b"--" + boundary.encode())[1:-1]:
        head, _, body = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        name = re.search(rb'name="([^"]+)"', head).group(1).decode()  # type: ignore[union-attr]
        found.setdefault(name, []).append((head.decode(), body))
    return found


@pytest.fixture
def text_as_mp4(tmp_path: Path) -> Path:
    path = tmp_path / "not-a-video.mp4"
    path.write_text("hello, I am a text file with a video's name")
    return path


@pytest.fixture
def heic(tmp_path: Path) -> Path:
    path = tmp_path / "photo.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
    return path


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.mp4"
    path.write_bytes(b"")
    return path


BAD_INPUTS: list[tuple[str, str, dict[str, Any]]] = [
    ("missing file", "lipsync_input", {"lipsync_input": "/no/such/file.mp4"}),
    ("a folder", "lipsync_input", {"lipsync_input": FIXTURES}),
    ("empty bytes", "lipsync_input", {"lipsync_input": b""}),
    ("bytes that are not a video", "lipsync_input", {"lipsync_input": b"GIF89a......."}),
    ("consent not a video", "consent_video", {"consent_video": b"\x00\x00\x00\x10nope1234"}),
    ("gender", "gender", {"gender": "x"}),
    ("gender missing", "gender", {"gender": None}),
    ("creator_name too long", "creator_name", {"creator_name": "a" * 256}),
    ("creator_name empty", "creator_name", {"creator_name": "  "}),
    ("video_scene too long", "video_scene", {"video_scene": "b" * 256}),
    ("keywords too long", "keywords", {"keywords": "c" * 256}),
    ("webhook_url not http", "webhook_url", {"webhook_url": "ftp://example.com/hook"}),
    ("webhook_url too long", "webhook_url", {"webhook_url": "https://e.com/" + "d" * 190}),
    ("labels not a list", "labels", {"labels": "a,b"}),
    ("gdown_url not a URL", "gdown_url", {"gdown_url": "drive"}),
    ("unknown field", "colour", {"colour": "blue"}),
    ("on_progress not callable", "on_progress", {"on_progress": 5}),
    # Called inside httpx's reads of the file, where nothing can await it: it never ran.
    ("on_progress async", "on_progress", {"on_progress": sleep}),
]


@pytest.mark.parametrize(("case", "field", "change"), BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_is_refused_before_any_request(
    case: str, field: str, change: dict[str, Any]
) -> None:
    """Each rule raises a ValueError naming the field; the server receives nothing."""
    script = ok_script()
    kwargs: dict[str, Any] = {"lipsync_input": MP4, "consent_video": MOV, **GOOD, **change}
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    with pytest.raises(InvalidInputError) as info:
        sync_client(script).avatars.create_from_files(**kwargs)
    assert isinstance(info.value, ValueError)
    assert info.value.field == field
    assert field in str(info.value) and info.value.rule
    assert script.count == 0


@pytest.mark.parametrize("fixture", ["text_as_mp4", "heic", "empty"])
def test_files_are_judged_by_content_not_name(fixture: str, request: pytest.FixtureRequest) -> None:
    """A text file or an image named .mp4, or an empty file, is refused."""
    script = ok_script()
    with pytest.raises(InvalidVideoError):
        sync_client(script).avatars.create_from_files(request.getfixturevalue(fixture), **GOOD)
    assert script.count == 0


def test_text_mode_file_is_refused() -> None:
    """A file opened in text mode cannot be uploaded."""
    with (
        MP4.open("r", encoding="latin-1") as text,
        pytest.raises(InvalidVideoError, match="binary"),
    ):
        sync_client(ok_script()).avatars.create_from_files(text, **GOOD)  # type: ignore[arg-type]


def test_upload_sends_typed_parts_with_a_random_boundary() -> None:
    """MP4 and QuickTime parts carry their real type; the boundary is never `+++`."""
    script = Script([json_response(201, CREATED)])
    client = sync_client(script)
    for _ in range(2):
        client.avatars.create_from_files(
            lipsync_input=MP4,
            consent_video=MOV,
            labels=["a", "b"],
            webhook_url="https://e.com/h",
            **GOOD,
        )
    first, second = script.requests
    boundaries = [
        re.search(r"boundary=(\S+)", r.headers["Content-Type"]).group(1) for r in (first, second)
    ]  # type: ignore[union-attr]
    assert "+++" not in boundaries and boundaries[0] != boundaries[1]
    found = parts(first)
    assert "Content-Type: video/mp4" in found["lipsync_input"][0][0]
    assert 'filename="james.mp4"' in found["lipsync_input"][0][0]
    assert found["lipsync_input"][0][1] == MP4.read_bytes()
    assert "Content-Type: video/quicktime" in found["consent_video"][0][0]
    assert [body for _, body in found["labels"]] == [b"a", b"b"]
    assert found["gender"][0][1] == b"m"
    assert b"None" not in first.content.split(b"\r\n\r\n", 1)[0]


def test_bytes_and_file_objects_are_accepted() -> None:
    """A video may be bytes or an open binary file, not only a path."""
    script = ok_script()
    with MOV.open("rb") as consent:
        sync_client(script).avatars.create_from_files(MP4.read_bytes(), consent, **GOOD)
    found = parts(script.requests[0])
    assert found["lipsync_input"][0][1] == MP4.read_bytes()
    assert found["consent_video"][0][1] == MOV.read_bytes()
    assert "video/quicktime" in found["consent_video"][0][0]


def test_a_file_object_is_sent_from_its_current_position() -> None:
    """A file positioned past a header uploads from there."""
    junk = b"JUNKJUNK"
    stream = io.BytesIO(junk + MP4.read_bytes())
    stream.seek(len(junk))
    script = ok_script()
    sync_client(script).avatars.create_from_files(stream, **GOOD)
    assert parts(script.requests[0])["lipsync_input"][0][1] == MP4.read_bytes()


def test_progress_callback_reaches_the_total() -> None:
    """on_progress sees growing byte counts ending at the size of both videos."""
    seen: list[tuple[int, int]] = []
    sync_client(ok_script()).avatars.create_from_files(
        MP4, MOV, on_progress=lambda d, t: seen.append((d, t)), **GOOD
    )
    total = MP4.stat().st_size + MOV.stat().st_size
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_files_opened_from_paths_are_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK closes what it opened, even when the request fails."""
    opened: list[io.BufferedReader] = []
    real_open = Path.open

    def tracking_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, *args, **kwargs)
        opened.append(handle)
        return handle

    monkeypatch.setattr(Path, "open", tracking_open)
    script = Script([json_response(400, {"creator_name": ["bad"]})])
    with pytest.raises(Exception, match="400"):
        sync_client(script).avatars.create_from_files(MP4, MOV, **GOOD)
    assert opened and all(h.closed for h in opened)


def test_upload_streams_from_disk(tmp_path: Path) -> None:
    """Uploading 48 MiB to a real local server allocates well under 8 MiB in Python."""
    big = tmp_path / "big.mp4"
    with big.open("wb") as out:
        out.write(MP4.read_bytes()[:64])
        out.truncate(48 * 1024 * 1024)  # sparse: fast to make, real bytes to send
    created = Fault(status=201, body=httpx.Response(201, json=CREATED).content)
    with serving(created) as server:
        client = Creatify("id", API_KEY, server.url)
        tracemalloc.start()
        try:
            client.avatars.create_from_files(big, **GOOD)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert server.received[0].body_bytes > 48 * 1024 * 1024
    assert peak < 8 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB"


def test_a_file_name_that_is_not_utf8_is_sent(tmp_path: Path) -> None:
    """A name read from bytes that are not UTF-8 holds a lone surrogate (`\\udcff`); it is
    sent with `?` in its place, not lost in a `UnicodeEncodeError` from httpx (issue 24)."""
    path = tmp_path / "caf\udcff.mp4"
    path.write_bytes(MP4.read_bytes())
    script = ok_script()
    sync_client(script).avatars.create_from_files(path, **GOOD)
    assert 'filename="caf?.mp4"' in parts(script.requests[0])["lipsync_input"][0][0]


def test_a_home_relative_path_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`~/clip.mp4` is the file in the home folder, as for downloads and in a shell."""
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "clip.mp4").write_bytes(MP4.read_bytes())
    script = ok_script()
    sync_client(script).avatars.create_from_files("~/clip.mp4", **GOOD)
    assert parts(script.requests[0])["lipsync_input"][0][1] == MP4.read_bytes()
    with pytest.raises(InvalidVideoError, match=r"file does not exist: .*/missing\.mp4"):
        sync_client(ok_script()).avatars.create_from_files("~/missing.mp4", **GOOD)
