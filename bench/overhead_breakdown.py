"""Where the SDK's per-request time goes, without a network: each step adds one layer.

    python bench/overhead_breakdown.py

Every variant fetches one persona from a transport that answers at once from memory
(so the server and the kernel are out of the figures), in interleaved blocks
(`run.paired_blocks`). Each row adds one part of the SDK to the row above it:

1. httpx + json.loads: the reference of bench/run.py's per-request row;
2. the SDK's httpx client: its headers and transport layer (retries, the call's time-out,
   the body deadline, logging switched off), body read by json.loads;
3. the generated function `personas_retrieve.sync_detailed`: request building, status
   dispatch, orjson and `Persona.from_dict`;
4. `client.avatars.get`: the overlay (id check, error mapping, raw-response capture).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from uuid import UUID

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from creatify import Creatify
from creatify_api.api.personas import personas_retrieve
from run import AUTH, PERSONA_ID, paired_blocks
from server import persona

BODY = json.dumps(persona(0) | {"id": PERSONA_ID}).encode()
PATH = f"/api/personas/{PERSONA_ID}/"
URL = "http://127.0.0.1:9"  # never dialled: the transport answers


class InMemory(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json", "content-length": str(len(BODY))}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(BODY))


def main(blocks: int = 60, per_block: int = 200) -> list[str]:
    client = Creatify("bench-id", "bench-key", URL, transport=InMemory())
    raw = httpx.Client(base_url=URL, headers=AUTH, transport=InMemory())
    sdk_httpx = client._api.get_httpx_client()
    persona_id = UUID(PERSONA_ID)

    def block(call: object) -> object:
        def run_block() -> float:
            started = time.perf_counter()
            for _ in range(per_block):
                call()  # type: ignore[operator]
            return (time.perf_counter() - started) / per_block

        return run_block

    steps = {
        "httpx + json.loads (reference)": lambda: json.loads(raw.get(PATH).content),
        "+ the SDK's httpx client (its headers and transport layer)": lambda: json.loads(
            sdk_httpx.get(PATH).content
        ),
        "+ the generated function (orjson, Persona.from_dict)": lambda: (
            personas_retrieve.sync_detailed(persona_id, client=client._api)
        ),
        "+ the overlay: client.avatars.get": lambda: client.avatars.get(PERSONA_ID),
    }
    medians = paired_blocks(blocks, **{name: block(call) for name, call in steps.items()})  # type: ignore[arg-type]
    client.close()
    raw.close()
    lines, previous = [], None
    base = next(iter(medians.values()))
    for name, seconds in medians.items():
        step = "" if previous is None else f", step {(seconds - previous) * 1e6:+.1f} µs"
        lines.append(
            f"{name}: {seconds * 1e6:.1f} µs/req ({(seconds - base) * 1e6:+.1f} µs over the reference{step})"
        )
        previous = seconds
    return lines


if __name__ == "__main__":
    for line in main():
        print(line)
