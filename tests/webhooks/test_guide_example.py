"""The webhooks guide's FastAPI example, run as written against the mock."""

from __future__ import annotations

import re
import time
from pathlib import Path

from creatify import Creatify, webhooks

from tests.webhooks.helpers import CREATOR
from tests.webhooks.test_receiver import served

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guides" / "webhooks.md"


def guide_example() -> str:
    text = GUIDE.read_text()
    match = re.search(r"<!-- webhook-example -->\n```python\n(.*?)```", text, re.S)
    assert match, "the webhooks guide lost its FastAPI example"
    return match.group(1)


def test_the_guides_fastapi_example_confirms_a_real_webhook(
    mock_base_url, auth_headers, monkeypatch, capsys
):
    """FastAPI + asgi_app under uvicorn: the mock's webhook is confirmed and printed."""
    code = guide_example()
    assert len([line for line in code.splitlines() if line.strip()]) <= 13
    token = webhooks.new_token()
    monkeypatch.setenv("CREATIFY_API_ID", auth_headers["X-API-ID"])
    monkeypatch.setenv("CREATIFY_API_KEY", auth_headers["X-API-KEY"])
    monkeypatch.setenv("CREATIFY_BASE_URL", mock_base_url)
    monkeypatch.setenv("CREATIFY_WEBHOOK_TOKEN", token)
    namespace: dict = {}
    exec(compile(code, str(GUIDE), "exec"), namespace)  # noqa: S102 - the guide's own code
    with served(namespace["app"]) as base, Creatify() as client:
        url = webhooks.webhook_url(f"{base}/creatify", token, "lipsync")
        task = client.lipsyncs.create(text="guide", creator=CREATOR, webhook_url=url)
        wanted = f"ready: {task.id} {mock_base_url}/media/"
        deadline = time.monotonic() + 30
        printed = ""
        while wanted not in printed and time.monotonic() < deadline:
            time.sleep(0.1)
            printed += capsys.readouterr().out
    assert wanted in printed
    assert printed.count(f"ready: {task.id}") == 1
