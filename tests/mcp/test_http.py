"""`creatify mcp --http PORT`: streamable HTTP on loopback, the same tools."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import time
from functools import partial
from pathlib import Path
from typing import Any

import httpx2
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

from tests.faults.server import Fault, serving
from tests.mcp.helpers import PERSONA, SCRIPT, Server

TOKEN = "test-mcp-token-0123456789"  # CREATIFY_MCP_TOKEN of the servers started here


def connect(port: int, token: str = TOKEN) -> Any:
    """The official client's transport, with the server's bearer token."""
    client = httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=300)
    return streamable_http_client(f"http://127.0.0.1:{port}/mcp", http_client=client)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_listening(port: int, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        assert process.poll() is None, "creatify mcp --http exited"
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on {port}")


def start(server: Server, port: int) -> subprocess.Popen[bytes]:
    with server.errlog() as errlog:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            [str(SCRIPT), "mcp", "--http", str(port), "--output-dir", str(server.output_dir)],
            env={**os.environ, **server.env(), "CREATIFY_MCP_TOKEN": TOKEN},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errlog,
        )
    wait_listening(port, process)
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait(timeout=30)


async def test_streamable_http_on_loopback(server: Server, tmp_path: Path) -> None:
    server.stderr_path = tmp_path / "stderr.txt"
    port = free_port()
    process = start(server, port)
    try:
        async with connect(port) as (read, write):
            async with ClientSession(read, write) as session:
                await session.initialize()
                names = {tool.name for tool in (await session.list_tools()).tools}
                created = await session.call_tool(
                    "lipsyncs_create", {"creator": PERSONA, "text": "Over HTTP"}
                )
    finally:
        stop(process)
    assert {"lipsyncs_create", "lipsyncs_wait", "credits_remaining"} <= names
    assert not created.is_error, created.content
    assert json.loads(created.content[0].text)["reused"] is False  # type: ignore[union-attr]
    said = server.stderr_path.read_text()
    assert server.api_key not in said
    # CREATIFY_MCP_TOKEN is honoured, and not shown again.
    assert "Authorization: Bearer $CREATIFY_MCP_TOKEN" in said and TOKEN not in said


async def test_over_http_every_request_needs_the_token(server: Server) -> None:
    """Any local process or user reaches loopback: without the token printed at start,
    nothing is served and nothing is sent to the API; the token is in no log line (Y3-1)."""
    port = free_port()
    with serving(Fault()) as api:
        process = over_http(server, port, api.url, CREATIFY_LOG="debug")
        assert process.stderr
        try:
            wait_listening(port, process)
            url, wrong = f"http://127.0.0.1:{port}/mcp", "not-the-token"
            headers = {"Accept": "application/json, text/event-stream"}
            create = {"name": "lipsyncs_create", "arguments": {"creator": PERSONA, "text": "Hi"}}
            async with httpx2.AsyncClient() as http:
                for extra in ({}, {"Authorization": f"Bearer {wrong}"}, {"Authorization": wrong}):
                    for method, params in (("initialize", {}), ("tools/call", create)):
                        body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}
                        refused = await http.post(url, json=body, headers={**headers, **extra})
                        assert refused.status_code == 401, refused.text
                        assert refused.headers["WWW-Authenticate"].startswith("Bearer")
            assert api.count("POST") == 0
            assert select.select([process.stderr], [], [], 30)[0], "no start-up line"
            started = process.stderr.readline().decode()
            assert f"serving {url}; send the header Authorization: Bearer " in started
            token = started.rsplit("Bearer ", 1)[1].strip()
            async with httpx2.AsyncClient() as http:  # the scheme's case is free (Z1-3)
                body = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}}
                lower = {**headers, "Authorization": f"bearer {token}"}
                assert (await http.post(url, json=body, headers=lower)).status_code != 401
            async with connect(port, token) as (read, write):
                async with ClientSession(read, write) as session:
                    assert (await session.initialize()).server_info.name == "creatify"
        finally:
            stop(process)
        said = process.stderr.read().decode()
    assert token not in said and wrong not in said and server.api_key not in said


def ping(process: subprocess.Popen[bytes], number: int) -> None:
    """A JSON-RPC ping over stdio, answered: the server's loop runs."""
    assert process.stdin and process.stdout
    process.stdin.write(json.dumps({"jsonrpc": "2.0", "id": number, "method": "ping"}).encode())
    process.stdin.write(b"\n")
    process.stdin.flush()
    assert f'"id":{number}'.encode() in process.stdout.readline()


def over_stdio(server: Server, **popen: Any) -> subprocess.Popen[bytes]:
    """`creatify mcp` over pipes kept open, as a terminal's are, once it serves."""
    process = subprocess.Popen(
        [str(SCRIPT), "mcp", "--output-dir", str(server.output_dir)],
        env={**os.environ, **server.env()},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **popen,
    )
    ping(process, 1)
    return process


