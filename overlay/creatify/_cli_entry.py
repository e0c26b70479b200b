"""The `creatify` console script (click and rich are base dependencies)."""

from __future__ import annotations


def main() -> None:
    # Imported here, so that `import creatify` does not load click and rich.
    from .cli.main import main as run

    run()
