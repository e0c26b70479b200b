"""The MCP server: the tools of `tools.py` over stdio or streamable HTTP (loopback only).

Built on the official `mcp` package's low-level server, because the tools' input
schemas are the spec's (`_spec.json`), not derived from Python signatures. Results are
JSON objects (as text and as structured content); a `CreatifyError` (bad input, API,
network, a download refused) becomes a tool error with the SDK's message, anything
else a tool error naming its type. A failed or rejected job is a result, not an error.
The API key is never in a result, an error or a log line: the SDK's messages leave it
out, and every text this server sends or logs is scrubbed of it besides.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import os
import secrets
import signal
import socket
import sys
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
from mcp import types
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from .._cli_entry import INTERRUPTED
from .._constants import ENV_API_ID, ENV_API_KEY, SDK_VERSION
from .._redact import MIN_SECRET_LENGTH, hide_secrets
from .bounds import CALL_SECONDS, FINAL_GET_SECONDS, REUSE_SECONDS
from .journal import Journal

if TYPE_CHECKING:
    from .._async.client import AsyncCreatify

logger = logging.getLogger("creatify.mcp")
JOURNAL_NAME = ".creatify-mcp.sqlite3"
LOOPBACK = "127.0.0.1"
ENV_BEARER = "CREATIFY_MCP_TOKEN"
INSTRUCTIONS = (
    "Creatify makes avatar videos, speech and ads. Find an avatar (avatars_list) and a "
    "voice accent (voices_find_accent), start a job with a *_create tool (a product video: "
    "product_to_videos_gen_image, then _gen_video; paid: its "
    "description says what it costs; an identical call within "
    f"{REUSE_SECONDS / 60:g} minutes returns the earlier job with reused: true), then "
    "call *_wait with the job's id until done is true (each call waits at most "
    f"{CALL_SECONDS:g} s), then *_download to save the output in the server's output "
    "folder. A job is finished only when *_wait or *_get says done. Every tool ends "
    f"within {CALL_SECONDS:g} s (a wait within its seconds plus {FINAL_GET_SECONDS:g} s; "
    "a download while its file keeps coming), also when the API does not answer."
)


def scrub(text: str) -> str:
    """`text` without the API key, in any form the SDK's redaction knows (belt and braces:
    the SDK never puts it in one)."""
    key = os.environ.get(ENV_API_KEY, "")
    return hide_secrets(text, [key]) if len(key) >= MIN_SECRET_LENGTH else text


class _Scrubbed(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:  # the message and its traceback
        return scrub(super().format(record))


def _result(payload: dict[str, Any]) -> types.CallToolResult:
    text = scrub(json.dumps(payload, default=str, ensure_ascii=False))
    return types.CallToolResult(
        content=[types.TextContent(text=text)], structured_content=json.loads(text)
    )


def _error(message: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(text=scrub(message))], is_error=True)


@dataclass
class Services:
    """What the tools share: the output folder, the journal and (made on first use, so
    that the server starts without credentials) the client. The tools themselves
    (`tools.py`) load on the first `tools/list` or `tools/call`: the SDK's job kinds and
    client are not needed to answer `initialize`."""

    output_dir: Path
    journal: Journal
    _client: AsyncCreatify | None = field(default=None, repr=False)
    # One create per request digest at a time: an agent's parallel identical calls
    # then find the first one's job instead of an outcome not yet known.
    creating: defaultdict[str, anyio.Lock] = field(default_factory=lambda: defaultdict(anyio.Lock))

    @property
    def client(self) -> AsyncCreatify:
        if self._client is None:
            from .._async.client import AsyncCreatify

            self._client = AsyncCreatify()
        return self._client

    @property
    def account(self) -> str:
        """Whose creates the journal holds: API id and base URL (never the key)."""
        return f"{os.environ.get(ENV_API_ID, '')}@{self.client.base_url}"

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
        self.journal.close()


def build_server(output_dir: Path, state: Path | None = None) -> tuple[Server[Any], Services]:
    """The server and what its tools share (closed when it stops). The output folder and
    the journal are made now, so that a folder that cannot be written stops the server
    at once."""
    output_dir.mkdir(parents=True, exist_ok=True)
    services = Services(output_dir.resolve(), Journal(state or output_dir / JOURNAL_NAME))

    async def list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        from .tools import catalogue

        return types.ListToolsResult(
            tools=[
                types.Tool(
                    name=tool.name,
                    description=tool.description,
                    input_schema=tool.input_schema,
                    annotations=types.ToolAnnotations(
                        read_only_hint=tool.read_only,
                        # A download may replace a file of the same name.
                        destructive_hint=tool.writes_files,
                        idempotent_hint=True,
                        open_world_hint=True,
                    ),
                )
                for tool in catalogue().values()
            ]
        )

    async def call_tool(
        ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        from .._exceptions import CreatifyError
        from .tools import catalogue

        tool = catalogue().get(params.name)
        if tool is None:
            return _error(f"unknown tool {params.name!r}: tools/list has them all")
        try:
            # The session sends a progress notification only if the call has a token.
            payload = await tool.call(services, params.arguments or {}, ctx.session.report_progress)
        except CreatifyError as exc:
            return _error(str(exc))
        except Exception as exc:
            logger.exception("%s failed", params.name)
            return _error(f"{params.name} failed unexpectedly ({type(exc).__name__}): {exc}")
        return _result(payload)

    server: Server[Any] = Server(
        "creatify",
        version=SDK_VERSION,
        title="Creatify",
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )
    return server, services


def _configure_logging() -> None:
    from .._exceptions import ConfigurationError
    from .._logging import configure_from_env

    handler = logging.StreamHandler(sys.stderr)
    # WARNING on the handler too: the SDK's own request log (CREATIFY_LOG) has its handler.
    handler.setLevel(logging.WARNING)
    scrubbed = _Scrubbed("%(asctime)s %(name)s %(levelname)s %(message)s")
    handler.setFormatter(scrubbed)
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    # That request log's handler writes every `creatify.*` line, this server's too: it
    # scrubs them as well, and they do not go on to be written twice (V8-2). A wrong
    # CREATIFY_LOG is told by the first call, as before.
    with contextlib.suppress(ConfigurationError):
        configure_from_env()
    sdk = logging.getLogger("creatify")
    for each in sdk.handlers:
        each.setFormatter(scrubbed)
    sdk.propagate = not sdk.handlers


def _say_stopping(when: str) -> None:
    """Ctrl-C ends the server once its loop can end: a paid create in flight gets up to
    its bound, to record its job; say so, and that a second Ctrl-C stops at once (the
    journal keeps such a create as sent, so it is not sent again)."""
    print(
        f"stopping{when} (a create in flight gets up to {CALL_SECONDS:g} s to record its"
        " job); Ctrl-C again to stop now",
        file=sys.stderr,
        flush=True,
    )


def _ctrl_c_twice_stops_at_once() -> None:
    """Over stdio the read of stdin also waits for a line (the mcp package reads it in a
    thread; X1-4)."""
    first = signal.getsignal(signal.SIGINT)  # asyncio's: it cancels the server
    if first is signal.SIG_IGN or threading.current_thread() is not threading.main_thread():
        return  # ignored, as `creatify mcp &` in a script starts it (V7-6)

    def on_ctrl_c(signum: int, frame: Any) -> None:
        signal.signal(signal.SIGINT, lambda *_: os._exit(INTERRUPTED))
        _say_stopping(" once stdin's next line comes")
        if callable(first):
            first(signum, frame)

    signal.signal(signal.SIGINT, on_ctrl_c)


def _bearer_only(app: ASGIApp, token: str) -> ASGIApp:
    """`app` for requests with `Authorization: Bearer <token>` only: every local process
    and user reaches loopback, and the tools spend the owner's credits (Y3-1)."""
    expected = token.encode()

    async def checked(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scheme, _, sent = dict(scope["headers"]).get(b"authorization", b"").partition(b" ")
            # The scheme's case is free (RFC 7235, Z1-3).
            if scheme.lower() != b"bearer" or not hmac.compare_digest(sent.strip(), expected):
                refusal = PlainTextResponse(
                    "send the header Authorization: Bearer TOKEN: the token creatify mcp"
                    f" printed at start (or ${ENV_BEARER})\n",
                    401,
                    headers={"WWW-Authenticate": 'Bearer realm="creatify mcp"'},
                )
                return await refusal(scope, receive, send)
        await app(scope, receive, send)

    return checked


async def serve(
    server: Server[Any],
    services: Services,
    listening: socket.socket | None,
    token: str | None = None,
) -> None:
    """`creatify mcp`: over stdio until stdin closes, or streamable HTTP on loopback when
    given a listening socket until Ctrl-C, for `token` (`CREATIFY_MCP_TOKEN`'s, checked by
    the command; None: a random one, made now)."""
    _configure_logging()
    try:
        if listening is None:
            _ctrl_c_twice_stops_at_once()
            async with stdio_server() as (read, write):
                await server.run(read, write, server.create_initialization_options())
        else:
            import uvicorn

            # DNS-rebinding protection is on for a loopback host (the mcp package's default).
            secret = token or secrets.token_urlsafe(32)
            app = _bearer_only(server.streamable_http_app(host=LOOPBACK), secret)
            config = uvicorn.Config(app, log_level="warning")

            class Stopping(uvicorn.Server):  # uvicorn's own Ctrl-C, said, twice at once (X1-5)
                def handle_exit(self, sig: int, frame: Any) -> None:
                    if self.should_exit:
                        os._exit(INTERRUPTED)
                    _say_stopping("")
                    super().handle_exit(sig, frame)

            # To stderr only, never a log; a token of the environment is not shown again.
            shown = f"${ENV_BEARER}" if token else secret
            url = f"http://{LOOPBACK}:{listening.getsockname()[1]}/mcp"
            print(f"serving {url}; send the header Authorization: Bearer {shown}", file=sys.stderr)
            await Stopping(config).serve([listening])
    finally:
        await services.close()  # in the loop the client's connections belong to
