# Generated from overlay/creatify/_async/avatars_extras.py by scripts/gen_sync.py: do not edit.
"""`client.avatars`' own methods: the uploads and URLs that make a custom avatar, and
`create_and_wait` of an upload (the reads are generated from `AVATAR_JOB` into
`avatars.py`)."""

from __future__ import annotations

from functools import partial
from typing import Literal, get_args

from creatify_api import models
from creatify_api.api.personas import personas_create, personas_v2_create
from typing_extensions import Unpack

from .._options import AvatarDetails
from .._requests import request_body, upload_request
from .._timeouts import TimeoutArg
from .._validation import FieldSpec, check_value
from .._video import ProgressCallback, VideoSource
from .jobs import JobResource, UpdateCallback

UrlEndpoint = Literal["personas", "personas_v2"]
ENDPOINT = FieldSpec("endpoint", str, choices=get_args(UrlEndpoint))


class AvatarsExtras(JobResource[models.Persona]):
    def create_from_files(
        self,
        lipsync_input: VideoSource,
        consent_video: VideoSource | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutArg = None,
        **details: Unpack[AvatarDetails],
    ) -> models.PersonaCreateResponse:
        """Upload a training video (and consent video) to make a custom avatar.

        Each video is a path, bytes or a binary file; it streams from disk and must be
        an MP4 or QuickTime file (read from its content). Costs one avatar slot (no
        credits); a failed upload is never sent twice. `on_progress(bytes_sent,
        bytes_total)`.
        """
        body, videos = upload_request(lipsync_input, consent_video, details, on_progress)
        try:
            return self._request(
                personas_v2_create, models.PersonaCreateResponse, timeout, body=body
            )
        finally:
            for video in videos:
                video.close()

    def create_and_wait(
        self,
        lipsync_input: VideoSource,
        consent_video: VideoSource | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_interval: float | None = None,
        on_update: UpdateCallback | None = None,
        **details: Unpack[AvatarDetails],
    ) -> models.Persona:
        """`create_from_files`, then `wait` until the avatar is approved (days); every
        argument is checked before the upload starts.

        Costs what `create_from_files` costs; waiting is free.
        """
        create = partial(
            self.create_from_files, lipsync_input, consent_video, on_progress=on_progress, **details
        )
        return self._create_and_wait(create, timeout, poll_interval, max_interval, on_update)

    def create_from_urls(
        self,
        *,
        lipsync_input: str | None = None,
        consent_video: str | None = None,
        endpoint: UrlEndpoint = "personas",
        timeout: TimeoutArg = None,
        **details: Unpack[AvatarDetails],
    ) -> models.PersonaCreateResponse:
        """Make a custom avatar from public video URLs (`POST /api/personas/`, or
        `POST /api/personas_v2/` as JSON with `endpoint="personas_v2"`); a video on
        Google Drive goes as `gdown_url` instead of `lipsync_input`. Costs one avatar
        slot (no credits)."""
        check_value(ENDPOINT, "endpoint", endpoint)  # a typo would send it to the other one
        given = {**details, "lipsync_input": lipsync_input, "consent_video": consent_video}
        body = request_body(models.PersonaUrlCreateRequest, given)
        fn = personas_create if endpoint == "personas" else personas_v2_create
        return self._request(fn, models.PersonaCreateResponse, timeout, body=body)
