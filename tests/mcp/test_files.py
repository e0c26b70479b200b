"""`target_in`: every way out of the output folder is refused, naming `path`; a default
file name keeps the output URL's extension only where it is one of its media's."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from creatify import InvalidInputError
from creatify._frontends import output_name
from creatify._jobs import JOB_KINDS
from creatify._media import Media, file_suffix
from creatify.mcp.files import content_type, target_in


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
