"""Write `overlay/creatify/cli/_groups.py`: each job kind's line in `creatify --help`.

    python scripts/gen_cli_groups.py    # part of `make regenerate`; `make drift` sees a stale one

A kind's group (`creatify iab-images`) is made from its declaration in `_jobs.py` when it
runs; `--help` lists it without loading the SDK (issue 28), so its line is written here:
the group's name, its module (`areas`) and the description of the spec's tag of the
kind's operations.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "overlay" / "creatify" / "cli" / "_groups.py"
sys.path[:0] = [str(ROOT / "overlay"), str(ROOT / "generated")]

from creatify._jobs import JOB_KINDS

HEADER = '''# Generated from openapi/creatify.yaml and overlay/creatify/_jobs.py by scripts/gen_cli_groups.py: do not edit.
"""Each job kind's command, its module and its line in `creatify --help` (the spec's tag),
as `main.OTHERS` lists the other commands."""

# ruff: noqa: E501

GROUPS = """
'''


def source() -> str:
    spec = yaml.safe_load((ROOT / "openapi" / "creatify.yaml").read_text(encoding="utf-8"))
    tags = {tag["name"]: tag["description"] for tag in spec["tags"]}
    operations = {
        operation["operationId"]: operation
        for path in spec["paths"].values()
        for operation in path.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    width = max(len(kind.command) for kind in JOB_KINDS.values()) + 2
    lines = [
        f"{kind.command:<{width}}areas     {tags[operations[kind._retrieve_id]['tags'][0]]}"
        for kind in sorted(JOB_KINDS.values(), key=lambda kind: kind.command)
    ]
    return HEADER + "\n".join(lines) + '\n"""\n'


def main() -> int:
    OUTPUT.write_text(source(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
