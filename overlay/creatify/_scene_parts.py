"""What every type of `creatify.scenes` shares: its JSON form.

`scripts/gen_scenes.py` writes the types themselves from the spec's scene schemas; what
they do with their fields is here, once.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

OffsetLike = tuple[float, float] | Mapping[str, float]
"""`(x, y)` or `{"x": ..., "y": ...}`: a position relative to the frame's centre."""


def wire(value: Any) -> Any:
    """The JSON form: scene types become dicts (None fields left out), offsets dicts."""
    if isinstance(value, Part):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {key: wire(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [wire(item) for item in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


class Part:
    """A scene type: `to_dict()` is its JSON object, with `type` where the API wants one."""

    _type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {} if self._type is None else {"type": self._type}
        for item in fields(self):  # type: ignore[arg-type]
            raw = getattr(self, item.name)
            if raw is None:
                continue
            if item.name == "offset" and isinstance(raw, tuple) and len(raw) == 2:
                raw = {"x": raw[0], "y": raw[1]}
            body[item.name] = wire(raw)
        return body
