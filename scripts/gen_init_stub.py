"""Write `overlay/creatify/__init__.pyi`, what type checkers and IDEs read of `creatify`,
from the one table of its public names (`_EXPORTS` in `overlay/creatify/__init__.py`).

    python scripts/gen_init_stub.py    # make regenerate; make drift sees a stale stub

`import creatify` imports its names lazily (PEP 562 `__getattr__`), which type checkers
cannot follow; the stub imports each from its module, the way they can.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STUB = ROOT / "overlay" / "creatify" / "__init__.pyi"
sys.path[:0] = [str(ROOT / "overlay"), str(ROOT / "generated")]

import creatify


def stub() -> str:
    lines = [
        "# Generated from _EXPORTS of overlay/creatify/__init__.py by "
        "scripts/gen_init_stub.py: do not edit.",
        f'"""{creatify.__doc__}"""',
        "from . import webhooks",
        "from ._version import SDK_VERSION as __version__",
    ]
    for module, names in creatify._EXPORTS.items():
        lines.append(f"from {module} import {', '.join(sorted(names.split()))}")
    lines.append(f"__all__ = {creatify.__all__!r}")
    return "\n".join(lines) + "\n"


def main() -> int:
    STUB.write_text(stub(), encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    subprocess.run([str(ruff), "check", "--quiet", "--fix", "--select", "I", str(STUB)], check=True)
    subprocess.run([str(ruff), "format", "--quiet", str(STUB)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
