"""Paths the user gives: `~` is expanded everywhere, as a shell would (uploads, batch
inputs, journals, output folders and downloads alike)."""

from __future__ import annotations

import os
from pathlib import Path


def user_path(path: str | os.PathLike[str]) -> Path:
    """`path` as a `Path`, with a leading `~` or `~user` expanded."""
    return Path(os.path.expanduser(os.fspath(path)))
