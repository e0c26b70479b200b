"""Every error the SDK raises.

    CreatifyError
    ├── ConfigurationError (also ValueError)    missing credentials, insecure base URL
    ├── InvalidInputError (also ValueError)     bad input, caught before any request
    │   └── InvalidVideoError                   a video file that cannot be uploaded
    ├── APIError                                a request was made and went wrong
    │   ├── APIConnectionError                  no answer: refused, reset, DNS, TLS
    │   │   └── APITimeoutError                 no answer in time
    │   ├── APIResponseValidationError          a 2xx whose body is not what the spec says
    │   └── APIStatusError                      a 4xx or 5xx answer, or a redirect
    │       ├── BadRequestError                 400, with `field_errors`
    │       ├── AuthenticationError             401
    │       ├── PermissionDeniedError           403
    │       ├── NotFoundError                   404
    │       ├── RateLimitError                  429, with `retry_after`
    │       └── InternalServerError             5xx
    ├── JobFailedError                          a job ended without a result: `_job_errors.py`
    ├── WaitTimeout                             a wait ran out of time
    ├── DownloadError                           a finished video could not be saved
    └── InvalidWebhookError (also ValueError)   a POST that is not a webhook payload

No message ever contains the API key: messages are built from the method, the path,
the status and the server's own error body, where a key the server echoes reads
`[redacted]`. Nor does anything reachable from an exception: `request` (and
`response.request`) is a copy made by `_redact.py` (credential headers read `[redacted]`,
no body, a signed storage URL without its query); `body` and `response` have the key the
request carried replaced by `[redacted]`. Every
error survives a pickle round trip (`copy`, `multiprocessing`, `concurrent.futures`)
with its type, message and attributes.
"""

from __future__ import annotations

import copyreg
import json
import re
import sys
from collections.abc import Mapping
from typing import Any

import httpx

from ._redact import redact_data, redact_request, redact_response, redact_text, secrets_of

_MAX_DETAIL_CHARS = 500
MAYBE_CREATED_NOTE = (
    "; the service may have received the request, so the job may exist:"
    " list recent jobs before creating it again"
)
# A POST on a job that exists (its id in the path: render, gen_video) makes no new job.
_ON_A_JOB = re.compile(r"/(\{id\}|[0-9a-fA-F]{8}-[0-9a-fA-F-]{27})/")


def maybe_created_note(maybe_created: bool, path: str) -> str:
    """What a request that may have been carried out says: how to check before sending it
    again (a job's step: the job itself, not a list of new ones)."""
    if not maybe_created:
        return ""
    if _ON_A_JOB.search(path):
        return "; the service may have received the request: check the job before sending again"
    return MAYBE_CREATED_NOTE


def add_note(exc: BaseException, note: str) -> None:
    """PEP 678's `exc.add_note(note)` (shown under its traceback); Python 3.10 has none."""
    if sys.version_info >= (3, 11):
        exc.add_note(note)


# The service documents no size limit; the Prism mock refuses bodies over 10 MiB.
_TOO_LARGE_NOTE = (
    " (the request is larger than this server accepts; Creatify documents no upload limit,"
    " the Prism mock takes at most 10 MiB)"
)


