"""The `creatify` console script: loads the CLI only when it runs (it needs extras)."""

from __future__ import annotations

import sys

INSTALL_HINT = "the creatify command needs its extras: pip install 'creatify[cli]'"


def main() -> None:
    try:
        from .cli.app import main as run
    except ImportError as exc:  # click or rich missing
        print(f"{INSTALL_HINT} ({exc})", file=sys.stderr)
        raise SystemExit(2) from None
    run()
