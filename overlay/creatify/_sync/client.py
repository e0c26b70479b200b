# Generated from overlay/creatify/_async/client.py by scripts/gen_sync.py: do not edit.
"""The client: `AsyncCreatify` in `_async/client.py`, `Creatify` in its generated twin."""

from __future__ import annotations

import random
import time
from types import TracebackType

import httpx
from creatify_api import Client
from typing_extensions import Self

from .._api_call import remember_response
from .._base_client import ClientBase
from .._types import Sleep, sync_sleep
from .account import Credits, Voices
from .avatars import Avatars
from .lipsyncs import Lipsyncs


class Creatify(ClientBase[httpx.BaseTransport]):
    """The Creatify API client (`AsyncCreatify` awaits the same methods as `Creatify`).

    >>> client = Creatify()  # CREATIFY_API_ID, CREATIFY_API_KEY, CREATIFY_BASE_URL
    >>> video = client.lipsyncs.create_and_wait(text="Hello", creator=avatar_id)
    >>> client.lipsyncs.download(video, "hello.mp4")

    Args:
        api_id: your API id; defaults to `CREATIFY_API_ID`.
        api_key: your API key; defaults to `CREATIFY_API_KEY`. It never appears in a
            message, a log record or a repr.
        base_url: defaults to `CREATIFY_BASE_URL`, else https://api.creatify.ai. Plain
            http is refused except to loopback, unless `allow_insecure_http=True`.
        timeout: seconds (or an `httpx.Timeout`) for one request; default 60 s, 10 s
            to connect.
        max_retries: retries of one request (see `creatify._retry`); default 2, or
            `CREATIFY_MAX_RETRIES`. 0 switches retries off.
        retry_backoff: the first retry's wait, in seconds (default 0.5); it doubles.
        max_retry_wait: the cap of any one retry's wait, `Retry-After` included
            (default 60 s).
        response_deadline: seconds an API answer's body may take once its headers came
            (default 120); bounds a server that trickles bytes just inside `timeout`.
        allow_insecure_http: allow plain http to a host other than loopback.
        transport: an httpx transport to send through (tests use `httpx.MockTransport`).

    Creating a client is free: it sends no request.
    """

    def _connect(self, transport: httpx.BaseTransport | None) -> None:
        s = self._settings
        self._api = Client(base_url=s.base_url).set_httpx_client(
            httpx.Client(
                base_url=s.base_url,
                auth=s.auth,
                transport=s.retrying(
                    transport or httpx.HTTPTransport(), body_deadline=s.response_deadline
                ),
                event_hooks={"response": [remember_response]},
                **s.httpx_kwargs(),
            )
        )
        # Outputs live on storage hosts: no credentials go there; redirects are fine.
        self._media = httpx.Client(
            transport=s.retrying(transport or httpx.HTTPTransport()),
            follow_redirects=True,
            **s.httpx_kwargs(),
        )
        # Replaceable in tests, so that waits take no real time.
        self._sleep: Sleep = sync_sleep
        self._clock = time.monotonic
        self._rng = random.Random()  # noqa: S311 - poll jitter, not cryptography
        self.avatars = Avatars(self)
        self.lipsyncs = Lipsyncs(self)
        self.voices = Voices(self)
        self.credits = Credits(self)

    def close(self) -> None:
        """Close the connection pools."""
        self._api.get_httpx_client().close()
        self._media.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
