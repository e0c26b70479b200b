"""Write `overlay/creatify/__init__.pyi`, what type checkers and IDEs read of `creatify`,
from the one table of its public names (`_EXPORTS` in `overlay/creatify/__init__.py`), and
`_generated_names.py`, the names that table takes from the job kinds.

    python scripts/gen_init_stub.py    # make regenerate; make drift sees a stale stub

`import creatify` imports its names lazily (PEP 562 `__getattr__`), which type checkers
cannot follow; the stub imports each from its module, the way they can. A new job kind's
model, exceptions (every class of `_job_errors.py`) and options (each `TypedDict` of
`_options.py` that a namespace method takes) join the table here, with no edit to
`__init__.py`.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INDENT = " " * 4
PACKAGE = ROOT / "overlay" / "creatify"
STUB, NAMES = PACKAGE / "__init__.pyi", PACKAGE / "_generated_names.py"
sys.path[:0] = [str(ROOT / "overlay"), str(ROOT / "generated")]


def classes(module: str) -> list[str]:
    """The classes a generated module defines."""
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    return [node.name for node in tree.body if isinstance(node, ast.ClassDef)]


def options_taken() -> list[str]:
    """The options `TypedDict`s a namespace method takes (`**options: Unpack[X]`): the
    public ones of `_options.py` (a body sent as positional arguments takes none)."""
    sources = (path.read_text(encoding="utf-8") for path in (PACKAGE / "_async").glob("*.py"))
    return [name for source in sources for name in re.findall(r"Unpack\[(\w+)\]", source)]


def job_models() -> list[str]:
    """Each job kind's model, as its declaration is annotated (`JobKind[models.Lipsync]`),
    read without importing `creatify`, whose `__init__` imports the file written here
    (`test_lazy_imports` checks the names against each kind's `model`)."""
    tree = ast.parse((PACKAGE / "_jobs.py").read_text(encoding="utf-8"))
    return [
        node.annotation.slice.attr
        for node in tree.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.annotation, ast.Subscript)
        and ast.unparse(node.annotation.value) == "JobKind"
        and isinstance(node.annotation.slice, ast.Attribute)
    ]


def entry(names: list[str]) -> str:
    """Names as a table entry of `_EXPORTS`: sorted, wrapped, indented."""
    wrapped = textwrap.wrap(
        " ".join(sorted(set(names))), 84, initial_indent=INDENT, subsequent_indent=INDENT
    )
    return "\n".join(wrapped)


NAMES_HEADER = '''# Generated from _exceptions.py, _job_errors.py, _async/, _jobs.py by gen_init_stub.py: do not edit.
"""The public names that follow from the error tree and the job kinds, for `_EXPORTS` in
`__init__.py`, which reads them here so that `import creatify` imports none of their
modules: every class of `_exceptions.py`, the kinds' exceptions (`_job_errors.py`), the
options `TypedDict`s the namespaces take, each kind's model."""
'''


# Any job kind's model (what `client.webhooks.confirm(event)` returns), for type checkers
# only: `import creatify` imports no model, nor `typing` (10 ms; a name TYPE_CHECKING is
# true to mypy and pyright wherever it comes from).
JOB_MODEL = """
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeAlias

    from creatify_api.models import {names}

    JobModel: TypeAlias = {union}
"""


def names() -> str:
    models = sorted(set(job_models()))
    tables = {
        "ERRORS": classes("_exceptions.py"),
        "JOB_ERRORS": classes("_job_errors.py"),
        "OPTIONS": options_taken(),
        "JOB_MODELS": models,
    }
    imports = ""
    job_model = JOB_MODEL.format(names=", ".join(models), union=" | ".join(models))
    text = "".join(f'{k} = """\n{entry(v)}\n"""\n' for k, v in tables.items())
    return NAMES_HEADER + imports + text + job_model


def stub() -> str:
    import creatify

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
    NAMES.write_text(names(), encoding="utf-8")  # first: `import creatify` reads it
    STUB.write_text(stub(), encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    for path in (str(NAMES), str(STUB)):
        subprocess.run([str(ruff), "check", "--quiet", "--fix", "--select", "I", path], check=True)
        subprocess.run([str(ruff), "format", "--quiet", path], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
