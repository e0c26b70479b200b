"""Where the time of the large-list row goes, without a network: the parts of
`Persona.from_dict`, each timed on its own over freshly decoded personas.

    python bench/list_breakdown.py

The SDK's list is `orjson.loads` of the body, then `Persona.from_dict` for each persona;
the reference's is `json.loads` alone. Every variant below decodes the same 2,000-persona
body afresh (so the dicts are as cold as in a real call) and then does one more thing to
each persona; the variants run in interleaved blocks (`run.paired_blocks`), and each part
is its variant's time minus the decode alone. The parts are measured apart, so they need
not add up to the whole `from_dict`: what they leave is the rest of it (reading and
setting the 19 plain fields, making the instance, the call).
"""

from __future__ import annotations

import datetime
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

sys.path.insert(0, str(Path(__file__).resolve().parent))

from creatify_api.client import loads
from creatify_api.models import persona as persona_module
from creatify_api.models.persona import Persona
from run import paired_blocks
from server import persona

Each = Callable[[dict[str, Any]], object]


def _iso(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


PARTS: dict[str, Each | None] = {
    "orjson.loads alone (the SDK's decode)": None,
    "the id as a UUID": lambda d: UUID(d["id"]),
    "the two date-times": lambda d: (_iso(d["created_at"]), _iso(d["updated_at"])),
    "the check for unknown keys": lambda d: d.keys() <= persona_module._FIELDS,
    "the whole Persona.from_dict": Persona.from_dict,
}


def main(blocks: int = 40, personas: int = 2000, per_block: int = 5) -> list[str]:
    body = json.dumps([persona(i) for i in range(personas)]).encode()

    def block(each: Each | None) -> Callable[[], float]:
        def run_block() -> float:
            started = time.perf_counter()
            for _ in range(per_block):
                data = loads(body)
                if each is not None:
                    for item in data:
                        each(item)
            return (time.perf_counter() - started) / per_block

        return run_block

    variants = {name: block(each) for name, each in PARTS.items()}
    variants["json.loads alone (the reference's decode)"] = lambda: _json_loads(body, per_block)
    medians = paired_blocks(blocks, **variants)
    decode = medians["orjson.loads alone (the SDK's decode)"]
    lines = []
    for name, seconds in medians.items():
        if name.endswith("decode)"):
            lines.append(f"{name}: {seconds * 1e3:.2f} ms")
        else:
            part = seconds - decode
            lines.append(
                f"{name}: +{part * 1e3:.2f} ms ({part / personas * 1e6:.2f} µs per persona)"
            )
    return lines


def _json_loads(body: bytes, times: int) -> float:
    started = time.perf_counter()
    for _ in range(times):
        json.loads(body)
    return (time.perf_counter() - started) / times


if __name__ == "__main__":
    for line in main():
        print(line)
