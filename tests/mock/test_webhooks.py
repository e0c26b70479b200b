"""When a job ends the layer POSTs the vendor's payload to its `webhook_url` (loopback only)."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest
from creatify.testing._state import JobOptions
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


def log_of(mock_base_url: str, job_id: str) -> list[dict]:
    return [e for e in httpx.get(f"{mock_base_url}/__mock__/webhooks").json() if e["id"] == job_id]


def test_a_field_the_create_does_not_take_costs_no_webhook(
    api: httpx.Client, receiver: HTTPServer
) -> None:
    """`output_nums` is no input of the asset generator, so DRF ignores it. The mock kept
    it: `"abc"` failed every read of the job (a 500) and, in the webhook ticker, stopped
    every later webhook of the run; `10**8` made each read a 4.5 GB answer."""
    hook = receiver.url_for("/hook")
    headers = {"X-Mock-Job-Seconds": "0.2", "X-Mock-Webhook-Repeat": "1"}
    made = []
    for odd in ("abc", 10**8):
        body = {"model_name": "m", "input_params": {}, "output_nums": odd, "webhook_url": hook}
        answer = api.post("/api/asset_generator/", json=body, headers=headers)
        assert answer.status_code == 201, answer.text
        assert answer.json()["output_nums"] == 1, "the spec's example: the field was ignored"
        made.append(answer.json()["id"])
    until(lambda: all(bodies(receiver, job) for job in made))
    later = {"text": "later", "creator": CREATOR, "webhook_url": hook}
    job = api.post("/api/lipsyncs/", json=later, headers=headers).json()
    until(lambda: bodies(receiver, job["id"]))
    done = api.get(f"/api/asset_generator/{made[1]}/").json()
    assert done["status"] == "done" and len(done["assets"]) == 1


def test_a_delivery_that_fails_costs_only_itself(
    api: httpx.Client, receiver: HTTPServer, mock_base_url: str
) -> None:
    """A webhook whose receiver refuses the connection (nothing listens on its port)
    fails; it used to end its task with nothing logged; it is logged (with no URL in the
    error: a listener's URL holds its token), and the next job's webhook arrives. (A lone
    surrogate in a name no longer makes one: the service refuses it, as DRF's CharField.)"""
    hook = receiver.url_for("/hook")
    with socket.socket() as spare:  # a loopback port that nothing listens on
        spare.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{spare.getsockname()[1]}/hook?token=secret"
    headers = {"X-Mock-Job-Seconds": "0.2", "X-Mock-Webhook-Repeat": "1"}
    persona = {
        "creator_name": "ab",
        "gender": "f",
        "lipsync_input": "https://e.com/a.mp4",
        "webhook_url": closed,
    }
    odd = api.post("/api/personas/", json=persona, headers=headers)
    assert odd.status_code == 201, odd.text
    (entry,) = until(lambda: log_of(mock_base_url, odd.json()["id"]))
    assert entry["error"].startswith("ConnectError") and "secret" not in entry["error"]
    later = {"text": "later", "creator": CREATOR, "webhook_url": hook}
    job = api.post("/api/lipsyncs/", json=later, headers=headers).json()
    until(lambda: bodies(receiver, job["id"]))
    assert bodies(receiver, odd.json()["id"]) == []


def test_the_ticker_goes_on_after_a_tick_that_fails(
    receiver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Monkeypatched: `State.due` raising is provoked by hand (no input makes it raise
    now: a record's own failure is caught inside it). The layer's one ticker used to die
    with it, and no webhook was delivered for the rest of the run. No Prism needed."""
    import asyncio

    from creatify.testing._resources import area_named
    from layer import Layer, Settings

    async def deliver() -> None:
        layer = Layer(Settings(prism_url="http://127.0.0.1:9"))
        due, ticks = layer.state.due, []

        def failing_once() -> list:
            ticks.append(1)
            if len(ticks) == 1:
                raise RuntimeError("a tick that fails")
            return due()

        layer.state.due = failing_once
        lipsyncs = area_named("lipsyncs")
        hook = receiver.url_for("/hook")
        job = layer.state.create(
            area=lipsyncs,
            stage=lipsyncs.creates["/api/lipsyncs/"],
            account="a",
            data={},
            media_base="http://127.0.0.1:9",
            options=JobOptions(seconds=0, webhook_repeat=1),
            webhook_url=hook,
        )
        ticker = asyncio.get_running_loop().create_task(layer.deliver_webhooks())
        try:
            for _ in range(200):
                if bodies(receiver, job.id):
                    break
                await asyncio.sleep(0.05)
        finally:
            ticker.cancel()
        assert bodies(receiver, job.id), "the webhook after the failed tick arrived"
        assert len(ticks) > 1

    with caplog.at_level("WARNING"):
        asyncio.run(deliver())
    assert "finding the webhooks due failed" in caplog.text
