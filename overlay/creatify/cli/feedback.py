"""What the command says when things are slow, interrupted or wrong, in the CLI's terms.

- A request that gets no answer for a few seconds: a line on stderr naming what it waits
  for and how long one try may take (instead of minutes of silence).
- Ctrl-C: exit 130, and after a create may have reached the service, how to find out
  whether the avatar or video exists.
- Errors: the SDK names its arguments (`lipsync_input`); the CLI names the options the
  user typed (`--video`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from .._api_call import observe_requests
from .._constants import DEFAULT_TIMEOUT
from .._exceptions import (
    APIConnectionError,
    ConfigurationError,
    CreatifyError,
    InvalidInputError,
)

# Seconds without an answer before the first "waiting for ..." line, then between lines.
SLOW_NOTICE_AFTER = 5.0
SLOW_NOTICE_EVERY = 30.0

# SDK argument -> what the user typed.
CLI_NAMES = {
    "lipsync_input": "--video",
    "consent_video": "--consent",
    "creator_name": "--name",
    "video_scene": "--scene",
    "labels": "--label",
    "creator": "--avatar",
    "model_version": "--model",
    "aspect_ratio": "--aspect-ratio",
    "webhook_url": "--webhook-url",
    "accent": "--accent",
    "name": "--name",
    "text": "--text",
    "audio": "--audio",
    "gender": "--gender",
    "keywords": "--keywords",
    "ids": "--id",
    "id": "ID",
    "path": "the output file",
    "base_url": "--base-url",
    "timeout": "--timeout",
    "poll_interval": "--poll-interval",
    "max_interval": "--poll-interval",
}

# Where a create's avatar or video shows up, by the path of its POST.
LIST_COMMANDS = {
    "/api/lipsyncs/": "creatify lipsyncs list",
    "/api/lipsyncs/preview/": "creatify lipsyncs list",
    "/api/personas/": "creatify avatars list --mine",
    "/api/personas_v2/": "creatify avatars list --mine",
    "/api/lipsyncs_v2/": "creatify lipsyncs-v2 list",
    "/api/lipsyncs_v2/preview/": "creatify lipsyncs-v2 list",
    "/api/text_to_speech/": "creatify tts list",
    "/api/aurora/": "the Creatify web app (the API lists no Aurora videos)",
    "/api/link_to_videos/": "creatify link-to-videos list",
    "/api/link_to_videos/preview/": "creatify link-to-videos list",
    "/api/ai_shorts/": "creatify ai-shorts list",
    "/api/ai_shorts/preview/": "creatify ai-shorts list",
    "/api/ai_editing/": "creatify ai-editing list",
    "/api/ai_editing/preview/": "creatify ai-editing list",
    "/api/custom_template_jobs/": "the Creatify web app (the API lists no template jobs)",
    "/api/product_to_videos/gen_image/": "creatify product-to-videos list",
    "/api/dyoa/": "creatify dyoa list",
}


def cli_name(field: str) -> str:
    """The option the user typed; a path inside a scene file (`video_inputs[1].voice`) as is."""
    if "." in field:
        return field
    base = field.split("[", 1)[0]
    return CLI_NAMES.get(base, base)


def describe(error: CreatifyError) -> str:
    """One line for stderr, in the CLI's terms."""
    if isinstance(error, InvalidInputError):
        return f"{cli_name(error.field)}: {error.rule}"
    if isinstance(error, ConfigurationError):
        return f"{cli_name(error.setting)}: {error.rule}" if error.setting else error.rule
    if isinstance(error, APIConnectionError) and error.maybe_created:
        check = LIST_COMMANDS.get(error.path or "", "the Creatify web app")
        return f"{error}. Check with: {check}"
    return str(error)


class SlowAnswerNotice:
    """Prints what the command waits for when an API answer takes more than a few seconds."""

    def __init__(self, say: Callable[[str], None], base_url: Callable[[], str]) -> None:
        self._say = say
        self._base_url = base_url
        self._lock = threading.Lock()
        self._what: str | None = None
        self._since = 0.0
        self._next_notice = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> SlowAnswerNotice:
        observe_requests(self._observe)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        observe_requests(None)
        self._stop.set()
        self._thread.join(timeout=2)

    def _observe(self, what: str | None) -> None:
        with self._lock:
            self._what = what
            self._since = time.monotonic()
            self._next_notice = self._since + SLOW_NOTICE_AFTER

    def _watch(self) -> None:
        while not self._stop.wait(0.25):
            with self._lock:
                what, since, due = self._what, self._since, self._next_notice
                if what is None or time.monotonic() < due:
                    continue
                self._next_notice = due + SLOW_NOTICE_EVERY
            waited = time.monotonic() - since
            self._say(
                f"waiting for {self._base_url()} to answer {what} ({waited:.0f} s so far; "
                f"a try gives up after {DEFAULT_TIMEOUT.read:.0f} s without an answer, "
                "then it may be retried; Ctrl-C stops)"
            )
