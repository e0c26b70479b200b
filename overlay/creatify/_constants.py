"""Defaults, in one place. Times are in seconds."""

from __future__ import annotations

import httpx

from ._version import SDK_VERSION as SDK_VERSION

USER_AGENT = f"creatify-python/{SDK_VERSION}"

DEFAULT_BASE_URL = "https://api.creatify.ai"
ENV_API_ID = "CREATIFY_API_ID"
ENV_API_KEY = "CREATIFY_API_KEY"
ENV_BASE_URL = "CREATIFY_BASE_URL"
# Tests and batch scripts can switch retries off (0) or cap them without code changes.
ENV_MAX_RETRIES = "CREATIFY_MAX_RETRIES"

# A request: 10 s to connect, 60 s between bytes (uploads write in 64 KiB chunks).
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

# An API answer's body must arrive within this long of its headers (see _deadline.py).
DEFAULT_RESPONSE_DEADLINE = 120.0

# Retries of one request (see _retry.py for the policy).
DEFAULT_MAX_RETRIES = 2
DEFAULT_RETRY_BACKOFF = 0.5  # the first retry waits about this long, then it doubles
DEFAULT_MAX_RETRY_WAIT = 60.0  # cap of one wait, Retry-After included
DEFAULT_RETRY_BUDGET = 120.0  # cap of all waits of one request together

# Waiting for a lipsync video: it renders in minutes.
LIPSYNC_POLL_INTERVAL = 2.0
LIPSYNC_MAX_INTERVAL = 30.0
LIPSYNC_WAIT_TIMEOUT = 30 * 60.0
# Waiting for a custom avatar: review takes one to five days.
AVATAR_POLL_INTERVAL = 30.0
AVATAR_MAX_INTERVAL = 10 * 60.0
AVATAR_WAIT_TIMEOUT = 6 * 24 * 3600.0
# Without moving progress, each poll waits this much longer than the last, up to the cap,
# less up to 20 % jitter (see _polling.py).
POLL_BACKOFF_FACTOR = 1.5
POLL_JITTER = 0.2
# With rising progress, the check after the estimated end comes this fraction of the
# remaining time late, so that an exact estimate is not checked a moment too early.
# Landing early costs one more check; landing late costs lag, so it is small.
POLL_ESTIMATE_MARGIN = 0.01

# Field rules the API documents.
MAX_NAME_LENGTH = 255
MAX_WEBHOOK_URL_LENGTH = 200
MAX_BACKGROUND_URL_LENGTH = 1024
MAX_IDS_PER_LIST = 100
# No limit is documented for a script; this only stops a runaway argument (1 MiB).
MAX_TEXT_LENGTH = 1 << 20
CAPTION_OFFSET_RANGE = (-0.5, 0.5)

# Downloads read the body in chunks of this size.
DOWNLOAD_CHUNK_SIZE = 1024 * 1024

# Waiting for a Design-Your-Own-Avatar request: photos come in minutes; a review can
# take a day or more (the wait also ends at `draft`, when the user must pick a photo).
DYOA_POLL_INTERVAL = 5.0
DYOA_MAX_INTERVAL = 5 * 60.0
DYOA_WAIT_TIMEOUT = 3 * 24 * 3600.0
# AI Avatar v2, text-to-speech and Aurora (see _jobs.py).
# A multi-scene v2 video renders like a v1 video, scene after scene: a longer cap.
LIPSYNC_V2_POLL_INTERVAL = 2.0
LIPSYNC_V2_MAX_INTERVAL = 30.0
LIPSYNC_V2_WAIT_TIMEOUT = 60 * 60.0
# Speech is ready in seconds.
TTS_POLL_INTERVAL = 1.0
TTS_MAX_INTERVAL = 5.0
TTS_WAIT_TIMEOUT = 10 * 60.0
# Aurora renders a diffusion video, billed per second: minutes.
AURORA_POLL_INTERVAL = 5.0
AURORA_MAX_INTERVAL = 30.0
AURORA_WAIT_TIMEOUT = 60 * 60.0
MAX_V2_TEXT_LENGTH = 2000
MAX_V2_AVATAR_ID_LENGTH = 50
MAX_TTS_SCRIPT_LENGTH = 8000  # the newest page; older pages say 4,000
V2_SCALE_RANGE = (0.0, 2.0)  # both ends excluded
VOLUME_RANGE = (0.0, 1.0)
AURORA_GUIDANCE_RANGE = (0.0, 10.0)
