"""How to read the two kinds of job: custom avatars (personas) and lipsync videos."""

from __future__ import annotations

from typing import Any

from creatify_api import models
from creatify_api.types import Unset

from ._exceptions import AvatarFailed, AvatarRejected, LipsyncFailed
from ._polling import JobKind

AVATAR_DONE = "done"
AVATAR_FAILED = "failed"
AVATAR_REJECTED = "rejected"
LIPSYNC_DONE = "done"
LIPSYNC_FAILED = "failed"


def value(field: Any) -> Any:
    """A generated model's field, with `UNSET` read as None."""
    return None if isinstance(field, Unset) else field


def progress_fraction(raw: Any) -> float | None:
    """`progress` is a number on one documentation page and a string on another."""
    if raw is None or isinstance(raw, (Unset, bool)):
        return None
    try:
        number = float(raw)
    except (TypeError, ValueError):
        return None
    return number if number == number else None


def _avatar_finished(persona: models.Persona) -> bool:
    status = value(persona.process_status)
    reason = value(persona.failed_reason)
    if status == AVATAR_FAILED:
        raise AvatarFailed(str(persona.id), reason, persona)
    if status == AVATAR_REJECTED:
        raise AvatarRejected(str(persona.id), reason, persona)
    return status == AVATAR_DONE or value(persona.is_active) is True


def _lipsync_finished(lipsync: models.Lipsync) -> bool:
    if lipsync.status == LIPSYNC_FAILED:
        raise LipsyncFailed(str(lipsync.id), value(lipsync.failed_reason), lipsync)
    return lipsync.status == LIPSYNC_DONE


AVATAR_JOB: JobKind[models.Persona] = JobKind(
    status_of=lambda p: value(p.process_status),
    progress_of=lambda p: None,
    finished=_avatar_finished,
)
LIPSYNC_JOB: JobKind[models.Lipsync] = JobKind(
    status_of=lambda v: v.status,
    progress_of=lambda v: progress_fraction(value(v.progress)),
    finished=_lipsync_finished,
)
