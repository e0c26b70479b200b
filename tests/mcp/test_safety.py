"""Downloads stay in the output folder; bad input and API errors are tool errors; the
API key is in no output."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import anyio

from tests.mcp.helpers import PERSONA, Server, mock_records


async def test_paths_outside_the_output_folder_are_refused(server: Server, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    server.output_dir.mkdir(parents=True)
    (server.output_dir / "escape").symlink_to(outside, target_is_directory=True)
    async with server.session() as session:
        job = await session.ok("lipsyncs_create", {"creator": PERSONA, "text": "Hi"})
        await session.ok("lipsyncs_wait", {"id": job["id"], "seconds": 20})
        for path in (
            "../x.mp4",
            "a/../../x.mp4",
            str(outside / "x.mp4"),
            "escape/x.mp4",
            "..\\x.mp4",
            ".creatify-mcp.sqlite3",
            "",
        ):
            message = await session.error("lipsyncs_download", {"id": job["id"], "path": path})
            assert message.startswith("path: "), (path, message)
        inside = await session.ok("lipsyncs_download", {"id": job["id"], "path": "ok.mp4"})
    assert list(outside.iterdir()) == []
    assert not (tmp_path / "x.mp4").exists()
    assert Path(inside["path"]) == server.output_dir.resolve() / "ok.mp4"


async def test_what_a_download_must_not_write_to_is_refused(server: Server) -> None:
    """A FIFO (which blocked the whole server, S1-3), the journal kept beside the
    downloads under a plain name (S1-5) and a path too long for the OS (S1-6, which held
    the server while it was resolved): refused, and the server goes on answering."""
    server.output_dir.mkdir(parents=True)
    os.mkfifo(server.output_dir / "preview.mp4")
    state = server.output_dir / "journal.sqlite3"
    async with server.session("--state", str(state)) as session:
        job = await session.ok("lipsyncs_create", {"creator": PERSONA, "text": "Hi"})
        await session.ok("lipsyncs_wait", {"id": job["id"], "seconds": 20})
        with anyio.fail_after(30):
            for path in ("preview.mp4", "journal.sqlite3", "journal.sqlite3-wal", "a/" * 300_000):
                message = await session.error("lipsyncs_download", {"id": job["id"], "path": path})
                assert message.startswith("path: "), (path[:20], message)
            await session.ok("credits_remaining", {})
    assert state.read_bytes().startswith(b"SQLite format 3")


async def test_bad_arguments_are_tool_errors_naming_the_field(server: Server) -> None:
    before = mock_records(server.base_url)
    async with server.session() as session:
        cases = {
            "creator": {"creator": "not-a-uuid", "text": "Hi"},
            "aspect_ratio": {"creator": PERSONA, "text": "Hi", "aspect_ratio": "4:3"},
            "colour": {"creator": PERSONA, "text": "Hi", "colour": "red"},
            "timeout": {"creator": PERSONA, "text": "Hi", "timeout": 1},
        }
        for field, arguments in cases.items():
            message = await session.error("lipsyncs_create", arguments)
            assert message.startswith(f"{field}: "), message
        assert (await session.error("lipsyncs_create", {"text": "Hi"})).startswith("creator: ")
        message = await session.error("lipsyncs_wait", {"id": PERSONA, "seconds": "soon"})
        assert message.startswith("seconds: ")
        message = await session.error("lipsyncs_wait", {"id": PERSONA, "seconds": -1})
        assert message.startswith("seconds: ")
        assert (await session.error("lipsyncs_get", {})).startswith("id: ")
        assert (await session.error("lipsyncs_get", {"id": "x/../y"})).startswith("id: ")
        message = await session.error("lipsyncs_list", {"ids": "not a list"})
        assert message.startswith("ids: ")
        for page in (0, "2", True):  # the SDK's rule: a whole number from 1
            assert (await session.error("avatars_list", {"page": page})).startswith("page: ")
        assert "unknown tool" in await session.error("lipsyncs_explode", {})
        # The server is still there.
        assert "remaining_credits" in await session.ok("credits_remaining", {})
    assert mock_records(server.base_url) == before


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_network_and_credential_errors_are_tool_errors(server: Server) -> None:
    server.base_url = f"http://127.0.0.1:{closed_port()}"
    async with server.session() as session:
        message = await session.error("credits_remaining", {})
        # The SDK's message: which request, and what went wrong.
        assert "GET /api/remaining_credits/" in message and "ConnectError" in message
        message = await session.error("lipsyncs_create", {"creator": PERSONA, "text": "Hi"})
        assert "connect" in message.lower()
    server.api_id = ""
    async with server.session() as session:
        message = await session.error("credits_remaining", {})
        assert "CREATIFY_API_ID" in message


async def test_the_key_is_in_no_result_error_or_log_line(server: Server, tmp_path: Path) -> None:
    server.stderr_path = tmp_path / "stderr.txt"
    server.extra_env = {"CREATIFY_LOG": "debug"}  # the SDK logs every request to stderr
    async with server.session() as session:
        job = await session.ok("lipsyncs_create", {"creator": PERSONA, "text": "Key?"})
        await session.ok("lipsyncs_wait", {"id": job["id"], "seconds": 20})
        await session.ok("lipsyncs_download", {"id": job["id"]})
        await session.ok("lipsyncs_get", {"id": job["id"]})
        await session.ok("lipsyncs_list", {})
        await session.ok("credits_remaining", {})
        await session.error("lipsyncs_create", {"creator": "bad", "text": "x"})
        await session.error("lipsyncs_download", {"id": job["id"], "path": "/etc/x"})
        await session.error("voices_find_accent", {"voice": "no such voice"})
    server.base_url = f"http://127.0.0.1:{closed_port()}"
    async with server.session() as session:
        await session.error("credits_remaining", {})
        await session.error("lipsyncs_get", {"id": job["id"]})
    stderr = server.stderr_path.read_text()
    assert "GET /api/lipsyncs/" in stderr  # the SDK's log lines are there
    assert server.texts and len(server.texts) == 11
    for text in [*server.texts, stderr]:
        assert server.api_key not in text
        assert server.api_key[-12:] not in text
    for path in server.output_dir.rglob("*"):
        if path.is_file():
            assert server.api_key.encode() not in path.read_bytes(), path
    assert os.environ.get("CREATIFY_API_KEY") is None


def test_scrub_is_the_sdks_redaction(monkeypatch: Any) -> None:
    """The server's last-line scrub hides the key in every form the SDK's redaction knows
    (here: percent-encoded and JSON-escaped), with the SDK's marker, not a rule of its own."""
    from urllib.parse import quote

    from creatify.mcp.server import scrub

    key = 'k/ey+with"odd/chars-0123456789'
    monkeypatch.setenv("CREATIFY_API_KEY", key)
    text = scrub(f"a {key} b {quote(key, safe='')} c {json.dumps(key)}")
    assert key not in text and quote(key, safe="") not in text and "ey+with" not in text
    assert text.count("[redacted]") == 3


