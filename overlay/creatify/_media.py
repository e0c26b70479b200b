"""What a downloaded output must be: a video, audio or image container, read from its first
bytes.

A job kind names the media it produces (`JobKind.expected_media`); the download loop feeds
the first chunk to `HeadCheck` before writing, so an HTML error page served with a 200, or
a video where speech was expected, fails as a `DownloadError` and leaves no file.
The container is read from the bytes, never from the URL or the Content-Type.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from enum import Enum
from pathlib import PurePosixPath
from typing import NamedTuple
from urllib.parse import urlsplit

from ._exceptions import DownloadError, InvalidVideoError
from ._video import HEAD_SIZE, IMAGE_BRANDS, sniff_container


class Media(str, Enum):
    """The kind of file a job's output is."""

    VIDEO = "video"
    """MP4 or QuickTime."""
    AUDIO = "audio"
    """MP3, WAV, OGG, FLAC, AAC, M4A, AIFF, CAF, WebM/Matroska or AMR."""
    IMAGE = "image"
    """PNG, JPEG, WebP, GIF, HEIF or AVIF."""
    ANY = "image, video or audio"
    """Any of the above: a generative model's output (the asset generator)."""


def image_format(head: bytes) -> str | None:
    """The image format `head` (the first 12 bytes) opens, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[4:8] == b"ftyp" and head[8:12] in IMAGE_BRANDS:
        return "heif"
    return None


def audio_container(head: bytes) -> str | None:
    """The audio container `head` (the first 12 bytes) opens, or None."""
    if head.startswith(b"ID3"):
        return "mp3"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "mp3"  # an MPEG audio or ADTS (AAC) frame sync
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "aiff"
    if head[4:8] == b"ftyp" and head[8:12] not in IMAGE_BRANDS:
        return "m4a"  # audio-only MP4s often carry generic brands (isom, mp42)
    simple = {
        b"OggS": "ogg",
        b"fLaC": "flac",
        b"caff": "caf",
        b"\x1aE\xdf\xa3": "webm",
        b"#!AM": "amr",
    }
    return simple.get(head[:4])


def video_container(head: bytes) -> str | None:
    """The video type (MP4 or QuickTime) `head` (the first 12 bytes) opens, or None."""
    with contextlib.suppress(InvalidVideoError):
        return sniff_container("download", head)
    return None


class Accepted(NamedTuple):
    """What an output of one kind may be: what reads its first bytes (the container's
    name, or None), how a refusal names the kind, and the file extensions of those
    containers, the default first (a saved output's, where its URL has none of them)."""

    readers: tuple[Callable[[bytes], str | None], ...]
    what: str
    suffixes: tuple[str, ...]


ACCEPTED: dict[Media, Accepted] = {
    Media.VIDEO: Accepted((video_container,), "a video (MP4, QuickTime)", (".mp4", ".mov")),
    Media.AUDIO: Accepted(
        (audio_container,),
        "an audio file (MP3, WAV, OGG, FLAC, M4A, ...)",
        tuple(".mp3 .wav .m4a .aac .ogg .oga .opus .flac .webm .aiff .aif .caf .amr".split()),  # noqa: SIM905
    ),
    Media.IMAGE: Accepted(
        (image_format,),
        "an image (PNG, JPEG, WebP, GIF, HEIF)",
        (".png", ".jpg", ".jpeg", ".webp", ".gif", ".heic", ".avif"),
    ),
    # No default: outputs of any media are saved as a folder of files (`output_files`).
    Media.ANY: Accepted(
        (image_format, video_container, audio_container), "an image, a video or audio", ()
    ),
}


def check_head(media: Media, head: bytes, url: str) -> None:
    """Raise `DownloadError` unless `head` opens a file of the `media` kind."""
    readers, what, _ = ACCEPTED[media]
    if not any(read(head) for read in readers):
        raise DownloadError(f"download of {url} is not {what}; it starts with {head[:8]!r}")


def url_suffix(url: str) -> str:
    """The file extension of a URL's path (`.png`), or "" when it has none that is plain."""
    suffix = PurePosixPath(urlsplit(url).path).suffix
    return suffix.lower() if suffix[1:].isalnum() and len(suffix) <= 6 else ""


def file_suffix(media: Media, url: str) -> str:
    """The extension to save an output of `media` from `url` under: the URL's own where
    it is one of the kind's, else the kind's default (for ANY, which has none: the URL's
    own where it is any kind's, else none)."""
    own = url_suffix(url)
    if media is Media.ANY:
        return own if any(own in accepted.suffixes for accepted in ACCEPTED.values()) else ""
    suffixes = ACCEPTED[media].suffixes
    return own if own in suffixes else suffixes[0]


def file_name(job_id: str, name: str, url: str, media: Media) -> str:
    """`<job id>-<name><extension>` for one of a job's files: the id and the name (a banner
    size, a position) come from the service's answer, so anything but letters, digits,
    `.`, `-` and `_` becomes `_`: the name stays one file inside the folder."""
    safe = re.sub(r"[^\w.-]", "_", f"{job_id}-{name}", flags=re.ASCII)
    return f"{safe}{file_suffix(media, url)}"


class HeadCheck:
    """Holds back the first bytes of a download until its container is checked."""

    def __init__(self, media: Media | None, url: str) -> None:
        self._media = media
        self._url = url
        self._head = b""
        self.passed = media is None

    def feed(self, chunk: bytes) -> bytes:
        """The bytes that may be written now (b"" while the head is still short)."""
        if self.passed:
            return chunk
        self._head += chunk
        if len(self._head) < HEAD_SIZE:
            return b""
        return self._release()

    def finish(self) -> bytes:
        """At the end of the body: check a body shorter than the head, return what is held."""
        return b"" if self.passed else self._release()

    def _release(self) -> bytes:
        assert self._media is not None
        check_head(self._media, self._head[:HEAD_SIZE], self._url)
        self.passed = True
        held, self._head = self._head, b""
        return held
