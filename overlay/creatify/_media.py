"""What a downloaded output must be: a video, audio or image container, read from its first
bytes.

A job kind names the media it produces (`JobKind.expected_media`); a download checks its
first bytes as soon as they are in (`_download.Progress`), so an HTML error page served with
a 200, or a video where speech was expected, fails as a `DownloadError` and leaves no file.
The container is read from the bytes, never from the URL or the Content-Type.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import PurePosixPath
from typing import NamedTuple
from urllib.parse import urlsplit

from ._exceptions import DownloadError


class Media(str, Enum):
    """The kind of file a job's output is."""

    VIDEO = "video"
    AUDIO = "audio"
    IMAGE = "image"
    ANY = "image, video or audio"  # a generative model's output (the asset generator)


class Format(NamedTuple):
    """A container that a file's first bytes (`HEAD_SIZE`) open: the media it holds, its
    MIME type, the extension of a file of it and the pattern of those bytes."""

    media: Media
    mime: str
    suffix: str
    head: bytes  # a pattern, matched with re.DOTALL


# ISO base media files (`ftyp` box) whose brand says image (HEIF, AVIF, Canon raw); with an
# audio brand too, not video.
_IMAGE_BRANDS = rb"heic|heix|mif1|msf1|avif|crx "
_NON_VIDEO_BRANDS = _IMAGE_BRANDS + rb"|M4A |M4B |M4P "
HEAD_SIZE = 12

# Images first, then videos, then audio: `identify` returns the first match, and an MP4
# is M4A-shaped. QuickTime opens with `ftyp` (brand `qt  `) or, in older files, with a
# `moov`, `mdat`, `wide`, `free`, `skip` or `pnot` atom.
FORMATS = (
    Format(Media.IMAGE, "image/png", ".png", rb"\x89PNG\r\n\x1a\n"),
    Format(Media.IMAGE, "image/jpeg", ".jpg", rb"\xff\xd8\xff"),
    Format(Media.IMAGE, "image/webp", ".webp", rb"RIFF.{4}WEBP"),
    Format(Media.IMAGE, "image/gif", ".gif", rb"GIF8[79]a"),
    Format(Media.IMAGE, "image/avif", ".avif", rb".{4}ftypavi[fs]"),
    Format(Media.IMAGE, "image/heif", ".heic", rb".{4}ftyp(?:" + _IMAGE_BRANDS + rb")"),
    Format(
        Media.VIDEO, "video/quicktime", ".mov", rb".{4}(?:ftypqt  |moov|mdat|wide|free|skip|pnot)"
    ),
    Format(Media.VIDEO, "video/mp4", ".mp4", rb".{4}ftyp(?!" + _NON_VIDEO_BRANDS + rb")"),
    # An ADTS (AAC) frame sync (layer bits 00), then an ID3 tag or an MPEG audio one.
    Format(Media.AUDIO, "audio/aac", ".aac", rb"\xff[\xf0\xf1\xf8\xf9]"),
    Format(Media.AUDIO, "audio/mpeg", ".mp3", rb"ID3|\xff[\xe0-\xff]"),
    Format(Media.AUDIO, "audio/wav", ".wav", rb"RIFF.{4}WAVE"),
    Format(Media.AUDIO, "audio/aiff", ".aiff", rb"FORM.{4}AIF[FC]"),
    # Audio-only MP4s often carry generic brands (isom, mp42).
    Format(Media.AUDIO, "audio/mp4", ".m4a", rb".{4}ftyp(?!" + _IMAGE_BRANDS + rb")"),
    Format(Media.AUDIO, "audio/ogg", ".ogg", rb"OggS"),
    Format(Media.AUDIO, "audio/flac", ".flac", rb"fLaC"),
    Format(Media.AUDIO, "audio/x-caf", ".caf", rb"caff"),
    Format(Media.AUDIO, "audio/webm", ".webm", rb"\x1aE\xdf\xa3"),
    Format(Media.AUDIO, "audio/amr", ".amr", rb"#!AM"),
)


def identify(head: bytes, media: Media = Media.ANY) -> Format | None:
    """The first format (of `media`, or any) whose pattern `head` starts with, or None."""
    found = (f for f in FORMATS if media in (Media.ANY, f.media))
    return next((f for f in found if re.match(f.head, head, re.DOTALL)), None)


# How a refusal names an output of each kind.
WHAT = {
    Media.VIDEO: "a video (MP4, QuickTime)",
    Media.AUDIO: "an audio file (MP3, WAV, OGG, FLAC, M4A, ...)",
    Media.IMAGE: "an image (PNG, JPEG, WebP, GIF, HEIF)",
    Media.ANY: "an image, a video or audio",
}
# A saved output's extension where neither its URL nor its first bytes name another; none
# for ANY, whose outputs are saved as a folder of files (`output_files`).
DEFAULT_SUFFIX = {Media.VIDEO: ".mp4", Media.AUDIO: ".mp3", Media.IMAGE: ".png"}
# The media of each file extension an output's URL may keep: the formats' own, and other
# names of the same containers.
SUFFIX_MEDIA = {f.suffix: f.media for f in FORMATS} | {
    ".jpeg": Media.IMAGE,
    ".aif": Media.AUDIO,
    ".oga": Media.AUDIO,
    ".opus": Media.AUDIO,
}


def check_head(media: Media, head: bytes, url: str) -> None:
    """Raise `DownloadError` unless `head` opens a file of the `media` kind."""
    if identify(head, media) is None:
        raise DownloadError(f"download of {url} is not {WHAT[media]}; it starts with {head[:8]!r}")


def file_suffix(media: Media, url: str, head: bytes = b"") -> str:
    """The extension to save an output of `media` from `url` under, where the caller named
    no file: the URL's own where it is one of the kind's (of any kind's, for ANY); else
    that of the format the file's first bytes (`head`) are; else the kind's default (ANY
    has none)."""
    own = PurePosixPath(urlsplit(url).path).suffix.lower()  # a known one is plain
    if own in SUFFIX_MEDIA and media in (Media.ANY, SUFFIX_MEDIA[own]):
        return own
    found = identify(head, media)
    return found.suffix if found is not None else DEFAULT_SUFFIX.get(media, "")


def file_stem(job_id: str, name: str) -> str:
    """`<job id>-<name>`, the name of one of a job's files before its extension: the id
    and the name (a banner size, a position) come from the service's answer, so anything
    but letters, digits, `.`, `-` and `_` becomes `_`: the name stays one file inside the
    folder."""
    return re.sub(r"[^\w.-]", "_", f"{job_id}-{name}", flags=re.ASCII)
