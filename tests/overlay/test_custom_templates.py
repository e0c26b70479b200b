"""The older fixed-template API (`client.custom_templates`): preview, render, and the end
announced to the preview's webhook (there is no GET), against the mock, sync and async;
bad input refused before any request; the CLI group."""

from __future__ import annotations

import json
import os
import queue
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from creatify import InvalidInputError, NotFoundError

from tests.cli.inprocess import invoke
from tests.overlay.products_helpers import Both, Offline

DATA = {"address": "12 Harbor Lane", "city": "Portland", "price": 549000}
MISSING = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def receiver() -> Iterator[tuple[str, queue.Queue[dict[str, Any]]]]:
    """A loopback URL that takes webhook POSTs, and the bodies it got."""
    bodies: queue.Queue[dict[str, Any]] = queue.Queue()

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            bodies.put(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/hook", bodies
    server.shutdown()
    server.server_close()


def test_preview_then_render_ends_with_the_mp4_at_the_webhook(
    both: Both, receiver: tuple[str, queue.Queue[dict[str, Any]]]
) -> None:
    url, bodies = receiver
    task = both("custom_templates.preview", visual_style="style1", data=DATA, webhook_url=url)
    assert task.status == "pending" and task.preview.startswith("https://")
    assert task.visual_style == "style1" and task.data.to_dict() == DATA
    rendering = both("custom_templates.render", task.id)
    assert rendering.id == task.id and rendering.status in ("pending", "in_queue", "running")
    ended = bodies.get(timeout=15)
    assert ended["id"] == str(task.id) and ended["status"] == "done"
    assert ended["output"].endswith(".mp4")  # the page's webhook key (the task's video_output)
    with pytest.raises(NotFoundError):
        both("custom_templates.render", MISSING)


@pytest.mark.parametrize(
    ("dotted", "args", "kwargs", "field"),
    [
        ("custom_templates.preview", (), {"data": DATA}, "visual_style"),
        ("custom_templates.preview", (), {"visual_style": "style1"}, "data"),
        ("custom_templates.preview", (), {"visual_style": "style1", "data": [1]}, "data"),
        (
            "custom_templates.preview",
            (),
            {"visual_style": "style1", "data": DATA, "webhook_url": "ftp://x"},
            "webhook_url",
        ),
        ("custom_templates.render", ("x",), {}, "id"),
    ],
)
def test_bad_input_is_refused_before_any_request(
    offline: Offline, dotted: str, args: tuple[Any, ...], kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        offline(dotted, *args, **kwargs)
    assert caught.value.field == field
    assert offline.script.count == 0


def test_the_cli_previews_from_parameters_then_renders(mock_base_url: str) -> None:
    env = {
        **os.environ,
        "CREATIFY_API_ID": "cli-custom-templates",
        "CREATIFY_API_KEY": "k",
        "CREATIFY_BASE_URL": mock_base_url,
    }
    preview = invoke(
        [
            "custom-templates",
            "preview",
            "--visual-style",
            "style1",
            "--param",
            "price=549000",
            "--json",
        ],
        env,
    )
    assert preview.returncode == 0, preview.stderr
    task = json.loads(preview.stdout)
    assert task["data"] == {"price": 549000} and task["status"] == "pending"
    render = invoke(["custom-templates", "render", task["id"], "--json"], env)
    assert render.returncode == 0, render.stderr
    assert json.loads(render.stdout)["id"] == task["id"]
    missing = invoke(["custom-templates", "preview", "--param", "price=1"], env)
    assert missing.returncode == 2 and "--visual-style" in missing.stderr
