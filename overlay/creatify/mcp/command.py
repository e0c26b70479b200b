"""`creatify mcp`: serve the API to AI agents over MCP (`creatify/mcp/`, the `mcp` extra).

Only click is imported here; the server and the `mcp` package load when the command runs.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import click

from ..cli.feedback import FOLDER, INTERRUPTED, USAGE


@click.command("mcp")
@click.option(
    "--http",
    "http_port",
    type=click.IntRange(1, 65535),
    metavar="PORT",
    help="Serve streamable HTTP on 127.0.0.1:PORT (path /mcp) instead of stdio. Each request"
    " needs the header 'Authorization: Bearer TOKEN': TOKEN is $CREATIFY_MCP_TOKEN, else a"
    " random one printed at start.",
)
@click.option(
    "--output-dir",
    type=FOLDER,
    default=Path("creatify-output"),
    show_default=True,
    help="The only folder downloads are written to.",
)
@click.option(
    "--state",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The journal of paid creates (SQLite). Default: OUTPUT_DIR/.creatify-mcp.sqlite3.",
)
def mcp(http_port: int | None, output_dir: Path, state: Path | None) -> None:
    """Serve the Creatify API to AI agents over MCP.

    Over stdio by default. Credentials and base URL come from CREATIFY_API_ID, CREATIFY_API_KEY and
    CREATIFY_BASE_URL. Needs the extra: pip install "creatify[mcp]".
    """
    try:
        import asyncio

        import anyio

        from .server import ENV_BEARER, LOOPBACK, build_server, serve
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] not in ("mcp", "mcp_types"):
            raise
        click.echo('error: creatify mcp needs the mcp extra: pip install "creatify[mcp]"', err=True)
        raise SystemExit(USAGE) from None
    try:
        server, services = build_server(output_dir, state)
    except (OSError, sqlite3.Error) as exc:  # nothing was served
        # The path that failed, absolute: a client may start the server anywhere (W2-6).
        failed = os.path.abspath(getattr(exc, "filename", None) or state or output_dir)
        reason = getattr(exc, "strerror", None) or exc
        hint = "give --output-dir (or --state) an absolute path this server can write"
        click.echo(f"error: cannot use {failed}: {reason}; {hint}", err=True)
        raise SystemExit(USAGE) from None
    listening = None
    token = os.environ.get(ENV_BEARER) or None  # empty: a random one, made at start
    if http_port is not None and token is not None and not re.fullmatch(r"[!-~]+", token):
        # A header cannot carry it: no client could get in (Z1-5).
        rule = "must be printable ASCII without spaces (it is sent in a header)"
        click.echo(f"error: {ENV_BEARER} {rule}", err=True)
        raise SystemExit(USAGE)
    if http_port is not None:  # bound now: a port in use is a usage error (Y3-7)
        from .._exceptions import InvalidInputError
        from ..webhooks import _bind

        try:
            listening = _bind(LOOPBACK, http_port)
        except InvalidInputError as exc:
            click.echo(f"error: --http: {exc.rule}", err=True)
            raise SystemExit(USAGE) from None
    try:
        anyio.run(serve, server, services, listening, token)
    except (KeyboardInterrupt, asyncio.CancelledError):  # Python 3.10: Ctrl-C's cancel (V7-4)
        raise SystemExit(INTERRUPTED) from None
