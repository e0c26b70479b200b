"""The environment's proxies (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY) apply as they
do to a plain httpx client: through a real forwarding proxy on 127.0.0.1, in front of the
mock, for the API client (sync and async) and a download."""

from __future__ import annotations

import asyncio
import http.client
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from creatify import APIConnectionError, AsyncCreatify, ConfigurationError, Creatify
from creatify_api.models import Lipsync

from tests.faults.server import Fault, closed_port, serving
from tests.overlay.helpers import CREATOR_ID, lipsync

PROXY_SECRET = "proxy-secret-NEVER-PRINT"
# Not forwarded: they are the proxy's own (RFC 9110 7.6.1).
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization"}


class Forwarder(BaseHTTPRequestHandler):
    """Records each GET as the proxy sees it (its line and headers), then forwards it to
    the host its absolute-form target names and hands the answer back."""

    protocol_version = "HTTP/1.1"
    server: ProxyServer

    def do_GET(self) -> None:
        self.server.seen.append((self.requestline, dict(self.headers.items())))
        url = urlsplit(self.path)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        upstream = http.client.HTTPConnection(url.hostname or "", url.port, timeout=30)
        target = url.path + (f"?{url.query}" if url.query else "")
        upstream.request("GET", target, headers=headers)
        answer = upstream.getresponse()
        data = answer.read()
        upstream.close()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in HOP_BY_HOP | {"transfer-encoding", "content-length"}:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the test reads `seen`


class ProxyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Forwarder)
        self.seen: list[tuple[str, dict[str, str]]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def lines(self) -> list[str]:
        return [line for line, _ in self.seen]


@pytest.fixture
def proxy() -> Iterator[ProxyServer]:
    """A running forwarding proxy (conftest.py clears the proxy variables of each test)."""
    server = ProxyServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def remaining_credits(api: str, base_url: str, auth: dict[str, str], **options: Any) -> float:
    """`client.credits.remaining()` through a new sync or async client (which reads the
    environment when it is made)."""
    credentials = (auth["X-API-ID"], auth["X-API-KEY"], base_url)
    if api == "sync":
        with Creatify(*credentials, **options) as client:
            return float(client.credits.remaining().remaining_credits)

    async def run() -> float:
        async with AsyncCreatify(*credentials, **options) as client:
            return float((await client.credits.remaining()).remaining_credits)

    return asyncio.run(run())


@pytest.mark.parametrize("api", ["sync", "async"])
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_api_calls_go_through_the_environments_proxy(
    api: str,
    variable: str,
    proxy: ProxyServer,
    mock_base_url: str,
    auth_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The proxy gets the absolute-form request and its own credentials (from its URL);
    the API key goes only in the X-API-KEY header the SDK always sends, and neither
    secret is in a log line or the client's repr."""
    host = urlsplit(proxy.url).netloc
    monkeypatch.setenv(variable, f"http://user:{PROXY_SECRET}@{host}")
    caplog.set_level(logging.DEBUG, logger="creatify")
    assert remaining_credits(api, mock_base_url, auth_headers) >= 0
    assert proxy.lines() == [f"GET {mock_base_url}/api/remaining_credits/ HTTP/1.1"]
    (_, headers), key = proxy.seen[0], auth_headers["X-API-KEY"]
    assert headers["Proxy-Authorization"].startswith("Basic ")
    assert [name for name, value in headers.items() if key in value] == ["X-API-KEY"]
    repr_ = repr(Creatify("id", key, mock_base_url))
    for secret in (key, PROXY_SECRET):
        assert secret not in caplog.text and secret not in repr_
    assert "GET /api/remaining_credits/ -> 200" in caplog.text


@pytest.mark.parametrize("api", ["sync", "async"])
def test_a_download_goes_through_the_proxy_without_credentials(
    api: str,
    proxy: ProxyServer,
    mock_base_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The storage host's request goes through the proxy too, with neither API header."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    url = f"{mock_base_url}/media/lipsync-output.mp4"
    video = Lipsync.from_dict(lipsync("done", output=url))
    if api == "sync":
        with Creatify("id", "sk-secret", mock_base_url) as client:
            saved = client.lipsyncs.download(video, tmp_path / "v.mp4")
    else:

        async def run() -> Path:
            async with AsyncCreatify("id", "sk-secret", mock_base_url) as client:
                return await client.lipsyncs.download(video, tmp_path / "v.mp4")

        saved = asyncio.run(run())
    assert saved.read_bytes()[4:8] == b"ftyp"
    assert proxy.lines() == [f"GET {url} HTTP/1.1"]
    headers = {name.lower() for name in proxy.seen[0][1]}
    assert not headers & {"x-api-key", "x-api-id"}


@pytest.mark.parametrize("api", ["sync", "async"])
@pytest.mark.parametrize(
    ("environment", "options"),
    [
        ({"NO_PROXY": "127.0.0.1"}, {}),
        ({"no_proxy": "example.com, 127.0.0.1"}, {}),
        ({"NO_PROXY": "*"}, {}),
        ({}, {"trust_env": False}),
    ],
    ids=["NO_PROXY", "no_proxy list", "NO_PROXY star", "trust_env False"],
)
def test_no_proxy_and_trust_env_false_go_direct(
    api: str,
    environment: dict[str, str],
    options: dict[str, Any],
    proxy: ProxyServer,
    mock_base_url: str,
    auth_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert remaining_credits(api, mock_base_url, auth_headers, **options) >= 0
    assert proxy.lines() == []


def test_an_https_proxy_is_not_used_for_plain_http(
    proxy: ProxyServer,
    mock_base_url: str,
    auth_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """HTTPS_PROXY is for https:// URLs only, as in httpx."""
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    assert remaining_credits("sync", mock_base_url, auth_headers) >= 0
    assert proxy.lines() == []


def test_an_unreachable_proxy_is_a_connection_error_without_secrets(
    mock_base_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """No proxy listening (the mock behind it is up): an APIConnectionError, whose message
    and log line carry neither the API key nor the proxy's password."""
    monkeypatch.setenv("HTTP_PROXY", f"http://user:{PROXY_SECRET}@127.0.0.1:{closed_port()}")
    caplog.set_level(logging.DEBUG, logger="creatify")
    client = Creatify("id", "sk-secret-key", mock_base_url, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        client.credits.remaining()
    client.close()
    for secret in ("sk-secret-key", PROXY_SECRET):
        assert secret not in str(caught.value) and secret not in caplog.text
    assert "ConnectError" in caplog.text


def test_over_https_the_proxy_sees_only_the_host(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An https request goes through a tunnel: the proxy gets `CONNECT host:443` with its
    own credentials and no API header. The proxy here refuses the tunnel (403), so the
    service is never reached."""
    with serving(Fault(status=403, body=b"")) as proxy_server:
        monkeypatch.setenv(
            "HTTPS_PROXY", f"http://user:{PROXY_SECRET}@127.0.0.1:{proxy_server.port}"
        )
        caplog.set_level(logging.DEBUG, logger="creatify")
        with Creatify("id", "sk-secret-key", "https://api.creatify.ai", max_retries=0) as client:
            with pytest.raises(APIConnectionError) as caught:
                client.credits.remaining()
    [connect] = proxy_server.received
    assert (connect.method, connect.path) == ("CONNECT", "api.creatify.ai:443")
    assert "proxy-authorization" in connect.headers
    assert not {"x-api-key", "x-api-id"} & set(connect.headers)
    for secret in ("sk-secret-key", PROXY_SECRET):
        assert secret not in str(caught.value) and secret not in caplog.text


@pytest.mark.parametrize("status", [407, 502])
def test_a_refused_tunnel_is_never_sent_so_a_create_made_no_job(
    monkeypatch: pytest.MonkeyPatch, status: int
) -> None:
    """A proxy that refuses the CONNECT (bad proxy credentials, upstream unreachable):
    the create never left for the API, so it is retried like a refused connection and no
    job can exist (was: `maybe_created=True`, "the job may exist"; S3-4)."""
    with serving(Fault(status=status, body=b"")) as proxy_server:
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy_server.port}")
        options = {"max_retries": 1, "retry_backoff": 0.01}
        with Creatify("id", "sk-secret-key", "https://api.creatify.ai", **options) as client:
            with pytest.raises(APIConnectionError) as caught:
                client.lipsyncs.create(text="hi", creator=CREATOR_ID)
    assert not caught.value.maybe_created
    assert "may exist" not in str(caught.value)
    assert [r.method for r in proxy_server.received] == ["CONNECT", "CONNECT"]


def test_an_ipv6_proxy_with_a_zone_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """A link-local proxy names its interface after `%`: a host, not an encoded `[`
    (V7-5)."""
    monkeypatch.setenv("ALL_PROXY", "http://[fe80::1%eth0]:3128")
    Creatify("id", "sk-secret-key").close()


@pytest.mark.parametrize(
    ("proxy", "says"),
    [
        ("socks5://127.0.0.1:1080", "pip install 'httpx[socks]'"),
        ("http://[::1:3128", "Invalid port"),
        ("http://", "Invalid host: ''"),  # these four were a connection error, exit 3 (W1-2)
        ("http://[bad", "Invalid host: '%5Bbad'"),
        ("not a url", "Invalid host: 'not%20a%20url'"),
        ("http://pro xy:3128", "Invalid host: 'pro%20xy'"),
        ("ftp://proxy:21", "Unknown scheme"),
    ],
)
def test_a_proxy_variable_that_cannot_be_used_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch, proxy: str, says: str
) -> None:
    """A proxy in the environment the client cannot use (SOCKS without socksio, a bad URL,
    a scheme httpx has no proxy for) names its variable, as `ConfigurationError`, and the
    CLI says so on one line with exit 2 (was: a bare ImportError/InvalidURL/ValueError, a
    traceback and exit 1; S3-12)."""
    from tests.cli.inprocess import invoke

    monkeypatch.setenv("ALL_PROXY", proxy)
    with pytest.raises(ConfigurationError) as caught:
        Creatify("id", "sk-secret-key")
    assert caught.value.setting == "ALL_PROXY"
    assert says in str(caught.value) and "trust_env=False" in str(caught.value)
    env = {"ALL_PROXY": proxy, "CREATIFY_API_ID": "id", "CREATIFY_API_KEY": "sk-secret-key"}
    result = invoke(["credits"], env)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "ALL_PROXY" in result.stderr, result.stderr
