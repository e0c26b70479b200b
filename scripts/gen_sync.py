"""Generate `overlay/creatify/_sync/` from the async sources in `overlay/creatify/_async/`.

    python scripts/gen_sync.py          # rewrite the sync twins
    python scripts/gen_sync.py --check  # fail if any twin is stale (part of `make drift`)

Uses the `unasync` package (python-trio, pinned): it rewrites tokens, not text, so a
name is only replaced where it is a whole name (`AsyncClient`, never `MyAsyncClientX`).
Its defaults drop `async`/`await` and map `__aenter__` and friends; every `AsyncX` name
becomes `X`, and the table below adds the other names. Like httpcore's script, this fails when an entry of the table is never used,
so the table cannot rot.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import tokenize_rt
import unasync

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "overlay" / "creatify"

# Every `AsyncX` name in the sources (ours and httpx's) becomes `X`: found by scanning the
# tokens, so a new resource class needs no entry. These are the other names.
REPLACEMENTS = {
    "async_sleep": "sync_sleep",
    "aclose": "close",
    "aiter_bytes": "iter_bytes",
    "aiter_lines": "iter_lines",
    "aread": "read",
    "handle_async_request": "handle_request",
    "asyncio_detailed": "sync_detailed",
    "set_async_httpx_client": "set_httpx_client",
    "get_async_httpx_client": "get_httpx_client",
}
ASYNC_NAME = re.compile(r"Async[A-Z]\w*")


def header(source: Path) -> str:
    return f"# Generated from overlay/creatify/_async/{source.name} by scripts/gen_sync.py: do not edit.\n"


def generate(source_dir: Path, out_dir: Path) -> list[Path]:
    """Write the sync twin of every async source into `out_dir`; return what was written."""
    sources = sorted(source_dir.glob("*.py"))
    names = {
        token.src
        for source in sources
        for token in tokenize_rt.src_to_tokens(source.read_text(encoding="utf-8"))
        if token.name == "NAME"
    }
    async_names = {name: name[len("Async") :] for name in names if ASYNC_NAME.fullmatch(name)}
    rule = unasync.Rule(
        fromdir="/_async/",
        todir="/_sync/",
        additional_replacements={**async_names, **REPLACEMENTS},
    )
    unused = set(REPLACEMENTS) - names
    if unused:
        sys.exit(f"scripts/gen_sync.py: replacements never used: {', '.join(sorted(unused))}")
    with tempfile.TemporaryDirectory() as tmp:
        # unasync writes each file's twin beside it, with /_async/ replaced by /_sync/.
        (Path(tmp) / "_async").mkdir()
        copies = [
            str(shutil.copy(source, Path(tmp) / "_async" / source.name)) for source in sources
        ]
        unasync.unasync_files(copies, [rule])
        written = []
        for source in sources:
            text = (Path(tmp) / "_sync" / source.name).read_text(encoding="utf-8")
            target = out_dir / source.name
            target.write_text(header(source) + text, encoding="utf-8")
            written.append(target)
    ruff = Path(sys.executable).parent / "ruff"
    files = [str(p) for p in written]
    subprocess.run(
        [str(ruff), "check", "--quiet", "--fix", "--select", "I,F401", *files], check=True, cwd=ROOT
    )
    subprocess.run([str(ruff), "format", "--quiet", *files], check=True, cwd=ROOT)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a sync twin is stale")
    parser.add_argument("--package", type=Path, default=PACKAGE, help=argparse.SUPPRESS)
    args = parser.parse_args()
    source, target = args.package / "_async", args.package / "_sync"
    if not args.check:
        if target.exists():
            shutil.rmtree(target)
        target.mkdir()
        generate(source, target)
        return 0
    with tempfile.TemporaryDirectory(dir=args.package, prefix=".gen-sync-") as tmp:
        fresh = generate(source, Path(tmp))
        names = {p.name for p in fresh}
        committed = {p.name for p in target.glob("*.py")} if target.exists() else set()
        stale = sorted(
            name
            for name in names | committed
            if name not in names
            or name not in committed
            or not filecmp.cmp(Path(tmp) / name, target / name, shallow=False)
        )
    if stale:
        print(
            "overlay/creatify/_sync/ is stale (run `make regenerate`): " + ", ".join(stale),
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
