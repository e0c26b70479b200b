"""Where downloads may go: only inside the output folder the server was started with."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path, PureWindowsPath

from mcp.shared.path_security import PathEscapeError, is_absolute_path, safe_join

from .._exceptions import InvalidInputError
from .._media import HEAD_SIZE, identify

# The longest path and file name (bytes) Linux takes: a longer one could not be written,
# and resolving it would hold the server's one event loop (it takes time in its parts).
PATH_MAX, NAME_MAX = 4096, 255


def target_in(folder: Path, relative: str, kept: Collection[Path] = ()) -> Path:
    """`relative` inside `folder`, or an `InvalidInputError` on `path` saying why not.

    Refused: absolute paths (POSIX or Windows) and `~`, `..`, hidden names (the journal
    lives in the folder as a dot file), paths longer than the OS takes, any path that
    leaves the folder once symbolic links are followed (the `mcp` package's `safe_join`),
    what exists and is not a regular file or folder (a FIFO would block the server in
    its `open`), and the files of `kept` (the journal's, wherever `--state` put it) or a
    folder holding one.
    """
    if not isinstance(relative, str) or not relative.strip():
        raise InvalidInputError("path", "must be a file name inside the output folder")
    if "\x00" in relative:
        raise InvalidInputError("path", "must not contain a NUL character")
    encoded = relative.encode(errors="surrogatepass")
    if len(encoded) > PATH_MAX or max(map(len, re.split(rb"[/\\]", encoded))) > NAME_MAX:
        raise InvalidInputError(
            "path", f"is longer than the OS takes ({PATH_MAX} bytes, {NAME_MAX} a name)"
        )
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
    if target.exists() and not (target.is_file() or target.is_dir()):
        raise InvalidInputError("path", f"is not a regular file or folder: {relative}")
    if any(target == file or target in file.parents for file in kept):
        raise InvalidInputError("path", f"is or holds the server's journal: {relative}")
    return target


def content_type(path: Path) -> str:
    """The MIME type of a saved output, read from its first bytes (as the download
    checked them), not from its name."""
    with open(path, "rb") as file:
        head = file.read(HEAD_SIZE)
    found = identify(head)
    return found.mime if found is not None else "application/octet-stream"
