"""A forwarding HTTP proxy on 127.0.0.1 that adds headers, e.g. Prism's `Prefer`.

The command line has no way to send Prism's `Prefer` header (users never need one), so
the CLI tests point it at this proxy to get the mock's `failed`, `running` or error
answers. Everything else is forwarded to the real Prism mock unchanged.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import httpx

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@contextmanager
def header_proxy(
    upstream: str,
    headers: dict[str, str],
    rewrite: Callable[[str, bytes], bytes] | None = None,
) -> Iterator[str]:
    """A forwarding proxy that adds `headers` to every request (Prism's `Prefer`, the
    mock's `X-Mock-*`); `rewrite(method, body)` gives the body of each answer sent back
    (a garbled answer to a request the mock did carry out)."""
    client = httpx.Client(base_url=upstream, timeout=30)

    class Handler(http.server.BaseHTTPRequestHandler):
        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length) if length else None
            sent = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
            answer = client.request(
                self.command, self.path, headers={**sent, **headers}, content=body
            )
            self.send_response(answer.status_code)
            for key, value in answer.headers.items():
                if key.lower() not in HOP_HEADERS:
                    self.send_header(key, value)
            content = answer.content if rewrite is None else rewrite(self.command, answer.content)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = _forward

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        client.close()


def prefer_proxy(upstream: str, prefer: str) -> AbstractContextManager[str]:
    return header_proxy(upstream, {"Prefer": prefer})
