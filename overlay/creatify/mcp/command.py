"""`creatify mcp`: serve the API to AI agents over MCP (`creatify/mcp/`, the `mcp` extra).

Only click is imported here; the server and the `mcp` package load when the command runs.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..cli.feedback import INTERRUPTED, USAGE


@click.command("mcp")
@click.option(
    "--http",
    "http_port",
    type=click.IntRange(1, 65535),
    metavar="PORT",
    help="Serve streamable HTTP on 127.0.0.1:PORT (path /mcp) instead of stdio.",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
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
        from .server import StartError, run
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] not in ("mcp", "mcp_types"):
            raise
        click.echo('error: creatify mcp needs the mcp extra: pip install "creatify[mcp]"', err=True)
        raise SystemExit(USAGE) from None
    try:
        run(output_dir, state, http_port)
    except StartError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(USAGE) from None
    except KeyboardInterrupt:
        raise SystemExit(INTERRUPTED) from None
