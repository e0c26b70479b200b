"""No import cycles in the overlay package (`creatify`) or in bench/.

The graph is read from the source (AST), not by importing: an edge is a module-level
import (`import x`, `from x import y`, relative ones resolved; `from pkg import mod` is an
edge to `mod`), including imports under `if`/`try` but not under `if TYPE_CHECKING:`,
which never run. Imports inside functions are left out: they run after every module
has loaded, which is how a lazy import avoids a cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def modules(root: Path, package: str) -> dict[str, Path]:
    found = {}
    for path in root.rglob("*.py"):
        parts = [*filter(None, [package]), *path.relative_to(root).with_suffix("").parts]
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def module_level(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
            yield from module_level(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            handlers = [stmt for handler in node.handlers for stmt in handler.body]
            yield from module_level(node.body + handlers + node.orelse + node.finalbody)


def edges(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    targets: set[str] = set()
    for node in module_level(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            parent = package[: len(package) - node.level + 1]
            base = ".".join([*parent, *filter(None, [node.module])])
        for alias in node.names:
            targets.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    resolved = set()
    for target in targets:  # `creatify._jobs.X` -> the module `creatify._jobs`
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            resolved.add(target)
    return resolved


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while not component or component[-1] != node:
                component.append(stack.pop())
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def graph_of(roots: dict[str, Path]) -> dict[str, set[str]]:
    known = {
        name: path
        for root, package in roots.items()
        for name, path in modules(root, package).items()
    }
    return {name: edges(name, path, known) for name, path in known.items()}


def test_the_overlay_and_bench_have_no_import_cycles() -> None:
    graph = graph_of({ROOT / "overlay" / "creatify": "creatify", ROOT / "bench": "bench"})
    assert len(graph) > 80  # the whole package was read
    assert cycles(graph) == []


def test_the_check_finds_a_cycle(tmp_path: Path) -> None:
    """The check itself: the CLI's old shape (app imports products at its end, products
    imports app) is a cycle; a lazy import inside a function is not."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "app.py").write_text("import click\n\nfrom .products import COMMANDS  # noqa\n")
    (package / "products.py").write_text("from .app import Session\n")
    (package / "lazy.py").write_text("def f():\n    from .app import Session\n")
    (package / "typed.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .app import X\n"
    )
    (package / "tail.py").write_text("from . import lazy, typed\nfrom .app import Y\n")
    graph = graph_of({package: "pkg"})
    assert cycles(graph) == [["pkg.app", "pkg.products"]]
    assert graph["pkg.tail"] == {"pkg.lazy", "pkg.typed", "pkg.app"}
