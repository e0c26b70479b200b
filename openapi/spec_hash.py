"""Record (or check) which spec and generator inputs generated/ was built from.

`generated/SOURCE.sha256` holds one line per input file: its SHA-256 and path. The mock
serves the same `openapi/creatify.yaml`, so a matching hash shows that the generated
client and the mock read the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The spec, the configuration and every template override (all of them, so that a new
# override cannot be left out).
INPUTS = [
    "openapi/creatify.yaml",
    "openapi/config.yaml",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "openapi/templates").rglob("*.jinja")),
]
RECORD = ROOT / "generated" / "SOURCE.sha256"


def current() -> str:
    lines = [f"{hashlib.sha256((ROOT / name).read_bytes()).hexdigest()}  {name}" for name in INPUTS]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="write the record")
    args = parser.parse_args()
    if args.write:
        RECORD.write_text(current())
        return 0
    if not RECORD.exists() or RECORD.read_text() != current():
        print(
            "generated/ was not built from the current spec: run make regenerate", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