class CreatifyError(Exception):
    """The root of every error the SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (a process pool's result, `copy.copy`) as `cls.__new__(cls, *args)` plus
        # its state: not re-built by `__init__` from `args` (`Exception.__reduce__`), whose
        # keyword-only arguments it cannot pass. The message and every attribute come back.
        return (copyreg.__newobj__, (type(self), *self.args), self.__dict__)  # type: ignore[attr-defined]


class ConfigurationError(CreatifyError, ValueError):
    """The client cannot be built as asked (credentials, base URL).

    `setting` names the argument at fault (if one) and `rule` says what is wrong without
    naming SDK arguments, for front ends (the CLI) that word the remedy their own way.
    """

    def __init__(self, message: str, *, setting: str | None = None, rule: str | None = None):
        super().__init__(message)
        self.setting = setting
        self.rule = rule or message


class InvalidInputError(CreatifyError, ValueError):
    """An argument breaks a rule of the API; raised before any request is sent.

    Where the rule is one of the spec's, `code` names it (a JSON Schema keyword such as
    `required`, `enum`, `minimum`, `maxLength`, `pattern`, or a type's or format's name:
    `integer`, `uuid`) and `params` holds what it was checked against (`limit`, `value`).
    Where other fields of the same call are broken too, `others` holds their errors.
    """

    others: tuple[InvalidInputError, ...] = ()

    def __init__(
        self, field: str, rule: str, *, code: str = "", params: Mapping[str, Any] | None = None
    ) -> None:
        self.field = field
        self.rule = rule
        self.code = code
        self.params = dict(params or {})
        super().__init__(f"{field}: {rule}")


class InvalidVideoError(InvalidInputError):
    """A video to upload is missing, empty or not an MP4/QuickTime container."""


class APIError(CreatifyError):
    """A request was sent (or tried) and did not give a usable answer.

    `maybe_created` is True when a create (POST) may have reached the service before it
    failed (a dropped connection after sending, a 5xx, an answer that did not parse): the
    avatar or video may exist, so list recent ones before sending it again (the SDK never
    does). Its message then says so.
    """

    maybe_created = False

    def __init__(self, message: str, *, request: httpx.Request | None) -> None:
        # The message may quote the server, which may echo the key `request` carried.
        super().__init__(redact_text(message, secrets_of(request)))
        self.request = redact_request(request) if request is not None else None

    @property
    def method(self) -> str | None:
        return self.request.method if self.request is not None else None

    @property
    def path(self) -> str | None:
        return self.request.url.path if self.request is not None else None


class APIConnectionError(APIError):
    """No answer came: the connection failed, was reset, or broke mid-way."""

    def __init__(
        self, message: str, *, request: httpx.Request | None, maybe_created: bool = False
    ) -> None:
        super().__init__(message, request=request)
        self.maybe_created = maybe_created


class APITimeoutError(APIConnectionError):
    """No answer came within the time-out."""


class APIResponseValidationError(APIError):
    """A success status whose body does not parse as the spec documents."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        secrets = secrets_of(response.request)  # before the request is redacted
        self.maybe_created = response.request.method == "POST"
        note = maybe_created_note(self.maybe_created, response.request.url.path)
        super().__init__(message + note, request=response.request)
        self.response = redact_response(response, secrets)
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The service answered with a 4xx or 5xx status, or a 3xx: the SDK follows no
    redirect of the API (the key would go along), and the message names its `Location`."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        secrets = secrets_of(response.request)  # before the request is redacted
        # A 5xx may come from a gateway after the service took the create.
        self.maybe_created = response.status_code >= 500 and response.request.method == "POST"
        note = maybe_created_note(self.maybe_created, response.request.url.path)
        super().__init__(message + note, request=response.request)
        self.response = redact_response(response, secrets)
        self.status_code = response.status_code
        self.body = redact_data(body, secrets)
        self.detail = _detail_of(self.body)


class BadRequestError(APIStatusError):
    """400: the service rejected fields; `field_errors` maps each field to its messages."""

    @property
    def field_errors(self) -> dict[str, list[str]]:
        if not isinstance(self.body, dict):
            return {}
        return {
            str(k): [str(m) for m in (v if isinstance(v, list) else [v])]
            for k, v in self.body.items()
        }


class AuthenticationError(APIStatusError):
    """401: the API ID or key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the account may not do this (no API access, credits or avatar slots)."""


class NotFoundError(APIStatusError):
    """404: no such persona or task."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the wait the service asked for, if any."""

    @property
    def retry_after(self) -> float | None:
        # Read as the retry layer reads it, so a wait honours what it does.
        from ._retry import retry_after  # here: importing the errors needs no retry layer

        return retry_after(self.response.headers)


