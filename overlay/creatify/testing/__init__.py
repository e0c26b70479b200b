"""Test your code without the service: `FakeCreatify`, pytest fixtures, `creatify mock`.

>>> from creatify.testing import FakeCreatify
>>> fake = FakeCreatify()
>>> client = fake.client()

The pytest plugin (`creatify.testing.pytest_plugin`, which pytest loads wherever the
package is installed; `creatify[testing]` adds pytest) gives the fixtures `creatify_fake`,
`creatify_client`, `async_creatify_client` and `creatify_mock_server`. The guide:
docs/guides/testing-your-code.md.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fake import FakeCreatify, RecordedRequest

__all__ = ["FakeCreatify", "RecordedRequest"]


def __getattr__(name: str) -> Any:
    """Loaded on first use: the pytest plugin, in every pytest run of an environment that
    has the package, imports this package and would load the fake (0.3 s, W2-3)."""
    if name in __all__:
        from . import _fake

        return getattr(_fake, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:  # what `dir()` and completion show: the lazy names too (V11-3)
    return sorted({*globals(), *__all__} - {"Any", "TYPE_CHECKING"})
