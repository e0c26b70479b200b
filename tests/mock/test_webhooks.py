"""When a job ends the layer POSTs the vendor's payload to its `webhook_url` (loopback only)."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests.mock.helpers import CREATOR, client, until


@pytest.fixture
def api(mock_base_url: str, auth_headers: dict[str, str]) -> httpx.Client:
    with client(mock_base_url, auth_headers) as c:
        yield c


@pytest.fixture
def receiver() -> HTTPServer:
    server = HTTPServer(host="127.0.0.1", port=0)
    server.expect_request("/hook", method="POST").respond_with_data("ok")
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


def bodies(receiver: HTTPServer, job_id: str) -> list[dict]:
    """The deliveries about one job."""
    return [r.get_json() for r, _ in receiver.log if r.get_json().get("id") == job_id]


@pytest.mark.parametrize(("outcome", "repeat"), [("done", 1), ("failed", 2)])
def test_webhook_reaches_a_loopback_receiver(
    api: httpx.Client, receiver: HTTPServer, outcome: str, repeat: int
) -> None:
    headers = {
        "X-Mock-Job-Seconds": "0.3",
        "X-Mock-Outcome": outcome,
        "X-Mock-Webhook-Repeat": str(repeat),
    }
    body = {"text": "hook", "creator": CREATOR, "webhook_url": receiver.url_for("/hook")}
    job = api.post("/api/lipsyncs/", json=body, headers=headers).json()
    assert job["webhook_url"] == receiver.url_for("/hook")
    until(lambda: len(bodies(receiver, job["id"])) >= repeat)
    payloads = bodies(receiver, job["id"])
    assert len(payloads) == repeat, "the header fixes how many deliveries"
    for payload in payloads:
        assert set(payload) == {"id", "status", "failed_reason", "output"}
        assert payload["id"] == job["id"]
        assert payload["status"] == outcome
        if outcome == "done":
            assert payload["output"].endswith("/media/lipsync-output.mp4")
            assert payload["failed_reason"] is None
        else:
            assert payload["output"] is None and payload["failed_reason"]
    # The job reads back in the state the webhook announced.
    assert api.get(f"/api/lipsyncs/{job['id']}/").json()["status"] == outcome


def test_avatar_webhook_sends_the_whole_record(api: httpx.Client, receiver: HTTPServer) -> None:
    body = {
        "creator_name": "Hooked",
        "gender": "nb",
        "lipsync_input": "https://example.com/a.mp4",
        "webhook_url": receiver.url_for("/hook"),
    }
    headers = {"X-Mock-Job-Seconds": "0.3", "X-Mock-Webhook-Repeat": "1"}
    created = api.post("/api/personas/", json=body, headers=headers).json()
    (payload,) = until(lambda: bodies(receiver, created["id"]))
    assert payload["id"] == created["id"]
    assert payload["process_status"] == "done" and payload["is_active"] is True


def test_webhook_to_a_non_loopback_address_is_refused(
    api: httpx.Client, mock_base_url: str
) -> None:
    body = {"text": "x", "creator": CREATOR, "webhook_url": "http://example.com/hook"}
    job = api.post("/api/lipsyncs/", json=body, headers={"X-Mock-Job-Seconds": "0"}).json()
    log = until(
        lambda: [
            e
            for e in httpx.get(f"{mock_base_url}/__mock__/webhooks").json()
            if e["id"] == job["id"]
        ]
    )
    assert log == [{"id": job["id"], "url": "http://example.com/hook", "refused": True}]


def test_only_the_layer_delivers_no_phantom_callback(
    api: httpx.Client, receiver: HTTPServer, mock_base_url: str
) -> None:
    """Prism is given the spec without `callbacks`: it used to POST their example (another
    id, media on port 4011) to every `webhook_url`, once per create."""
    body = {"text": "one", "creator": CREATOR, "webhook_url": receiver.url_for("/hook")}
    headers = {"X-Mock-Job-Seconds": "0.2", "X-Mock-Webhook-Repeat": "1"}
    job = api.post("/api/lipsyncs/", json=body, headers=headers).json()
    until(lambda: bodies(receiver, job["id"]))
    time.sleep(1.0)  # time for a stray delivery to arrive
    assert [r.get_json()["id"] for r, _ in receiver.log] == [job["id"]]
    assert ":4011/" not in json.dumps([r.get_json() for r, _ in receiver.log])


@pytest.mark.parametrize(
    "host", ["2130706433", "0x7f000001", "0177.0.0.1", "127.1", "[::ffff:127.0.0.1]"]
)
def test_a_refused_webhook_url_gets_no_request(
    api: httpx.Client, receiver: HTTPServer, mock_base_url: str, host: str
) -> None:
    """Spellings of 127.0.0.1 that the layer refuses: the receiver there hears nothing
    (neither from the layer nor from Prism's callbacks)."""
    url = f"http://{host}:{receiver.port}/hook"
    job = api.post(
        "/api/lipsyncs/",
        json={"text": "x", "creator": CREATOR, "webhook_url": url},
        headers={"X-Mock-Job-Seconds": "0"},
    ).json()
    entries = until(
        lambda: [
            e
            for e in httpx.get(f"{mock_base_url}/__mock__/webhooks").json()
            if e["id"] == job["id"]
        ]
    )
    assert entries == [{"id": job["id"], "url": url, "refused": True}]
    time.sleep(1.0)
    assert receiver.log == []


def test_redirects_are_not_followed(api: httpx.Client, mock_base_url: str) -> None:
    target = HTTPServer(host="127.0.0.1", port=0)
    target.expect_request("/elsewhere").respond_with_data("ok")
    target.start()
    redirector = HTTPServer(host="127.0.0.1", port=0)
    redirector.expect_request("/hook", method="POST").respond_with_response(
        Response(status=307, headers={"Location": target.url_for("/elsewhere")})
    )
    redirector.start()
    try:
        body = {"text": "r", "creator": CREATOR, "webhook_url": redirector.url_for("/hook")}
        headers = {"X-Mock-Job-Seconds": "0", "X-Mock-Webhook-Repeat": "1"}
        job = api.post("/api/lipsyncs/", json=body, headers=headers).json()
        (entry,) = until(
            lambda: [
                e
                for e in httpx.get(f"{mock_base_url}/__mock__/webhooks").json()
                if e["id"] == job["id"]
            ]
        )
        assert entry["status"] == 307
        time.sleep(0.5)
        assert len(redirector.log) == 1 and target.log == []
    finally:
        for server in (target, redirector):
            server.clear()
            server.stop()