class InternalServerError(APIStatusError):
    """5xx: the service failed."""


class JobFailedError(CreatifyError):
    """A job ended without a result; `job_id` and `failed_reason` say which and why.

    Each job kind raises its own subclasses, generated into `_job_errors.py`.
    """

    def __init__(self, job_id: str, failed_reason: str | None, job: Any = None) -> None:
        self.job_id = job_id
        self.failed_reason = failed_reason
        self.job = job
        kind = type(self).__name__.replace("Failed", " failed").replace("Rejected", " rejected")
        # The reason is the service's text: a signed URL in it loses its query.
        super().__init__(redact_text(f"{kind}: {job_id}: {failed_reason or 'no reason given'}"))


class WaitTimeout(CreatifyError):
    """A wait ran out of time; the job may still finish. Wait again with `job_id`.

    `last_error`: when the last checks failed (no answer, 5xx, 429), the last one's error,
    also named in the message; else None.
    """

    def __init__(
        self,
        job_id: str,
        last_status: str | None,
        waited: float,
        *,
        last_error: Exception | None = None,
        failing_for: float = 0.0,
    ) -> None:
        self.job_id = job_id
        self.last_status = last_status
        self.waited = waited
        self.last_error = last_error
        failing = f"; the checks of the last {_seconds(failing_for)} s failed: {last_error}"
        super().__init__(
            f"gave up waiting for {job_id} after {_seconds(waited)} s; last status: {last_status}"
            + (failing if last_error is not None else "")
        )


def _seconds(value: float) -> str:
    """Seconds as a person reads them: whole from 10 s, else to the hundredth (a wait of
    `timeout=0.5` gave up after 0.5 s, not 1)."""
    return f"{value:.0f}" if value >= 10 else f"{value:.2f}".rstrip("0").rstrip(".")


class DownloadError(CreatifyError):
    """A video could not be downloaded; no partial file is left behind.

    A signed storage URL in the message is shown without its query (`_redact.py`).
    """

    def __init__(self, message: str) -> None:
        super().__init__(redact_text(message))


class InvalidWebhookError(CreatifyError, ValueError):
    """A body that is not a webhook payload; `field` and `rule` say what is wrong."""

    def __init__(self, field: str, rule: str) -> None:
        self.field = field
        self.rule = rule
        super().__init__(f"not a webhook payload: {field}: {rule}")


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The one place that maps an error status (or a redirect) to its exception class."""
    body = _body_of(response)
    status = response.status_code
    cls = _STATUS_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    detail = _detail_of(body)
    request = response.request
    message = f"{request.method} {request.url.path} -> {status}"
    message += f" {response.reason_phrase}" if response.reason_phrase else ""
    if detail:
        message += f": {detail}"
    if status == 413:
        message += _TOO_LARGE_NOTE
    if response.is_redirect:
        message += f" (redirected to {response.headers['Location']}: check the base URL)"
    return cls(message, response=response, body=body)


def _body_of(response: httpx.Response) -> Any:
    try:
        response.read()
        return response.json()
    except (ValueError, httpx.HTTPError):
        # Not JSON (an HTML error page from a proxy, say): keep the start of the text.
        try:
            return response.text[:_MAX_DETAIL_CHARS]
        except (ValueError, httpx.HTTPError, httpx.StreamError):  # unread: too large
            return None


def _detail_of(body: Any) -> str:
    if body is None:
        return ""
    if isinstance(body, dict):
        # DRF's `{detail}`; the streaming text generator's documented `{error}`.
        for key in ("detail", "error"):
            if isinstance(body.get(key), str):
                return str(body[key])
    if isinstance(body, str):
        text = " ".join(body.split())
    elif isinstance(body, list) and body and all(isinstance(m, str) for m in body):
        # A bare list of messages (`POST /api/links/`: ["Failed to scrape url: "]).
        text = " ".join(body)
    else:
        text = json.dumps(body, ensure_ascii=False, default=str)
    return text[:_MAX_DETAIL_CHARS]
