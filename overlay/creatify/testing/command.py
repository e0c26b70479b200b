"""`creatify mock`: the in-process fake (`creatify.testing`) served over HTTP on loopback.

Listed in `creatify.cli.main`'s table; imports the fake only when the command runs.
"""

from __future__ import annotations

import click


@click.command("mock")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=4010,
    show_default=True,
    help="Port on 127.0.0.1 (0: any free port).",
)
@click.option(
    "--job-seconds",
    type=click.FloatRange(min=0),
    default=4.0,
    show_default=True,
    help="Seconds each job takes to end.",
)
def mock(port: int, job_seconds: float) -> None:
    """Serve a fake Creatify API locally (no Node, no key).

    For tests in any language, and for curl.
    Point a client at it: CREATIFY_BASE_URL=http://127.0.0.1:PORT, any API id and key.
    """
    from .._exceptions import InvalidInputError
    from ..cli.feedback import INTERRUPTED, USAGE
    from ._server import PortUnavailable, serve

    try:
        serve(job_seconds, port)
    except PortUnavailable as exc:
        click.echo(
            f"error: --port: {exc.strerror}; choose another port (0: any free one)", err=True
        )
        raise SystemExit(USAGE) from None
    except InvalidInputError as exc:  # the fake's rules: a finite --job-seconds (not nan, inf)
        click.echo(f"error: --{exc.field.replace('_', '-')}: {exc.rule}", err=True)
        raise SystemExit(USAGE) from None
    except KeyboardInterrupt:  # its way to stop (the banner says so): quietly, as `make demo`
        raise SystemExit(INTERRUPTED) from None
