# Generated from overlay/creatify/_async/download.py by scripts/gen_sync.py: do not edit.
"""Stream a job's output to disk: see `_download.py` for the atomic target."""

from __future__ import annotations

from pathlib import Path

import httpx

from .._api_call import translate_transport_errors
from .._constants import DOWNLOAD_CHUNK_SIZE
from .._download import DownloadProgress, Progress, atomic_target, check_status
from .._media import HeadCheck, Media
from .._timeouts import call_timeout


def download(
    http: httpx.Client,
    url: str,
    target: Path,
    on_progress: DownloadProgress | None,
    expect: Media | None = None,
    timeout: httpx.Timeout | None = None,
) -> Path:
    """GET `url` into `target`; no partial file is left if anything fails.

    With `expect`, the body must open a file of that kind (see `_media.py`); `timeout`
    replaces the client's for this download (see `_timeouts.py`).
    """
    token = call_timeout.set(timeout)
    try:
        with translate_transport_errors(f"GET {url}"):
            with http.stream("GET", url) as response:
                if response.status_code >= 400:
                    response.read()  # the error quotes the body
                check_status(response, url)
                progress = Progress(response, on_progress)
                head = HeadCheck(expect, url)
                with atomic_target(target) as out:
                    for chunk in response.iter_bytes(DOWNLOAD_CHUNK_SIZE):
                        out.write(head.feed(chunk))
                        progress.add(len(chunk))
                    out.write(head.finish())
                    progress.check_complete(url)
    finally:
        call_timeout.reset(token)
    return target
