"""`creatify webhooks listen`: a local webhook receiver that prints each event."""

from __future__ import annotations

import json
import threading
from dataclasses import asdict

import click

from ..webhooks import WebhookEvent, WebhookListener
from .feedback import INTERRUPTED
from .session import Session, command, literal

webhooks = click.Group("webhooks")


@webhooks.command("listen")
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Default: any free port.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--public-url", metavar="URL", help="Its tunnel URL (the token joins its path).")
@command
def listen(session: Session, port: int, host: str, public_url: str | None) -> None:
    """Print each webhook event as it arrives, once (repeats are counted); Ctrl-C stops.

    The URL to pass as `webhook_url` (it holds a secret token) goes to stderr. Events are
    unconfirmed news: check the job (`creatify lipsyncs get ID`) before acting on one.
    """
    lock, closed = threading.Lock(), threading.Event()

    def show(event: WebhookEvent) -> None:
        detail = event.output or event.failed_reason or ""
        line = literal(f"{event.id}  {event.status}  {detail}".rstrip())
        with lock:
            try:
                click.echo(json.dumps(asdict(event), default=str) if session.as_json else line)
            except BrokenPipeError:  # stdout's reader went away: the command ends (141), quietly
                closed.set()

    with WebhookListener(port, host=host, public_url=public_url, on_event=show) as hook:
        session.say(f"listening on {host}:{hook.port}; webhook URL: {hook.url}")
        try:
            closed.wait()
            raise BrokenPipeError  # `main.LazyGroup`
        except KeyboardInterrupt:
            counts = f"{len(hook.events)} events, {hook.repeated} repeats, {hook.refused} refused"
            session.say(f"stopped: {counts}")
            raise SystemExit(INTERRUPTED) from None
