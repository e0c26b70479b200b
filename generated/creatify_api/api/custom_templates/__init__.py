"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING

if not TYPE_CHECKING:  # type checkers read each operation's module itself

    def __getattr__(name: str) -> object:
        from .. import deferred_submodule

        return deferred_submodule(__name__, name)
