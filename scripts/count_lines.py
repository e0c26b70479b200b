"""Issue 22's line counts of the hand-written overlay, and what the lines are.

`python scripts/count_lines.py` prints, for each count the issue names (everything under
overlay/creatify/ but `_sync/` and generated files; the same without the testing kit and the
MCP server; `cli/` alone), its lines in all (what `wc -l` counts), per spec operation, and
split into code, docstrings, comment-only lines and blank lines (read with `ast` and
`tokenize`), so a count can be judged against what formatting alone could take away.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "overlay" / "creatify"
GENERATED = re.compile(r"^(# )?Generated from", re.MULTILINE)


def hand_written() -> list[Path]:
    """The files the issue counts: not `_sync/` (unasync's twins), not generated."""
    files = (p for p in OVERLAY.rglob("*.py") if "_sync" not in p.relative_to(OVERLAY).parts)
    return sorted(p for p in files if not GENERATED.search(p.read_text(encoding="utf-8")))


def kinds(path: Path) -> Counter[str]:
    """Each line of a file as code, docstring, comment (a line holding only a comment) or
    blank."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    documented: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            for statement in node.body:  # the first, and attribute docstrings after fields
                value = statement.value if isinstance(statement, ast.Expr) else None
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    end = statement.end_lineno or statement.lineno
                    documented.update(range(statement.lineno, end + 1))
    commented = {
        token.start[0]
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
        and not lines[token.start[0] - 1][: token.start[1]].strip()
    }
    found: Counter[str] = Counter()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            found["blank"] += 1
        elif number in documented:
            found["docstring"] += 1
        elif number in commented:
            found["comment"] += 1
        else:
            found["code"] += 1
    return found


def main() -> None:
    spec = (ROOT / "openapi" / "creatify.yaml").read_text(encoding="utf-8")
    operations = len(re.findall(r"^\s+operationId:", spec, re.MULTILINE))
    files = hand_written()
    counts = {
        "overlay (all hand-written)": files,
        "without testing/ and mcp/": [
            p for p in files if not {"testing", "mcp"} & set(p.relative_to(OVERLAY).parts)
        ],
        "cli/": [p for p in files if p.relative_to(OVERLAY).parts[0] == "cli"],
    }
    print(f"{operations} spec operations")
    for name, chosen in counts.items():
        total: Counter[str] = Counter()
        for path in chosen:
            total += kinds(path)
        lines = sum(total.values())
        split = ", ".join(f"{kind} {total[kind]:,}" for kind in ("code", "docstring", "comment"))
        print(
            f"{name}: {lines:,} lines in {len(chosen)} files, {lines / operations:.0f} per"
            f" operation ({split}, blank {total['blank']:,})"
        )


if __name__ == "__main__":
    main()
