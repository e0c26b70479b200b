"""Where the time of the large-list row goes, without a network: the parts of
`Persona.from_dict`, each timed on its own over freshly decoded personas.

    python bench/list_breakdown.py

The SDK's list is `orjson.loads` of the body, then `Persona.from_dict` for each persona;
the reference's is `json.loads` alone. Every variant below decodes the same 2,000-persona
body afresh (so the dicts are as cold as in a real call) and then does one more thing to
each persona, as `from_dict` does it; the variants run in interleaved blocks
(`run.paired_blocks`), and each part is its variant's time minus the decode alone. The
parts are measured apart and their results dropped, so they need not add up to the whole
`from_dict`, whose 2,000 instances are kept in a list as the SDK's are: what they leave is
the rest of it (the inline test of the 22 values' JSON types, setting the fields on a new
instance, the call, and the garbage collector's passes over the instances kept).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from creatify_api.client import loads
from creatify_api.models import persona as persona_module
from creatify_api.models.persona import Persona
from creatify_api.types import parse_datetime, parse_uuid
from run import paired_blocks
from server import persona

Each = Callable[[dict[str, Any]], object]


PARTS: dict[str, Each | None] = {
    "orjson.loads alone (the SDK's decode)": None,
    "reading the 22 known keys (one itemgetter call) and counting the keys": lambda d: (
        persona_module._KNOWN(d),
        len(d) != 22,
    ),
    "the id (parse_uuid)": lambda d: parse_uuid(d["id"]),
    "the two date-times (parse_datetime)": lambda d: (
        parse_datetime(d["created_at"]),
        parse_datetime(d["updated_at"]),
    ),
    "the whole Persona.from_dict, instances kept": Persona.from_dict,
}


def main(blocks: int = 40, personas: int = 2000, per_block: int = 5) -> list[str]:
    body = json.dumps([persona(i) for i in range(personas)]).encode()

    def block(each: Each | None) -> Callable[[], float]:
        def run_block() -> float:
            started = time.perf_counter()
            for _ in range(per_block):
                data = loads(body)
                if each is Persona.from_dict:
                    kept = [each(item) for item in data]
                    assert len(kept) == personas
                elif each is not None:
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
