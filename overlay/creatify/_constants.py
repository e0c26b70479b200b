"""Defaults, in one place (each job kind's wait defaults are in `_jobs.py`). Times are
in seconds."""

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

# An API answer's body must arrive within this long of its headers (see _timeouts.WatchedBody).
DEFAULT_RESPONSE_DEADLINE = 120.0

# Retries of one request (see _retry.py for the policy).
DEFAULT_MAX_RETRIES = 2
DEFAULT_RETRY_BACKOFF = 0.5  # the first retry waits about this long, then it doubles
DEFAULT_MAX_RETRY_WAIT = 60.0  # cap of one wait, Retry-After included
DEFAULT_RETRY_BUDGET = 120.0  # cap of all waits of one request together
# All tries of one request and the waits between them end within this (see _retry.py).
DEFAULT_CALL_DEADLINE = 120.0
# While `info` is logged, a try without an answer says so this often (see _slow.py).
SLOW_CALL_REPORT_EVERY = 10.0

# Without moving progress, each poll waits this much longer than the last, up to the cap,
# less up to 20 % jitter (see _polling.py).
POLL_BACKOFF_FACTOR = 1.5
POLL_JITTER = 0.2
# With rising progress, the check after the estimated end comes this fraction of the
# remaining time late, so that an exact estimate is not checked a moment too early.
# Landing early costs one more check; landing late costs lag, so it is small.
POLL_ESTIMATE_MARGIN = 0.01

# Rules of parameters the spec cannot hold (it has one comma-separated string); the
# other rules of parameters and request bodies are the spec's (`_options.py`, generated).
MAX_NAME_LENGTH = 255  # each name of a `model_name=a,b` query
MAX_IDS_PER_LIST = 100
CAPTION_OFFSET_RANGE = (-0.5, 0.5)  # a decimal string to the spec

# Downloads read the body in chunks of this size.
DOWNLOAD_CHUNK_SIZE = 1024 * 1024
