"""`--listen` / `--webhook URL` for any `create --wait` command: wait on a local webhook
receiver instead of polling (polls remain a slow fallback). Kept apart from `webhooks.py`
because `app.py` uses it while it is being imported."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from ..webhooks import WebhookListener

F = TypeVar("F", bound=Callable[..., Any])


def webhook_options(fn: F) -> F:
    """Add --listen, --webhook URL and --listen-port; pass `hook` (a running
    `WebhookListener`, or None) to the command. Put it right above the `def`, under
    `@command`; the command creates its job with `webhook_url=hook.url`."""

    @click.option(
        "--listen",
        is_flag=True,
        help="Start a local webhook receiver, create the job with its URL and wait on it "
        "(implies --wait; polls slowly in case the service cannot reach it).",
    )
    @click.option(
        "--webhook",
        "public_url",
        metavar="URL",
        help="The public address (a tunnel) that forwards to the local receiver; implies "
        "--listen. Its secret token is appended.",
    )
    @click.option(
        "--listen-port",
        type=click.IntRange(0, 65535),
        default=0,
        show_default=True,
        help="Local port of the receiver (0: any free port).",
    )
    @functools.wraps(fn)
    def wrapper(
        session: Any, *, listen: bool, public_url: str | None, listen_port: int, **kwargs: Any
    ) -> Any:
        if not (listen or public_url):
            return fn(session, hook=None, **kwargs)
        if kwargs.get("webhook_url"):
            raise click.UsageError("give --webhook-url or --listen/--webhook, not both")
        with WebhookListener(listen_port, public_url=public_url) as hook:
            return fn(session, hook=hook, **kwargs)

    return wrapper  # type: ignore[return-value]


def wait_with(wait: Callable[..., Any], hook: WebhookListener | None) -> Callable[..., Any]:
    """`wait` with `webhook=hook`; the CLI's default poll interval then gives way to the
    webhook's slow fallback (a --poll-interval given on the command line still applies)."""
    if hook is None:
        return wait
    context = click.get_current_context(silent=True)
    source = context.get_parameter_source("poll_interval") if context is not None else None
    explicit = source not in (None, ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP)

    def run(job_id: str, **kwargs: Any) -> Any:
        if not explicit:
            kwargs.pop("poll_interval", None)
            kwargs.pop("max_interval", None)
        return wait(job_id, webhook=hook, **kwargs)

    return run
