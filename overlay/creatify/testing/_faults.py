"""The mock's own request headers: faults on demand and a job's time and outcome.

`X-Mock-Fault: 429[=SECONDS] | 4xx | 5xx | delay=SECONDS | reset`, comma-separated and
applied in order (`delay=2,503`); `X-Mock-Job-Seconds`, `X-Mock-Outcome`,
`X-Mock-Failed-Reason`, `X-Mock-Webhook-Repeat`. A value the mock cannot take is a 400
naming the header (DRF's `{field: [message]}`), before anything else happens.
"""

from __future__ import annotations

import asyncio
import math
import re
import socket
from collections.abc import Mapping
from dataclasses import dataclass

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._state import OUTCOMES, Answer, JobOptions

STATUS = re.compile(r"[45][0-9]{2}")
WHOLE = re.compile(r"[0-9]{1,6}")
MAX_DELAY = 120.0
MAX_JOB_SECONDS = 3600.0
MAX_REPEAT = 10
# The rules of a fault, said once: the header's words and `FakeCreatify.fault_next`'s.
STATUS_RULE = "a 4xx or 5xx status"
RETRY_AFTER_RULE = "a whole number of seconds from 0 to 999999"
FAULT_HELP = f"429[=SECONDS], {STATUS_RULE}, delay=SECONDS (0 to 120) or reset"


def header_error(name: str, message: str) -> Answer:
    return Answer(400, {name: [message]})


def _whole_text(value: object) -> str:
    """A whole number (text, an int, or a float with no fraction) as its digits; "" for
    anything else (a bool, NaN, 1.5)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, str) else str(value) if type(value) is int else ""


def fault_status(value: object) -> int | None:
    """The status a fault may answer (`STATUS_RULE`), or None."""
    text = _whole_text(value)
    return int(text) if STATUS.fullmatch(text) else None


def retry_after_text(value: object) -> str | None:
    """A 429's `Retry-After` as its header text (`RETRY_AFTER_RULE`), or None."""
    text = _whole_text(value)
    return text if WHOLE.fullmatch(text) else None


def seconds_within(value: object, bound: float) -> float | None:
    """`value` (text or a number) as a finite number of seconds from 0 to `bound`, or None."""
    if isinstance(value, bool):
        return None
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):  # OverflowError: an int past any float
        return None
    return seconds if math.isfinite(seconds) and 0 <= seconds <= bound else None


@dataclass(frozen=True)
class Fault:
    kind: str  # "delay", "reset" or "status"
    status: int = 0
    seconds: float = 0.0
    retry_after: str = "1"

    def answer(self) -> Answer:
        """A status fault's answer: DRF's body, and a 429's `Retry-After`."""
        headers = {"retry-after": self.retry_after} if self.status == 429 else {}
        return Answer(self.status, {"detail": fault_detail(self.status, self.retry_after)}, headers)


def parse_faults(text: str) -> list[Fault]:
    faults = []
    for item in filter(None, (f.strip() for f in text.split(","))):
        name, has_value, value = item.partition("=")
        status = fault_status(name)
        retry_after = retry_after_text(value) if status == 429 else None
        if name == "delay" and (seconds := seconds_within(value, MAX_DELAY)) is not None:
            faults.append(Fault("delay", seconds=seconds))
        elif name == "reset" and not has_value:
            faults.append(Fault("reset"))
        elif status is not None and (not has_value or retry_after is not None):
            faults.append(Fault("status", status=status, retry_after=retry_after or "1"))
        else:
            raise header_error("X-Mock-Fault", f"Unknown fault {item!r}: use {FAULT_HELP}.")
    return faults


def fault_detail(status: int, retry_after: str = "1") -> str:
    """The `detail` of a fault's answer, as DRF words it."""
    if status == 429:
        unit = "second" if retry_after == "1" else "seconds"  # DRF's ngettext
        return f"Request was throttled. Expected available in {retry_after} {unit}."
    if status == 503:
        return "Service temporarily unavailable, try again later."
    if status >= 500:
        return "A server error occurred."
    return "The mock was asked to answer this status."


def job_options(headers: Mapping[str, str]) -> JobOptions:
    """The X-Mock-* job headers (lower-case keys), checked; a bad value is a 400."""
    seconds = None
    if (text := headers.get("x-mock-job-seconds")) is not None:
        seconds = seconds_within(text, MAX_JOB_SECONDS)
        if seconds is None:
            raise header_error("X-Mock-Job-Seconds", "A number of seconds from 0 to 3600.")
    outcome = headers.get("x-mock-outcome")
    if outcome is not None and outcome not in OUTCOMES:
        raise header_error("X-Mock-Outcome", f"One of {', '.join(OUTCOMES)}.")
    repeat = -1
    if (text := headers.get("x-mock-webhook-repeat")) is not None:
        if not WHOLE.fullmatch(text) or int(text) > MAX_REPEAT:
            raise header_error("X-Mock-Webhook-Repeat", f"A whole number from 0 to {MAX_REPEAT}.")
        repeat = int(text)
    return JobOptions(seconds, outcome, headers.get("x-mock-failed-reason"), repeat)


class Faults:
    """Applies `X-Mock-Fault`. A fault answer never reaches Prism and creates nothing.

    Outermost but for the guard, so that `reset` can reach the connection.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        try:
            # Every fault is checked before any applies: a bad one answers 400 at once (the
            # 400 naming the rule, as the fake and `make mock` give).
            faults = parse_faults(headers.get(b"x-mock-fault", b"").decode("utf-8", "replace"))
            for fault in faults:
                if fault.kind == "delay":
                    try:
                        await asyncio.sleep(fault.seconds)
                        continue
                    except asyncio.CancelledError:
                        # The server stops and cancels what it still answers (uvicorn's
                        # `timeout_graceful_shutdown`): a 503, not uvicorn's traceback.
                        fault = Fault("status", status=503)
                if fault.kind == "reset":
                    await self._reset(send)
                    return
                raise fault.answer()
        except Answer as answer:
            await JSONResponse(answer.body, answer.status, answer.headers)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    @staticmethod
    async def _reset(send: Send) -> None:
        """Drop the connection with a TCP reset (uvicorn's transport, SO_LINGER 0)."""
        transport = getattr(getattr(send, "__self__", None), "transport", None)
        sock = transport.get_extra_info("socket") if transport is not None else None
        if transport is not None and sock is not None:
            sock.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
            transport.abort()
            return
        # No transport to reach: an answer cut short after its head has the same effect.
        start: Message = {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-length", b"100")],
        }
        await send(start)
        raise ConnectionResetError("X-Mock-Fault: reset")
