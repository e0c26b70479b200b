"""Write `overlay/creatify/_job_errors.py`, every job kind's exceptions, from the kinds'
declarations in `overlay/creatify/_jobs.py` (`errors`, the `failed` and `rejected` sets).

    python scripts/gen_job_errors.py    # make regenerate; make drift sees a stale module

The classes are written out rather than made at run time so that type checkers and IDEs
see them (`except creatify.LipsyncRejected`). `_jobs.py` looks them up by name only when a
job has failed, so this script can import it while the module it writes is stale or absent.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "overlay" / "creatify" / "_job_errors.py"
sys.path[:0] = [str(ROOT / "overlay"), str(ROOT / "generated")]

from creatify._jobs import JOB_KINDS

HEADER = "# Generated from overlay/creatify/_jobs.py by scripts/gen_job_errors.py: do not edit."
DOC = """Every job kind's exceptions: a job that ends in one of its kind's `failed` statuses
raises the kind's `...Failed`, one in a `rejected` status its `...Rejected` (named by the
kind's `errors` in `_jobs.py`). `failed_reason` says why; a rejection is the service
refusing the job (by moderation, or in an avatar's review)."""
ROOT_CLASS = "JobFailedError"
NAME_WIDTH = 36  # the tree's names, indent included, then what each class is


class Error:
    def __init__(self, name: str, base: str, namespace: str, field: str, statuses: frozenset[str]):
        self.name, self.base, self.children = name, base, list[Error]()
        self.ended = f"{field} {' or '.join(f'`{s}`' for s in sorted(statuses))}"
        self.where = f"client.{namespace}"


def errors() -> list[Error]:
    """The classes under `JobFailedError`, each a `...Rejected` under its `...Failed`."""
    found: dict[str, Error] = {}
    for kind in JOB_KINDS.values():
        failed = f"{kind.errors}Failed"
        if kind.failed:
            found[failed] = Error(
                failed, ROOT_CLASS, kind.namespace, kind.status_field, kind.failed
            )
        if kind.rejected:
            base = failed if kind.failed and kind.rejected_is_failed else ROOT_CLASS
            rejected = Error(
                f"{kind.errors}Rejected", base, kind.namespace, kind.status_field, kind.rejected
            )
            found.setdefault(rejected.name, rejected)
    for error in found.values():
        if error.base != ROOT_CLASS:
            found[error.base].children.append(error)
    return [error for error in found.values() if error.base == ROOT_CLASS]


def tree(tops: list[Error]) -> list[str]:
    lines = [ROOT_CLASS]

    def draw(nodes: list[Error], indent: str) -> None:
        for i, node in enumerate(nodes):
            last = i == len(nodes) - 1
            head = f"{indent}{'└' if last else '├'}── {node.name}"
            lines.append(f"{head:<{NAME_WIDTH}}{node.where}: {node.ended}")
            draw(node.children, indent + ("    " if last else "│   "))

    draw(tops, "")
    return lines


def source() -> str:
    tops = errors()
    drawing = "\n".join(f"    {line}" for line in tree(tops))
    parts = [HEADER, f'"""{DOC}\n\n{drawing}\n"""', f"from ._exceptions import {ROOT_CLASS}"]
    for error in (e for top in tops for e in (top, *top.children)):
        doc = f"A job of `{error.where}` ended with {error.ended}."
        parts.append(f'class {error.name}({error.base}):\n    """{doc}"""')
    return "\n\n".join(parts) + "\n"


def main() -> int:
    OUT.write_text(source(), encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    subprocess.run([str(ruff), "format", "--quiet", str(OUT)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
