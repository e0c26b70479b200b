"""Save a finished job's output: stream to a temporary file beside the target, then rename.

The streaming loop is `AsyncJobResource._save` in `_async/jobs.py` (and its sync twin).

A failed download leaves no partial file. The video URL is fetched with a separate HTTP
client that carries no credentials: the output lives on a storage host, not the API.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import itertools
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

from ._exceptions import DownloadError, InvalidInputError
from ._media import HEAD_SIZE, Media, check_head
from ._paths import user_path

if sys.platform != "win32":
    import fcntl

# mkstemp creates 0600 files; a saved video gets the mode any new file would (umask).
_UMASK = os.umask(0)
os.umask(_UMASK)

# A name the kernel gives an open file descriptor (`/dev/stdout` links to the first).
DESCRIPTOR = re.compile(r"/(dev|proc/[^/]+)/fd/\d+")

DownloadProgress = Callable[[int, "int | None"], object]
"""Called as `callback(bytes_done, bytes_total_or_None)`; on `AsyncCreatify`, may be async."""


def check_target(path: str | os.PathLike[str]) -> Path:
    """The download's path, checked before any request; `~` is expanded.

    Refused (an `InvalidInputError` on `path`): not a str path, a NUL, a folder (or a name
    ending in a separator, "." or ".."), a socket, a path under a file, a name too long, a
    folder where no file can be written (read-only, /proc, no permission). Missing folders
    are fine: the download creates them (`missing_folder` says which one, beforehand). A
    symbolic link becomes the file it points to; a FIFO or device stays itself (`atomic_target`).
    """
    raw = os.fspath(path) if isinstance(path, (str, os.PathLike)) else path
    if not isinstance(raw, str):
        raise InvalidInputError(
            "path", f"must be a str or os.PathLike path, not {type(raw).__name__}"
        )
    if "\x00" in raw:
        raise InvalidInputError("path", "must not contain a NUL character")
    target = user_path(raw)
    existing = target.parent
    try:
        if target.is_socket():  # open() cannot write one: "No such device or address"
            raise InvalidInputError("path", f"is a socket, not a file: {target}")
        if _special(target):
            if not os.access(target, os.W_OK):
                raise InvalidInputError("path", f"cannot write {target}: permission denied")
            return target
        if target.is_symlink():
            target = Path(os.path.realpath(target))
        # Path("x/.") is "x": the name as typed says a folder.
        if target.is_dir() or os.path.basename(raw) in ("", ".", ".."):
            raise InvalidInputError("path", f"is a folder, not a file name: {raw}")
        # A dangling link (to an unmounted drive) is no folder the download can make.
        found = (f for f in _folders(target) if f.is_symlink() or f.exists())
        existing = next(found, Path(target.anchor))
        if existing.is_symlink() and not existing.exists():
            raise InvalidInputError("path", f"{existing} links to {os.readlink(existing)}: missing")
        if not existing.is_dir():
            raise InvalidInputError("path", f"{existing} is a file, so it cannot hold {target}")
        # Creating (and removing) a folder named as the temporary file will be is the only
        # reliable test: access() says yes to root on /proc, and read-only mounts, ACLs,
        # quotas and name lengths have their own rules.
        os.rmdir(tempfile.mkdtemp(prefix=_part_prefix(target), suffix=".part", dir=existing))
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InvalidInputError("path", f"cannot write in {existing}: {reason}") from None
    return target


def _special(path: Path) -> bool:
    """An existing FIFO or device (through links): no regular file, no folder, no socket
    (`check_target` refuses one); or a name of an open descriptor (`/dev/stdout`), whatever
    it is open on: `>> app.log` must get the video appended, not app.log replaced."""
    return _descriptor(str(path)) or (path.exists() and not (path.is_file() or path.is_dir()))


def _descriptor(path: str) -> bool:
    """`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`, or a link leading to one."""
    for _ in range(40):  # the kernel's own limit of links followed
        if DESCRIPTOR.fullmatch(path):
            return os.path.exists(path)
        if not os.path.islink(path):
            return False
        path = os.path.join(os.path.dirname(path), os.readlink(path))
    return False


def missing_folder(target: Path) -> Path | None:
    """The outermost folder a download to `target` will create, or None."""
    missing = list(itertools.takewhile(lambda folder: not folder.exists(), _folders(target)))
    return missing[-1] if missing else None


def _folders(target: Path) -> tuple[Path, ...]:
    return (target.parent, *target.parent.parents)


@dataclass
class Saving:
    """A download being written: `out`, a temporary file beside `target`, which it becomes
    on success (a name the SDK gives by the file's content is set once the body is in)."""

    out: IO[bytes]
    target: Path


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Saving]:
    """A temporary file in the target's folder, renamed onto `Saving.target` on success.

    Any I/O failure (disk full, a folder removed meanwhile) is a `DownloadError`. Once the
    file is in place, the temporary files of earlier downloads to `target` that were
    killed mid-way go (`remove_stale_parts`).
    """
    tmp: Path | None = None
    started = time.time()
    try:
        if _special(target):
            # Written into, as `curl -o` does: replacing a FIFO or a device (/dev/null, a
            # pipe as /dev/stdout) breaks its readers, and a stream has no file to leave.
            # Appended: a descriptor reopened with truncation would cut a `>>` file.
            with open(target, "ab") as out:
                yield Saving(out, target)
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            prefix=_part_prefix(target), suffix=".part", dir=target.parent
        )
        tmp = Path(tmp_name)
        with os.fdopen(fd, "wb") as out:
            _lock(fd)  # held while it is written: `remove_stale_parts` leaves it
            saving = Saving(out, target)
            yield saving
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, saving.target)
    except OSError as exc:
        raise DownloadError(f"cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    remove_stale_parts(target, started)


def _part_prefix(target: Path) -> str:
    """`.<name>.`, how the temporary files of downloads to `target` start; for a name too
    long to take the 15 bytes more (255 is the usual limit), its hash instead."""
    name = os.fsencode(target.name)
    if len(name) <= 240:
        return f".{target.name}."
    return f".creatify-{hashlib.sha256(name).hexdigest()[:32]}."


def remove_stale_parts(target: Path, before: float) -> None:
    """Remove the temporary files (`.<name>.*.part`) that downloads to `target` killed
    mid-way (kill -9, power loss) left: hidden, and nothing else removes them. Only those
    last written before `before` (a `time.time()`) that no running download holds: each
    locks its own while writing it (where no lock can be taken, on Windows or a filesystem
    without locks, none is removed). Only regular files: opening a FIFO would block."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    for part in target.parent.glob(f"{glob.escape(_part_prefix(target))}*.part"):
        with contextlib.suppress(OSError), open(os.open(part, flags), "rb") as held:
            found = os.fstat(held.fileno())
            if stat.S_ISREG(found.st_mode) and found.st_mtime < before and _lock(held.fileno()):
                part.unlink()


def _lock(fd: int) -> bool:
    """Lock the open file `fd` (released when it closes), at once; False if another holds
    it or no lock can be taken here (best effort: NFS without lockd says ENOLCK)."""
    if sys.platform == "win32":  # pragma: no cover - no advisory lock
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class Progress:
    """A download's bytes so far: those on the wire, as the Content-Length counts them (a
    storage host may send a file gzipped whatever the SDK asks; httpx decodes it), told
    to `on_progress` and checked against the Content-Length; and the decoded first
    `HEAD_SIZE` checked to open a file of `media` (`_media.check_head`) as soon as they
    are in."""

    def __init__(self, response: httpx.Response, url: str, media: Media | None) -> None:
        length = response.headers.get("Content-Length")
        self.total = int(length) if length and length.isdigit() else None
        self.done = self.decoded = 0
        self._response = response
        self._url, self._media = url, media
        self.head = b""  # the first bytes, once checked: what names a file by its content

    def add(self, chunk: bytes) -> None:
        if self._media is not None and len(self.head) < HEAD_SIZE:
            self.head += chunk[: HEAD_SIZE - len(self.head)]
            if len(self.head) == HEAD_SIZE:
                check_head(self._media, self.head, self._url)
        self.decoded += len(chunk)
        # A body already in memory came over no wire (`httpx.MockTransport`): none counted.
        self.done = self._response.num_bytes_downloaded or self.decoded

    def check_complete(self) -> None:
        """At the end of the body: check a body shorter than the head, and the length."""
        if self._media is not None and len(self.head) < HEAD_SIZE:
            check_head(self._media, self.head, self._url)
        if self.total is not None and self.done != self.total:
            raise DownloadError(
                f"download of {self._url} stopped at {self.done} of {self.total} bytes"
            )


PROBE = ".creatify-check"  # a file name no download takes (`check_folder`)


def check_folder(folder: str | os.PathLike[str]) -> Path:
    """A folder to save several files in, checked as `check_target` checks a file (`~`
    expanded; missing folders are fine): a file must be writable there. Errors name
    `folder`, not the file the check tries; "" (an unset variable) is no folder, not the
    current one."""
    if folder == "":
        raise InvalidInputError("folder", "must not be empty")
    try:
        return check_target(Path(folder) / PROBE).parent
    except InvalidInputError as exc:
        given = user_path(folder)
        if given.exists() and not given.is_dir():  # not "banners cannot hold banners"
            raise InvalidInputError("folder", f"{given} is a file, not a folder") from None
        raise InvalidInputError("folder", exc.rule.replace(f"{os.sep}{PROBE}", "")) from None
