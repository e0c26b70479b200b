"""Which of the state machine's areas a job kind names: "lipsyncs", "lipsync", "avatars"..."""

from __future__ import annotations

from .._jobs import JOB_KINDS
from ._resources import AREAS, Area


def area_named(kind: str) -> Area:
    """The area of `kind`: an area name, a client namespace or a job kind's noun."""
    by_name = {area.name: area for area in AREAS}
    if kind in by_name:
        return by_name[kind]
    by_path = {area.retrieve: area for area in AREAS}
    for namespace, job in JOB_KINDS.items():
        if kind in (namespace, job.noun) and job.path in by_path:
            return by_path[job.path]
    known = sorted({*by_name, *JOB_KINDS})
    raise ValueError(f"unknown job kind {kind!r}; known: {', '.join(known)}")
