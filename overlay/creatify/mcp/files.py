"""Where downloads may go: only inside the output folder the server was started with."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath, PureWindowsPath

from .._exceptions import InvalidInputError
from .._media import HEAD_SIZE, identify


def target_in(folder: Path, relative: str) -> Path:
    """`relative` inside `folder`, or an `InvalidInputError` on `path` saying why not.

    Refused: absolute paths (POSIX or Windows), `..`, hidden names (the journal lives
    in the folder as a dot file), and any path that leaves the folder once symbolic
    links are followed.
    """
    if not isinstance(relative, str) or not relative.strip():
        raise InvalidInputError("path", "must be a file name inside the output folder")
    if "\x00" in relative:
        raise InvalidInputError("path", "must not contain a NUL character")
    posix, windows = PurePosixPath(relative), PureWindowsPath(relative)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or relative.startswith("~"):
        raise InvalidInputError(
            "path", f"must be relative to the output folder, not absolute: {relative}"
        )
    parts = windows.parts  # splits on both / and \
    if any(part == ".." for part in parts):
        raise InvalidInputError("path", f"must stay inside the output folder (no ..): {relative}")
    if any(part.startswith(".") for part in parts):
        raise InvalidInputError("path", f"must not name a hidden file or folder: {relative}")
    root = folder.resolve()
    target = (root / Path(*parts)).resolve()
    if root not in target.parents:
        raise InvalidInputError(
            "path", f"leaves the output folder {root} (through a symbolic link): {relative}"
        )
    return target


def content_type(path: Path) -> str:
    """The MIME type of a saved output, read from its first bytes (as the download
    checked them), not from its name."""
    with open(path, "rb") as file:
        head = file.read(HEAD_SIZE)
    found = identify(head)
    return found.mime if found is not None else "application/octet-stream"


def size_of(path: Path) -> int:
    return os.stat(path).st_size