def test_with_the_request_log_on_its_lines_are_scrubbed_and_written_once(
    monkeypatch: Any, capsys: Any
) -> None:
    """CREATIFY_LOG gives the `creatify` logger a handler of its own, which wrote this
    server's warnings and tracebacks unscrubbed, and then the root's wrote them again (V8-2)."""
    import logging

    from creatify.mcp.server import _configure_logging

    key = "sk_live_ABCDEFGHIJKLMNOP1234567890"
    monkeypatch.setenv("CREATIFY_API_KEY", key)
    monkeypatch.setenv("CREATIFY_LOG", "info")
    root, sdk = logging.getLogger(), logging.getLogger("creatify")
    saved = (root.handlers[:], root.level, sdk.handlers[:], sdk.level, sdk.propagate)
    try:
        _configure_logging()
        log = logging.getLogger("creatify.mcp")
        log.warning("a warning %s", key)
        try:
            raise RuntimeError(f"boom {key}")
        except RuntimeError:
            log.exception("a tool failed")
        logged = capsys.readouterr().err
    finally:
        root.handlers[:], sdk.handlers[:] = saved[0], saved[2]
        root.setLevel(saved[1])
        sdk.setLevel(saved[3])
        sdk.propagate = saved[4]
    assert key not in logged and "RuntimeError: boom [redacted]" in logged
    assert logged.count("a warning [redacted]") == 1 and logged.count("a tool failed") == 1
