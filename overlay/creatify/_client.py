"""`Creatify` and `AsyncCreatify`: one configuration, two ways to drive it.

`AsyncCreatify` is written in `_async/client.py`; `Creatify` is generated from it.
"""

from ._async.client import AsyncCreatify
from ._sync.client import Creatify

__all__ = ["AsyncCreatify", "Creatify"]
