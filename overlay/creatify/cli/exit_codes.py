"""Exit codes of the `creatify` command, and which error gives which."""

from __future__ import annotations

from .._exceptions import (
    ConfigurationError,
    CreatifyError,
    InvalidInputError,
    JobFailedError,
    WaitTimeout,
)

OK = 0
JOB_FAILED = 1  # the avatar or video failed, or was rejected
USAGE = 2  # bad arguments or input, found before any request
API = 3  # the API, the credentials or the network failed
TIMED_OUT = 4  # a wait ran out of time
INTERRUPTED = 130  # Ctrl-C


def exit_code_for(error: CreatifyError) -> int:
    if isinstance(error, JobFailedError):
        return JOB_FAILED
    if isinstance(error, (InvalidInputError, ConfigurationError)):
        return USAGE
    if isinstance(error, WaitTimeout):
        return TIMED_OUT
    return API  # APIError, DownloadError and anything else from the service
