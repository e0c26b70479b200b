"""Server-sent events of the streaming text generator, read into text chunks.

The vendor's page gives the path, the body and the 400 only; the event format is taken to
be the usual one: `data:` lines, a blank line ending each event, each `data` a JSON object
whose `text` is the next chunk (a `data` that is not JSON is the text itself). An
`event: error` (or a data object with an `error`) ends the stream with an `APIError`.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._exceptions import APIError

TEXT_KEYS = ("text", "delta", "chunk")
END_EVENTS = frozenset({"done", "end", "close"})


class SseText:
    """Feed it the body's lines; it returns the text of each event as it completes."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self._event = "message"
        self._data: list[str] = []
        self.ended = False

    def feed(self, line: str) -> str | None:
        """The text of the event this line completes, or None."""
        if line:  # a field; a comment (keep-alive) is ":...", a field named "": ignored
            field, _, value = line.partition(":")
            if field == "event":
                self._event = value.removeprefix(" ")
            elif field == "data":
                self._data.append(value.removeprefix(" "))
            return None
        event, data = self._event, "\n".join(self._data)
        self._event, self._data = "message", []
        try:
            parsed: Any = json.loads(data)
        except ValueError:  # also no data: an empty "message" gives None below
            parsed = data
        error = parsed.get("error") if isinstance(parsed, dict) else None
        if event == "error" or error:
            raise APIError(
                f"POST /sse/text_generator/ stream failed: {error or parsed}", request=self._request
            )
        if event in END_EVENTS:
            self.ended = True
            return None
        if isinstance(parsed, dict):
            data = next((parsed[k] for k in TEXT_KEYS if isinstance(parsed.get(k), str)), "")
        return data or None
