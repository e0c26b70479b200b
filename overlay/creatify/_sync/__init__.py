# Generated from overlay/creatify/_async/__init__.py by scripts/gen_sync.py: do not edit.
"""The client and its resources, written once as async code in `_async/`; the sync twins
in `_sync/` are generated from it by `scripts/gen_sync.py` (edit `_async/` only)."""
