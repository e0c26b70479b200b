"""What every job resource can do, read from its `JobKind` (`_jobs.py`).

A namespace class names its kind (`_kind = LIPSYNC_JOB`) and inherits what the kind
declares:
- `AsyncJobResource`: `get`, `wait`, `_create_and_wait`, the one body of every
  `create_and_wait` (it checks every argument before the paid create is sent), and
  `_list`, the one body of every `list` (generated, taking what the operation takes);
- `AsyncDownloads` (`kind.expected_media`): `download`, checked to be that media;
  `AsyncDownloadsAll` (`kind.output_files`): `download(job, folder)` of every file.
An area module writes only its create, preview and render calls, and a `create_and_wait`
typed by its create options that hands its create to `_create_and_wait`.
"""

from __future__ import annotations

import builtins
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

import httpx

from .._api_call import translate_transport_errors
from .._constants import DOWNLOAD_CHUNK_SIZE
from .._download import DownloadProgress, Progress, atomic_target, check_status, check_target
from .._jobs import GeneratedOperation, JobKind
from .._media import HeadCheck, Media, file_name
from .._polling import JobUpdate, Poller, WaitSettings
from .._timeouts import TimeoutArg, as_timeout, call_timeout, capped
from .._types import AsyncFetch, AsyncSleep
from .._validation import check_path_id
from ..webhooks import AsyncWebhookListener, fallback_polls
from .api_call import AsyncResource

J = TypeVar("J")
UpdateCallback = Callable[[JobUpdate], None]


def webhook_sleep(hook: AsyncWebhookListener, job_id: str, terminal: frozenset[str]) -> AsyncSleep:
    """A `sleep` for the wait loop that returns early when a final event of the job
    (`terminal`: its kind's statuses after which it changes no more) reaches `hook`."""
    consumed = [0]

    async def pause(seconds: float) -> None:
        await hook._wait_until(lambda: hook._ended(job_id, terminal) > consumed[0], seconds)
        consumed[0] = hook._ended(job_id, terminal)

    return pause


