"""Jobs made through the mock for a CLI test's account: the mock reads back only what an
account made (an id it never made is a 404, as on the service)."""

from __future__ import annotations

import httpx

STOCK_PERSONA = "18fccce8-86e7-5f31-abc8-18915cb872be"


def made_lipsyncs(base_url: str, api_id: str, count: int = 1) -> list[str]:
    """The ids of `count` finished videos made for `api_id`."""
    headers = {"X-API-ID": api_id, "X-API-KEY": "made-by-the-test", "X-Mock-Job-Seconds": "0"}
    body = {"text": "made for the CLI test", "creator": STOCK_PERSONA}
    ids = []
    for _ in range(count):
        answer = httpx.post(f"{base_url}/api/lipsyncs/", json=body, headers=headers, timeout=30)
        assert answer.status_code == 201, answer.text
        ids.append(answer.json()["id"])
    return ids


# A valid create body per command of the CLI tests.
CREATES = {
    "lipsyncs-v2": (
        "/api/lipsyncs_v2/",
        {
            "video_inputs": [
                {"character": {"avatar_id": STOCK_PERSONA}, "voice": {"input_text": "Hi"}}
            ]
        },
    ),
    "tts": (
        "/api/text_to_speech/",
        {"script": "Hi", "accent": "6f3c2a52-8d5e-4f0a-9c1b-2b8f7a9d4e11"},
    ),
    "aurora": (
        "/api/aurora/",
        {"image": "https://example.com/face.jpg", "audio": "https://example.com/song.mp3"},
    ),
}


def made_job(base_url: str, api_id: str, command: str) -> str:
    """The id of a finished job of the CLI `command` (lipsyncs-v2, tts, aurora) for `api_id`."""
    path, body = CREATES[command]
    headers = {"X-API-ID": api_id, "X-API-KEY": "made-by-the-test", "X-Mock-Job-Seconds": "0"}
    answer = httpx.post(f"{base_url}{path}", json=body, headers=headers, timeout=30)
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])
