"""Where downloads may go: only inside the output folder the server was started with."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

from mcp.shared.path_security import PathEscapeError, is_absolute_path, safe_join

from .._exceptions import InvalidInputError
from .._media import HEAD_SIZE, identify


def target_in(folder: Path, relative: str) -> Path:
    """`relative` inside `folder`, or an `InvalidInputError` on `path` saying why not.

    Refused: absolute paths (POSIX or Windows) and `~`, `..`, hidden names (the journal
    lives in the folder as a dot file), and any path that leaves the folder once symbolic
    links are followed (the `mcp` package's `safe_join`).
    """
    if not isinstance(relative, str) or not relative.strip():
        raise InvalidInputError("path", "must be a file name inside the output folder")
    if "\x00" in relative:
        raise InvalidInputError("path", "must not contain a NUL character")
    if relative.startswith("~") or is_absolute_path(relative):
        raise InvalidInputError(
            "path", f"must be relative to the output folder, not absolute: {relative}"
        )
    # Split on both / and \ on every OS, here and in the join; `..` is a dot name too.
    if any(part.startswith(".") for part in PureWindowsPath(relative).parts):
        raise InvalidInputError("path", f"must not go up (..) or name a hidden file: {relative}")
    try:
        target = safe_join(folder, relative.replace("\\", "/"))
    except PathEscapeError as exc:
        raise InvalidInputError("path", f"leaves the output folder ({exc}): {relative}") from None
    if target == folder.resolve():  # a link to the folder itself: not a file in it
        raise InvalidInputError("path", f"must name a file or folder inside: {relative}")
    return target


def content_type(path: Path) -> str:
    """The MIME type of a saved output, read from its first bytes (as the download
    checked them), not from its name."""
    with open(path, "rb") as file:
        head = file.read(HEAD_SIZE)
    found = identify(head)
    return found.mime if found is not None else "application/octet-stream"
