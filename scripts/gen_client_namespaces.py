"""Write `overlay/creatify/_async/namespaces.py`: the client's namespace attributes.

    python scripts/gen_client_namespaces.py    # part of `make regenerate`; `make drift` sees a stale one

A namespace is a module `_async/{name}.py` that holds the class `Async{Name}`
(`voices.py`, `AsyncVoices`): a job area's or a plain area's, written by
scripts/gen_namespaces.py from its `JobKind` or `PlainArea`, or one written by hand. `AsyncCreatify` (and, through scripts/gen_sync.py,
`Creatify`) inherits one `Namespace` attribute per module, typed by its class and made on
first use, so a new namespace module needs no line in the client.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASYNC = ROOT / "overlay" / "creatify" / "_async"
OUTPUT = ASYNC / "namespaces.py"
HEADER = "# Generated from overlay/creatify/_async/*.py by scripts/gen_client_namespaces.py: do not edit."


def class_name(module: str) -> str:
    return "Async" + "".join(word.capitalize() for word in module.split("_"))


def namespaces() -> list[str]:
    """The modules of `_async/` that hold their namespace class, by name (an area's
    `_extras` module holds methods mixed into its namespace, not one of its own)."""
    return [
        path.stem
        for path in sorted(ASYNC.glob("*.py"))
        if path != OUTPUT
        and not path.stem.endswith("_extras")
        and re.search(rf"^class {class_name(path.stem)}\b", path.read_text("utf-8"), re.M)
    ]


def source(names: list[str]) -> str:
    lines = [
        HEADER,
        '"""The namespaces of `AsyncCreatify`: `client.{name}` for each module `_async/{name}.py`',
        'holding `Async{Name}`, made (and its module loaded) on first use."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "from .._base_client import Namespace",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .{name} import {class_name(name)}" for name in names),
        "",
        "",
        "class AsyncNamespaces:",
        '    """Strictly private: the namespace attributes `AsyncCreatify` inherits."""',
        "",
        *(f"    {name}: Namespace[{class_name(name)}] = Namespace()" for name in names),
        "",
        "",
        f"NAMESPACES = {tuple(names)!r}",
        '"""The client\'s namespaces."""',
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    OUTPUT.write_text(source(namespaces()), encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    subprocess.run([str(ruff), "format", "--quiet", str(OUTPUT)], check=True)


if __name__ == "__main__":
    main()
