"""`creatify webhooks listen` and `lipsyncs create --listen`, as real processes."""

from __future__ import annotations

import json
import signal
import subprocess

import httpx

from tests.cli.test_cli import API_KEY, CREATIFY, run
from tests.webhooks.helpers import CREATOR, lipsync_payload

JOB_ID = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"


def test_listen_prints_each_event_once_as_json_lines():
    """One JSON line per new event; a repeat and a forgery print nothing; Ctrl-C: 130."""
    process = subprocess.Popen(
        [CREATIFY, "webhooks", "listen", "--port", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None and process.stdout is not None
        first = process.stderr.readline()
        assert first.startswith("listening on 127.0.0.1:"), first
        assert "; webhook URL: http://127.0.0.1:" in first
        url = first.split("webhook URL: ")[1].strip()
        with httpx.Client() as web:
            assert web.post(url, json=lipsync_payload(JOB_ID, "running")).status_code == 200
            assert web.post(url, json=lipsync_payload(JOB_ID, "running")).status_code == 200
            assert web.post(url + "x", json=lipsync_payload(JOB_ID)).status_code == 403
            done = lipsync_payload(JOB_ID, output="http://127.0.0.1/v.mp4")
            assert web.post(url, json=done).status_code == 200
        lines = [json.loads(process.stdout.readline()) for _ in range(2)]
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert [(e["id"], e["status"]) for e in lines] == [(JOB_ID, "running"), (JOB_ID, "done")]
    assert lines[1]["output"] == "http://127.0.0.1/v.mp4"
    assert out == ""
    assert process.returncode == 130
    assert "2 events, 1 repeats, 1 refused" in err


def test_create_with_listen_waits_on_the_webhook(mock_base_url):
    """`lipsyncs create --listen` hands the receiver's URL to the job and waits on it."""
    result = run(
        mock_base_url,
        "lipsyncs",
        "create",
        "--avatar",
        CREATOR,
        "--text",
        "hi",
        "--listen",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    video = json.loads(result.stdout)
    assert video["status"] == "done"
    assert "/creatify-webhook/" in video["webhook_url"]
    assert API_KEY not in result.stderr


def test_listen_and_webhook_url_together_is_a_usage_error(mock_base_url):
    """One webhook per job: --webhook-url with --listen exits 2 before any request."""
    result = run(
        mock_base_url,
        "lipsyncs",
        "create",
        "--avatar",
        CREATOR,
        "--text",
        "hi",
        "--listen",
        "--webhook-url",
        "http://127.0.0.1:9/x",
    )
    assert result.returncode == 2
    assert "--webhook-url or --listen" in result.stderr


def test_a_receiver_behind_a_tunnel_says_its_port():
    """`--public-url`/`--webhook` listen on any free port: the port was printed nowhere,
    so no tunnel could be pointed at it (Y3-8). The one said is the receiver's."""
    process = subprocess.Popen(
        [CREATIFY, "webhooks", "listen", "--public-url", "https://abc.example.com"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        port = first.split("listening on 127.0.0.1:")[1].split(";")[0]
        token = first.rsplit("/", 1)[1].strip()  # a tunnel forwards /<token>
        tunnelled = httpx.post(f"http://127.0.0.1:{port}/{token}", json=lipsync_payload(JOB_ID))
        assert tunnelled.status_code == 200
    finally:
        process.kill()
        process.communicate()


def test_create_with_webhook_says_the_receivers_port(mock_base_url):
    result = run(
        mock_base_url,
        "lipsyncs",
        *("create", "--avatar", CREATOR, "--text", "hi", "--timeout", "1"),
        *("--webhook", "https://abc.example.com"),
    )
    assert "the webhook receiver listens on 127.0.0.1:" in result.stderr, result.stderr
