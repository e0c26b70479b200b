"""The console script without the `cli` extra prints how to install it."""

from __future__ import annotations

import builtins
import sys
from typing import Any

import pytest
from creatify import _cli_entry


def test_missing_extras_print_an_install_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without click/rich: exit 2 and `pip install 'creatify[cli]'`, no traceback."""
    real_import = builtins.__import__

    def no_click(name: str, *args: Any, **kwargs: Any) -> Any:
        if name in ("click", "rich") or name.startswith(("click.", "rich.")):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    for name in [m for m in sys.modules if m.startswith(("creatify.cli", "click", "rich"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(builtins, "__import__", no_click)
    with pytest.raises(SystemExit) as info:
        _cli_entry.main()
    assert info.value.code == 2
    assert "pip install 'creatify[cli]'" in capsys.readouterr().err
