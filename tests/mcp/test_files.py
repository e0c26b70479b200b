"""`target_in`: every way out of the output folder is refused, naming `path`; a default
file name keeps the output URL's extension only where it is one of its media's."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from creatify import InvalidInputError
from creatify._frontends import output_name
from creatify._jobs import JOB_KINDS
from creatify._media import Media, file_suffix
from creatify.mcp.files import content_type, target_in
from creatify.mcp.journal import Journal


@pytest.mark.parametrize(
    "path",
    [
        "../x.mp4",
        "a/../../x.mp4",
        "a/..",
        "/etc/passwd",
        "C:\\x.mp4",
        "C:x.mp4",
        "\\\\server\\share\\x.mp4",
        "..\\x.mp4",
        "~/x.mp4",
        ".creatify-mcp.sqlite3",
        "a/.hidden/x.mp4",
        "x\x00.mp4",
        "",
        "  ",
    ],
)
def test_paths_that_leave_the_folder_are_refused(tmp_path: Path, path: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        target_in(tmp_path, path)
    assert info.value.field == "path"


def test_symbolic_links_that_lead_out_are_refused(tmp_path: Path) -> None:
    folder, outside = tmp_path / "out", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    (folder / "dir").symlink_to(outside, target_is_directory=True)
    (folder / "file.mp4").symlink_to(outside / "file.mp4")
    (folder / "inner").symlink_to(folder / "sub", target_is_directory=True)
    for path in ("dir/x.mp4", "file.mp4"):
        with pytest.raises(InvalidInputError, match="leaves the output folder"):
            target_in(folder, path)
    assert target_in(folder, "inner/x.mp4") == folder.resolve() / "sub" / "x.mp4"
    assert target_in(folder, "a/b/c.mp4") == folder.resolve() / "a" / "b" / "c.mp4"
    # "\" is a separator on every OS too (the hidden-name check splits on it).
    assert target_in(folder, "a\\b.mp4") == folder.resolve() / "a" / "b.mp4"


def test_what_is_not_a_file_or_folder_is_refused(tmp_path: Path) -> None:
    """A FIFO would hold the server's one event loop in its `open` for ever (S1-3)."""
    os.mkfifo(tmp_path / "preview.mp4")
    with pytest.raises(InvalidInputError, match="not a regular file or folder") as info:
        target_in(tmp_path, "preview.mp4")
    assert info.value.field == "path"


def test_the_journal_and_its_companions_are_refused(tmp_path: Path) -> None:
    """Wherever `--state` puts it, a download never replaces the journal (S1-5)."""
    journal = Journal(tmp_path / "sub" / "journal.sqlite3")
    try:
        for path in ("sub", "sub/journal.sqlite3", "sub\\journal.sqlite3-wal"):
            with pytest.raises(InvalidInputError, match="the server's journal"):
                target_in(tmp_path, path, journal.files)
        for path in ("sub/journal.sqlite3-shm", "sub/journal.sqlite3-journal"):
            with pytest.raises(InvalidInputError, match="the server's journal"):
                target_in(tmp_path, path, journal.files)
        assert target_in(tmp_path, "sub/journal.mp4", journal.files).name == "journal.mp4"
    finally:
        journal.close()


def test_paths_longer_than_the_os_takes_are_refused_at_once(tmp_path: Path) -> None:
    """Resolving 300,000 parts held the server ~30 s (S1-6); the longest name is taken."""
    started = time.monotonic()
    for path in ("a/" * 300_000 + "x.mp4", "a/" * 2048 + "x.mp4", "b" * 252 + "é.mp4"):
        with pytest.raises(InvalidInputError, match="longer than the OS takes"):
            target_in(tmp_path, path)
    assert time.monotonic() - started < 1
    assert target_in(tmp_path, "b" * 251 + ".mp4").name == "b" * 251 + ".mp4"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\x00\x00\x00\x18ftypmp42", "video/mp4"),
        (b"\x00\x00\x00\x14ftypqt  ", "video/quicktime"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00\x00\x00", "audio/mpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0d", "image/png"),
        (b"RIFF\x00\x00\x00\x00WAVE", "audio/wav"),
        (b"<html><body>", "application/octet-stream"),
    ],
)
def test_the_content_type_is_read_from_the_bytes(
    tmp_path: Path, head: bytes, expected: str
) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(head + b"\x00" * 32)
    assert content_type(path) == expected


@pytest.mark.parametrize(
    ("media", "url", "suffix"),
    [
        (Media.VIDEO, "https://cdn.example/out.MOV?X-Amz-Signature=s", ".mov"),
        (Media.VIDEO, "https://cdn.example/out", ".mp4"),
        (Media.VIDEO, "https://cdn.example/out.mp3", ".mp4"),
        (Media.AUDIO, "https://cdn.example/speech.wav", ".wav"),
        (Media.AUDIO, "https://cdn.example/speech.aiff", ".aiff"),
        (Media.AUDIO, "https://cdn.example/speech.php", ".mp3"),
        (Media.IMAGE, "https://cdn.example/a.jpeg", ".jpeg"),
        (Media.IMAGE, "https://cdn.example/a.mp4", ".png"),
    ],
)
def test_a_default_name_keeps_only_an_extension_of_its_media(
    media: Media, url: str, suffix: str
) -> None:
    """One table (`_media.SUFFIX_MEDIA`) names the files of the MCP server and of batches."""
    assert file_suffix(media, url) == suffix
    kind = replace(JOB_KINDS["lipsyncs"], expected_media=media)
    job = SimpleNamespace(id="id-1", status="done", output=url)
    assert output_name(kind, job, "lipsyncs-id-1") == f"lipsyncs-id-1{suffix}"


@pytest.mark.parametrize("state", [[], ["--state", "s.sqlite3"]])
def test_an_output_folder_that_cannot_be_made_is_named_in_full(
    tmp_path: Path, state: list[str]
) -> None:
    """A client may start the server in any folder: the error named the relative default,
    or `--state` whichever path failed, and not the option to give (W2-6)."""
    import subprocess
    import sys

    (tmp_path / "a-file").write_text("")
    creatify = str(Path(sys.executable).parent / "creatify")
    args = [creatify, "mcp", "--output-dir", "a-file/out", *state]
    keys = {"CREATIFY_API_ID": "a", "CREATIFY_API_KEY": "b"}
    ended = subprocess.run(
        args, cwd=tmp_path, env={**os.environ, **keys}, capture_output=True, text=True, timeout=60
    )
    assert ended.returncode == 2
    assert ended.stderr.startswith(f"error: cannot use {tmp_path}/a-file/out: Not a directory; ")
    assert "give --output-dir (or --state) an absolute path" in ended.stderr
