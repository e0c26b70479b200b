"""A minimal, fast HTTP/1.1 server for benchmarks: reads and discards each request,
answers canned JSON by route. Runs in its own process so it does not share the
client's interpreter.

    python bench/server.py [--personas 2000]   # prints the port, then serves
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys

PERSONA_ID = "7d3f5a1e-2b4c-4e8f-9a6d-1c2b3d4e5f60"
LIPSYNC_ID = "4c0b2b3c-dcbb-4c12-8e98-a1e0643d5394"


def persona(i: int) -> dict[str, object]:
    return {
        "id": f"{i:08x}-86e7-5f31-abc8-18915cb872be",
        "created_at": "2024-01-10T08:00:00Z",
        "updated_at": "2024-01-10T08:00:00Z",
        "gender": "f",
        "age_range": "adult",
        "location": "indoor",
        "style": "presenter",
        "creator_name": f"Persona {i}",
        "video_scene": "studio",
        "keywords": "presenter,studio",
        "preview_image_16_9": f"https://cdn.example.com/{i}/16x9.jpg",
        "preview_image_1_1": f"https://cdn.example.com/{i}/1x1.jpg",
        "preview_image_9_16": f"https://cdn.example.com/{i}/9x16.jpg",
        "preview_video_16_9": f"https://cdn.example.com/{i}/16x9.mp4",
        "preview_video_1_1": f"https://cdn.example.com/{i}/1x1.mp4",
        "preview_video_9_16": f"https://cdn.example.com/{i}/9x16.mp4",
        "landscape_preview_video": None,
        "squared_preview_video": None,
        "is_active": True,
        "process_status": "done",
        "failed_reason": None,
        "type": "stock",
    }


def answer(status: str, body: object) -> bytes:
    data = json.dumps(body).encode()
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
    return head.encode() + data


def routes(personas: int) -> list[tuple[str, re.Pattern[str], bytes]]:
    one = persona(0) | {"id": PERSONA_ID}
    lipsync = {
        "id": LIPSYNC_ID,
        "status": "pending",
        "creator": PERSONA_ID,
        "text": "Hello",
        "aspect_ratio": "9x16",
        "progress": 0,
        "output": None,
        "credits_used": 0,
        "created_at": "2025-05-21T11:03:56Z",
        "updated_at": "2025-05-21T11:03:56Z",
    }
    created = {
        "id": PERSONA_ID,
        "gender": "m",
        "creator_name": "J",
        "process_status": "pending",
        "created_at": "2025-05-21T11:03:56Z",
        "updated_at": "2025-05-21T11:03:56Z",
    }
    return [
        (
            "GET",
            re.compile(r"^/api/personas/$"),
            answer("200 OK", [persona(i) for i in range(personas)]),
        ),
        ("GET", re.compile(r"^/api/personas/[^/]+/$"), answer("200 OK", one)),
        ("POST", re.compile(r"^/api/lipsyncs/$"), answer("201 Created", lipsync)),
        ("POST", re.compile(r"^/api/personas_v2/$"), answer("201 Created", created)),
    ]


class Handler(asyncio.Protocol):
    def __init__(self, table: list[tuple[str, re.Pattern[str], bytes]]) -> None:
        self.table = table
        self.buffer = b""
        self.remaining = 0  # body bytes still to discard
        self.pending: bytes | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        while data:
            if self.remaining:
                used = min(self.remaining, len(data))
                self.remaining -= used
                data = data[used:]
                if not self.remaining and self.pending is not None:
                    self.transport.write(self.pending)  # type: ignore[attr-defined]
                    self.pending = None
                continue
            self.buffer += data
            data = b""
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, rest = self.buffer[:end].decode("latin-1"), self.buffer[end + 4 :]
            self.buffer = b""
            method, path, _ = head.split("\r\n", 1)[0].split(" ", 2)
            match = re.search(r"(?im)^content-length:\s*(\d+)", head)
            self.remaining = int(match.group(1)) if match else 0
            reply = next(
                (r for m, p, r in self.table if m == method and p.match(path)),
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}",
            )
            if self.remaining:
                self.pending = reply
            else:
                self.transport.write(reply)  # type: ignore[attr-defined]
            data = rest


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--personas", type=int, default=2000)
    args = parser.parse_args()
    table = routes(args.personas)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Handler(table), "127.0.0.1", 0, backlog=512)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
