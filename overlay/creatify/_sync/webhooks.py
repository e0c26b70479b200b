# Generated from overlay/creatify/_async/webhooks.py by scripts/gen_sync.py: do not edit.
"""`client.webhooks`: a local receiver for scripts (`listen`) and `confirm`, which reads
the job an event is about from the API. The parsing, the token check and the ASGI app
are in `creatify/webhooks.py`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._exceptions import InvalidInputError
from .._jobs import JOB_KINDS
from .._timeouts import TimeoutArg
from ..webhooks import Handler, WebhookEvent, WebhookListener, check_kind
from .api_call import Resource
from .jobs import JobResource

if TYPE_CHECKING:
    from .._generated_names import JobModel
else:
    JobModel = Any  # `typing.get_type_hints`: no model is imported for it


class Webhooks(Resource):
    """Receive the service's webhooks and confirm them (both free)."""

    def listen(
        self,
        port: int = 0,
        *,
        host: str = "127.0.0.1",
        public_url: str | None = None,
        on_event: Handler | None = None,
        token: str | None = None,
    ) -> WebhookListener:
        """A local webhook receiver, started by `with` and stopped at its end.

        Pass `hook.url` (or `hook.url_for("lipsync")`) as `webhook_url`, then
        `wait(id, webhook=hook)` ends as soon as the job's final event arrives (confirmed
        by one `get`). `port=0` takes any free port; `public_url` is the address the
        service reaches it by if not this machine's (a tunnel); `on_event(event)` sees
        each new event; `token` defaults to a fresh `webhooks.new_token()`. Deliveries
        without the token get 403; repeats are counted in `hook.repeated`, not reported.

        Free: a local receiver; it sends no request to the API.
        """
        return WebhookListener(
            port, host=host, public_url=public_url, on_event=on_event, token=token
        )

    def confirm(
        self, event: WebhookEvent, *, kind: str | None = None, timeout: TimeoutArg = None
    ) -> JobModel:
        """The job `event` is about, read from the API: act on this, never on the event.

        Anyone who learns a webhook URL can POST to it, and an old delivery can arrive
        late; the object returned here is the service's own word. `kind` ("lipsync",
        "avatar", ...) is needed when the event's URL did not carry it (see
        `hook.url_for`). Returns the kind's model (as `get` does), whatever its status;
        a type checker sees any kind's (`isinstance` narrows it: `Persona` has
        `process_status`, and some models `video_output` where others have `output`).

        Free: one GET of the job.
        """
        if not isinstance(event, WebhookEvent):
            raise InvalidInputError(
                "event",
                f"must be a WebhookEvent, got {type(event).__name__}: "
                "use creatify.webhooks.parse(body) on the delivery",
            )
        namespaces = {job.noun: job.namespace for job in JOB_KINDS.values()}
        noun = kind if kind is not None else event.kind
        if noun is None:
            raise InvalidInputError(
                "kind",
                f"say which kind of job {event.id} is ({', '.join(sorted(namespaces))}): "
                "its webhook URL did not carry it",
            )
        # Only this kind's namespace is made (and its module loaded): new kinds need no entry.
        resource: JobResource[JobModel] = getattr(self._host, namespaces[check_kind(noun)])
        return resource.get(event.id, timeout=timeout)