def test_ctrl_c_says_why_the_server_goes_on_and_twice_stops_it(server: Server) -> None:
    """Over stdio the server ends on Ctrl-C only once a line comes (the mcp package reads
    stdin in a thread): it says so, and a second Ctrl-C stops it at once with 130 (X1-2)."""
    process = over_stdio(server)
    assert process.stderr
    try:
        process.send_signal(signal.SIGINT)
        assert select.select([process.stderr], [], [], 30)[0], "nothing said on Ctrl-C"
        line = process.stderr.readline().decode()
        assert "Ctrl-C again to stop now" in line and process.poll() is None
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 130
    finally:
        process.kill()
        process.wait()


def test_a_server_started_with_ctrl_c_ignored_goes_on_ignoring_it(server: Server) -> None:
    """`creatify mcp &` in a script starts it with SIGINT ignored: it stays ignored, as
    before the second-Ctrl-C handler (V7-6)."""
    ignoring = partial(signal.signal, signal.SIGINT, signal.SIG_IGN)
    process = over_stdio(server, preexec_fn=ignoring)
    try:
        for _ in range(2):  # apart: two signals at once are one
            process.send_signal(signal.SIGINT)
            time.sleep(0.5)
        ping(process, 2)
        assert process.poll() is None
    finally:
        process.kill()
        process.wait()


async def test_ctrl_c_over_http_with_a_create_in_flight_says_so_and_twice_stops(
    server: Server,
) -> None:
    """uvicorn's Ctrl-C waits for a create in flight (shielded, to record its job): the
    server says so, and a second Ctrl-C stops it at once with 130 (X1-5: silent 50 s)."""
    port = free_port()
    with serving(Fault(hang=True)) as api:  # the create's answer never comes
        process = over_http(server, port, api.url)
        assert process.stderr
        try:
            wait_listening(port, process)
            token = process.stderr.readline().decode().rsplit("Bearer ", 1)[1].strip()
            creating = asyncio.create_task(create_over_http(port, token))
            for _ in range(600):
                if api.count("POST") or creating.done():
                    break
                await asyncio.sleep(0.05)
            assert api.count("POST") == 1, creating
            process.send_signal(signal.SIGINT)
            assert select.select([process.stderr], [], [], 30)[0], "nothing said on Ctrl-C"
            assert "Ctrl-C again to stop now" in process.stderr.readline().decode()
            assert process.poll() is None  # waiting for the create's answer
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=30) == 130
            creating.cancel()
        finally:
            process.kill()
            process.wait()


def over_http(server: Server, port: int, base_url: str, **env: str) -> subprocess.Popen[bytes]:
    """`creatify mcp --http`, its token its own (random, said at start)."""
    environ = {**os.environ, **server.env(), "CREATIFY_BASE_URL": base_url, **env}
    environ.pop("CREATIFY_MCP_TOKEN", None)
    return subprocess.Popen(
        [str(SCRIPT), "mcp", "--http", str(port), "--output-dir", str(server.output_dir)],
        env=environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


async def create_over_http(port: int, token: str) -> None:
    with contextlib.suppress(Exception):  # the server goes away mid-call
        async with connect(port, token) as (read, write):
            async with ClientSession(read, write) as session:
                await session.initialize()
                await session.call_tool("lipsyncs_create", {"creator": PERSONA, "text": "Hi"})


def test_a_port_in_use_is_a_usage_error(server: Server) -> None:
    """As `creatify webhooks listen --port` and `creatify mock --port` say it, exit 2 (Y3-7)."""
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        ran = subprocess.run(
            [str(SCRIPT), "mcp", "--http", str(port), "--output-dir", str(server.output_dir)],
            env={**os.environ, **server.env()},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
        )
    assert ran.returncode == 2, ran.stderr
    said = f"error: --http: cannot listen on 127.0.0.1:{port}: Address already in use\n"
    assert ran.stderr.decode() == said


def test_a_token_no_header_can_carry_is_a_usage_error(server: Server) -> None:
    """A CREATIFY_MCP_TOKEN with a space (a pasted one) no client could send: refused at
    start, exit 2, not a server that answers every request 401 (Z1-5)."""
    ran = subprocess.run(
        [str(SCRIPT), "mcp", "--http", str(free_port()), "--output-dir", str(server.output_dir)],
        env={**os.environ, **server.env(), "CREATIFY_MCP_TOKEN": "a-token-and-a-space "},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
    )
    assert ran.returncode == 2, ran.stderr
    assert ran.stderr.decode().startswith("error: CREATIFY_MCP_TOKEN must be printable ASCII")


def test_an_empty_token_variable_means_a_random_token(server: Server) -> None:
    """`CREATIFY_MCP_TOKEN=` (set, empty) is no token of the user's: the server starts
    with a random one and says it, as without the variable."""
    port = free_port()
    environ = {**os.environ, **server.env(), "CREATIFY_MCP_TOKEN": ""}
    process = subprocess.Popen(
        [str(SCRIPT), "mcp", "--http", str(port), "--output-dir", str(server.output_dir)],
        env=environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert process.stderr
    try:
        assert select.select([process.stderr], [], [], 30)[0], "no start-up line"
        started = process.stderr.readline().decode()
    finally:
        stop(process)
    token = started.rsplit("Bearer ", 1)[1].strip()
    assert len(token) >= 32 and "$" not in token, started
