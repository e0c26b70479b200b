"""Contains methods for accessing the API.

`from creatify_api.api.<tag> import <operation>` gives the operation's module before its
code has run; the code runs the first time the module is asked for a name it lacks
(`sync_detailed`, ...). Importing the client imported every operation and the models they
use (issue 28); now only those a program calls run. The first use is thread-safe: a
thread that asks while another runs the code waits for it.
"""

import importlib.util
import sys
import threading
import types

_lock = threading.RLock()


class _Deferred(types.ModuleType):
    """An operation's module whose code has not run yet."""

    def __getattr__(self, name: str) -> object:
        # Only called for a name the module lacks: before its code ran, or a wrong name.
        with _lock:
            if type(self) is _Deferred:
                spec = self.__spec__
                assert spec is not None and spec.loader is not None
                spec.loader.exec_module(self)
                self.__class__ = types.ModuleType
        return object.__getattribute__(self, name)


def deferred_submodule(package: str, name: str) -> types.ModuleType:
    """The module `package.name`, registered in `sys.modules` but not run (see above)."""
    full = f"{package}.{name}"
    with _lock:
        module = sys.modules.get(full)
        if module is None:
            spec = None if name.startswith("__") else importlib.util.find_spec(full)
            if spec is None:
                raise AttributeError(f"module {package!r} has no attribute {name!r}")
            module = importlib.util.module_from_spec(spec)
            module.__class__ = _Deferred
            sys.modules[full] = module
        setattr(sys.modules[package], name, module)
        return module