class AsyncJobResource(AsyncResource, Generic[J]):
    """Strictly private: `get`, `wait` and the body of `create_and_wait` for one kind."""

    _kind: JobKind[J]

    async def _call(self, operation: GeneratedOperation, timeout: TimeoutArg, **kwargs: Any) -> J:
        """One request whose answer is a job of this kind."""
        return await self._request(operation, self._kind.model, timeout, **kwargs)

    async def get(self, id: str | uuid.UUID, *, timeout: TimeoutArg = None) -> J:
        """One job by its id: its status, progress and, once finished, its result.

        Free (reading costs no credits).
        """
        return await self._call(self._kind.retrieve, timeout, id=check_path_id("id", id))

    async def _job(self, job: J | str | uuid.UUID, timeout: httpx.Timeout | None) -> J:
        """`job` itself, or the job of that id read from the API."""
        if isinstance(job, self._kind.model):
            return job
        return await self.get(job, timeout=timeout)  # type: ignore[arg-type]

    async def _save(
        self,
        url: str,
        target: Path,
        on_progress: DownloadProgress | None,
        timeout: httpx.Timeout | None,
    ) -> Path:
        """Stream `url` into `target` (the atomic target: `_download.py`); the body must
        open a file of the kind's media (`_media.py`). `timeout` replaces the client's."""
        token = call_timeout.set(timeout)
        try:
            with translate_transport_errors(f"GET {url}"):
                async with self._host._media.stream("GET", url) as response:
                    if response.status_code >= 400:
                        await response.aread()  # the error quotes the body
                    check_status(response, url)
                    progress = Progress(response, on_progress)
                    head = HeadCheck(self._kind.expected_media, url)
                    with atomic_target(target) as out:
                        async for chunk in response.aiter_bytes(DOWNLOAD_CHUNK_SIZE):
                            out.write(head.feed(chunk))
                            progress.add(len(chunk))
                        out.write(head.finish())
                        progress.check_complete(url)
        finally:
            call_timeout.reset(token)
        return target

    def _wait_settings(
        self,
        timeout: float | None,
        poll_interval: float | None,
        max_interval: float | None,
        on_update: UpdateCallback | None,
        webhook: AsyncWebhookListener | None = None,
    ) -> WaitSettings:
        """The wait's settings, the kind's defaults filling the Nones; a bad one raises
        `InvalidInputError` here, before any request."""
        poll = self._kind.poll if webhook is None else fallback_polls(self._kind.poll)
        return WaitSettings(
            poll.timeout if timeout is None else timeout,
            poll.poll_interval if poll_interval is None else poll_interval,
            poll.max_interval if max_interval is None else max_interval,
            on_update,
        )

    async def wait(
        self,
        id: str | uuid.UUID,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        webhook: AsyncWebhookListener | None = None,
    ) -> J:
        """Check the job now, then poll until it finishes well, and return it.

        Raises the kind's `JobFailedError` subclass (with `failed_reason`) when the job
        fails or is rejected, or `WaitTimeout` (with the last status). Waits 429s (for at
        least their `Retry-After`), 5xx and dropped connections out. `timeout`,
        `poll_interval` and `max_interval` are seconds; None takes the kind's default
        (`JobKind.poll`; the waiting guide lists them).

        While the job's `progress` rises, the next check is timed from the rate so far:
        just past the expected end once half the job has been observed, else after as
        long again as progress has been observed, never sooner than `poll_interval`.
        Without moving progress the wait starts at `poll_interval` and grows 1.5x (less
        up to 20 % jitter) up to `max_interval`. `on_update(JobUpdate)` is called on
        every change of status or progress.

        Each poll request keeps the client's time-out, cut to what is left of `timeout`
        (at least 1 s, so that the check at the deadline can still see the job finish).
        Free: polling costs no credits.

        `webhook`: the listener (`client.webhooks.listen()`) whose URL the job was
        created with. The wait then sleeps until the job's final event arrives and
        confirms it with one `get` (the event alone is never trusted); polls are only a
        fallback, in case the service cannot reach the listener: defaults ~60 s, growing
        to 5 min.
        """
        job_id = check_path_id("id", id)
        settings = self._wait_settings(timeout, poll_interval, max_interval, on_update, webhook)
        clock = self._host._clock
        poller = Poller(job_id, self._kind, settings, clock, self._host._rng)
        ends_at, per_request = clock() + settings.timeout, self._host._settings.timeout
        sleep = self._host._sleep
        if webhook is not None:
            kind = self._kind
            sleep = webhook_sleep(webhook, job_id, kind.done | kind.failed | kind.rejected)
        while True:  # fetch, ask the poller, sleep: `_polling.Poller` decides
            try:
                job = await self.get(job_id, timeout=capped(per_request, ends_at - clock()))
            except Exception as exc:
                delay = poller.after_error(exc)  # re-raises what is not transient
            else:
                maybe = poller.after_result(job)  # raises when the job failed
                if maybe is None:
                    return job
                delay = maybe
            await sleep(delay)

    async def _create_and_wait(
        self,
        create: AsyncFetch[Any],
        timeout: float | None,
        poll_interval: float | None,
        max_interval: float | None,
        on_update: UpdateCallback | None,
        webhook: AsyncWebhookListener | None = None,
    ) -> J:
        """The one body of every `create_and_wait`: check the wait arguments, `create()`
        (which checks its options before it sends anything), then `wait` for the job it
        made (through `webhook`, when the create named its URL). So a bad argument of
        either kind costs nothing."""
        self._wait_settings(timeout, poll_interval, max_interval, on_update, webhook)
        task = await create()
        return await self.wait(
            self._kind.id_of(task),
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
            on_update=on_update,
            webhook=webhook,
        )

    async def _list(self, timeout: TimeoutArg, **query: Any) -> builtins.list[J]:
        """The kind's list operation with `query` (`ids`, `ordering`, already checked)."""
        listing = self._kind.listing
        if listing is None:  # pragma: no cover - a declaration error
            raise TypeError(f"{self._kind.noun} declares no list operation")
        return await self._request(listing.operation, list, timeout, **query)


class AsyncDownloads(AsyncJobResource[J]):
    """Strictly private: `download`, for kinds whose finished job has an output file."""

    async def download(
        self,
        video: J | str | uuid.UUID,
        path: str | os.PathLike[str],
        *,
        on_progress: DownloadProgress | None = None,
        timeout: TimeoutArg = None,
    ) -> Path:
        """Save a finished job's output to `path`; no partial file is left on failure.

        `video` is the job (as `wait` returns it) or its id. The target is checked before
        any request; the output URL gets no credentials. `on_progress(done, total)`.
        `timeout` bounds each read of the file, not the whole download. Free.
        """
        target = check_target(path)
        per_call = as_timeout(timeout)
        url = self._kind.output_url(await self._job(video, per_call))
        return await self._save(url, target, on_progress, per_call)


class AsyncDownloadsAll(AsyncJobResource[J]):
    """Strictly private: `download(job, folder)`, for kinds whose finished job lists
    several files (`kind.output_files`)."""

    async def download(
        self,
        job: J | str | uuid.UUID,
        folder: str | os.PathLike[str],
        *,
        on_progress: DownloadProgress | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[Path]:
        """Save every file of a finished job into `folder` (made if missing), named
        `<job id>-<name or position><extension of the URL>`; returns their paths in order.

        `job` is the job (as `wait` returns it) or its id. No partial file is left on a
        failure (the files already saved stay). The URLs get no credentials.
        `on_progress(done, total)` per file; `timeout` bounds each read. Free.
        """
        check_target(Path(folder) / ".creatify-check")
        per_call = as_timeout(timeout)
        found = await self._job(job, per_call)
        job_id, media = self._kind.id_of(found), self._kind.expected_media or Media.ANY
        return [
            await self._save(
                url,
                check_target(Path(folder) / file_name(job_id, name, url, media)),
                on_progress,
                per_call,
            )
            for name, url in self._kind.output_file_urls(found).items()
        ]
