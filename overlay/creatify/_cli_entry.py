"""The `creatify` console script (click and rich are base dependencies)."""

from __future__ import annotations


def main() -> None:
    # Imported here, so that `import creatify` does not load click. The command's own
    # module (rich, the client, the generated models) is loaded when that command runs.
    from .cli.main import cli

    cli(prog_name="creatify")
