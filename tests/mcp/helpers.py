"""Drive `creatify mcp` as an agent's client does: the official `mcp.ClientSession` over
the stdio of a real `creatify mcp` process (the venv's console script)."""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import httpx
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.types import CallToolResult

SCRIPT = Path(sys.executable).parent / "creatify"
PERSONA = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


@dataclass
class Server:
    """How to start `creatify mcp`: one account of the mock per test (its id is unique,
    so the mock's records of other tests are not ours), a key to look for in outputs."""

    base_url: str
    output_dir: Path
    api_id: str = field(default_factory=lambda: f"mcp-test-{uuid.uuid4().hex[:8]}")
    api_key: str = field(default_factory=lambda: f"mcp-secret-{uuid.uuid4().hex}")
    extra_env: dict[str, str] = field(default_factory=dict)
    stderr_path: Path | None = None
    texts: list[str] = field(default_factory=list)
    """Every tool result's text, for the test that looks for the key."""

    def env(self) -> dict[str, str]:
        return {
            "CREATIFY_API_ID": self.api_id,
            "CREATIFY_API_KEY": self.api_key,
            "CREATIFY_BASE_URL": self.base_url,
            **self.extra_env,
        }

    def errlog(self) -> TextIO:
        """The server's stderr, appended to `stderr_path` (a real file: it is the
        process's own stderr)."""
        return open(self.stderr_path or self.output_dir.parent / "server-stderr.txt", "a")

    @asynccontextmanager
    async def session(self, *args: str) -> AsyncIterator[Session]:
        params = StdioServerParameters(
            command=str(SCRIPT),
            args=["mcp", "--output-dir", str(self.output_dir), *args],
            env=self.env(),
        )
        with self.errlog() as errlog:
            async with stdio_client(params, errlog=errlog) as (read, write):
                async with ClientSession(read, write) as client:
                    await client.initialize()
                    yield Session(client, self.texts)


@dataclass
class Session:
    client: ClientSession
    texts: list[str]

    async def call(self, name: str, arguments: dict[str, Any], **kwargs: Any) -> CallToolResult:
        result = await self.client.call_tool(name, arguments, **kwargs)
        self.texts.extend(block.text for block in result.content if hasattr(block, "text"))
        return result

    async def ok(self, name: str, arguments: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """A tool's result that must not be an error, as JSON."""
        result = await self.call(name, arguments, **kwargs)
        assert not result.is_error, result.content
        data = json.loads(result.content[0].text)  # type: ignore[union-attr]
        assert data == result.structured_content
        return dict(data)

    async def error(self, name: str, arguments: dict[str, Any]) -> str:
        """A tool error's message."""
        result = await self.call(name, arguments)
        assert result.is_error, result.content
        return str(result.content[0].text)  # type: ignore[union-attr]


def mock_records(base_url: str) -> int:
    """How many jobs the mock holds (its health answer counts them)."""
    return int(httpx.get(f"{base_url}/__mock__/health").json()["records"])
