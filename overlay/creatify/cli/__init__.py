"""The `creatify` command line (needs the `cli` extra: click and rich)."""
