"""The `creatify` console script (click and rich are base dependencies)."""

from __future__ import annotations

import sys

INTERRUPTED = 130  # the exit code of Ctrl-C, at any point (the others: cli/feedback.py)
INTERRUPT_NOTE = "interrupted"  # what Ctrl-C prints unless a command says more


def main() -> None:
    try:
        # Imported here, so that `import creatify` does not load click. The command's own
        # module (rich, the client, the generated models) is loaded when that command runs.
        from .cli.main import cli
    except KeyboardInterrupt:  # while click loads: no traceback, as later (cli/main.py)
        print(INTERRUPT_NOTE, file=sys.stderr)
        raise SystemExit(INTERRUPTED) from None
    # A character stdout's encoding lacks (Windows' code page in a pipe) is written as an
    # escape, not a traceback after a paid create (W2-1); stderr already does so.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
    cli(prog_name="creatify")
